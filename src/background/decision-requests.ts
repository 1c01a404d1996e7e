/**
 * Decisions: recorded from the popup (for a finding on a tab) or from an in-page card (content
 * script), listed and undone from the options page. The background fills in what the caller must
 * not be trusted with: the time, the page and site, the record's name and the list version.
 */
import { z } from 'zod';
import { DISMISSAL, OUTCOMES, siteOf, type Decision, type Outcome } from '../core/decision';
import browser, { type Runtime } from '../platform/browser';
import { addDecision, dismissedOnSite, listDecisions, undoDismissal } from '../platform/decision-store';
import type { ContentMessage, SiteState } from '../platform/messages';
import { currentList } from './list-cache';
import { defineRequest } from './requests';
import { getTabFindings } from './tab-findings';

/** Content scripts re-ask `get-site-state` when this key changes. */
async function announceDismissalsChanged(): Promise<void> {
  await browser.storage.local.set({ dismissalsChanged: Date.now() });
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

const decisionFields = {
  recordId: z.string().min(1).max(200),
  matchedText: z.string().max(500),
  outcome: z.enum(OUTCOMES),
  note: z.string().max(2000),
};

/** The popup records a decision on a finding of the tab it shows. */
export const recordTabDecision = defineRequest(
  'record-tab-decision',
  z.object({ type: z.literal('record-tab-decision'), tabId: z.number().int().nonnegative(), ...decisionFields }),
  async ({ tabId, ...input }) => {
    const [found, tab] = await Promise.all([getTabFindings(tabId), browser.tabs.get(tabId).catch(() => undefined)]);
    return record(input, {
      url: found?.url ?? tab?.url ?? '',
      title: found?.title ?? tab?.title ?? '',
      listVersion: found?.listVersion,
    });
  },
);

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const listDecisionsRequest = defineRequest(
  'list-decisions',
  z.object({
    type: z.literal('list-decisions'),
    filter: z
      .object({
        outcome: z.enum(OUTCOMES).optional(),
        recordId: z.string().min(1).max(200).optional(),
        site: z.string().max(500).optional(),
        text: z.string().max(200).optional(),
        from: isoDay.optional(),
        to: isoDay.optional(),
        includeUndone: z.boolean().optional(),
      })
      .default({}),
  }),
  async ({ filter }): Promise<Decision[]> => listDecisions(filter),
);

export const undoDecisionRequest = defineRequest(
  'undo-decision',
  z.object({ type: z.literal('undo-decision'), id: z.number().int().positive() }),
  async ({ id }): Promise<Decision> => {
    const undone = await undoDismissal(id, new Date().toISOString());
    await announceDismissalsChanged();
    return undone;
  },
);

/** Content messages about decisions; the page is the sender's tab, never what the message says. */
export async function handleContentDecisionMessage(
  sender: Runtime.MessageSender,
  message: Extract<ContentMessage, { type: 'get-site-state' | 'record-decision' }>,
): Promise<SiteState | Decision> {
  const url = sender.tab?.url ?? '';
  if (message.type === 'get-site-state') return { dismissed: await dismissedOnSite(siteOf(url)) };
  const found = sender.tab?.id === undefined ? undefined : await getTabFindings(sender.tab.id);
  return record(message, { url, title: sender.tab?.title ?? '', listVersion: found?.listVersion });
}
