/**
 * What refreshes remember between runs, in the `meta` store: each source's last accepted list
 * (so an unchanged or failing source still contributes what it said before), its HTTP validators,
 * the last result per source, the last run, and a replacement held for the admin's confirmation.
 */
import type { Validators } from '../core/list/refresh';
import type { WroList } from '../core/record';
import { openWroDb } from '../platform/db';
import type { RefreshRun, SourceResult } from '../platform/request-types';

export interface HeldReplacement {
  time: string;
  reason: string;
  list: WroList;
  sourceLists: Record<string, WroList>;
  validators: Record<string, Validators>;
  summary: string;
  lines: string[];
  lineCount: number;
}

/** Lines kept for display; the count says how many there were. */
export const MAX_LINES = 200;

const KEYS = {
  sourceLists: 'refresh:source-lists',
  previousSourceLists: 'refresh:source-lists-previous',
  validators: 'refresh:validators',
  results: 'refresh:source-results',
  lastRun: 'refresh:last-run',
  held: 'refresh:held',
} as const;

async function get<T>(key: string, fallback: T): Promise<T> {
  return ((await (await openWroDb()).get('meta', key)) as T | undefined) ?? fallback;
}

export const getSourceLists = () => get<Record<string, WroList>>(KEYS.sourceLists, {});
export const getPreviousSourceLists = () => get<Record<string, WroList>>(KEYS.previousSourceLists, {});
export const getValidators = () => get<Record<string, Validators>>(KEYS.validators, {});
export const getSourceResults = () => get<Record<string, SourceResult>>(KEYS.results, {});
export const getLastRun = () => get<RefreshRun | null>(KEYS.lastRun, null);
export const getHeld = () => get<HeldReplacement | null>(KEYS.held, null);

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
  if (change.sourceLists) {
    if (change.keepPrevious) {
      const outgoing = (await store.get(KEYS.sourceLists)) ?? {};
      writes.push(store.put(outgoing, KEYS.previousSourceLists));
    }
    writes.push(store.put(change.sourceLists, KEYS.sourceLists));
  }
  if (change.previousSourceLists) writes.push(store.put(change.previousSourceLists, KEYS.previousSourceLists));
  if (change.validators) writes.push(store.put(change.validators, KEYS.validators));
  if (change.results) writes.push(store.put(change.results, KEYS.results));
  if (change.lastRun) writes.push(store.put(change.lastRun, KEYS.lastRun));
  if (change.held === null) writes.push(store.delete(KEYS.held));
  else if (change.held) writes.push(store.put(change.held, KEYS.held));
  await Promise.all([...writes, tx.done]);
}
