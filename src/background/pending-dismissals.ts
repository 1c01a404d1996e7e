/**
 * "Not this company" clicked on an in-page card, waiting for the buyer to confirm it in the popup
 * (issue #17, attack 3). A page can cover the extension's card with a top-layer popover that lets
 * clicks through and a fake button of its own, so the buyer's click lands on "Not this company":
 * a click inside a page is only recorded at once where the content script saw the card on screen
 * and uncovered (IntersectionObserver v2, Chromium). Anything else waits here, per tab, in
 * `storage.session`, until the popup (which no page can cover) confirms or discards it; it is
 * forgotten when the tab navigates or closes.
 *
 * How often a tab's content scripts may ask at all is limited too (`takeDismissalAsk`).
 */
import type { PendingDismissal } from '../platform/request-types';
import { dismissalAsksKey, pendingDismissalsKey, readSession, removeSession, writeSession, type SessionItems } from '../platform/storage';
import { tabQueue } from './tab-queue';

/** Pending dismissals a tab holds; a further one replaces the oldest. */
export const MAX_PENDING_PER_TAB = 5;
/** Dismissals a tab's content scripts may ask for in `DISMISSAL_WINDOW_MS`. */
export const DISMISSALS_PER_WINDOW = 5;
export const DISMISSAL_WINDOW_MS = 60_000;

// The content script adds and the popup takes concurrently: each tab's changes are chained.
const serialise = tabQueue();

async function read(tabId: number): Promise<PendingDismissal[]> {
  return (await readSession(pendingDismissalsKey(tabId))) ?? [];
}

async function write(tabId: number, pending: PendingDismissal[]): Promise<void> {
  if (pending.length === 0) await removeSession(pendingDismissalsKey(tabId));
  else {
    const items: Partial<SessionItems> = {};
    items[pendingDismissalsKey(tabId)] = pending;
    await writeSession(items);
  }
}

/**
 * Adds one; the same record asked again on the same site replaces the earlier ask, and past
 * `MAX_PENDING_PER_TAB` the oldest goes. Ids grow within a tab (a popup confirms what it showed).
 */
export function addPendingDismissal(tabId: number, ask: Omit<PendingDismissal, 'id'>): Promise<PendingDismissal> {
  return serialise(tabId, async () => {
    const pending = await read(tabId);
    const id = Math.max(Date.now(), ...pending.map((p) => p.id + 1));
    const added: PendingDismissal = { ...ask, id };
    const kept = pending.filter((p) => !(p.recordId === ask.recordId && p.site === ask.site));
    await write(tabId, [...kept, added].slice(-MAX_PENDING_PER_TAB));
    return added;
  });
}

/** The tab's pending dismissals, oldest first. */
export function listPendingDismissals(tabId: number): Promise<PendingDismissal[]> {
  return serialise(tabId, () => read(tabId));
}

/** Removes one and returns it (undefined when it is no longer pending: confirmed, discarded, or the tab moved on). */
export function takePendingDismissal(tabId: number, id: number): Promise<PendingDismissal | undefined> {
  return serialise(tabId, async () => {
    const pending = await read(tabId);
    const taken = pending.find((p) => p.id === id);
    if (taken) await write(tabId, pending.filter((p) => p !== taken));
    return taken;
  });
}

export function clearPendingDismissals(tabId: number): Promise<void> {
  return serialise(tabId, () => removeSession(pendingDismissalsKey(tabId)));
}

/**
 * True, and counted, if the tab's content scripts have asked fewer than `DISMISSALS_PER_WINDOW`
 * times in the last `DISMISSAL_WINDOW_MS` (a sliding window; a refused ask is not counted). Kept in
 * `storage.session`, not in memory: the browser stops an idle background and a limit in memory
 * began again, which a page can wait for; a page that reloads itself keeps its count too.
 */
export function takeDismissalAsk(tabId: number, now = Date.now()): Promise<boolean> {
  return serialise(tabId, async () => {
    const recent = ((await readSession(dismissalAsksKey(tabId))) ?? []).filter((t) => now - t < DISMISSAL_WINDOW_MS);
    const allowed = recent.length < DISMISSALS_PER_WINDOW;
    if (allowed) recent.push(now);
    const items: Partial<SessionItems> = {};
    items[dismissalAsksKey(tabId)] = recent;
    await writeSession(items);
    return allowed;
  });
}

/** A closed tab's pending dismissals and its count of asks. */
export function forgetTabDismissals(tabId: number): Promise<void> {
  return serialise(tabId, () => removeSession([pendingDismissalsKey(tabId), dismissalAsksKey(tabId)]));
}
