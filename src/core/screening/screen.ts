/**
 * Screening a table: every chosen cell through the compiled matcher, one hit per mention, tagged
 * with its row and the column (the tier: supplier, manufacturer, sub-supplier…) it came from.
 * Work is done in slices so a page (or worker) can report progress between them.
 */
import type { ScanOptions } from '../match/matcher';
import type { Finding } from '../match/types';
import type { GoodInRows } from '../risk/row-notes';
import { resolveColumns } from './columns';
import { placeOf, selectOriginColumns, type Place } from './place';
import { directSupplierIndex, rowContext } from './row-context';
import type { ScreeningTable } from './table';

/** What screening needs of the matcher (`loadMatcher(payload)` provides it). */
export interface TextScanner {
  scan(text: string, options?: ScanOptions): Finding[];
}

/** The cell text kept with a hit, for the table and the export; longer cells are cut here. */
export const MAX_HIT_CELL_CHARS = 500;

export interface ScreeningHit {
  /** Row number as in the spreadsheet (header = 1) or the line of pasted text. */
  row: number;
  /** The column (tier) the name was in. */
  column: string;
  cell: string;
  finding: Finding;
  /** Documents: the page and line, or the sheet, row and cell, the name was found at. */
  place?: Place;
  /** The row's other screened tier columns, "Column: text" joined (core/screening/row-context.ts). */
  context?: string;
  /** The row's direct supplier, when the screened columns name one. */
  supplier?: string;
}

export interface ScreeningRun {
  columns: string[];
  /** Data rows in the input, blank ones included. */
  rowCount: number;
  rowsWithFindings: number;
  hits: ScreeningHit[];
  /** High-risk goods named in the rows (every column read), apart from the listed companies. */
  productNotes?: GoodInRows[];
}

/**
 * Screens rows [from, to) of `table` in the columns at `indices`. Identical cells (a distributor on
 * a thousand lines) are scanned once per run through `cache`. CSV cells are scanned as name fields
 * (`table.nameFields`) unless `nameField` says otherwise.
 */
export function screenSlice(
  scanner: TextScanner,
  table: ScreeningTable,
  indices: number[],
  from: number,
  to: number,
  cache: Map<string, Finding[]> = new Map(),
  nameField = table.nameFields === true,
): ScreeningHit[] {
  const hits: ScreeningHit[] = [];
  const options: ScanOptions = { nameField };
  const end = Math.min(to, table.rows.length);
  const supplierIndex = directSupplierIndex(table.headers, indices);
  for (let i = from; i < end; i++) {
    const row = table.rows[i] as string[];
    for (const index of indices) {
      const cell = row[index] ?? '';
      if (cell.trim() === '') continue;
      let findings = cache.get(cell);
      if (!findings) {
        findings = scanner.scan(cell, options);
        cache.set(cell, findings);
      }
      const place = placeOf(table.origin, i, index);
      const around = findings.length > 0 ? rowContext(row, table.headers, indices, index, supplierIndex) : undefined;
      for (const finding of findings) {
        hits.push({
          row: i + table.firstRowNumber,
          column: table.headers[index] as string,
          cell: cell.length > MAX_HIT_CELL_CHARS ? `${cell.slice(0, MAX_HIT_CELL_CHARS)}…` : cell,
          finding,
          ...(place ? { place } : {}),
          ...(around?.context ? { context: around.context } : {}),
          ...(around?.supplier ? { supplier: around.supplier } : {}),
        });
      }
    }
  }
  return hits;
}

export function summariseRun(table: ScreeningTable, columns: string[], hits: ScreeningHit[]): ScreeningRun {
  return {
    columns,
    rowCount: table.rows.length,
    rowsWithFindings: new Set(hits.map((h) => h.row)).size,
    hits,
  };
}

export const SLICE_ROWS = 2000;

/** The whole table at once (the command line, tests); `onProgress` gets rows done after each slice. */
export function screenTable(
  scanner: TextScanner,
  table: ScreeningTable,
  columns: string[],
  onProgress?: (done: number, total: number) => void,
  nameField = table.nameFields === true,
): ScreeningRun {
  const indices = resolveColumns(table.headers, columns);
  const cache = new Map<string, Finding[]>();
  const hits: ScreeningHit[] = [];
  for (let from = 0; from < table.rows.length; from += SLICE_ROWS) {
    for (const hit of screenSlice(scanner, table, indices, from, from + SLICE_ROWS, cache, nameField)) hits.push(hit);
    onProgress?.(Math.min(from + SLICE_ROWS, table.rows.length), table.rows.length);
  }
  return summariseRun(table, indices.map((i) => table.headers[i] as string), hits);
}

/** Only the chosen columns, for keeping a screening: the rest of the file is not stored. */
export function selectColumns(table: ScreeningTable, columns: string[]): ScreeningTable {
  const indices = resolveColumns(table.headers, columns);
  return {
    ...table,
    headers: indices.map((i) => table.headers[i] as string),
    rows: table.rows.map((row) => indices.map((i) => row[i] ?? '')),
    ...(table.origin ? { origin: selectOriginColumns(table.origin, indices) } : {}),
  };
}
