/** pdf.js's worker module, imported into the screening worker (see pdf-open.ts); only its handler is used. */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
