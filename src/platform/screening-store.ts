/**
 * Saved screenings in IndexedDB (extension origin). Each is written whole in one transaction, so a
 * failed re-screen or a bad new input never leaves a half-updated screening behind.
 */
import type { SavedScreening } from '../core/screening/saved';
import { openWroDb } from './db';

export async function saveScreening(screening: SavedScreening): Promise<void> {
  await (await openWroDb()).put('screenings', screening);
}

export async function getScreening(id: string): Promise<SavedScreening | undefined> {
  return (await openWroDb()).get('screenings', id);
}

/** Newest first. */
export async function listScreenings(): Promise<SavedScreening[]> {
  const all = await (await openWroDb()).getAll('screenings');
  return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function deleteScreening(id: string): Promise<void> {
  await (await openWroDb()).delete('screenings', id);
}

/** Applies `change` to every saved screening inside one transaction. */
export async function updateEachScreening(change: (s: SavedScreening) => SavedScreening): Promise<SavedScreening[]> {
  const db = await openWroDb();
  const tx = db.transaction('screenings', 'readwrite');
  const updated = (await tx.store.getAll()).map(change);
  await Promise.all(updated.map((s) => tx.store.put(s)));
  await tx.done;
  return updated;
}
