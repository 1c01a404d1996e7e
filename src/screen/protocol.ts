/** Messages between the screening page and its worker. Both ends are this extension's code. */
import type { MatcherPayload } from '../core/match/payload';
import type { ListRecord } from '../core/record';
import type { InputProblem, InputWarning } from '../core/screening/input-error';
import type { SourceKind } from '../core/screening/report';
import type { ScreeningRun } from '../core/screening/screen';
import type { ScreeningTable } from '../core/screening/table';

export type ToWorker =
  | { type: 'load-csv'; bytes: ArrayBuffer; hasHeader: boolean }
  /** A PDF (its text layer, `label` naming the one column) or an .xlsx workbook (every sheet). */
  | { type: 'load-document'; kind: 'pdf' | 'xlsx'; bytes: ArrayBuffer; hasHeader: boolean; label: string }
  | { type: 'load-text'; text: string; label: string }
  | { type: 'load-table'; table: ScreeningTable }
  /** The screened columns of the last screening, for keeping it or exporting every row. */
  | { type: 'get-screened-table' }
  | {
      type: 'screen';
      columns: string[];
      /** The rows [from, to) this worker screens; the pool splits a file between its workers. */
      from: number;
      to: number;
      /** The published matcher when it is of the list's version, else the records to compile. */
      matcher: { payload: MatcherPayload } | { records: ListRecord[] };
    };

export interface LoadedTable {
  kind: SourceKind;
  headers: string[];
  rowCount: number;
  suggested: string[];
  /** The first rows, for choosing columns. */
  preview: string[][];
  warnings: InputWarning[];
  encoding: string;
  delimiter: string;
  /** PDF: its pages. */
  pages: number;
  /** Workbook: its sheets that have rows, in order. */
  sheets: string[];
}

export type FromWorker =
  | ({ type: 'loaded' } & LoadedTable)
  /** Rows of this worker's share screened so far, or (`reading`) pages of a PDF read so far. */
  | { type: 'progress'; done: number; total: number; reading?: boolean }
  | { type: 'screened'; run: ScreeningRun; ms: number }
  | { type: 'screened-table'; table: ScreeningTable }
  | { type: 'problem'; problem: InputProblem | 'internal'; message: string; detail: string };
