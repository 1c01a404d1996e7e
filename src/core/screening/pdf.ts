/**
 * A PDF's text layer as a table to screen: one row a line, each with its page and its line on that
 * page. The PDF itself is parsed by Mozilla's pdf.js, which the caller opens (the screening page's
 * worker with the browser build, `wro-screen` with the Node build): this module only needs the
 * document's pages and their text items, so it stays free of either environment.
 */
import { MAX_INPUT_BYTES } from './decode';
import { ScreeningInputError } from './input-error';
import { oneColumnTable, rowWarning, type ScreeningTable } from './table';

export { looksLikePdf } from './sniff';

/** A text item as pdf.js's `getTextContent()` gives it (marked-content items have no `str`). */
export interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
  /** [a, b, c, d, e, f]: e and f are the item's origin, d its height for unrotated text. */
  transform?: number[];
  /** Marked-content items ('beginMarkedContent'…) carry a type and no text. */
  type?: string;
}

/** What is read of an open pdf.js document. */
export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<{ getTextContent(): Promise<{ items: PdfTextItem[] }>; cleanup?(): unknown }>;
}

/** The lines of one page, in reading order as the PDF gives them, blank lines left out. */
export function pageLines(items: readonly PdfTextItem[]): string[] {
  const lines: string[] = [];
  let line = '';
  let lastY: number | undefined;
  let lastHeight = 0;
  const end = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push(text);
    line = '';
  };
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const y = item.transform?.[5];
    const height = Math.abs(item.transform?.[3] ?? 0);
    // A baseline that moves by more than half a line is a new line, even where the PDF's producer
    // did not end the previous one (pdf.js sets hasEOL only where it sees the break).
    if (y !== undefined && lastY !== undefined && line !== '' && Math.abs(y - lastY) > Math.max(height, lastHeight, 1) / 2) end();
    line += item.str;
    if (item.str !== '') {
      lastY = y ?? lastY;
      lastHeight = height;
    }
    if (item.hasEOL) end();
  }
  end();
  return lines;
}

/** Rows of text per page (page 1 first) as a table: one column, one row a line. */
export function tableFromPdfPages(pages: readonly string[][], columnLabel: string): ScreeningTable {
  const texts: string[] = [];
  const pageOf: number[] = [];
  const lineOf: number[] = [];
  const withoutText: number[] = [];
  pages.forEach((lines, p) => {
    if (lines.length === 0) withoutText.push(p + 1);
    lines.forEach((text, l) => {
      texts.push(text);
      pageOf.push(p + 1);
      lineOf.push(l + 1);
    });
  });
  if (texts.length === 0) {
    throw new ScreeningInputError(
      'no-text',
      pages.length === 0
        ? 'The PDF has no pages.'
        : `The PDF has no text layer on any of its ${pages.length} page(s): it looks like a scan. Run it through text recognition (OCR), or paste its text, to screen it.`,
      String(pages.length),
    );
  }
  // A page without text among pages with text is usually a scanned signature page or annex.
  const table = oneColumnTable(texts, columnLabel, rowWarning('pages-without-text', withoutText));
  return { ...table, origin: { kind: 'pdf', pages: pageOf, lines: lineOf } };
}

/**
 * pdf.js's errors as the person's problem: a password, or a damaged file. pdf.js names its
 * exceptions (`PasswordException`, `InvalidPDFException`…); anything else it throws while opening
 * is a file it could not read.
 */
export function pdfProblem(error: unknown): ScreeningInputError {
  if (error instanceof ScreeningInputError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') {
    return new ScreeningInputError('password', 'The PDF is password-protected: open it, save a copy without a password, and screen that copy.', 'pdf');
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ScreeningInputError('broken', `The PDF could not be read (${message}): it may be damaged or not a PDF.`, 'pdf');
}

/**
 * Every page's lines, page by page (`onPage(done, total)` after each), freeing each page's parsed
 * content once read, so a 200-page tender pack is never held whole in pdf.js's caches.
 */
export async function readPdfPages(doc: PdfDocumentLike, onPage?: (done: number, total: number) => void): Promise<string[][]> {
  const pages: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(pageLines(content.items));
    page.cleanup?.();
    onPage?.(n, doc.numPages);
  }
  return pages;
}

/**
 * A PDF's bytes as a table: `open` opens them with pdf.js (the caller's build); errors become the
 * person's problems (a password, a damaged file, no text layer).
 */
export async function tableFromPdf(
  bytes: Uint8Array,
  open: (bytes: Uint8Array) => Promise<PdfDocumentLike & { destroy?(): unknown }>,
  columnLabel: string,
  onPage?: (done: number, total: number) => void,
): Promise<ScreeningTable> {
  if (bytes.length > MAX_INPUT_BYTES) throw new ScreeningInputError('too-large', 'The file is larger than 200 MB.');
  let doc: (PdfDocumentLike & { destroy?(): unknown }) | undefined;
  try {
    doc = await open(bytes);
    return tableFromPdfPages(await readPdfPages(doc, onPage), columnLabel);
  } catch (e) {
    throw pdfProblem(e);
  } finally {
    await doc?.destroy?.();
  }
}
