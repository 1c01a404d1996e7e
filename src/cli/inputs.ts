/**
 * Reading what the screener is given: bytes to text (BOMs, UTF-16, Windows-1252 as the list
 * importer decodes them), then plain text, HTML reduced to visible text, or CSV cells.
 */
import Papa from 'papaparse';
import { decodeBytes } from '../core/list/decode';
import { looksLikeHtml } from '../core/list/detect';
import { htmlToText } from '../core/text/html-text';

export class InputError extends Error {}

/** One piece of text to screen, and where it came from. */
export interface Segment {
  text: string;
  /** CSV only: 1-based data row (the header is row 0) and the column's header. */
  row?: number;
  column?: string;
  /** A CSV cell is a supplier-name field rather than prose. */
  nameField: boolean;
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

export function segmentsOf(kind: InputKind, text: string, source: string, columns: readonly string[]): Segment[] {
  if (kind === 'text') return [{ text, nameField: false }];
  if (kind === 'html') return [{ text: htmlToText(text), nameField: false }];
  if (text.trim() === '') return [];
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimiter: /\.tsv$/i.test(source) ? '\t' : '' });
  const rows = parsed.data;
  const header = rows[0] ?? [];
  const wanted = columns.length === 0 ? header.map((_, i) => i) : columns.map((name) => columnIndex(header, name, source));
  const out: Segment[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    for (const c of wanted) {
      const cell = row[c];
      if (cell !== undefined && cell.trim() !== '') {
        out.push({ text: cell, row: r, column: header[c] ?? `column ${c + 1}`, nameField: columns.length > 0 });
      }
    }
  }
  return out;
}

function columnIndex(header: readonly string[], name: string, source: string): number {
  const want = name.trim().toLowerCase();
  const i = header.findIndex((h) => h.trim().toLowerCase() === want);
  if (i < 0) {
    throw new InputError(`${source} has no column "${name}" (columns: ${header.map((h) => `"${h.trim()}"`).join(', ')})`);
  }
  return i;
}
