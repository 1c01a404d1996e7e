/**
 * When two records (from two sources, or two downloads of one source) are the same listing.
 * Same id, or: same kind, names overlapping once case, punctuation and a trailing acronym are
 * ignored, and (for CBP orders) the same effective date. A WRO and a later Finding against one
 * firm stay two records; one UFLPA entity spelt differently in two places is one. A CBP order
 * whose date one side could not read (a date format CBP has not used before) is paired by name
 * alone, when exactly one order of that kind and name is left to pair it with: a change in how
 * dates are written never doubles a record.
 */
import type { ListRecord } from '../record';
import { uflpaKey } from './uflpa-name';

function names(r: ListRecord): string[] {
  return [r.name, ...r.aliases, ...(r.kind === 'uflpa' ? r.formerNames : [])];
}

function identityKeys(r: ListRecord): string[] {
  if (r.kind === 'watchlist') return [];
  const date = r.kind === 'uflpa' ? '' : (r.issued ?? '');
  return [...new Set(names(r).map(uflpaKey).filter((k) => k.length > 2))].map((k) => `${r.kind}|${date}|${k}`);
}

/** Name keys without the date, for an order one side has no date for. */
function undatedKeys(r: ListRecord): string[] {
  if (r.kind === 'watchlist' || r.kind === 'uflpa') return [];
  return [...new Set(names(r).map(uflpaKey).filter((k) => k.length > 2))].map((k) => `${r.kind}|${k}`);
}

/** For each record of `next`, the index of the same record in `previous`, if any. */
export function matchRecords(previous: readonly ListRecord[], next: readonly ListRecord[]): Array<number | undefined> {
  const byId = new Map<string, number>();
  previous.forEach((r, i) => byId.set(r.id, i));
  const taken = new Set<number>();
  const result: Array<number | undefined> = next.map((r) => {
    const at = byId.get(r.id);
    if (at === undefined || taken.has(at)) return undefined;
    taken.add(at);
    return at;
  });
  // Names are compared only for what ids did not pair up (a different source's spelling).
  if (result.every((m) => m !== undefined)) return result;
  const byKey = new Map<string, number>();
  previous.forEach((r, i) => {
    if (taken.has(i)) return;
    for (const k of identityKeys(r)) if (!byKey.has(k)) byKey.set(k, i);
  });
  next.forEach((r, n) => {
    if (result[n] !== undefined) return;
    for (const k of identityKeys(r)) {
      const i = byKey.get(k);
      if (i !== undefined && !taken.has(i)) {
        taken.add(i);
        result[n] = i;
        return;
      }
    }
  });
  pairUndated(previous, next, result, taken);
  return result;
}

/** Orders left unpaired where one side has no date: paired by kind and name when that is unambiguous. */
function pairUndated(previous: readonly ListRecord[], next: readonly ListRecord[], result: Array<number | undefined>, taken: Set<number>): void {
  const freeNext = next.flatMap((r, n) => (result[n] === undefined && r.kind !== 'watchlist' && r.kind !== 'uflpa' ? [n] : []));
  const freePrev = previous.flatMap((r, i) => (!taken.has(i) && r.kind !== 'watchlist' && r.kind !== 'uflpa' ? [i] : []));
  // Only when a date is missing on some side: otherwise dates decide, as above.
  if (!freeNext.some((n) => !next[n]!.issued) && !freePrev.some((i) => !previous[i]!.issued)) return;
  const index = (records: readonly ListRecord[], at: number[]) => {
    const by = new Map<string, number[]>();
    for (const i of at) for (const k of undatedKeys(records[i]!)) by.set(k, [...(by.get(k) ?? []), i]);
    return by;
  };
  const prevByKey = index(previous, freePrev);
  const nextByKey = index(next, freeNext);
  const lookup = (by: Map<string, number[]>, r: ListRecord) => [...new Set(undatedKeys(r).flatMap((k) => by.get(k) ?? []))];
  for (const n of freeNext) {
    const r = next[n]!;
    const found = lookup(prevByKey, r).filter((i) => !taken.has(i) && (!r.issued || !previous[i]!.issued));
    if (found.length !== 1) continue;
    const i = found[0]!;
    // Unambiguous both ways: no other unpaired record of `next` could claim the same one.
    const rivals = lookup(nextByKey, previous[i]!).filter((m) => m !== n && result[m] === undefined && (!next[m]!.issued || !previous[i]!.issued));
    if (rivals.length) continue;
    taken.add(i);
    result[n] = i;
  }
}
