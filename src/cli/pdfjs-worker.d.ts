/** pdf.js's worker module (Node build), run in `wro-screen`'s own process; only its handler is used. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
