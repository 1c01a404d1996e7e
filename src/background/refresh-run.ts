/**
 * One refresh, from downloads to the list in use. Each enabled source is downloaded with its
 * validators; its new list is reconciled with what it said last time (`carryOver`); every source's
 * latest list is merged over the bundled one; the result replaces the current list in one
 * transaction, or is held for the admin when it would remove too much. A source that fails keeps
 * contributing its previous list, so a failure never takes anything away.
 * No browser API here (the caller passes `fetch` and the permission check), so it runs under test.
 */
import { parseAnyList } from '../core/list/detect';
import { diffLists, planReplacement, type ListDiff } from '../core/list/diff';
import { unknownTargets, unknownTargetsError } from '../core/list/brands';
import { carryOver, mergeLists } from '../core/list/merge';
import { refreshSource, type Validators } from '../core/list/refresh';
import { joined, msg, type Message, type Text } from '../core/message';
import type { WroList } from '../core/record';
import { getCurrentList, getPreviousList, replaceCurrentList } from '../platform/list-store';
import {
  getHeld,
  getPreviousSourceLists,
  getSourceLists,
  getSourceResults,
  getValidators,
  MAX_LINES,
  saveState,
} from './refresh-state';
import type { RefreshRun, RunTrigger, SourceResult } from '../platform/request-types';
import { bundledFrom } from './official-data';
import type { Settings, SourceSetting } from '../core/settings';

/** The source id an admin's imported file is kept under, beside the configured sources. */
export const IMPORT_SOURCE_ID = 'import';

export interface RefreshProgress {
  done: number;
  total: number;
  label: string;
}

export interface RefreshDeps {
  settings: Settings;
  /** The list bundled with the extension. */
  seed: WroList;
  fetch: typeof fetch;
  /** Whether the admin granted the host permission this URL needs. */
  hostGranted(url: string): Promise<boolean>;
  now?: () => Date;
  onProgress?: (progress: RefreshProgress) => void;
  timeoutMs?: number;
}

const hostOf = (url: string): string => new URL(url).hostname;
const capped = (lines: Text[]) => ({ lines: lines.slice(0, MAX_LINES), lineCount: lines.length });

function result(source: Pick<SourceSetting, 'id' | 'label' | 'url'>, time: string, outcome: SourceResult['outcome'], message: Text, list: WroList | null, lines: Text[] = [], lastSuccess: string | null = null): SourceResult {
  const confirmed = outcome === 'updated' || outcome === 'unchanged';
  return { sourceId: source.id, label: source.label, url: source.url, time, outcome, message, recordCount: list?.records.length ?? null, lastSuccess: confirmed ? time : lastSuccess, ...capped(lines) };
}

/** Every source's latest list merged over the bundled list (when kept), in the configured order. */
function mergeAll(settings: Settings, seed: WroList, sourceLists: Record<string, WroList>): WroList | null {
  const ids = [...settings.sources.filter((s) => s.enabled).map((s) => s.id), IMPORT_SOURCE_ID];
  const lists = [...(settings.includeBundled ? [seed] : []), ...ids.flatMap((id) => (sourceLists[id] ? [sourceLists[id]] : []))];
  if (lists.length === 0) return null;
  return mergeLists(lists, { title: lists.length === 1 ? lists[0]!.title : 'WRO Check list' });
}

interface Candidate {
  trigger: RunTrigger;
  sourceLists: Record<string, WroList>;
  validators: Record<string, Validators>;
  results: Record<string, SourceResult>;
  /** Why a source's own download is held (it dropped too many of its records). */
  sourceHolds: Message[];
  failures: Message[];
  /** When this run began: results from before it are only carried for display. */
  started: string;
  /** The source lists as stored before this run, kept for rollback when the run applies. */
  outgoing: Record<string, WroList>;
  /** Each source's result from before this run (when it last succeeded). */
  prior: Record<string, SourceResult>;
}

/** From the sources' lists to the list in use: unchanged, replaced, or held for confirmation. */
async function settle(deps: RefreshDeps, c: Candidate, time: string): Promise<RefreshRun> {
  const current = (await getCurrentList()) ?? deps.seed;
  const merged = mergeAll(deps.settings, deps.seed, c.sourceLists);
  const failedMessage = joined('listSentences', c.failures);
  if (!merged) {
    const run: RefreshRun = { time, trigger: c.trigger, outcome: 'failed', message: msg('runNoList'), summary: '', ...capped([]) };
    await saveState({ results: c.results, lastRun: run });
    return run;
  }
  const plan = planReplacement(current, merged, deps.settings.maxRemovalFraction);
  const holds = [...c.sourceHolds, ...(plan.action === 'confirm' ? [plan.reason] : [])];
  if (holds.length > 0) {
    const reason = joined('listSentences', holds);
    for (const r of Object.values(c.results)) if (r.outcome === 'updated' && r.time >= c.started) r.outcome = 'held';
    const held = { time, reason, list: merged, sourceLists: c.sourceLists, validators: c.validators, summary: plan.diff.summary, ...capped(plan.diff.lines) };
    const run: RefreshRun = { time, trigger: c.trigger, outcome: 'held', message: reason, summary: plan.diff.summary, ...capped(plan.diff.lines) };
    await saveState({ results: c.results, lastRun: run, held });
    return run;
  }
  if (merged.version === current.version) {
    const run: RefreshRun = {
      time,
      trigger: c.trigger,
      outcome: c.failures.length > 0 ? 'failed' : 'unchanged',
      message: failedMessage || msg('runUpToDate'),
      summary: msg('diffNoChanges'),
      ...capped([]),
    };
    await saveState({ sourceLists: c.sourceLists, validators: c.validators, results: c.results, lastRun: run, held: null });
    return run;
  }
  await replaceCurrentList(merged);
  const run: RefreshRun = { time, trigger: c.trigger, outcome: 'applied', message: failedMessage, summary: plan.diff.summary, ...capped(plan.diff.lines) };
  await saveState({ sourceLists: c.sourceLists, previousSourceLists: c.outgoing, validators: c.validators, results: c.results, lastRun: run, held: null });
  return run;
}

/** The record ids a feed's relationships may lead to: its own, the bundled list's, every other source's. */
function knownIds(deps: RefreshDeps, sourceLists: Record<string, WroList>, sourceId: string, list: WroList): Set<string> {
  const others = Object.entries(sourceLists).filter(([id]) => id !== sourceId).map(([, l]) => l);
  return new Set([...(deps.settings.includeBundled ? [deps.seed] : []), ...others, list].flatMap((l) => l.records.map((r) => r.id)));
}

/** The per-source check: a download dropping more than the allowed share of that source's records is held. */
function holdReason(source: SourceSetting, previous: WroList | null, next: WroList, fraction: number): Message | null {
  const plan = planReplacement(previous, next, fraction);
  return plan.action === 'confirm' ? msg('refreshSourceSays', source.label || source.url, plan.reason) : null;
}

async function refreshOne(source: SourceSetting, deps: RefreshDeps, c: Candidate, allowedHosts: string[]): Promise<void> {
  const previous = c.sourceLists[source.id] ?? null;
  const now = deps.now ?? (() => new Date());
  const lastSuccess = c.prior[source.id]?.lastSuccess ?? null;
  if (!allowedHosts.includes(hostOf(source.url))) {
    const message = msg('refreshNotGranted', source.label || source.url, hostOf(source.url));
    c.results[source.id] = result(source, now().toISOString(), 'not-granted', message, previous, [], lastSuccess);
    c.failures.push(message);
    return;
  }
  const got = await refreshSource(
    { id: source.id, kind: source.kind, url: source.url, label: source.label || undefined },
    { fetch: deps.fetch, validators: c.validators[source.id] ?? null, allowedHosts, now, timeoutMs: deps.timeoutMs },
  );
  if (got.status === 'failed') {
    c.results[source.id] = result(source, got.fetchedAt, 'failed', got.message, previous, [], lastSuccess);
    c.failures.push(got.message);
    return;
  }
  if (got.status === 'unchanged' && previous) {
    c.results[source.id] = result(source, got.fetchedAt, 'unchanged', msg('refreshSourceNotChanged'), previous);
    c.validators[source.id] = got.validators;
    return;
  }
  if (got.status === 'unchanged') {
    // A 304 with no list kept (after a rollback or a lost state): ask once more without validators.
    if (c.validators[source.id]) {
      delete c.validators[source.id];
      return refreshOne(source, deps, c, allowedHosts);
    }
    const message = msg('refreshNotModifiedPlain', source.label || source.url);
    c.results[source.id] = result(source, got.fetchedAt, 'failed', message, previous, [], lastSuccess);
    c.failures.push(message);
    return;
  }
  const unknown = unknownTargets(got.list, knownIds(deps, c.sourceLists, source.id, got.list));
  if (unknown.length > 0) {
    const message = msg('refreshSourceSays', source.label || source.url, unknownTargetsError(unknown));
    c.results[source.id] = result(source, got.fetchedAt, 'failed', message, previous, [], lastSuccess);
    c.failures.push(message);
    return;
  }
  // Before its first download, an official source is compared with what the bundled list took from it.
  const said = previous ?? (deps.settings.includeBundled ? bundledFrom(source.kind, deps.seed) : null);
  const next = carryOver(said, got.list, got.fetchedAt, { format: got.format, label: source.label || source.url, ownPrevious: previous !== null }).list;
  const diff: ListDiff = diffLists(said, next);
  const hold = holdReason(source, said, got.list, deps.settings.maxRemovalFraction);

  c.sourceLists[source.id] = next;
  c.validators[source.id] = got.validators;
  if (hold) {
    c.sourceHolds.push(hold);
    c.results[source.id] = result(source, got.fetchedAt, 'held', hold, next, diff.lines, lastSuccess);
  } else {
    const message = got.warnings.length ? msg('refreshUpdatedWarnings', diff.summary, got.warnings.length, joined('listClauses', got.warnings.slice(0, 3))) : diff.summary;
    c.results[source.id] = result(source, got.fetchedAt, 'updated', message, next, diff.lines);
  }
}

/** Downloads every enabled source, then settles the list. Never throws for a source's failure. */
export async function runRefresh(deps: RefreshDeps, trigger: RunTrigger = 'manual'): Promise<RefreshRun> {
  const enabled = deps.settings.sources.filter((s) => s.enabled);
  if (enabled.length === 0) {
    // Nothing was asked, so nothing is known to be current: never "up to date".
    const message = msg('runNoSource');
    const run: RefreshRun = { time: (deps.now ?? (() => new Date()))().toISOString(), trigger, outcome: 'failed', message, summary: '', ...capped([]) };
    await saveState({ lastRun: run });
    return run;
  }
  const [stored, validators, results] = await Promise.all([getSourceLists(), getValidators(), getSourceResults()]);
  const c: Candidate = { trigger, sourceLists: {}, validators: {}, results: {}, sourceHolds: [], failures: [], started: (deps.now ?? (() => new Date()))().toISOString(), outgoing: stored, prior: results };
  // Only enabled sources (and an imported file) keep contributing; results of others are kept for display.
  for (const s of enabled) {
    if (stored[s.id]) c.sourceLists[s.id] = stored[s.id]!;
    if (validators[s.id]) c.validators[s.id] = validators[s.id]!;
  }
  if (stored[IMPORT_SOURCE_ID]) c.sourceLists[IMPORT_SOURCE_ID] = stored[IMPORT_SOURCE_ID];
  if (results[IMPORT_SOURCE_ID]) c.results[IMPORT_SOURCE_ID] = results[IMPORT_SOURCE_ID];
  // The hosts granted now are the only ones contacted, redirects and CBP's CSV link included.
  const granted = await Promise.all(enabled.map(async (s) => ((await deps.hostGranted(s.url)) ? hostOf(s.url) : null)));
  const allowedHosts = granted.filter((h): h is string => h !== null);
  for (const [i, source] of enabled.entries()) {
    deps.onProgress?.({ done: i, total: enabled.length, label: source.label || source.url });
    await refreshOne(source, deps, c, allowedHosts);
  }
  deps.onProgress?.({ done: enabled.length, total: enabled.length, label: '' });
  return settle(deps, c, (deps.now ?? (() => new Date()))().toISOString());
}

/** An admin's file (CSV or JSON, any format `parseAnyList` knows), through the same checks and path. */
export async function importListFile(deps: RefreshDeps, bytes: Uint8Array, fileName: string): Promise<RefreshRun> {
  const time = (deps.now ?? (() => new Date()))().toISOString();
  const source = { id: IMPORT_SOURCE_ID, label: fileName, url: fileName };
  // No URL for a local file: each row names its own source (the admin format requires one).
  const parsed = parseAnyList(bytes, fileName, { retrieved: time });
  const [stored, validators, results] = await Promise.all([getSourceLists(), getValidators(), getSourceResults()]);
  if (!parsed.ok) {
    const message = msg('refreshImportFailed', fileName, parsed.error.replace(/\.*$/, '.'));
    const run: RefreshRun = { time, trigger: 'import', outcome: 'failed', message, summary: '', ...capped([]) };
    await saveState({ results: { ...results, [IMPORT_SOURCE_ID]: result(source, time, 'failed', message, stored[IMPORT_SOURCE_ID] ?? null) }, lastRun: run });
    return run;
  }
  const unknown = unknownTargets(parsed.list, knownIds(deps, stored, IMPORT_SOURCE_ID, parsed.list));
  if (unknown.length > 0) {
    const message = msg('refreshImportFailed', fileName, unknownTargetsError(unknown));
    const run: RefreshRun = { time, trigger: 'import', outcome: 'failed', message, summary: '', ...capped([]) };
    await saveState({ results: { ...results, [IMPORT_SOURCE_ID]: result(source, time, 'failed', message, stored[IMPORT_SOURCE_ID] ?? null) }, lastRun: run });
    return run;
  }
  // A new file replaces the previous file outright: what the admin left out is meant to go.
  const diff = diffLists(stored[IMPORT_SOURCE_ID] ?? null, parsed.list);
  const c: Candidate = {
    trigger: 'import',
    sourceLists: { ...stored, [IMPORT_SOURCE_ID]: parsed.list },
    validators,
    results: { ...results, [IMPORT_SOURCE_ID]: result(source, time, 'updated', diff.summary, parsed.list, diff.lines) },
    sourceHolds: [],
    failures: [],
    started: time,
    outgoing: stored,
    prior: results,
  };
  return settle(deps, c, time);
}

/** "Apply anyway": the held list becomes current, as it would have without the hold. */
export async function applyHeld(now = new Date()): Promise<RefreshRun> {
  const held = await getHeld();
  const time = now.toISOString();
  if (!held) return { time, trigger: 'apply-held', outcome: 'failed', message: msg('runNoHeld'), summary: '', ...capped([]) };
  await replaceCurrentList(held.list);
  const results = await getSourceResults();
  for (const r of Object.values(results)) if (r.outcome === 'held') Object.assign(r, { outcome: 'updated', lastSuccess: r.time });
  const run: RefreshRun = { time, trigger: 'apply-held', outcome: 'applied', message: msg('runHeldApplied'), summary: held.summary, lines: held.lines, lineCount: held.lineCount };
  await saveState({ sourceLists: held.sourceLists, keepPrevious: true, validators: held.validators, results, lastRun: run, held: null });
  return run;
}

/** "Discard": the held list is dropped; the next refresh downloads afresh and checks again. */
export async function discardHeld(now = new Date()): Promise<RefreshRun> {
  const message = msg('runHeldDiscarded');
  const run: RefreshRun = { time: now.toISOString(), trigger: 'discard-held', outcome: 'discarded', message, summary: '', ...capped([]) };
  const results = await getSourceResults();
  for (const r of Object.values(results)) if (r.outcome === 'held') Object.assign(r, { outcome: 'failed', message });
  await saveState({ results, lastRun: run, held: null });
  return run;
}

/** Back to the list before the last replacement (the one rolled back from becomes the previous). */
export async function rollBack(now = new Date()): Promise<RefreshRun> {
  const time = now.toISOString();
  const [current, previous] = await Promise.all([getCurrentList(), getPreviousList()]);
  if (!previous) return { time, trigger: 'rollback', outcome: 'failed', message: msg('runNoPrevious'), summary: '', ...capped([]) };
  await replaceCurrentList(previous);
  const diff = diffLists(current ?? null, previous);
  const [lists, previousLists] = await Promise.all([getSourceLists(), getPreviousSourceLists()]);
  const run: RefreshRun = { time, trigger: 'rollback', outcome: 'rolled-back', message: msg('runRolledBack'), summary: diff.summary, ...capped(diff.lines) };
  // Validators are dropped so the next refresh downloads in full and shows what it changes again.
  await saveState({ sourceLists: previousLists, previousSourceLists: lists, validators: {}, lastRun: run, held: null });
  return run;
}
