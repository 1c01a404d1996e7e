/**
 * Decisions as audit files: CSV for spreadsheets and JSON for systems. Pure functions; the page
 * that offers the download turns the text into a Blob.
 */
import type { Decision, Outcome } from './decision';

/** Column order of the CSV export: the fields an auditor reads first come first. */
export const CSV_COLUMNS = [
  'time',
  'outcome',
  'outcomeLabel',
  'note',
  'recordName',
  'status',
  'by',
  'owner',
  'reviewDate',
  'contractRef',
  'recordId',
  'matchedText',
  'context',
  'pageTitle',
  'pageUrl',
  'site',
  'listVersion',
  'undoneAt',
  // Last: the id that ties this row to the same decision in JSON exports, packs and other profiles.
  'uid',
] as const;

// A spreadsheet treats a cell that starts with one of these as a formula (OWASP "CSV injection");
// tab and carriage return are included because some programs strip them and read what follows.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-looking text defused with a leading apostrophe, then RFC 4180 quoting. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface ExportOptions {
  /** The outcome as people read it, in the user's language. */
  outcomeLabel?: (outcome: Outcome) => string;
}

/** CSV with a header row and CRLF line ends (RFC 4180), one row per decision. */
export function decisionsToCsv(decisions: readonly Decision[], options: ExportOptions = {}): string {
  const label = options.outcomeLabel ?? ((o: Outcome) => o);
  const rows = decisions.map((d) =>
    CSV_COLUMNS.map((column) => {
      if (column === 'outcomeLabel') return csvCell(label(d.outcome));
      return csvCell(d[column]);
    }).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export const JSON_EXPORT_FORMAT = 'wro-check-decisions';

/** 2: decisions carry `uid`, `by`, `owner`, `status` and `reviewDate` (core/org/decisions-doc.ts reads 1 and 2). */
export const JSON_FORMAT_VERSION = 2;

export interface DecisionsExport {
  format: typeof JSON_EXPORT_FORMAT;
  formatVersion: typeof JSON_FORMAT_VERSION;
  exportedAt: string;
  decisions: Decision[];
}

/** A self-describing JSON document of the decisions, with when it was exported. */
export function decisionsToJson(decisions: readonly Decision[], exportedAt: string): string {
  const doc: DecisionsExport = {
    format: JSON_EXPORT_FORMAT,
    formatVersion: JSON_FORMAT_VERSION,
    exportedAt,
    decisions: decisions.map((d) => ({ ...d })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A file name that sorts by date: `wro-check-decisions-2026-11-28.csv`. */
export function exportFileName(exportedAt: string, extension: 'csv' | 'json'): string {
  return `wro-check-decisions-${exportedAt.slice(0, 10)}.${extension}`;
}
