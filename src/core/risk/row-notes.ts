/**
 * Product risk notes for a screened table: each row read whole, its cells as one line (a product
 * in one column and its origin in another belong together; a row never lends words to the next),
 * the notes gathered by good with the rows that named it.
 */
import { placeOf, type Place } from '../screening/place';
import type { ScreeningTable } from '../screening/table';
import { lineNotes, type ProductMatcher, type ProductNote } from './product-notes';

/** Rows kept per good: the count goes on, the list stops (a workbook may name cotton on every row). */
export const MAX_NOTE_ROWS = 200;

export interface NoteRow {
  row: number;
  /** The column of the cell that named the good. */
  column: string;
  /** The cell that named the good, as written (cut to 200 characters). */
  cell: string;
  place?: Place;
}

export interface GoodInRows {
  note: ProductNote;
  /** The first rows that named it, in order. */
  rows: NoteRow[];
  /** Every row that named it. */
  rowCount: number;
}

const CELL_CHARS = 200;
/** Between cells of a row read as one line: no word runs into the next cell's. */
const CELL_GAP = ' | ';

/** The notes of rows [from, to) of `table`, every column read. */
export function tableProductNotes(matcher: ProductMatcher, table: ScreeningTable, from: number, to: number): GoodInRows[] {
  const byGood = new Map<string, GoodInRows>();
  const end = Math.min(to, table.rows.length);
  for (let i = from; i < end; i++) {
    const cells = table.rows[i] as string[];
    const line = cells.join(CELL_GAP).replace(/[\r\n]+/g, ' ');
    for (const note of lineNotes(line, matcher)) {
      const wanted = note.matchedText.toLowerCase();
      const index = Math.max(0, cells.findIndex((c) => c.toLowerCase().includes(wanted)));
      const cell = cells[index] ?? '';
      const place = placeOf(table.origin, i, index);
      const row: NoteRow = {
        row: i + table.firstRowNumber,
        column: table.headers[index] ?? '',
        cell: cell.length > CELL_CHARS ? `${cell.slice(0, CELL_CHARS)}…` : cell,
        ...(place ? { place } : {}),
      };
      const seen = byGood.get(note.goodId);
      if (!seen) byGood.set(note.goodId, { note, rows: [row], rowCount: 1 });
      else {
        seen.rowCount++;
        if (seen.rows.length < MAX_NOTE_ROWS) seen.rows.push(row);
        for (const o of note.origins) if (!seen.note.origins.includes(o)) seen.note = { ...seen.note, origins: [...seen.note.origins, o] };
      }
    }
  }
  return order([...byGood.values()]);
}

/** The shares of several workers (each a range of rows, in order) as one. */
export function mergeGoodsInRows(shares: GoodInRows[][]): GoodInRows[] {
  const byGood = new Map<string, GoodInRows>();
  for (const share of shares) {
    for (const g of share) {
      const seen = byGood.get(g.note.goodId);
      if (!seen) byGood.set(g.note.goodId, { note: g.note, rows: g.rows.slice(0, MAX_NOTE_ROWS), rowCount: g.rowCount });
      else {
        seen.rowCount += g.rowCount;
        seen.rows = [...seen.rows, ...g.rows].slice(0, MAX_NOTE_ROWS);
        const origins = [...new Set([...seen.note.origins, ...g.note.origins])];
        seen.note = { ...seen.note, origins };
      }
    }
  }
  return order([...byGood.values()]);
}

/** UFLPA sectors first, then DOL entries; within each, the good named on most rows first. */
function order(goods: GoodInRows[]): GoodInRows[] {
  const rank = (g: GoodInRows) => (g.note.kind === 'uflpa' ? 0 : 1);
  return goods.sort((a, b) => rank(a) - rank(b) || b.rowCount - a.rowCount || a.note.goodId.localeCompare(b.note.goodId));
}
