/**
 * After a list refresh every saved screening is screened again against the new list, in the
 * background, and the person is told of new or changed findings: a badge on the toolbar button and
 * a note on the options page (which reads the screenings' `changes`).
 */
import type { WroList } from '../core/record';
import { rescreened, savedFindings, type SavedScreening } from '../core/screening/saved';
import { screenTable } from '../core/screening/screen';
import { getCurrentList } from '../platform/list-store';
import { listScreenings, updateEachScreening } from '../platform/screening-store';
import { onLocalChanged, writeSession } from '../platform/storage';
import { showDefaultBadge } from './default-badge';
import { forgetCachedList, matcherOf } from './list-cache';

export interface RescreenSummary {
  id: string;
  name: string;
  added: number;
  changed: number;
  removed: number;
}

/** Screens every saved screening against `list` and flags those whose findings changed. */
export async function rescreenSaved(list: WroList, now = new Date().toISOString()): Promise<RescreenSummary[]> {
  const saved = await listScreenings();
  if (saved.length === 0) return [];
  const matcher = await matcherOf(list);
  const statusDate = new Map(list.records.map((r) => [r.id, r.statusDate]));
  // Screen outside the transaction (IndexedDB commits a transaction left idle), then write at once.
  const next = new Map<string, SavedScreening>();
  for (const s of saved) {
    if (s.listVersion === list.version && s.changes === null) continue;
    const run = screenTable(matcher, s.table, s.table.headers);
    next.set(s.id, rescreened(s, savedFindings(run.hits, (id) => statusDate.get(id) ?? null), list.version, now));
  }
  const updated = await updateEachScreening((s) => next.get(s.id) ?? s);
  await showScreeningBadge();
  // Open pages show the new state.
  await writeSession({ screeningsRescreened: now });
  return updated
    .filter((s) => s.changes !== null)
    .map((s) => ({
      id: s.id,
      name: s.name,
      added: s.changes?.added.length ?? 0,
      changed: s.changes?.changed.length ?? 0,
      removed: s.changes?.removed.length ?? 0,
    }));
}

/** The toolbar's default badge follows the kept screenings' unseen changes (and watch-list alerts: default-badge.ts). */
export async function showScreeningBadge(): Promise<void> {
  await showDefaultBadge();
}

/**
 * Re-screens kept screenings whenever a list of a new version is published for content scripts,
 * which every list replacement does: screening follows the list without the refresh knowing about
 * it. Call once, at the top level of the background script.
 */
export function rescreenOnNewList(): void {
  onLocalChanged((changes) => {
    const change = changes.matcher;
    if (!change) return;
    const before = change.oldValue?.listVersion;
    const after = change.newValue?.listVersion;
    if (typeof after !== 'string' || after === before) return;
    void (async () => {
      const list = await getCurrentList();
      if (list?.version !== after) return;
      forgetCachedList();
      await rescreenSaved(list);
    })();
  });
}
