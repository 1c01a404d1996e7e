/**
 * The lists that have been in force in this profile, by version: what an audit pack says a
 * decision was judged against (a decision keeps only its list's version). Unknown stays unknown: a
 * version applied before the history was kept, or in another profile, has no entry.
 */
import type { WroList } from '../record';

export interface ListInForce {
  version: string;
  /** When the list was built (ISO). */
  generated: string;
  title: string;
  /** When it was first seen in force here (ISO). */
  since: string;
  sources: Array<{ label: string; url: string; retrieved: string | null }>;
}

/** Entries kept; the oldest go first (a daily refresh that changes the list gives one a day). */
export const LIST_HISTORY_CAP = 1000;

export function listInForce(list: WroList, since: string): ListInForce {
  return {
    version: list.version,
    generated: list.generated,
    title: list.title,
    since,
    sources: list.sources.map(({ label, url, retrieved }) => ({ label, url, retrieved })),
  };
}

/** The history with `entry` added, unless the latest entry is already that version. */
export function withListInForce(history: readonly ListInForce[], entry: ListInForce, cap = LIST_HISTORY_CAP): ListInForce[] {
  if (history.at(-1)?.version === entry.version) return [...history];
  return [...history, entry].slice(-cap);
}

/** Entries of the given versions (the latest for a version applied twice), in version order of first use. */
export function listsForVersions(history: readonly ListInForce[], versions: Iterable<string>): { known: ListInForce[]; unknown: string[] } {
  const byVersion = new Map(history.map((entry) => [entry.version, entry]));
  const known: ListInForce[] = [];
  const unknown: string[] = [];
  for (const version of new Set(versions)) {
    const entry = byVersion.get(version);
    if (entry) known.push(entry);
    else unknown.push(version);
  }
  return { known, unknown };
}

/** The history with the versions of `incoming` it lacks (an imported pack's lists), in the order they came into force. */
export function withImportedLists(history: readonly ListInForce[], incoming: readonly ListInForce[], cap = LIST_HISTORY_CAP): ListInForce[] {
  const known = new Set(history.map((entry) => entry.version));
  // A version twice in the pack is added once.
  const added = incoming.filter((entry) => !known.has(entry.version) && known.add(entry.version));
  if (added.length === 0) return [...history];
  return [...history, ...added].sort((a, b) => a.since.localeCompare(b.since)).slice(-cap);
}
