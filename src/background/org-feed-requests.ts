/**
 * What pages and the in-page card ask about the organisation's decisions feed: its state for the
 * options page, and the decisions on the records a finding or result shows, each marked for
 * review against the list in use. Nothing here hides a finding.
 */
import { orgDecisionsFor, type FindingPlace, type OrgDecisions } from '../core/org/org-decisions';
import { siteOf, type Decision } from '../core/decision';
import type { Runtime } from '../platform/browser';
import type { ContentHandlers } from '../platform/messages';
import type { OrgDecisionsAnswer, OrgFeedStatus } from '../platform/request-types';
import type { RequestHandlers } from '../platform/requests';
import { loadSettings } from '../platform/settings-store';
import { currentList } from './list-cache';
import { orgFeedFor } from './org-feed';
import { getFrameFindings, getTabFindings } from './tab-findings';

async function feedInUse() {
  const { settings } = await loadSettings();
  return { url: settings.decisionsFeedUrl, feed: await orgFeedFor(settings.decisionsFeedUrl) };
}

async function decisionsOn(recordIds: readonly string[], place: FindingPlace | undefined): Promise<OrgDecisionsAnswer> {
  const { url, feed } = await feedInUse();
  const byRecord: Record<string, OrgDecisions> = {};
  if (!feed || feed.decisions.length === 0) return { configured: url !== '', byRecord };
  const { list, byId } = await currentList();
  // Grouped once: a screening asks about hundreds of records, a feed may hold thousands of decisions.
  const asked = new Set(recordIds);
  const byRecordId = new Map<string, Decision[]>();
  for (const d of feed.decisions) {
    if (!asked.has(d.recordId)) continue;
    const group = byRecordId.get(d.recordId);
    if (group) group.push(d);
    else byRecordId.set(d.recordId, [d]);
  }
  for (const [id, decisions] of byRecordId) {
    const record = byId.get(id);
    if (!record) continue;
    const found = orgDecisionsFor(decisions, record, list.version, place);
    if (found.shown.length > 0) byRecord[id] = found;
  }
  return { configured: true, byRecord };
}

const placeOf = (pageUrl: string): FindingPlace => ({ site: siteOf(pageUrl), pageUrl });

export const orgFeedRequests = {
  'get-org-feed': async (): Promise<OrgFeedStatus | null> => {
    const { url, feed } = await feedInUse();
    if (url === '') return null;
    return {
      url,
      fetchedAt: feed?.fetchedAt ?? null,
      exportedAt: feed?.exportedAt ?? null,
      decisionCount: feed?.decisions.length ?? 0,
      checkedAt: feed?.checkedAt ?? null,
      error: feed?.error ?? null,
    };
  },
  'get-org-decisions': async ({ recordIds, tabId }) => {
    const tab = tabId === undefined ? undefined : await getTabFindings(tabId);
    return decisionsOn(recordIds, tab ? placeOf(tab.url) : undefined);
  },
} satisfies Partial<RequestHandlers>;

/**
 * The in-page card's question: the decisions on one record its frame reported (the card shows no
 * other), for the asking frame's own page and site.
 */
export const contentOrgFeedHandlers = {
  'get-org-decisions': async ({ recordId }: { recordId: string }, sender: Runtime.MessageSender) => {
    const frame = sender.tab?.id === undefined ? undefined : await getFrameFindings(sender.tab.id, sender.frameId ?? 0);
    if (!frame?.findings.some((f) => f.recordId === recordId)) return null;
    const answer = await decisionsOn([recordId], placeOf(sender.url ?? sender.tab?.url ?? ''));
    return answer.byRecord[recordId] ?? null;
  },
} satisfies Partial<ContentHandlers>;
