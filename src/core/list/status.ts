/**
 * Sources disagree over time (the 2021 letter said "Active"; CBP modified Supermax in 2023).
 * A record keeps every dated claim; its shown status is the most recent one.
 */
import type { ListRecord, StatusClaim } from '../record';

function claimDate(c: StatusClaim): string {
  return c.asOf ?? c.effective ?? '';
}

/** Most recent first: by when the source said it, then by when it took effect. Stable otherwise. */
export function sortClaims(claims: readonly StatusClaim[]): StatusClaim[] {
  return [...claims].sort((a, b) => {
    const byAsOf = claimDate(b).localeCompare(claimDate(a));
    return byAsOf !== 0 ? byAsOf : (b.effective ?? '').localeCompare(a.effective ?? '');
  });
}

/** Same claim from the same source: merged lists must not repeat it. */
function claimKey(c: StatusClaim): string {
  return [c.status, c.effective, c.asOf, c.sourceUrl, c.note].join('\u0000');
}

/** Set status, statusDate, statusNote and `modified` from the history (most recent claim wins). */
export function withClaims(record: ListRecord, claims: readonly StatusClaim[]): ListRecord {
  const seen = new Set<string>();
  const history = sortClaims(claims).filter((c) => {
    const key = claimKey(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const current = history[0];
  if (!current) return { ...record, statusHistory: [] };
  const changes = history
    .filter((c) => (c.status === 'modified' || c.status === 'revoked') && c.effective)
    .map((c) => c.effective!)
    .sort();
  return {
    ...record,
    status: current.status,
    statusDate: current.effective,
    statusNote: current.note,
    modified: changes.at(-1) ?? record.modified,
    statusHistory: history,
  };
}
