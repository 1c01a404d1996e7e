/**
 * After a list changes: which watched names became listed, or whose record's status changed. Pure:
 * the caller passes the matcher (the same compiled matcher screening uses) and the list's records.
 * Each name is read as a supplier-name field, as a screened CSV cell is, and only a sure match
 * counts (`confidence: 'match'`): a possible match (a misspelling) is a prompt for a person, not an
 * alert to a whole organisation.
 */
import type { TextScanner } from '../screening/screen';
import type { WatchAlert, WatchEntry } from './watch';

export interface ListedRecord {
  id: string;
  name: string;
  status: string;
}

/** The record `name` names on the list, if any: its first sure match. */
export function watchedRecord(scanner: TextScanner, byId: ReadonlyMap<string, ListedRecord>, name: string): ListedRecord | null {
  for (const f of scanner.scan(name, { nameField: true })) {
    if (f.confidence !== 'match') continue;
    const record = byId.get(f.recordId);
    if (record) return record;
  }
  return null;
}

/** An entry with what it matches now, and no alert (a name just added, or checked for the first time). */
export function withMatch(entry: WatchEntry, record: ListedRecord | null): WatchEntry {
  return { ...entry, matchedRecordId: record?.id ?? null, matchedStatus: record?.status ?? null, matchedRecordName: record?.name ?? null };
}

export interface WatchCheck {
  /** Every entry with what it matches now. */
  entries: WatchEntry[];
  alerts: WatchAlert[];
}

/**
 * Compares each entry's last match with the list now: a name that matched nothing (or another
 * record) and now matches a record is `listed`; the same record with another status is
 * `status-changed`. A name that no longer matches anything is updated quietly: a record the sources
 * withdraw stays on the list with its status (no longer listed), which is a status change.
 */
export function checkWatchList(
  entries: WatchEntry[],
  recordOf: (name: string) => ListedRecord | null,
  run: { time: string; listVersion: string; newId: () => string },
): WatchCheck {
  const alerts: WatchAlert[] = [];
  const next = entries.map((entry) => {
    const record = recordOf(entry.name);
    if (record) {
      const base = { id: run.newId(), time: run.time, watchId: entry.id, name: entry.name, recordId: record.id, recordName: record.name, to: record.status, listVersion: run.listVersion, acknowledgedAt: null };
      if (entry.matchedRecordId !== record.id) alerts.push({ ...base, kind: 'listed', from: null });
      else if (entry.matchedStatus !== record.status) alerts.push({ ...base, kind: 'status-changed', from: entry.matchedStatus });
    }
    return withMatch(entry, record);
  });
  return { entries: next, alerts };
}
