/**
 * The options page's admin requests: settings, Refresh now, held update, roll back, file import.
 * Every change to the stored list ends by dropping the cached list and republishing the matcher,
 * so open pages pick up the new list.
 */
import { msg } from '../core/message';
import type { WroList } from '../core/record';
import { originPattern } from '../core/settings';
import browser from '../platform/browser';
import { getCurrentList, getPreviousList } from '../platform/list-store';
import { loadSettings, saveSettings, syncManagedSettings } from '../platform/settings-store';
import seed from '../../seeds/default-list.json';
import { forgetCachedList, publishMatcher } from './list-cache';
import { orgFeedSettingsChanged, refreshOrgFeed } from './org-feed';
import { applyHeld, discardHeld, importListFile, rollBack, runRefresh, type RefreshDeps } from './refresh-run';
import { REFRESH_ALARM, RETRY_ALARM, retrySoon, scheduleRefresh } from './refresh-schedule';
import { getHeld, getLastRun, getSourceResults, saveState } from './refresh-state';
import type { AdminState, ListSummary, RefreshRun, RunTrigger } from '../platform/request-types';
import type { RequestHandlers } from '../platform/requests';
import { writeSession } from '../platform/storage';
import { pageModesChanged } from './sites';
import { listInfo } from './tab-requests';

const summary = (l: WroList | undefined): ListSummary | null =>
  l ? { title: l.title, version: l.version, generated: l.generated, recordCount: l.records.length } : null;

async function hostGranted(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

async function deps(): Promise<RefreshDeps> {
  const { settings } = await loadSettings();
  return {
    settings,
    seed: seed as WroList,
    fetch: (input, init) => fetch(input, init),
    hostGranted,
    onProgress: (p) => void writeSession({ refreshProgress: { ...p, running: true } }),
  };
}

// One operation on the list at a time: a scheduled refresh and a click must not interleave.
let busy: Promise<unknown> = Promise.resolve();
let running = false;

function exclusive(trigger: RunTrigger, task: () => Promise<RefreshRun>): Promise<RefreshRun> {
  const next = busy.then(async () => {
    running = true;
    try {
      const run = await task().catch(async (e: unknown): Promise<RefreshRun> => {
        // Storage failed mid-way: each replacement is one transaction, so the list in use is whole.
        const failed: RefreshRun = { time: new Date().toISOString(), trigger, outcome: 'failed', message: msg('runStopped', e instanceof Error ? e.message : String(e)), summary: '', lines: [], lineCount: 0 };
        await saveState({ lastRun: failed }).catch(() => undefined);
        return failed;
      });
      if (run.outcome === 'applied' || run.outcome === 'rolled-back') {
        forgetCachedList();
        await publishMatcher(true);
      }
      return run;
    } finally {
      running = false;
      await writeSession({ refreshProgress: { running: false, done: 0, total: 0, label: '' } });
    }
  });
  busy = next.catch(() => undefined);
  return next;
}

export function refreshNow(trigger: 'manual' | 'schedule' | 'install'): Promise<RefreshRun> {
  return exclusive(trigger, async () => {
    const d = await deps();
    try {
      return await runRefresh(d, trigger);
    } finally {
      // The organisation's decisions feed is read with every list refresh, whatever became of the list.
      await refreshOrgFeed({ url: d.settings.decisionsFeedUrl, fetch: d.fetch, hostGranted }).catch(() => undefined);
    }
  });
}

/** A refresh nobody clicked for (first after install, scheduled): only with a source on, retried soon if it fails. */
export async function refreshUnattended(trigger: 'schedule' | 'install'): Promise<void> {
  const { settings } = await loadSettings();
  if (!settings.sources.some((s) => s.enabled)) return;
  const run = await refreshNow(trigger);
  if (run.outcome === 'failed') await retrySoon();
}

/** After install, start-up or a policy change: policy values written through, schedule set. */
export async function setUpRefresh(): Promise<void> {
  const { settings } = await syncManagedSettings();
  await scheduleRefresh(settings.refreshHours);
  await orgFeedSettingsChanged(settings.decisionsFeedUrl);
}

export function onRefreshAlarm(alarm: { name: string }): void {
  if (alarm.name !== REFRESH_ALARM && alarm.name !== RETRY_ALARM) return;
  void refreshUnattended('schedule').catch(() => undefined);
}

async function adminState(): Promise<AdminState> {
  const [settings, results, lastRun, held, current, previous, info] = await Promise.all([
    loadSettings(),
    getSourceResults(),
    getLastRun(),
    getHeld(),
    getCurrentList(),
    getPreviousList(),
    listInfo(),
  ]);
  return {
    settings,
    info,
    results,
    lastRun,
    held: held && { time: held.time, reason: held.reason, summary: held.summary, lines: held.lines, lineCount: held.lineCount },
    list: summary(current ?? (seed as WroList)),
    previous: summary(previous),
    running,
  };
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const refreshRequests = {
  'get-admin-state': adminState,
  'save-settings': async ({ settings }) => {
    const saved = await saveSettings(settings);
    await scheduleRefresh(saved.settings.refreshHours);
    await orgFeedSettingsChanged(saved.settings.decisionsFeedUrl);
    // Discreet mode may have changed: open pages follow.
    await pageModesChanged();
    return saved;
  },
  'refresh-now': () => refreshNow('manual'),
  'apply-held': () => exclusive('apply-held', () => applyHeld()),
  'discard-held': () => exclusive('discard-held', () => discardHeld()),
  'roll-back-list': () => exclusive('rollback', () => rollBack()),
  'import-list': ({ fileName, base64 }) => exclusive('import', async () => importListFile(await deps(), decodeBase64(base64), fileName)),
} satisfies Partial<RequestHandlers>;
