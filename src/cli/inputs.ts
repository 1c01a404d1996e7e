/**
 * Reading what the screener is given: bytes to text (BOMs, UTF-16, Windows-1252 as the list
 * importer decodes them), then plain text, HTML reduced to visible text, or CSV cells.
 */
import { decodeBytes } from '../core/list/decode';
import { looksLikeHtml } from '../core/list/detect';
import { ScreeningInputError } from '../core/screening/input-error';
import { parseCsvText } from '../core/screening/table';
import type { Place } from '../core/screening/place';
import { htmlToText } from '../core/text/html-text';

export class InputError extends Error {}

/** One piece of text to screen, and where it came from. */
export interface Segment {
  text: string;
  /** CSV only: the row as a spreadsheet numbers it (the header is row 1) and the column's header. */
  row?: number;
  column?: string;
  /** A CSV cell is a supplier-name field rather than prose. */
  nameField: boolean;
  /** PDF and workbook inputs: the page and line, or the sheet, row and cell. */
  place?: Place;
}

export type InputKind = 'text' | 'html' | 'csv';

export function decodeInput(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) return '';
  const { text, encoding } = decodeBytes(bytes);
  // NUL bytes do not occur in text files (UTF-16 text was decoded above through its BOM).
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be' && bytes.subarray(0, 8192).includes(0)) {
    throw new InputError(`${source} looks like a binary file, not text, HTML or CSV`);
  }
  return text.replace(/^\ufeff/, '');
}

export function inputKind(source: string, text: string, wantsColumns: boolean): InputKind {
  if (/\.csv$/i.test(source) || /\.tsv$/i.test(source) || wantsColumns) return 'csv';
  if (/\.x?html?$/i.test(source) || looksLikeHtml(text)) return 'html';
  return 'text';
}

/** What an input gives to screen; `empty` says why it gave nothing, when it did. */
export interface Segments {
  segments: Segment[];
  /**
   * Words that follow the input's name ("suppliers.csv has a header but no rows"), when the input
   * has nothing to screen. A script must not pass an empty export silently: `wro-screen` warns,
   * and fails with --fail-on-match.
   */
  empty?: string;
  /** What the person should know about what was screened (a PDF's pages without text…). */
  warnings?: string[];
}

export function segmentsOf(kind: InputKind, text: string, source: string, columns: readonly string[]): Segments {
  if (text.trim() === '') return { segments: [], empty: text === '' ? 'is empty' : 'is empty (only whitespace)' };
  if (kind === 'text') return { segments: [{ text, nameField: false }] };
  if (kind === 'html') {
    const visible = htmlToText(text);
    return visible.trim() === '' ? { segments: [], empty: 'has no visible text' } : { segments: [{ text: visible, nameField: false }] };
  }
  // The screening page's CSV core: delimiter sniffing, quoted and ragged rows, enormous cells, and
  // the same row numbers as the page's report.
  let table;
  try {
    table = parseCsvText(text);
  } catch (e) {
    if (e instanceof ScreeningInputError && e.problem === 'no-rows') return { segments: [], empty: 'has a header but no rows' };
    if (e instanceof ScreeningInputError && e.problem === 'empty') return { segments: [], empty: 'is empty' };
    throw e;
  }
  const header = table.headers;
  const wanted = columns.length === 0 ? header.map((_, i) => i) : columns.map((name) => columnIndex(header, name, source));
  const out: Segment[] = [];
  table.rows.forEach((row, i) => {
    for (const c of wanted) {
      const cell = row[c];
      if (cell !== undefined && cell.trim() !== '') {
        out.push({ text: cell, row: i + table.firstRowNumber, column: header[c] as string, nameField: columns.length > 0 });
      }
    }
  });
  return { segments: out };
}

function columnIndex(header: readonly string[], name: string, source: string): number {
  const want = name.trim().toLowerCase();
  const i = header.findIndex((h) => h.trim().toLowerCase() === want);
  if (i < 0) {
    throw new InputError(`${source} has no column "${name}" (columns: ${header.map((h) => `"${h.trim()}"`).join(', ')})`);
  }
  return i;
}

/** A text, HTML or CSV input's segments, from its bytes. */
export function textSegments(bytes: Uint8Array, source: string, columns: readonly string[]): Segments {
  const text = decodeInput(bytes, source);
  return segmentsOf(inputKind(source, text, columns.length > 0), text, source, columns);
}
