/**
 * Opens a PDF with pdf.js inside the screening worker. pdf.js normally starts a worker of its own
 * from a script URL; here its parser runs in this worker instead ("fake worker": its message
 * handler is handed over through `globalThis.pdfjsWorker`), so nothing is loaded by URL at run
 * time and the page's thread never parses a byte. Both halves of pdf.js are bundled into a chunk
 * the worker imports only when a PDF is opened. Nothing is fetched: no fonts (text extraction does
 * not need them), no wasm image decoders (images are never decoded), no eval (`isEvalSupported:
 * false`, which the extension's CSP would refuse anyway).
 */
import type { PdfDocumentLike } from '../core/screening/pdf';

export async function openPdf(bytes: Uint8Array): Promise<PdfDocumentLike & { destroy(): Promise<void> }> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const doc = await task.promise;
  return {
    numPages: doc.numPages,
    getPage: (n) => doc.getPage(n),
    destroy: () => task.destroy(),
  };
}
