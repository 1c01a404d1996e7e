/**
 * Decoding, parsing and screening off the page's thread, so a 50,000-row file never freezes the
 * page. The worker keeps the loaded table until the next load; the page only sees previews,
 * progress and the result.
 */
import { compileMatcher } from '../core/match/compile';
import { loadMatcher } from '../core/match/matcher';
import type { Finding } from '../core/match/types';
import { resolveColumns, suggestColumns } from '../core/screening/columns';
import { ScreeningInputError } from '../core/screening/input-error';
import { screenSlice, selectColumns, summariseRun, type ScreeningHit } from '../core/screening/screen';
import { tableFromCsvBytes, tableFromText, type ScreeningTable } from '../core/screening/table';
import type { SourceKind } from '../core/screening/report';
import { tableFromPdf } from '../core/screening/pdf';
import type { HighRiskGoods } from '../core/list/high-risk-goods';
import { compileProductMatcher, type ProductMatcher } from '../core/risk/product-notes';
import { tableProductNotes } from '../core/risk/row-notes';
import highRiskGoods from '../../seeds/high-risk-goods.json';
import { openPdf } from './pdf-open';
import type { FromWorker, ToWorker } from './protocol';

const PREVIEW_ROWS = 5;
/** Rows per slice between progress messages. */
const SLICE = 2500;

let table: ScreeningTable | undefined;
/** The page count of the PDF last read (pages without text included). */
let pdfPages = 0;
/**
 * The screened columns of the last screening. Kept here and sent only when asked for: copying
 * 50,000 rows to the page would stall it for nothing when the person does not keep the screening.
 */
let screened: ScreeningTable | undefined;
let productMatcher: ProductMatcher | undefined;

// The project compiles against the DOM library; a dedicated worker's postMessage takes no origin.
const scope = self as unknown as { postMessage(message: FromWorker): void };

function post(message: FromWorker): void {
  scope.postMessage(message);
}

function kindOf(t: ScreeningTable): SourceKind {
  if (t.origin) return t.origin.kind;
  return t.nameFields ? 'csv' : 'text';
}

function loaded(t: ScreeningTable): void {
  table = t;
  post({
    type: 'loaded',
    kind: kindOf(t),
    pages: t.origin?.kind === 'pdf' ? pdfPages : 0,
    sheets: t.origin?.kind === 'xlsx' ? t.origin.sheets.map((s) => s.name) : [],
    headers: t.headers,
    rowCount: t.rows.length,
    suggested: suggestColumns(t.headers),
    preview: t.rows.slice(0, PREVIEW_ROWS).map((r) => r.map((c) => (c.length > 200 ? `${c.slice(0, 200)}…` : c))),
    warnings: t.warnings,
    encoding: t.encoding,
    delimiter: t.delimiter,
  });
}

function screen(message: Extract<ToWorker, { type: 'screen' }>): void {
  if (!table) throw new Error('Nothing loaded');
  const started = performance.now();
  const payload = 'payload' in message.matcher ? message.matcher.payload : compileMatcher(message.matcher.records);
  const matcher = loadMatcher(payload);
  const indices = resolveColumns(table.headers, message.columns);
  const cache = new Map<string, Finding[]>();
  const hits: ScreeningHit[] = [];
  const end = Math.min(message.to, table.rows.length);
  for (let from = message.from; from < end; from += SLICE) {
    for (const hit of screenSlice(matcher, table, indices, from, Math.min(from + SLICE, end), cache)) hits.push(hit);
    post({ type: 'progress', done: Math.min(from + SLICE, end) - message.from, total: end - message.from });
  }
  const columns = indices.map((i) => (table as ScreeningTable).headers[i] as string);
  screened = selectColumns(table, columns);
  // Product risk notes are always on in screening: every column of the share's rows is read.
  productMatcher ??= compileProductMatcher(highRiskGoods as HighRiskGoods);
  const productNotes = tableProductNotes(productMatcher, table, message.from, end);
  post({ type: 'screened', run: { ...summariseRun(table, columns, hits), productNotes }, ms: performance.now() - started });
}

async function loadDocument(message: Extract<ToWorker, { type: 'load-document' }>): Promise<ScreeningTable> {
  const bytes = new Uint8Array(message.bytes);
  // The workbook reader is a chunk of its own: a CSV screening never loads it.
  if (message.kind === 'xlsx') return (await import('../core/screening/xlsx')).tableFromXlsx(bytes, { hasHeader: message.hasHeader });
  return tableFromPdf(bytes, openPdf, message.label, (done, total) => {
    pdfPages = total;
    post({ type: 'progress', done, total, reading: true });
  });
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  void handle(event.data);
});

async function handle(message: ToWorker): Promise<void> {
  try {
    switch (message.type) {
      case 'load-csv':
        table = undefined;
        loaded(tableFromCsvBytes(new Uint8Array(message.bytes), { hasHeader: message.hasHeader }));
        break;
      case 'load-document':
        table = undefined;
        loaded(await loadDocument(message));
        break;
      case 'load-text':
        table = undefined;
        loaded(tableFromText(message.text, message.label));
        break;
      case 'load-table':
        loaded(message.table);
        break;
      case 'screen':
        screen(message);
        break;
      case 'get-screened-table':
        if (!screened) throw new Error('Nothing screened');
        post({ type: 'screened-table', table: screened });
        break;
    }
  } catch (error) {
    if (error instanceof ScreeningInputError) {
      post({ type: 'problem', problem: error.problem, message: error.message, detail: error.detail });
    } else {
      post({ type: 'problem', problem: 'internal', message: error instanceof Error ? error.message : String(error), detail: '' });
    }
  }
}
