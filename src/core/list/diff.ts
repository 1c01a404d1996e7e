/**
 * What changed between two lists, for the admin after each refresh: records added, removed,
 * status changed, newly delisted; each as a plain sentence ("FGV Holdings Berhad: WRO modified,
 * effective 2026-01-15"). `planReplacement` holds a list that would remove more than half the
 * records for confirmation instead of applying it silently.
 */
import type { ListRecord, RecordKind, Status, WroList } from '../record';
import { matchRecords } from './identity';
import { withdrawnFrom } from './withdrawal';

const KIND_LABEL: Record<RecordKind, string> = {
  wro: 'WRO',
  finding: 'Finding',
  uflpa: 'UFLPA Entity List entry',
  region: 'region order',
  vessel: 'vessel order',
  watchlist: 'watch-list entry',
};
const STATUS_LABEL: Record<Status, string> = { active: 'active', modified: 'modified', inactive: 'inactive', revoked: 'revoked', delisted: 'no longer listed', unknown: 'status unknown' };

export interface StatusChange {
  before: ListRecord;
  after: ListRecord;
}

export interface ListDiff {
  added: ListRecord[];
  removed: ListRecord[];
  statusChanged: StatusChange[];
  /** Still in the list, but newly marked as no longer in its source's file. */
  delisted: ListRecord[];
  /** One human sentence per change, then nothing else: empty when nothing changed. */
  lines: string[];
  summary: string;
}

export function describeStatus(r: ListRecord): string {
  return `${r.name}: ${KIND_LABEL[r.kind]} ${STATUS_LABEL[r.status]}${r.statusDate ? `, effective ${r.statusDate}` : ''}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function diffLists(old: WroList | null, next: WroList): ListDiff {
  const before = old?.records ?? [];
  const matches = matchRecords(before, next.records);
  const added: ListRecord[] = [];
  const statusChanged: StatusChange[] = [];
  const delisted: ListRecord[] = [];
  next.records.forEach((r, i) => {
    const at = matches[i];
    if (at === undefined) return void added.push(r);
    const prior = before[at]!;
    // A record newly no longer listed is said once, as such, not also as a change of status.
    if (!prior.delistedSince && r.delistedSince) delisted.push(r);
    else if (prior.status !== r.status || prior.statusDate !== r.statusDate) statusChanged.push({ before: prior, after: r });
  });
  const matched = new Set(matches);
  const removed = before.filter((_, i) => !matched.has(i));
  const lines = [
    ...added.map((r) => `Added: ${r.name} (${KIND_LABEL[r.kind]}${r.issued ? `, effective ${r.issued}` : ''})`),
    ...removed.map((r) => `Removed: ${r.name} (${KIND_LABEL[r.kind]})`),
    ...statusChanged.map((c) => describeStatus(c.after)),
    ...delisted.map((r) => `${r.name}: ${KIND_LABEL[r.kind]} no longer ${withdrawnFrom(r)} since ${r.delistedSince}`),
  ];
  const summary = lines.length
    ? [plural(added.length, 'record') + ' added', `${removed.length} removed`, plural(statusChanged.length, 'status change'), delisted.length ? `${delisted.length} no longer listed by the source` : '']
        .filter(Boolean)
        .join(', ')
    : 'No changes.';
  return { added, removed, statusChanged, delisted, lines, summary };
}

export type ReplacementPlan =
  | { action: 'apply'; diff: ListDiff }
  | { action: 'confirm'; diff: ListDiff; reason: string };

/** Apply, or hold for an admin's confirmation when more than `maxRemovedFraction` would go. */
export function planReplacement(current: WroList | null, next: WroList, maxRemovedFraction = 0.5): ReplacementPlan {
  const diff = diffLists(current, next);
  const total = current?.records.length ?? 0;
  if (total > 0 && diff.removed.length / total > maxRemovedFraction) {
    const pct = Math.round((diff.removed.length / total) * 100);
    return {
      action: 'confirm',
      diff,
      reason: `This update would remove ${diff.removed.length} of ${total} records (${pct}%). It was not applied: confirm it if the source really dropped them.`,
    };
  }
  return { action: 'apply', diff };
}
