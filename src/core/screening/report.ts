/**
 * The screening report: what was screened (file, rows, columns), against which list (title,
 * version, date), when, and every finding with why it matched. The page prints it and the CSV
 * export writes it, so both carry the same stamp and can stand as due-diligence evidence.
 */
import type { Decision } from '../decision';
import type { Confidence, MatchExplanation } from '../match/types';
import type { ListRecord, RecordKind, Status } from '../record';
import type { ProductNote } from '../risk/product-notes';
import type { GoodInRows } from '../risk/row-notes';
import { severityRank } from '../severity';
import type { InputWarning } from './input-error';
import type { Place } from './place';
import type { ScreeningRun } from './screen';

/** What was screened: a CSV file, pasted text, a PDF's text layer or a workbook's sheets. */
export type SourceKind = 'csv' | 'text' | 'pdf' | 'xlsx';

export interface ReportSource {
  /** The file name, or a label for pasted text. */
  name: string;
  kind: SourceKind;
  rowCount: number;
  encoding: string;
  delimiter: string;
}

export interface ReportList {
  title: string;
  version: string;
  /** ISO timestamp the list was built. */
  generated: string;
  /** Date of the list's oldest official data (absent in reports kept before it was recorded). */
  asOf?: string;
}

export interface ReportRow {
  row: number;
  /** The tier: the column the name came from. */
  column: string;
  /** Documents: the page and line (PDF) or the sheet, row and cell (workbook). */
  place?: Place;
  cell: string;
  /** The row's other screened tier columns ("Supplier: Northgate Medical Supplies Ltd"). */
  context?: string;
  /** The row's direct supplier, when the screened columns name one. */
  supplier?: string;
  matchedText: string;
  recordId: string;
  recordName: string;
  kind: RecordKind;
  status: Status;
  statusDate: string | null;
  confidence: Confidence;
  score: number;
  why: string;
  /** The latest decision recorded on this result, if any. */
  decision: Pick<Decision, 'outcome' | 'time' | 'note'> | null;
}

/** A high-risk good the screened rows named ("products to ask about"): not a finding about a company. */
export interface ReportProductNote extends GoodInRows {
  /** What to ask the supplier, in the reader's language. */
  ask: string;
  /** Where the note comes from ("UFLPA Strategy, 2024 update"), in the reader's language. */
  source: string;
}

export interface ScreeningReport {
  screenedAt: string;
  list: ReportList;
  source: ReportSource;
  columns: string[];
  totals: {
    rows: number;
    rowsWithFindings: number;
    mentions: number;
    /** Distinct listed records found. */
    records: number;
    /** Distinct records by status, counting only sure matches. */
    byStatus: Record<Status, number>;
    /** Mentions that are only possible matches (near misses, weak support). */
    possible: number;
  };
  rows: ReportRow[];
  /** Apart from `rows` and never in `totals`: UFLPA sectors first, then DOL entries. */
  productNotes: ReportProductNote[];
  warnings: InputWarning[];
}

/** Identifies one result of one screening, for attaching decisions to it. */
export function resultKey(row: number, column: string, recordId: string): string {
  return `${row}\u0000${column}\u0000${recordId}`;
}

/** Where a decision on a screening result points: no origin, so a dismissal never spreads to sites. */
export function screeningDecisionUrl(screeningId: string, row: number, column: string): string {
  return `wro-screening:${encodeURIComponent(screeningId)}?row=${row}&column=${encodeURIComponent(column)}`;
}

export interface ReportInput {
  run: ScreeningRun;
  source: ReportSource;
  list: ReportList;
  byId: ReadonlyMap<string, ListRecord>;
  screenedAt: string;
  warnings?: InputWarning[];
  /** Latest decision per `resultKey`. */
  decisions?: ReadonlyMap<string, Decision>;
  /** Why each finding matched, in the reader's language (`explanationMessage`, rendered). */
  explain: (explanation: MatchExplanation) => string;
  /** A product note's question and source, in the reader's language (`productNoteMessage`, rendered). */
  explainNote: (note: ProductNote) => { ask: string; source: string };
}

export function buildReport(input: ReportInput): ScreeningReport {
  const rows: ReportRow[] = input.run.hits.map((hit) => {
    const record = input.byId.get(hit.finding.recordId);
    const decision = input.decisions?.get(resultKey(hit.row, hit.column, hit.finding.recordId));
    return {
      row: hit.row,
      column: hit.column,
      ...(hit.place ? { place: hit.place } : {}),
      cell: hit.cell,
      ...(hit.context ? { context: hit.context } : {}),
      ...(hit.supplier ? { supplier: hit.supplier } : {}),
      matchedText: hit.finding.matchedText,
      recordId: hit.finding.recordId,
      recordName: record?.name ?? hit.finding.recordName,
      kind: record?.kind ?? hit.finding.kind,
      status: record?.status ?? hit.finding.status,
      statusDate: record?.statusDate ?? null,
      confidence: hit.finding.confidence,
      score: hit.finding.score,
      why: input.explain(hit.finding.explanation),
      decision: decision ? { outcome: decision.outcome, time: decision.time, note: decision.note } : null,
    };
  });
  const byStatus: Record<Status, number> = { active: 0, unknown: 0, modified: 0, inactive: 0, revoked: 0, delisted: 0 };
  const sure = new Map<string, Status>();
  for (const r of rows) if (r.confidence === 'match') sure.set(r.recordId, r.status);
  for (const status of sure.values()) byStatus[status]++;
  return {
    screenedAt: input.screenedAt,
    list: input.list,
    source: input.source,
    columns: input.run.columns,
    totals: {
      rows: input.run.rowCount,
      rowsWithFindings: input.run.rowsWithFindings,
      mentions: rows.length,
      records: new Set(rows.map((r) => r.recordId)).size,
      byStatus,
      possible: rows.filter((r) => r.confidence === 'possible').length,
    },
    rows,
    productNotes: (input.run.productNotes ?? []).map((good) => ({ ...good, ...input.explainNote(good.note) })),
    warnings: input.warnings ?? [],
  };
}

/** Most severe first (active sure matches at the top), then in file order. */
export function bySeverity(a: ReportRow, b: ReportRow): number {
  return severityRank(b.status, b.confidence) - severityRank(a.status, a.confidence) || a.row - b.row || a.column.localeCompare(b.column);
}
