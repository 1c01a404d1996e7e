/**
 * When the list in use was last confirmed current. A refresh that finds nothing new (every source
 * answered, nothing changed) makes the list as fresh as one just downloaded, so its age counts
 * from then, not from when the data was built.
 */
import type { RefreshRun, SourceResult } from './refresh-state';

export function lastConfirmedCurrent(
  lastRun: RefreshRun | null,
  results: Record<string, SourceResult>,
): string | null {
  if (!lastRun || (lastRun.outcome !== 'applied' && lastRun.outcome !== 'unchanged')) return null;
  const all = Object.values(results);
  if (all.length === 0) return null;
  const confirmed = all.every((r) => r.outcome === 'updated' || r.outcome === 'unchanged');
  return confirmed ? lastRun.time : null;
}
