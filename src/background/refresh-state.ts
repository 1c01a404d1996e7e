/**
 * What refreshes remember between runs, in the `meta` store: each source's last accepted list
 * (so an unchanged or failing source still contributes what it said before), its HTTP validators,
 * the last result per source, the last run, and a replacement held for the admin's confirmation.
 */
import type { Validators } from '../core/list/refresh';
import type { WroList } from '../core/record';
import { openWroDb, type HeldReplacement, type MetaItems, type MetaKey } from '../platform/db';
import type { RefreshRun, SourceResult } from '../platform/request-types';

/** Lines kept for display; the count says how many there were. */
export const MAX_LINES = 200;

async function get<K extends MetaKey>(key: K): Promise<MetaItems[K] | undefined> {
  return (await (await openWroDb()).get('meta', key)) as MetaItems[K] | undefined;
}

export const getSourceLists = async () => (await get('refresh:source-lists')) ?? {};
export const getPreviousSourceLists = async () => (await get('refresh:source-lists-previous')) ?? {};
export const getValidators = async () => (await get('refresh:validators')) ?? {};
export const getSourceResults = async () => (await get('refresh:source-results')) ?? {};
export const getLastRun = async () => (await get('refresh:last-run')) ?? null;
export const getHeld = async () => (await get('refresh:held')) ?? null;

export interface StateChange {
  sourceLists?: Record<string, WroList>;
  /** Keep the outgoing source lists for rollback (with `sourceLists`). */
  keepPrevious?: boolean;
  previousSourceLists?: Record<string, WroList>;
  validators?: Record<string, Validators>;
  results?: Record<string, SourceResult>;
  lastRun?: RefreshRun;
  held?: HeldReplacement | null;
}

/** Writes the given parts together, in one transaction. */
export async function saveState(change: StateChange): Promise<void> {
  const tx = (await openWroDb()).transaction('meta', 'readwrite');
  const store = tx.store;
  const writes: Promise<unknown>[] = [];
  const put = <K extends MetaKey>(key: K, value: MetaItems[K]) => writes.push(store.put(value, key));
  if (change.sourceLists) {
    if (change.keepPrevious) {
      const outgoing = ((await store.get('refresh:source-lists')) as MetaItems['refresh:source-lists'] | undefined) ?? {};
      put('refresh:source-lists-previous', outgoing);
    }
    put('refresh:source-lists', change.sourceLists);
  }
  if (change.previousSourceLists) put('refresh:source-lists-previous', change.previousSourceLists);
  if (change.validators) put('refresh:validators', change.validators);
  if (change.results) put('refresh:source-results', change.results);
  if (change.lastRun) put('refresh:last-run', change.lastRun);
  if (change.held === null) writes.push(store.delete('refresh:held'));
  else if (change.held) put('refresh:held', change.held);
  await Promise.all([...writes, tx.done]);
}
