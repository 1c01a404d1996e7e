/**
 * What a tab shows once its findings change: the toolbar badge, and the top frame's screen-reader
 * summary, both saying how many distinct listed companies the whole tab shows (every frame counted).
 */
import type { ListRecord } from '../core/record';
import type { TabSummaryMessage } from '../platform/background-messages';
import browser from '../platform/browser';
import { updateBadge } from './badge';
import type { TabFindings } from '../platform/storage';

/** Updates the badge and tells the top frame the same number; returns it. */
export async function showTabCount(tabId: number, tab: TabFindings, byId: Map<string, ListRecord>): Promise<number> {
  const count = await updateBadge(tabId, tab.frames, byId);
  sendTabSummary(tabId, count);
  return count;
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
