/**
 * What a tab shows once its findings change: the toolbar badge, and the top frame's screen-reader
 * summary, both saying how many distinct listed companies the whole tab shows (every frame counted).
 */
import type { ListRecord } from '../core/record';
import type { TabSummaryMessage } from '../platform/background-messages';
import browser from '../platform/browser';
import { forgetBadge, updateBadge } from './badge';
import type { PageFinding } from '../platform/messages';

/** The count each tab's top frame was last told. */
const told = new Map<number, number>();

/**
 * Updates the badge and tells the top frame the same number; returns it. A report from another
 * frame that leaves the number as it was tells the top frame nothing (frames reporting many times
 * a second, issue #17 attack 4); the top frame's own report is always answered (it may be a new
 * document).
 */
export async function showTabCount(
  tabId: number,
  tab: { frames: Record<string, PageFinding[]> },
  byId: Map<string, ListRecord>,
  reportedBy?: number,
): Promise<number> {
  const count = await updateBadge(tabId, tab.frames, byId);
  if (reportedBy === undefined || reportedBy === 0 || told.get(tabId) !== count) {
    told.set(tabId, count);
    sendTabSummary(tabId, count);
  }
  return count;
}

/** The tab navigated or closed: what its badge and its top frame were told no longer holds. */
export function forgetTabCount(tabId: number): void {
  told.delete(tabId);
  forgetBadge(tabId);
}

/**
 * Sent to frame 0 only: its content script owns the page's one live summary. Not awaited (the
 * per-tab queue does not wait on a page), and a top frame without a content script (not scanned,
 * switched off, still loading) is no error: it is told again after its own report.
 */
export function sendTabSummary(tabId: number, count: number): void {
  const message: TabSummaryMessage = { type: 'tab-summary', count };
  try {
    browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
  } catch {
    // A closed tab, or no tabs API here: nothing to tell.
  }
}
