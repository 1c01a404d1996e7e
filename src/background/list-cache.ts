/**
 * The current list as the background uses it: loaded from IndexedDB once per service-worker
 * lifetime, and republished as a compiled matcher in `storage.local`, where content scripts read it
 * without waking the background.
 */
import { compileMatcher } from '../core/match/compile';
import { loadMatcher, type Matcher } from '../core/match/matcher';
import type { ListRecord, WroList } from '../core/record';
import { noteListInForce } from '../platform/list-history-store';
import { ensureSeeded, getCurrentList } from '../platform/list-store';
import { readLocal, writeLocal, type PublishedMatcher } from '../platform/storage';
import seed from '../../seeds/default-list.json';

let cached: Promise<{ list: WroList; byId: Map<string, ListRecord> }> | undefined;

function index(list: WroList): { list: WroList; byId: Map<string, ListRecord> } {
  return { list, byId: new Map(list.records.map((r) => [r.id, r])) };
}

export function currentList(): Promise<{ list: WroList; byId: Map<string, ListRecord> }> {
  if (!cached) {
    const attempt = (async () => index((await getCurrentList()) ?? (await ensureSeeded(seed as WroList))))();
    cached = attempt;
    // A failed read (aborted transaction, database being deleted) is not kept: the next request reads again.
    attempt.catch(() => {
      if (cached === attempt) cached = undefined;
    });
  }
  return cached;
}

/** Call after the stored list changes. */
export function forgetCachedList(): void {
  cached = undefined;
}

/** Compiles the current list for content scripts unless the published matcher is already of its version. */
export async function publishMatcher(force = false): Promise<void> {
  const { list } = await currentList();
  // Every list put in force passes here: an audit pack names the lists in force at its decisions.
  await noteListInForce(list, new Date().toISOString()).catch(() => undefined);
  const stored = await readLocal('matcher');
  if (!force && stored?.listVersion === list.version) return;
  const published: PublishedMatcher = { listVersion: list.version, payload: compileMatcher(list.records) };
  await writeLocal({ matcher: published });
}

let loaded: { version: string; matcher: Promise<Matcher> } | undefined;

/**
 * A matcher of `list` for the background's own screening (kept screenings, the watch list), kept
 * while the list is in force: loaded from the payload published for content scripts when it is of
 * that version, compiled only when it is not (compiling the bundled list takes 100–150 ms).
 */
export function matcherOf(list: WroList): Promise<Matcher> {
  if (loaded?.version !== list.version) {
    const made = (async () => {
      const stored = await readLocal('matcher').catch(() => undefined);
      return loadMatcher(stored?.listVersion === list.version ? stored.payload : compileMatcher(list.records));
    })();
    loaded = { version: list.version, matcher: made };
    made.catch(() => {
      if (loaded?.matcher === made) loaded = undefined;
    });
  }
  return loaded.matcher;
}
