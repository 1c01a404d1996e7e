/**
 * What changed between two lists, for the admin after each refresh: records added, removed,
 * status changed, newly delisted; each as a message ("FGV Holdings Berhad: WRO modified, effective
 * 2026-01-15") the options page words in its language. `planReplacement` holds a list that would
 * remove more than half the records for confirmation instead of applying it silently.
 */
import { joined, msg, type Message } from '../message';
import type { ListRecord, RecordKind, Status, WroList } from '../record';
import { matchRecords } from './identity';
import { withdrawnFrom } from './withdrawal';

/** The kinds and statuses as a list of changes names them ("WRO", "UFLPA Entity List entry", "no longer listed"). */
export const DIFF_KIND_KEYS: Record<RecordKind, string> = {
  wro: 'diffKindWro',
  finding: 'diffKindFinding',
  uflpa: 'diffKindUflpa',
  region: 'diffKindRegion',
  vessel: 'diffKindVessel',
  watchlist: 'diffKindWatchlist',
};
export const DIFF_STATUS_KEYS: Record<Status, string> = {
  active: 'diffStatusActive',
  modified: 'diffStatusModified',
  inactive: 'diffStatusInactive',
  revoked: 'diffStatusRevoked',
  delisted: 'diffStatusDelisted',
  unknown: 'diffStatusUnknown',
};
const WITHDRAWN_KEYS = { cbp: 'diffWithdrawnCbp', dhs: 'diffWithdrawnDhs', source: 'diffWithdrawnSource' } as const;

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
  /** One sentence per change, then nothing else: empty when nothing changed. */
  lines: Message[];
  /** "1 record added, 0 removed, 0 status changes", or "No changes." */
  summary: Message;
}

const kind = (r: ListRecord): Message => msg(DIFF_KIND_KEYS[r.kind]);

export function describeStatus(r: ListRecord): Message {
  const status = msg(DIFF_STATUS_KEYS[r.status]);
  return r.statusDate ? msg('diffStatusEffective', r.name, kind(r), status, r.statusDate) : msg('diffStatus', r.name, kind(r), status);
}

/** "1 record added" or "3 records added": a message for one and one for any other count. */
const counted = (n: number, one: string, other: string): Message => (n === 1 ? msg(one) : msg(other, n));

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
  const lines: Message[] = [
    ...added.map((r) => (r.issued ? msg('diffAddedEffective', r.name, kind(r), r.issued) : msg('diffAdded', r.name, kind(r)))),
    ...removed.map((r) => msg('diffRemoved', r.name, kind(r))),
    ...statusChanged.map((c) => describeStatus(c.after)),
    ...delisted.map((r) => msg(WITHDRAWN_KEYS[withdrawnFrom(r)], r.name, kind(r), r.delistedSince ?? '')),
  ];
  const counts = [
    counted(added.length, 'diffCountAddedOne', 'diffCountAdded'),
    msg('diffCountRemoved', removed.length),
    counted(statusChanged.length, 'diffCountStatusOne', 'diffCountStatus'),
    ...(delisted.length ? [msg('diffCountDelisted', delisted.length)] : []),
  ];
  const summary = lines.length ? (joined('listItems', counts) as Message) : msg('diffNoChanges');
  return { added, removed, statusChanged, delisted, lines, summary };
}

export type ReplacementPlan =
  | { action: 'apply'; diff: ListDiff }
  | { action: 'confirm'; diff: ListDiff; reason: Message };

/** Apply, or hold for an admin's confirmation when more than `maxRemovedFraction` would go. */
export function planReplacement(current: WroList | null, next: WroList, maxRemovedFraction = 0.5): ReplacementPlan {
  const diff = diffLists(current, next);
  const total = current?.records.length ?? 0;
  if (total > 0 && diff.removed.length / total > maxRemovedFraction) {
    const pct = Math.round((diff.removed.length / total) * 100);
    return {
      action: 'confirm',
      diff,
      reason: msg('diffHoldRemoval', diff.removed.length, total, pct),
    };
  }
  return { action: 'apply', diff };
}
