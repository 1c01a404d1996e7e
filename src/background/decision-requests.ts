/**
 * Decisions: recorded from the popup (for a finding on a tab) or from an in-page card (content
 * script), listed and undone from the options page. The background fills in what the caller must
 * not be trusted with: the time, the page and site, the record's name and the list version.
 */
import { DISMISSAL, siteOf, type Decision, type Outcome } from '../core/decision';
import browser from '../platform/browser';
import { addDecision, dismissedOnSite, listDecisions, undoDismissal } from '../platform/decision-store';
import type { ContentHandlers } from '../platform/messages';
import type { RequestHandlers } from '../platform/requests';
import { writeLocal } from '../platform/storage';
import { currentList } from './list-cache';
import { getTabFindings } from './tab-findings';

/** Content scripts re-ask `get-site-state` when this key changes. */
async function announceDismissalsChanged(): Promise<void> {
  await writeLocal({ dismissalsChanged: Date.now() });
}

interface DecisionInput {
  recordId: string;
  matchedText: string;
  outcome: Outcome;
  note: string;
}

async function record(input: DecisionInput, page: { url: string; title: string; listVersion?: string }): Promise<Decision> {
  const { list, byId } = await currentList();
  const listed = byId.get(input.recordId);
  if (!listed) throw new Error(`Unknown record ${input.recordId}`);
  const saved = await addDecision({
    time: new Date().toISOString(),
    outcome: input.outcome,
    note: input.note.trim(),
    pageUrl: page.url,
    pageTitle: page.title,
    site: siteOf(page.url),
    matchedText: input.matchedText,
    recordId: listed.id,
    recordName: listed.name,
    listVersion: page.listVersion || list.version,
  });
  if (saved.outcome === DISMISSAL) await announceDismissalsChanged();
  return saved;
}

export const decisionRequests = {
  /** The popup records a decision on a finding of the tab it shows. */
  'record-tab-decision': async ({ tabId, ...input }) => {
    const [found, tab] = await Promise.all([getTabFindings(tabId), browser.tabs.get(tabId).catch(() => undefined)]);
    return record(input, {
      url: found?.url ?? tab?.url ?? '',
      title: found?.title ?? tab?.title ?? '',
      listVersion: found?.listVersion,
    });
  },
  'list-decisions': async ({ filter }) => listDecisions(filter),
  'undo-decision': async ({ id }) => {
    const undone = await undoDismissal(id, new Date().toISOString());
    await announceDismissalsChanged();
    return undone;
  },
} satisfies Partial<RequestHandlers>;

/** Content messages about decisions; the page is the sender's tab, never what the message says. */
export const contentDecisionHandlers = {
  'get-site-state': async (_message, sender) => ({ dismissed: await dismissedOnSite(siteOf(sender.tab?.url ?? '')) }),
  'record-decision': async (message, sender) => {
    const found = sender.tab?.id === undefined ? undefined : await getTabFindings(sender.tab.id);
    return record(message, { url: sender.tab?.url ?? '', title: sender.tab?.title ?? '', listVersion: found?.listVersion });
  },
} satisfies Partial<ContentHandlers>;
