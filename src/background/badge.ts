import { BADGE_COLOURS, severityClass, severityRank } from '../core/severity';
import type { ListRecord } from '../core/record';
import { badgeText, listedOnTab } from '../core/tab-count';
import browser from '../platform/browser';
import type { PageFinding } from '../platform/messages';

/** What each tab's badge was last set to: a report that changes neither text nor colour sets nothing (issue #17, attack 4). */
const shown = new Map<number, string>();

/** The tab navigated or closed: its badge was reset, so the next update sets it whatever it says. */
export function forgetBadge(tabId: number): void {
  shown.delete(tabId);
}

/**
 * Shows the number of distinct listed records on the tab (all frames), coloured by the most severe
 * finding, and returns that number (the top frame's screen-reader summary says the same).
 */
export async function updateBadge(
  tabId: number,
  frames: Record<string, PageFinding[]>,
  byId: Map<string, ListRecord>,
): Promise<number> {
  const count = listedOnTab(frames, (id) => byId.has(id)).length;
  const findings = Object.values(frames).flat();
  let worst: PageFinding | undefined;
  let worstRank = -1;
  for (const f of findings) {
    const record = byId.get(f.recordId);
    if (!record) continue;
    const rank = severityRank(record.status, f.confidence);
    if (rank > worstRank) [worst, worstRank] = [f, rank];
  }
  const record = worst && byId.get(worst.recordId);
  const colour = worst && record ? BADGE_COLOURS[severityClass(record.status, worst.confidence)] : undefined;
  const text = badgeText(count);
  const state = `${text ?? ''}|${colour ?? ''}`;
  if (shown.get(tabId) === state) return count;
  shown.delete(tabId);
  // null, not '': a tab without findings shows the default badge (kept screenings that changed).
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeTextColor({ tabId, color: '#ffffff' });
  if (colour) await browser.action.setBadgeBackgroundColor({ tabId, color: colour });
  shown.set(tabId, state);
  return count;
}
