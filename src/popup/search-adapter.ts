/**
 * The popup's search over the whole list. Interim: plain fuse.js over names until the shared
 * name-aware search core (`src/core/search/`) lands.
 */
import Fuse from 'fuse.js';
import type { ListRecord } from '../core/record';
import type { SearchFilters, SearchHit } from './ListSearch';

let cache: { records: ListRecord[]; fuse: Fuse<ListRecord> } | undefined;

function index(records: ListRecord[]): Fuse<ListRecord> {
  if (cache?.records !== records) {
    cache = {
      records,
      fuse: new Fuse(records, {
        keys: ['name', 'aliases', 'subsidiaries', 'formerNames', 'products', 'country'],
        threshold: 0.3,
        ignoreLocation: true,
      }),
    };
  }
  return cache.fuse;
}

const passes = (r: ListRecord, f: SearchFilters): boolean =>
  (!f.kind || r.kind === f.kind) && (!f.status || r.status === f.status) && (!f.country || r.country === f.country);

export function searchRecords(records: ListRecord[], query: string, filters: SearchFilters, limit: number): SearchHit[] {
  const found = query === '' ? records : index(records).search(query).map((r) => r.item);
  return found.filter((r) => passes(r, filters)).slice(0, limit).map((record) => ({ record }));
}
