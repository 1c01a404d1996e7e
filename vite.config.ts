import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { stripUnsafeSinks } from './scripts/strip-unsafe-sinks.ts';
import { syncUnzip } from './scripts/sync-unzip.ts';

// Extension pages (popup, options, screening page). The background and content scripts are
// built separately as classic IIFE scripts by scripts/build.ts: a content script cannot `import`
// at run time, and a classic background script loads the same way in Chrome and Firefox.
export default defineConfig({
  plugins: [preact(), stripUnsafeSinks(), syncUnzip()],
  root: resolve(import.meta.dirname, 'src/pages'),
  publicDir: resolve(import.meta.dirname, 'public'),
  base: './',
  // The screening worker is a module worker: pdf.js and the workbook reader are chunks it imports
  // only when a PDF or workbook is opened, so a CSV screening loads neither.
  worker: {
    format: 'es',
    plugins: () => [stripUnsafeSinks(), syncUnzip()],
  },
  build: {
    target: 'es2022',
    emptyOutDir: true,
    modulePreload: false,
    sourcemap: false,
    rolldownOptions: {
      input: {
        popup: resolve(import.meta.dirname, 'src/pages/popup.html'),
        options: resolve(import.meta.dirname, 'src/pages/options.html'),
        screen: resolve(import.meta.dirname, 'src/pages/screen.html'),
      },
    },
  },
});
