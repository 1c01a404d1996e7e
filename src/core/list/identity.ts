/**
 * When two records (from two sources, or two downloads of one source) are the same listing.
 * Same id, or: same kind, names overlapping once case, punctuation and a trailing acronym are
 * ignored, and (for CBP orders) the same effective date. A WRO and a later Finding against one
 * firm stay two records; one UFLPA entity spelt differently in two places is one.
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
  return result;
}
