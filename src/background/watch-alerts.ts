/**
 * The watch list in the background: names added are matched at once (their state now, no alert);
 * after every list change each name is checked again (core/org/watch-check.ts), and what became
 * listed or changed status is an alert: kept, shown on the toolbar's default badge, told as a
 * system notification where the `notifications` permission was granted, and queued for the
 * submission endpoint where one is configured. No popup needs to be opened for any of it.
 */
import { MAX_WATCH_ENTRIES, namesFromLines, type WatchAlert, type WatchEntry } from '../core/org/watch';
import { checkWatchList, watchedRecord, withMatch } from '../core/org/watch-check';
import type { WroList } from '../core/record';
import browser from '../platform/browser';
import { getCurrentList } from '../platform/list-store';
import type { WatchState } from '../platform/request-types';
import type { RequestHandlers } from '../platform/requests';
import { onLocalChanged, writeSession } from '../platform/storage';
import { acknowledgeAlerts, addAlerts, checkedVersion, deleteWatch, listWatch, putWatch, readAlerts, setCheckedVersion } from '../platform/watch-store';
import { showDefaultBadge } from './default-badge';
import { currentList, matcherOf } from './list-cache';
import { submitAlerts } from './outbox-send';

// One change to the watch list at a time: a check after a refresh and a name being added must not interleave.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task);
  queue = next.catch(() => undefined);
  return next;
}

async function recordFinder(list: WroList) {
  const scanner = await matcherOf(list);
  const byId = new Map(list.records.map((r) => [r.id, r]));
  return (name: string) => watchedRecord(scanner, byId, name);
}

/** Tells the person by a system notification, only where they granted the permission. */
async function notify(alerts: WatchAlert[]): Promise<void> {
  const granted = await browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false);
  if (!granted || alerts.length === 0) return;
  const first = alerts[0]!;
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${first.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: browser.i18n.getMessage('watchNotificationTitle', String(alerts.length)),
    message: alerts
      .slice(0, 3)
      .map((a) => browser.i18n.getMessage(a.kind === 'listed' ? 'watchNotificationListed' : 'watchNotificationChanged', [a.name, a.recordName]))
      .join('\n'),
  });
}

const NOTIFICATION_PREFIX = 'wro-watch-';

function openWatchList(id: string): void {
  if (id.startsWith(NOTIFICATION_PREFIX)) void browser.tabs.create({ url: browser.runtime.getURL('options.html#watch') });
}

/**
 * Clicking an alert's notification opens the options page at the watch list. The notifications API
 * exists only once its optional permission is granted: listened to at start-up if it is, and as
 * soon as it is granted otherwise. Call once, at the top level.
 */
export function openWatchListOnNotificationClick(): void {
  let listening = false;
  const listen = () => {
    if (listening || !browser.notifications) return;
    browser.notifications.onClicked.addListener(openWatchList);
    listening = true;
  };
  listen();
  browser.permissions.onAdded.addListener((added) => {
    if (added.permissions?.includes('notifications')) listen();
  });
}

/** Checks every watched name against `list` (once per list version unless forced); returns the alerts raised. */
export function checkWatch(list: WroList, force = false): Promise<WatchAlert[]> {
  return serial(async () => {
    if (!force && (await checkedVersion()) === list.version) return [];
    const entries = await listWatch();
    const checked = entries.length === 0 ? { entries, alerts: [] } : checkWatchList(entries, await recordFinder(list), { time: new Date().toISOString(), listVersion: list.version, newId: () => crypto.randomUUID() });
    await putWatch(checked.entries);
    await addAlerts(checked.alerts);
    await setCheckedVersion(list.version);
    if (checked.alerts.length > 0) {
      await showDefaultBadge();
      await writeSession({ watchChanged: new Date().toISOString() });
      await notify(checked.alerts).catch(() => undefined);
      await submitAlerts(checked.alerts).catch(() => undefined);
    }
    return checked.alerts;
  });
}

/** At start-up and on the outbox alarm: a list that changed while the background was stopped is checked now. */
export async function checkWatchIfBehind(): Promise<void> {
  const list = await getCurrentList();
  if (list) await checkWatch(list);
}

/** Checks the watch list whenever a list of a new version is published (every list replacement does). Call once, at the top level. */
export function watchOnNewList(): void {
  onLocalChanged((changes) => {
    const after = changes.matcher?.newValue?.listVersion;
    if (typeof after !== 'string' || after === changes.matcher?.oldValue?.listVersion) return;
    void (async () => {
      const list = await getCurrentList();
      if (list?.version === after) await checkWatch(list);
    })().catch(() => undefined);
  });
}

async function state(): Promise<WatchState> {
  const [entries, alerts] = await Promise.all([listWatch(), readAlerts()]);
  return { entries, alerts };
}

export const watchRequests = {
  'get-watch': state,
  /** Names typed or taken from a kept screening; each is matched now, so only later changes raise alerts. */
  'add-watch-names': ({ names, origin }) =>
    serial(async () => {
      const existing = await listWatch();
      // The first spelling of each name is kept; names already watched are left as they are.
      const fresh = namesFromLines(names.join('\n'), existing.map((e) => e.name));
      const room = Math.max(0, MAX_WATCH_ENTRIES - existing.length);
      const find = await recordFinder((await currentList()).list);
      const time = new Date().toISOString();
      const added: WatchEntry[] = fresh.slice(0, room).map((name) =>
        withMatch({ id: crypto.randomUUID(), name, origin, addedAt: time, matchedRecordId: null, matchedStatus: null }, find(name)),
      );
      await putWatch(added);
      return state();
    }),
  'remove-watch': ({ id }) =>
    serial(async () => {
      await deleteWatch(id);
      return state();
    }),
  'acknowledge-alerts': async ({ ids }) => {
    await acknowledgeAlerts(ids ?? null, new Date().toISOString());
    await showDefaultBadge();
    return state();
  },
} satisfies Partial<RequestHandlers>;
