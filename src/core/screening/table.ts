/**
 * Supplier files as a table of strings: CSV through papaparse (quoting, multi-line cells, delimiter
 * sniffing), or pasted text as one column, one row a line. Row numbers follow the spreadsheet the
 * person sees: with a header, the first data row is row 2.
 */
import Papa from 'papaparse';
import { decodeInput, type TextEncodingName } from './decode';
import { ScreeningInputError, type InputWarning } from './input-error';
import type { DocumentOrigin } from './place';

/** A cell longer than this is no supplier name; it is screened up to this length, with a warning. */
export const MAX_CELL_CHARS = 100_000;
const WARNING_ROWS = 10;

export interface ScreeningTable {
  headers: string[];
  rows: string[][];
  /** The row number of `rows[0]` as the person sees it (2 under a header, 1 for pasted text). */
  firstRowNumber: number;
  /** ',' ';' '\t' or '|' for CSV; '' for pasted text. */
  delimiter: string;
  encoding: TextEncodingName;
  /**
   * True when each cell is one organisation-name field (CSV), so a weak name filling a whole cell
   * ("Top Glove" in a Manufacturer column) counts; false for lines of pasted prose.
   */
  nameFields: boolean;
  warnings: InputWarning[];
  /** Documents only: each row's page and line (PDF) or sheet and row (workbook). */
  origin?: DocumentOrigin;
}

export function rowWarning(code: InputWarning['code'], rowNumbers: number[]): InputWarning[] {
  return rowNumbers.length === 0 ? [] : [{ code, count: rowNumbers.length, rows: rowNumbers.slice(0, WARNING_ROWS) }];
}

/** Empty headers get "Column N"; repeated ones get " (2)", " (3)"… so every column has one name. */
export function uniqueHeaders(raw: string[], width: number): string[] {
  const seen = new Map<string, number>();
  const headers: string[] = [];
  for (let i = 0; i < width; i++) {
    const base = (raw[i] ?? '').trim() || `Column ${i + 1}`;
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    headers.push(n === 1 ? base : `${base} (${n})`);
  }
  return headers;
}

export function truncateHugeCells(rows: string[][], firstRowNumber: number): InputWarning[] {
  const truncated: number[] = [];
  rows.forEach((row, i) => {
    row.forEach((cell, j) => {
      if (cell.length > MAX_CELL_CHARS) {
        row[j] = cell.slice(0, MAX_CELL_CHARS);
        if (truncated.at(-1) !== i + firstRowNumber) truncated.push(i + firstRowNumber);
      }
    });
  });
  return rowWarning('cell-truncated', truncated);
}

export interface CsvOptions {
  /** False when the first row is data, not column names. */
  hasHeader?: boolean;
}

/** CSV text already decoded (pasted, or read by the CLI); `encoding` records where it came from. */
export function parseCsvText(text: string, options: CsvOptions = {}): ScreeningTable {
  const hasHeader = options.hasHeader ?? true;
  // Guess the delimiter on the first rows without blank lines (a trailing blank line would count as
  // a one-cell row and defeat the guess in a short file), then parse everything keeping blank lines.
  const { delimiter } = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
    preview: 50,
  }).meta;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const records = parsed.data;
  // A final line break leaves one empty record behind; blank lines inside the file keep their numbers.
  while (records.length > 0 && (records.at(-1) as string[]).every((c) => c.trim() === '')) records.pop();
  if (records.length === 0) throw new ScreeningInputError('empty', 'The file is empty.');
  const headerRow = hasHeader ? (records.shift() as string[]) : [];
  const firstRowNumber = hasHeader ? 2 : 1;
  if (records.length === 0) throw new ScreeningInputError('no-rows', 'The file has a header but no rows.');

  // A loop, not Math.max(...rows): spreading a million rows overflows the call stack.
  const width = records.reduce((w, r) => Math.max(w, r.length), headerRow.length);
  const ragged: number[] = [];
  const expected = hasHeader ? headerRow.length : width;
  records.forEach((row, i) => {
    const blank = row.length === 1 && row[0] === '';
    if (!blank && row.length !== expected) ragged.push(i + firstRowNumber);
  });
  const quoteErrors = [
    ...new Set(
      parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => (e.row as number) + 1 + (hasHeader ? 0 : 1)),
    ),
  ];
  return {
    headers: uniqueHeaders(headerRow, width),
    rows: records,
    firstRowNumber,
    delimiter: parsed.meta.delimiter,
    encoding: 'utf-8',
    nameFields: true,
    warnings: [
      ...rowWarning('ragged-rows', ragged),
      ...rowWarning('parse-errors', quoteErrors),
      ...truncateHugeCells(records, firstRowNumber),
    ],
  };
}

/** A file's bytes as a table: encoding detected, then parsed as CSV. */
export function tableFromCsvBytes(bytes: Uint8Array, options: CsvOptions = {}): ScreeningTable {
  const decoded = decodeInput(bytes);
  const table = parseCsvText(decoded.text, options);
  return { ...table, encoding: decoded.encoding, warnings: [...decoded.warnings, ...table.warnings] };
}

/**
 * Text read line by line (pasted text, a PDF's text layer): one column of prose, not name fields,
 * one row a line, numbered from 1; over-long lines cut, with a warning after `warnings`.
 */
export function oneColumnTable(lines: string[], columnLabel: string, warnings: ScreeningTable['warnings'] = []): ScreeningTable {
  const rows = lines.map((line) => [line]);
  return {
    headers: [columnLabel],
    rows,
    firstRowNumber: 1,
    delimiter: '',
    encoding: 'utf-8',
    nameFields: false,
    warnings: [...warnings, ...truncateHugeCells(rows, 1)],
  };
}

/** Pasted text (a quote, an email): one column, one row a line, numbered from 1. */
export function tableFromText(text: string, columnLabel: string): ScreeningTable {
  if (text.trim() === '') throw new ScreeningInputError('empty', 'There is no text to screen.');
  return oneColumnTable(text.split(/\r\n|\n|\r/), columnLabel);
}
