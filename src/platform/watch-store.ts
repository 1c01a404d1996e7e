/** The watch list (`watch` store) and the alerts it raised (`meta` 'watch:alerts'), in IndexedDB. */
import { capAlerts, type WatchAlert, type WatchEntry } from '../core/org/watch';
import { openWroDb, readMeta, writeMeta } from './db';

/** Every watched name, in alphabetical order (a list people look names up in). */
export async function listWatch(): Promise<WatchEntry[]> {
  const entries = await (await openWroDb()).getAll('watch');
  return entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}

/** Writes `entries` (new or updated) in one transaction. */
export async function putWatch(entries: WatchEntry[]): Promise<void> {
  const tx = (await openWroDb()).transaction('watch', 'readwrite');
  await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
}

export async function deleteWatch(id: string): Promise<void> {
  await (await openWroDb()).delete('watch', id);
}

export async function readAlerts(): Promise<WatchAlert[]> {
  return (await readMeta('watch:alerts')) ?? [];
}

/** Adds `alerts` after those kept, within the cap. */
export async function addAlerts(alerts: WatchAlert[]): Promise<void> {
  if (alerts.length === 0) return;
  await writeMeta('watch:alerts', capAlerts([...(await readAlerts()), ...alerts]));
}

/** Marks the alerts with these ids (every unseen one when `ids` is null) as seen at `time`. */
export async function acknowledgeAlerts(ids: string[] | null, time: string): Promise<void> {
  const chosen = ids && new Set(ids);
  const alerts = (await readAlerts()).map((a) => (a.acknowledgedAt === null && (!chosen || chosen.has(a.id)) ? { ...a, acknowledgedAt: time } : a));
  await writeMeta('watch:alerts', alerts);
}

export async function checkedVersion(): Promise<string | undefined> {
  return readMeta('watch:checked-version');
}

export async function setCheckedVersion(version: string): Promise<void> {
  await writeMeta('watch:checked-version', version);
}
