import { BADGE_COLOURS, severityClass, severityRank } from '../core/severity';
import type { ListRecord } from '../core/record';
import browser from '../platform/browser';
import type { PageFinding } from '../platform/messages';

/** Shows the number of distinct listed records on the tab, coloured by the most severe finding. */
export async function updateBadge(
  tabId: number,
  findings: PageFinding[],
  byId: Map<string, ListRecord>,
): Promise<void> {
  const ids = new Set(findings.map((f) => f.recordId).filter((id) => byId.has(id)));
  let worst: PageFinding | undefined;
  let worstRank = -1;
  for (const f of findings) {
    const record = byId.get(f.recordId);
    if (!record) continue;
    const rank = severityRank(record.status, f.confidence);
    if (rank > worstRank) [worst, worstRank] = [f, rank];
  }
  // null, not '': a tab without findings shows the default badge (kept screenings that changed).
  const text = ids.size === 0 ? null : ids.size > 99 ? '99+' : String(ids.size);
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeTextColor({ tabId, color: '#ffffff' });
  const record = worst && byId.get(worst.recordId);
  if (worst && record) {
    await browser.action.setBadgeBackgroundColor({
      tabId,
      color: BADGE_COLOURS[severityClass(record.status, worst.confidence)],
    });
  }
}
