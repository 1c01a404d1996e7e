/** The popup's search over the whole list: the shared name-aware search core, built once per list. */
import type { ListRecord } from '../core/record';
import { createListSearch, type ListSearch } from '../core/search/list-search';
import type { SearchFilters, SearchHit } from './ListSearch';

let cache: { records: ListRecord[]; search: ListSearch } | undefined;

function searchFor(records: ListRecord[]): ListSearch {
  if (cache?.records !== records) cache = { records, search: createListSearch(records) };
  return cache.search;
}

/** Builds the index ahead of the first keystroke, when the popup is idle. */
export function prepareSearch(records: ListRecord[]): void {
  setTimeout(() => searchFor(records), 0);
}

export function searchRecords(records: ListRecord[], query: string, filters: SearchFilters, limit: number): SearchHit[] {
  return searchFor(records).search(query, filters, limit).map(({ record, matchedName }) => ({ record, matchedName }));
}
