/**
 * The cached list in IndexedDB, in the extension's own origin. The current list and the one before
 * it are kept, so a refresh can be rolled back, and every replacement happens in one transaction:
 * a reader sees the old list or the new one, never a mix or nothing.
 */
import type { WroList } from '../core/record';
import { openWroDb } from './db';

export async function getCurrentList(): Promise<WroList | undefined> {
  return (await openWroDb()).get('lists', 'current');
}

export async function getPreviousList(): Promise<WroList | undefined> {
  return (await openWroDb()).get('lists', 'previous');
}

/** Stores `seed` as the current list unless a list is already there; returns the current list. */
export async function ensureSeeded(seed: WroList): Promise<WroList> {
  const db = await openWroDb();
  const tx = db.transaction('lists', 'readwrite');
  // An aborted transaction (quota, shutdown) rejects the step awaited below; this keeps `done` from also
  // surfacing as an unhandled rejection.
  tx.done.catch(() => undefined);
  const existing = await tx.store.get('current');
  if (!existing) await tx.store.put(seed, 'current');
  await tx.done;
  return existing ?? seed;
}

/** Makes `next` current and keeps the old current as `previous`, atomically. */
export async function replaceCurrentList(next: WroList): Promise<void> {
  const db = await openWroDb();
  const tx = db.transaction('lists', 'readwrite');
  // An aborted transaction (quota, shutdown) rejects the step awaited below; this keeps `done` from also
  // surfacing as an unhandled rejection.
  tx.done.catch(() => undefined);
  const current = await tx.store.get('current');
  if (current) await tx.store.put(current, 'previous');
  await tx.store.put(next, 'current');
  await tx.done;
}
