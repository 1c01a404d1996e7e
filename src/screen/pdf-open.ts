/**
 * Opens a PDF with pdf.js inside the screening worker. pdf.js normally starts a worker of its own
 * from a script URL; here its parser runs in this worker instead ("fake worker": its message
 * handler is handed over through `globalThis.pdfjsWorker`), so nothing is loaded by URL at run
 * time and the page's thread never parses a byte. Both halves of pdf.js are bundled into a chunk
 * the worker imports only when a PDF is opened. Nothing is fetched from the network: no fonts
 * (text extraction does not need them), no wasm image decoders (images are never decoded), no
 * eval (`isEvalSupported: false`, which the extension's CSP would refuse anyway); the character
 * maps for CJK fonts are the extension's own files.
 */
import type { PdfDocumentLike } from '../core/screening/pdf';

/** Where the build puts pdf.js's character maps (scripts/build.ts), beside this chunk's folder. */
const CMAPS = new URL('../pdfjs/cmaps/', import.meta.url).href;

/**
 * pdf.js's reader of its data files, for this worker: its own (DOMBinaryDataFactory) reads
 * `document.baseURI`, which a worker has not. Only the character maps are ever asked for; they
 * are the extension's own files.
 */
class ExtensionFiles {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    if (kind !== 'cMapUrl' || !/^[\w.-]+$/.test(filename)) throw new Error(`pdf.js asked for ${kind} ${filename}, which is not bundled`);
    const response = await fetch(`${CMAPS}${filename}`);
    if (!response.ok) throw new Error(`${filename}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

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
    // The character maps the build copies from pdf.js into the extension (scripts/build.ts): read
    // from the extension's own files when a PDF's Chinese, Japanese or Korean font is not embedded.
    cMapUrl: CMAPS,
    cMapPacked: true,
    BinaryDataFactory: ExtensionFiles,
  });
  const doc = await task.promise;
  return {
    numPages: doc.numPages,
    getPage: (n) => doc.getPage(n),
    destroy: () => task.destroy(),
  };
}
