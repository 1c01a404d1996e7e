/**
 * PDF and Excel inputs for `wro-screen`, on the screening page's readers: a PDF's text layer line
 * by line (each finding with its page and line), an .xlsx workbook cell by cell (its sheet, row
 * and cell). pdf.js runs in this process (Node has no worker to hand it), with the character maps
 * and standard fonts it ships read from its own package folder: nothing is fetched.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ScreeningInputError, type InputWarning } from '../core/screening/input-error';
import { tableFromPdf, type PdfDocumentLike } from '../core/screening/pdf';
import type { Place } from '../core/screening/place';
import { placeOf } from '../core/screening/place';
import { looksLikeCompoundFile, looksLikePdf, looksLikeZip } from '../core/screening/sniff';
import { tableFromXlsx } from '../core/screening/xlsx';
import { InputError, type Segment, type Segments } from './inputs';

/** Opens a PDF with pdf.js in this process (also what the unit tests read PDFs with). */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocumentLike & { destroy(): Promise<void> }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    // pdf.js takes the bytes over (it may detach them): a copy keeps the caller's.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    cMapUrl: join(root, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts/'),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const doc = await task.promise;
  return { numPages: doc.numPages, getPage: (n) => doc.getPage(n), destroy: () => task.destroy() };
}

/** Where a finding is, as `wro-screen` reports it. */
export function placeFields(place: Place): { page: number; line: number } | { sheet: string; row: number; cell: string } {
  return 'page' in place ? { page: place.page, line: place.line } : { sheet: place.sheet, row: place.row, cell: place.cell };
}

/**
 * The segments of a PDF or workbook input, or undefined when the bytes are neither (text, HTML,
 * CSV are read as before). A scanned PDF is an input with nothing to screen, named in a warning.
 */
export async function documentSegments(bytes: Uint8Array, source: string, columns: readonly string[]): Promise<Segments | undefined> {
  const isPdf = looksLikePdf(bytes);
  if (!isPdf && !looksLikeZip(bytes) && !looksLikeCompoundFile(bytes)) return undefined;
  const name = source === '-' ? 'standard input' : source;
  let table;
  try {
    table = isPdf ? await tableFromPdf(bytes, openPdf, 'text') : await tableFromXlsx(bytes);
  } catch (e) {
    if (e instanceof ScreeningInputError && e.problem === 'no-text') return { segments: [], empty: 'is a PDF with no text layer (a scan?): run it through OCR' };
    if (e instanceof ScreeningInputError && (e.problem === 'empty' || e.problem === 'no-rows')) return { segments: [], empty: e.problem === 'empty' ? 'is empty' : 'has a header but no rows' };
    if (e instanceof ScreeningInputError) throw new InputError(`${name}: ${e.message}`);
    throw e;
  }
  const wanted = isPdf
    ? [0]
    : columns.length === 0
      ? table.headers.map((_, i) => i)
      : columns.map((c) => {
          const i = table.headers.findIndex((h) => h.trim().toLowerCase() === c.trim().toLowerCase());
          if (i < 0) throw new InputError(`${name} has no column "${c}" in any sheet (columns: ${table.headers.map((h) => `"${h}"`).join(', ')})`);
          return i;
        });
  const segments: Segment[] = [];
  table.rows.forEach((row, r) => {
    for (const c of wanted) {
      const text = row[c] ?? '';
      if (text.trim() === '') continue;
      const place = placeOf(table.origin, r, c);
      segments.push({ text, nameField: !isPdf && columns.length > 0, place, ...(isPdf ? {} : { row: r + 1, column: table.headers[c] as string }) });
    }
  });
  return { segments, warnings: table.warnings.map(warningText) };
}

/** A reader's warning in English, for standard error. */
function warningText(w: InputWarning): string {
  const list = `${w.rows.join(', ')}${w.count > w.rows.length ? ', …' : ''}`;
  switch (w.code) {
    case 'pages-without-text':
      return `${w.count} page(s) have no text layer (pages ${list}): they may be scanned and were not screened`;
    case 'empty-sheets':
      return `${w.count} empty sheet(s) left out`;
    case 'cell-truncated':
      return `${w.count} row(s) have a cell longer than 100,000 characters (rows ${list}): screened up to that length`;
    default:
      return `${w.code} (${w.count})`;
  }
}
