/**
 * A build plugin for read-excel-file in the extension: its unzip step calls fflate's `unzip`, which
 * hands any large part of the archive to a worker it makes from a `blob:` URL. The extension's CSP
 * (`script-src 'self'`) forbids such workers, and the workbook is already read inside the screening
 * page's own worker, so here `unzip` is fflate's synchronous `unzipSync`, behind the same callback.
 * It also refuses archives that would inflate past a limit (a "zip bomb" must not take the
 * worker's memory): the sizes are read from the archive's directory before anything is inflated.
 * Only imports of `fflate` from read-excel-file are redirected; `wro-screen` in Node keeps fflate's
 * own `unzip` (its workers are Node threads).
 */
import type { Plugin } from 'vite';

const VIRTUAL = '\0wro-sync-unzip';

/** Largest total of the XML parts read from one workbook, inflated. */
export const MAX_WORKBOOK_XML_BYTES = 1024 * 1024 * 1024;

const MODULE = `
import { unzipSync } from 'fflate';
export * from 'fflate';
const LIMIT = ${MAX_WORKBOOK_XML_BYTES};
export function unzip(data, opts, cb) {
  if (typeof opts === 'function') { cb = opts; opts = {}; }
  let total = 0;
  const filter = opts && opts.filter;
  try {
    const files = unzipSync(data, {
      filter(file) {
        if (filter && !filter(file)) return false;
        total += file.originalSize;
        if (total > LIMIT) {
          const e = new Error('The workbook would unpack to more than 1 GB.');
          e.code = 15;
          throw e;
        }
        return true;
      },
    });
    cb(null, files);
  } catch (e) {
    cb(e, null);
  }
  return () => {};
}
`;

export function syncUnzip(): Plugin {
  return {
    name: 'wro-sync-unzip',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'fflate' && importer && /[\\/]read-excel-file[\\/]/.test(importer)) return VIRTUAL;
      return null;
    },
    load(id) {
      return id === VIRTUAL ? MODULE : null;
    },
  };
}
