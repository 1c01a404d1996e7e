/**
 * An Excel workbook (.xlsx) as one table to screen: every sheet, its first row as column names (or
 * columns named by letter), the columns of all sheets side by side by name, so the person picks
 * "Manufacturer" once and every sheet that has it is screened in it. Each row remembers its sheet
 * and row number, and each column its letter in that sheet, so a finding points at "Suppliers!C14".
 * The workbook is read by `xlsx-read.ts`, or by read-excel-file where that reader gives up (and for
 * the errors of a damaged file).
 */
import readXlsxFile from 'read-excel-file/universal';
import { MAX_INPUT_BYTES } from './decode';
import { ScreeningInputError } from './input-error';
import { columnLetter, type SheetSpan } from './place';
import { looksLikeCompoundFile, looksLikeZip } from './sniff';
import { readWorkbookCells } from './xlsx-read';
import { truncateHugeCells, uniqueHeaders, type ScreeningTable } from './table';

export interface WorkbookOptions {
  /** False when each sheet's first row is data, not column names. */
  hasHeader?: boolean;
}

/** Excel keeps a password-protected workbook as the stream "EncryptedPackage" of a compound file. */
function isEncryptedWorkbook(bytes: Uint8Array): boolean {
  const name = Array.from('EncryptedPackage', (c) => [c.charCodeAt(0), 0]).flat();
  // The directory holding the name sits in the first sectors of small files, anywhere in large ones.
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let j = 0; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

/** A cell as text: numbers as the file stores them, dates as ISO dates, booleans as Excel shows them. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

const filled = (row: string[]): number => row.reduce((n, c) => (c.trim() === '' ? n : n + 1), 0);

/**
 * The header row: the first row filled at least half as wide as the widest of the sheet's first
 * 20 rows, so a title block above the table ("Declared supply chain, tier 2") is not taken for
 * column names. -1 for an empty sheet.
 */
export function headerRow(rows: string[][]): number {
  const top = rows.slice(0, 20);
  const widest = top.reduce((w, r) => Math.max(w, filled(r)), 0);
  if (widest === 0) return rows.findIndex((r) => filled(r) > 0);
  return top.findIndex((r) => filled(r) >= widest / 2);
}

interface Sheet {
  name: string;
  rows: string[][];
}

async function readSheets(bytes: Uint8Array): Promise<Sheet[]> {
  if (bytes.length > MAX_INPUT_BYTES) throw new ScreeningInputError('too-large', 'The file is larger than 200 MB.');
  if (looksLikeCompoundFile(bytes)) {
    if (isEncryptedWorkbook(bytes)) {
      throw new ScreeningInputError('password', 'The workbook is password-protected: open it in Excel, save a copy without a password, and screen that copy.', 'xlsx');
    }
    throw new ScreeningInputError('workbook', 'This is an old Excel (.xls) workbook: save it as .xlsx or CSV first.');
  }
  if (!looksLikeZip(bytes)) throw new ScreeningInputError('broken', 'The workbook could not be read: it is not an .xlsx file.', 'xlsx');
  const fast = readWorkbookCells(bytes);
  if (fast) return fast;
  // read-excel-file takes an ArrayBuffer of its own (a view onto a larger buffer would be read whole).
  const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
  let sheets;
  try {
    // Numbers as the file writes them ("00123" stays as typed in a text cell; 1e21 is not reformatted).
    sheets = await readXlsxFile(buffer as ArrayBuffer, { parseNumber: (s: string) => s });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new ScreeningInputError('broken', `The workbook could not be read (${message}): it may be damaged, or another kind of file (an .ods or .docx).`, 'xlsx');
  }
  return sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellText)) }));
}

/**
 * A workbook's bytes as a table. Sheets without any data row are left out (with a warning). Column
 * names repeated across sheets are one column; within a sheet they are told apart as in CSV files.
 */
export async function tableFromXlsx(bytes: Uint8Array, options: WorkbookOptions = {}): Promise<ScreeningTable> {
  const hasHeader = options.hasHeader ?? true;
  const sheets = await readSheets(bytes);
  const headers: string[] = [];
  const indexOf = new Map<string, number>();
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const spans: Array<{ name: string; start: number; end: number; columns: Map<number, number> }> = [];
  let emptySheets = 0;
  for (const sheet of sheets) {
    // Rows keep their sheet numbers: leading and inner blank rows are kept by the reader.
    const last = sheet.rows.findLastIndex((r) => r.some((c) => c.trim() !== ''));
    const first = hasHeader ? headerRow(sheet.rows) : sheet.rows.findIndex((r) => r.some((c) => c.trim() !== ''));
    const dataFrom = first < 0 ? -1 : hasHeader ? first + 1 : first;
    if (first < 0 || dataFrom > last) {
      emptySheets++;
      continue;
    }
    const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
    const raw = hasHeader ? (sheet.rows[first] as string[]) : Array.from({ length: width }, (_, i) => `Column ${columnLetter(i)}`);
    const names = uniqueHeaders(raw, width);
    // This sheet's column i is the table's column columns.get(i).
    const columns = new Map<number, number>();
    names.forEach((name, i) => {
      const key = name.trim().toLowerCase();
      let at = indexOf.get(key);
      if (at === undefined) {
        at = headers.length;
        headers.push(name);
        indexOf.set(key, at);
      }
      columns.set(i, at);
    });
    const start = rows.length;
    for (let r = dataFrom; r <= last; r++) {
      const source = sheet.rows[r] as string[];
      const row: string[] = [];
      for (const [i, at] of columns) row[at] = source[i] ?? '';
      rows.push(row);
      rowNumbers.push(r + 1);
    }
    spans.push({ name: sheet.name, start, end: rows.length, columns });
  }
  if (rows.length === 0) {
    if (sheets.every((s) => s.rows.every((r) => r.every((c) => c.trim() === '')))) {
      throw new ScreeningInputError('empty', 'The workbook is empty.');
    }
    throw new ScreeningInputError('no-rows', 'The workbook has column names but no rows.');
  }
  // Every row as wide as the table (a sheet without a column leaves it blank).
  for (const row of rows) for (let c = 0; c < headers.length; c++) row[c] ??= '';
  const sheetSpans: SheetSpan[] = spans.map((s) => {
    const letters = headers.map(() => '');
    for (const [i, at] of s.columns) letters[at] = columnLetter(i);
    return { name: s.name, start: s.start, end: s.end, letters };
  });
  return {
    headers,
    rows,
    firstRowNumber: 1,
    delimiter: '',
    encoding: 'utf-8',
    nameFields: true,
    warnings: [...(emptySheets > 0 ? [{ code: 'empty-sheets' as const, count: emptySheets, rows: [] }] : []), ...truncateHugeCells(rows, 1).map((w) => ({ ...w, rows: w.rows.map((i) => rowNumbers[i - 1] ?? i) }))],
    origin: { kind: 'xlsx', sheets: sheetSpans, rowNumbers },
  };
}

