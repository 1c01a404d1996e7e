/** A contracted supplier or manufacturer the organisation watches: an alert when it becomes listed or its record changes. */
export interface WatchEntry {
  /** Stable (a random UUID). */
  id: string;
  name: string;
  /** Where it came from: 'typed', or the kept screening's name it was taken from. */
  origin: string;
  /** ISO time it was added. */
  addedAt: string;
  /** The record it matched at the last check and that record's status, if any. */
  matchedRecordId: string | null;
  matchedStatus: string | null;
  /** That record's name, to show beside the entry. */
  matchedRecordName?: string | null;
}

/** Most names watched: a contracted-supplier list, not a directory. */
export const MAX_WATCH_ENTRIES = 5000;
export const MAX_WATCH_NAME = 300;

/** What a refresh raised about a watched name. */
export interface WatchAlert {
  /** A random UUID: the submission's idempotency key. */
  id: string;
  /** ISO time of the check that raised it. */
  time: string;
  watchId: string;
  /** The watched name as the organisation wrote it. */
  name: string;
  recordId: string;
  recordName: string;
  /** `listed`: the name now matches a listed record it did not match before; `status-changed`: same record, new status. */
  kind: 'listed' | 'status-changed';
  /** The record's status before (null for `listed`). */
  from: string | null;
  to: string;
  /** The list version the check ran against. */
  listVersion: string;
  /** ISO time someone marked it as seen, or null while it is new. */
  acknowledgedAt: string | null;
}

/** Most alerts kept: the oldest seen ones go first. */
export const MAX_ALERTS = 1000;

/** Trims typed lines to names: one per line, blank and repeated lines dropped (case and spacing ignored). */
export function namesFromLines(text: string, existing: readonly string[] = []): string[] {
  const seen = new Set(existing.map(nameKey));
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const name = line.replace(/\s+/g, ' ').trim().slice(0, MAX_WATCH_NAME);
    const key = nameKey(name);
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** The names in a kept screening's screened columns (suppliers, manufacturers, sub-suppliers), each once, in row order. */
export function namesInRows(rows: ReadonlyArray<readonly string[]>): string[] {
  return namesFromLines(rows.flat().join('\n'));
}

export function nameKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
}

/** Keeps at most `max` alerts: unseen ones all (up to the cap), then the newest seen. */
export function capAlerts(alerts: WatchAlert[], max = MAX_ALERTS): WatchAlert[] {
  if (alerts.length <= max) return alerts;
  const newestFirst = [...alerts].sort((a, b) => b.time.localeCompare(a.time));
  const kept = new Set([...newestFirst.filter((a) => a.acknowledgedAt === null), ...newestFirst.filter((a) => a.acknowledgedAt !== null)].slice(0, max));
  return alerts.filter((a) => kept.has(a));
}
