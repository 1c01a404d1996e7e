/**
 * The screening report as CSV: one line per finding, each stamped with the list version and date,
 * the input file and when it was screened, so any line cut out of the file still says what it is.
 * The first column says what a line is: a listed company's finding (or, when asked, a screened cell
 * with none), or a product note, a high-risk good a row named (one line per row kept for the good),
 * so a spreadsheet filter on it separates notes from findings.
 * Every cell goes through `csvCell`, which defuses formula-looking text (supplier names are
 * untrusted input and spreadsheets execute "=…").
 */
import { csvCell } from '../decision-export';
import { placeOf } from './place';
import type { ReportProductNote, ReportRow, ScreeningReport } from './report';
import type { ScreeningTable } from './table';

export const SCREENING_CSV_COLUMNS = [
  'entry',
  'row',
  'page',
  'line',
  'sheet',
  'cell',
  'tier',
  'input_text',
  'result',
  'matched_text',
  'listed_name',
  'record_id',
  'kind',
  'status',
  'status_date',
  'confidence',
  'score',
  'why',
  'good',
  'good_source',
  'good_source_url',
  'stated_origins',
  'good_rows',
  'row_context',
  'direct_supplier',
  'decision',
  'decision_time',
  'list_title',
  'list_version',
  'list_date',
  'source_file',
  'source_rows',
  'screened_at',
] as const;

type Column = (typeof SCREENING_CSV_COLUMNS)[number];

/** What a line of the export is. */
export type CsvEntry = 'listed-company' | 'product-note';

export interface CsvExportOptions {
  /** When given, rows with no finding in the screened columns are listed too ("no finding"). */
  clearRowsFrom?: { table: ScreeningTable; columns: string[] };
}

function placeCells(place: ReportRow['place']): Partial<Record<Column, string | number>> {
  if (!place) return {};
  // In a workbook the row is the sheet's own row number.
  return 'page' in place ? { page: place.page, line: place.line } : { row: place.row, sheet: place.sheet, cell: place.cell };
}

type Line = { row: number; order: number; cells: Partial<Record<Column, string | number>> };

/**
 * A product note's line for each row kept for it, after every finding; `good_rows` counts every
 * row that named the good. `kind` stays empty: a good is no listed record.
 */
function noteLines(note: ReportProductNote, order: number): Line[] {
  return note.rows.map((r) => ({
    row: r.row,
    order,
    cells: {
      entry: 'product-note',
      row: r.row,
      ...placeCells(r.place),
      tier: r.column,
      input_text: r.cell,
      result: 'product note',
      matched_text: note.note.matchedText,
      why: note.ask,
      good: note.note.label,
      good_source: note.source,
      good_source_url: note.note.source.url,
      stated_origins: note.note.origins.join('; '),
      good_rows: note.rowCount,
    },
  }));
}

export function screeningToCsv(report: ScreeningReport, options: CsvExportOptions = {}): string {
  const stamp: Partial<Record<Column, string | number>> = {
    list_title: report.list.title,
    list_version: report.list.version,
    list_date: report.list.generated,
    source_file: report.source.name,
    source_rows: report.source.rowCount,
    screened_at: report.screenedAt,
  };
  const lines: Line[] = report.rows.map(
    (r, order) => ({
      row: r.row,
      order,
      cells: {
        entry: 'listed-company',
        row: r.row,
        ...placeCells(r.place),
        tier: r.column,
        input_text: r.cell,
        row_context: r.context ?? '',
        direct_supplier: r.supplier ?? '',
        result: r.confidence === 'match' ? 'match' : 'possible match',
        matched_text: r.matchedText,
        listed_name: r.recordName,
        record_id: r.recordId,
        kind: r.kind,
        status: r.status,
        status_date: r.statusDate ?? '',
        confidence: r.confidence,
        score: r.score.toFixed(2),
        why: r.why,
        decision: r.decision?.outcome ?? '',
        decision_time: r.decision?.time ?? '',
      },
    }),
  );
  if (options.clearRowsFrom) {
    const { table, columns } = options.clearRowsFrom;
    const found = new Set(report.rows.map((r) => `${r.row}\u0000${r.column}`));
    table.rows.forEach((cells, i) => {
      const row = i + table.firstRowNumber;
      columns.forEach((column) => {
        const cell = cells[table.headers.indexOf(column)] ?? '';
        if (cell.trim() === '' || found.has(`${row}\u0000${column}`)) return;
        const place = placeCells(placeOf(table.origin, i, table.headers.indexOf(column)));
        lines.push({ row, order: Number.MAX_SAFE_INTEGER, cells: { entry: 'listed-company', row, ...place, tier: column, input_text: cell, result: 'no finding' } });
      });
    });
  }
  // After the findings, good by good (UFLPA sectors first); with every row listed, in row order, a
  // row's findings, then its notes, then its cells with no finding.
  report.productNotes.forEach((note, i) => lines.push(...noteLines(note, report.rows.length + i)));
  if (options.clearRowsFrom) lines.sort((a, b) => a.row - b.row || a.order - b.order);
  const body = lines.map((line) => SCREENING_CSV_COLUMNS.map((c) => csvCell(line.cells[c] ?? stamp[c] ?? '')).join(','));
  return [SCREENING_CSV_COLUMNS.join(','), ...body].join('\r\n') + '\r\n';
}

/** `wro-screening-suppliers-2026-11-28.csv`: the input's name without its extension, then the date. */
export function screeningExportName(sourceName: string, screenedAt: string, extension: 'csv' | 'html'): string {
  const base = sourceName.replace(/\.[^./\\]+$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `wro-screening-${base || 'text'}-${screenedAt.slice(0, 10)}.${extension}`;
}
