/**
 * Where a row of a document came from: a PDF's page and line, or a workbook's sheet and row, with
 * each column's letter in that sheet. CSV files and pasted text have no origin: their row number
 * is already what the person sees.
 */

export interface SheetSpan {
  name: string;
  /** The table rows [start, end) that came from this sheet. */
  start: number;
  end: number;
  /** Each table column's letter in this sheet ('' where the sheet has no such column). */
  letters: string[];
}

export type DocumentOrigin =
  /** One table row a line of text; its page and its line on that page, per row. */
  | { kind: 'pdf'; pages: number[]; lines: number[] }
  /** Each sheet's rows in turn; every row's number in its own sheet. */
  | { kind: 'xlsx'; sheets: SheetSpan[]; rowNumbers: number[] };

export type Place = { page: number; line: number } | { sheet: string; row: number; cell: string };

/** `A`…`Z`, `AA`… for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function sheetOf(sheets: SheetSpan[], rowIndex: number): SheetSpan | undefined {
  // Binary search: a workbook may have many sheets and each lookup is per finding.
  let lo = 0;
  let hi = sheets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sheets[mid] as SheetSpan;
    if (rowIndex < s.start) hi = mid - 1;
    else if (rowIndex >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The place of table row `rowIndex` (0-based), column `columnIndex`, or undefined for CSV and text. */
export function placeOf(origin: DocumentOrigin | undefined, rowIndex: number, columnIndex: number): Place | undefined {
  if (!origin) return undefined;
  if (origin.kind === 'pdf') {
    const page = origin.pages[rowIndex];
    const line = origin.lines[rowIndex];
    return page === undefined || line === undefined ? undefined : { page, line };
  }
  const sheet = sheetOf(origin.sheets, rowIndex);
  const row = origin.rowNumbers[rowIndex];
  if (!sheet || row === undefined) return undefined;
  return { sheet: sheet.name, row, cell: `${sheet.letters[columnIndex] ?? ''}${row}` };
}

/** The origin of a table cut down to the columns at `indices` (a kept screening keeps only those). */
export function selectOriginColumns(origin: DocumentOrigin | undefined, indices: number[]): DocumentOrigin | undefined {
  if (!origin || origin.kind === 'pdf') return origin;
  return { ...origin, sheets: origin.sheets.map((s) => ({ ...s, letters: indices.map((i) => s.letters[i] ?? '') })) };
}
