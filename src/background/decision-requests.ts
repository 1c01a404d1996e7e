/**
 * Decisions: recorded from the popup (for a finding on a tab) or from an in-page card (content
 * script), listed and undone from the options page. The background fills in what the caller must
 * not be trusted with: the time, the page and site, the record's name and the list version.
 *
 * From a page, only "Not this company" on a record that the asking frame itself reported, with no
 * text of the page's: the matched text comes from that frame's stored findings, and the site is
 * that frame's (an iframe's own, not the top page's). It is recorded at once only when the content
 * script saw its card on screen and uncovered for the click; otherwise it waits for the buyer's
 * confirmation in the popup (pending-dismissals.ts), and a tab may ask only so often. It hides one
 * name of the record (the one that matched, which must be one of the record's names or a text the
 * frame reported for it), on the frame's site, every site or the frame's page, as chosen by code.
 */
import { DISMISSAL, siteOf, type Decision, type DismissalReason, type DismissalScope, type Outcome } from '../core/decision';
import { hiddenOn, nameKey } from '../core/dismissal-scope';
import type { ListRecord } from '../core/record';
import browser, { type Runtime } from '../platform/browser';
import { activeDismissals, addDecision, listDecisions, undoDecision, updateDecision } from '../platform/decision-store';
import type { ContentHandlers } from '../platform/messages';
import type { RequestHandlers } from '../platform/requests';
import { writeLocal } from '../platform/storage';
import { currentList } from './list-cache';
import { addPendingDismissal, listPendingDismissals, takeDismissalAsk, takePendingDismissal } from './pending-dismissals';
import { getFrameFindings, getTabFindings, type TabView } from './tab-findings';
import { capText } from '../core/finding-context';
import { loadSettings } from '../platform/settings-store';
import { submitDecisionQuietly } from './outbox-send';

/** What every new decision carries besides the finding: who recorded it, and the record's status then. */
export async function decisionStamp(listed: ListRecord): Promise<{ by: string; recordStatus: string }> {
  return { by: (await loadSettings()).settings.userName, recordStatus: listed.status };
}

/** Content scripts re-ask `get-site-state` when this key changes. */
export async function announceDismissalsChanged(): Promise<void> {
  await writeLocal({ dismissalsChanged: Date.now() });
}

interface DecisionInput {
  recordId: string;
  matchedText: string;
  /** Always taken from what a frame reported (its row or card), never from a page's free text. */
  context: string;
  outcome: Outcome;
  note: string;
  /** A dismissal's reach, the name it hides and why (absent: this matched text on the site). */
  scope?: DismissalScope;
  dismissedName?: string;
  reason?: DismissalReason;
  /** "More details" from the popup or screening page; absent: nobody, the outcome's first status, no review date. */
  followUp?: FollowUp;
}

/** A new decision's follow-up fields as a page gave them; empty ones are left out so the store's defaults apply. */
export type FollowUp = Partial<Pick<Decision, 'owner' | 'status' | 'reviewDate' | 'contractRef'>>;

export function followUpOf({ owner, status, reviewDate, contractRef }: FollowUp): FollowUp {
  return {
    ...(owner ? { owner } : {}),
    ...(status ? { status } : {}),
    ...(reviewDate ? { reviewDate } : {}),
    ...(contractRef ? { contractRef } : {}),
  };
}

interface DecisionPage {
  url: string;
  title: string;
  listVersion?: string;
  /** The site a dismissal applies to; the page's origin if not given. */
  site?: string;
}

async function record(input: DecisionInput, page: DecisionPage): Promise<Decision> {
  const { list, byId } = await currentList();
  const listed = byId.get(input.recordId);
  if (!listed) throw new Error(`Unknown record ${input.recordId}`);
  const saved = await addDecision({
    ...(await decisionStamp(listed)),
    time: new Date().toISOString(),
    outcome: input.outcome,
    note: input.note.trim(),
    pageUrl: page.url,
    pageTitle: page.title,
    site: page.site ?? siteOf(page.url),
    matchedText: input.matchedText,
    context: input.context,
    recordId: listed.id,
    recordName: listed.name,
    listVersion: page.listVersion || list.version,
    ...followUpOf(input.followUp ?? {}),
    // A dismissal hides one name, never every alias of the record: the popup's hides the text that matched.
    ...(input.outcome === DISMISSAL
      ? { scope: input.scope ?? 'site', dismissedName: input.dismissedName ?? input.matchedText, ...(input.reason ? { reason: input.reason } : {}) }
      : {}),
  });
  if (saved.outcome === DISMISSAL) await announceDismissalsChanged();
  submitDecisionQuietly(saved);
  return saved;
}

/** The contexts the tab's frames reported for a record, distinct, joined as one line (for a decision from the popup). */
function contextsOf(tab: TabView | undefined, recordId: string): string {
  const contexts = Object.values(tab?.frames ?? {}).flat().filter((f) => f.recordId === recordId).map((f) => f.context ?? '');
  return capText([...new Set(contexts.filter((c) => c !== ''))].join(' | '), 500);
}

export const decisionRequests = {
  /** The popup records a decision on a finding of the tab it shows. */
  'record-tab-decision': async ({ tabId, owner, status, reviewDate, contractRef, ...input }) => {
    const [found, tab] = await Promise.all([getTabFindings(tabId), browser.tabs.get(tabId).catch(() => undefined)]);
    return record({ ...input, context: contextsOf(found, input.recordId), followUp: { owner, status, reviewDate, contractRef } }, {
      url: found?.url ?? tab?.url ?? '',
      title: found?.title ?? tab?.title ?? '',
      listVersion: found?.listVersion,
    });
  },
  'list-decisions': async ({ filter }) => listDecisions(filter),
  'undo-decision': async ({ id }) => {
    const undone = await undoDecision(id, new Date().toISOString());
    if (undone.outcome === DISMISSAL) await announceDismissalsChanged();
    submitDecisionQuietly(undone);
    return undone;
  },
  'update-decision': async ({ id, ...edit }) => {
    const updated = await updateDecision(id, edit, new Date().toISOString());
    // Each version of a decision is an item of its own for the organisation's endpoint.
    submitDecisionQuietly(updated);
    return updated;
  },
} satisfies Partial<RequestHandlers>;

/**
 * The site of the frame a content script's message came from: its origin (Chrome gives an
 * about:blank or srcdoc frame its creator's), else its address's; never the top page's. Empty
 * when it has none (a dismissal there would apply nowhere, so none is taken).
 */
export function senderSite(sender: Runtime.MessageSender): string {
  // Chrome's MessageSender has `origin`; Firefox's, and the polyfill's type, have not.
  const { origin: raw } = sender as { origin?: unknown };
  const origin = typeof raw === 'string' && raw !== 'null' ? siteOf(raw) : '';
  return origin || siteOf(sender.url ?? '');
}

/** Every name the record is listed or matched under. */
function namesOf(record: ListRecord): string[] {
  return [
    record.name,
    ...record.aliases,
    ...record.subsidiaries,
    ...record.formerNames,
    ...record.nameVariants.map((v) => v.name),
    ...(record.brandLinks ?? []).flatMap((b) => [b.name, ...b.aliases]),
  ];
}

/** The frame's own address where it has one of its site, else the tab's. */
function senderPage(sender: Runtime.MessageSender): string {
  return sender.url && siteOf(sender.url) !== '' ? sender.url : (sender.tab?.url ?? '');
}

export class DismissalRefused extends Error {}

/** Content messages about decisions; the page and site are the sending frame's, never what the message says. */
export const contentDecisionHandlers = {
  'get-site-state': async (_message, sender) => hiddenOn(await activeDismissals(), senderSite(sender), senderPage(sender)),
  'dismiss-record': async ({ recordId, name, scope, reason, seen }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new DismissalRefused('Not from a tab');
    if (!(await takeDismissalAsk(tabId))) throw new DismissalRefused('Too many dismissals asked from this tab: use the popup');
    const frame = await getFrameFindings(tabId, sender.frameId ?? 0);
    const mentions = frame?.findings.filter((f) => f.recordId === recordId) ?? [];
    if (!frame || mentions.length === 0) throw new DismissalRefused('This frame has not reported that record');
    const site = senderSite(sender);
    if (site === '') throw new DismissalRefused('This frame has no site to dismiss it on');
    const listed = (await currentList()).byId.get(recordId);
    if (!listed) throw new DismissalRefused(`Unknown record ${recordId}`);
    // The name is the record's own or a text the frame reported for it: nothing else a page could write.
    const key = nameKey(name);
    const reported = mentions.find((f) => nameKey(f.matchedText) === key);
    const dismissedName = namesOf(listed).find((n) => nameKey(n) === key) ?? reported?.matchedText;
    if (dismissedName === undefined) throw new DismissalRefused('That is not a name of the record');
    const mention = reported ?? mentions[0]!;
    const page = { url: senderPage(sender), title: sender.tab?.title ?? '', listVersion: frame.listVersion, site };
    const chosen = { scope, dismissedName, reason };
    if (seen) {
      await record({ recordId, matchedText: mention.matchedText, context: mention.context ?? '', outcome: DISMISSAL, note: '', ...chosen }, page);
      return { outcome: 'recorded' as const };
    }
    await addPendingDismissal(tabId, {
      recordId,
      recordName: listed.name,
      matchedText: mention.matchedText,
      context: mention.context ?? '',
      ...chosen,
      site,
      pageUrl: page.url,
      pageTitle: page.title,
      listVersion: page.listVersion,
      time: new Date().toISOString(),
    });
    return { outcome: 'confirm-in-popup' as const };
  },
} satisfies Partial<ContentHandlers>;

/** The popup's side of a dismissal clicked in a page: listed, then confirmed (recorded) or discarded. */
export const pendingDismissalRequests = {
  'list-pending-dismissals': async ({ tabId }) => listPendingDismissals(tabId),
  'confirm-dismissal': async ({ tabId, id }) => {
    const pending = await takePendingDismissal(tabId, id);
    if (!pending) throw new Error('That dismissal is no longer waiting for confirmation');
    return record(
      {
        recordId: pending.recordId,
        matchedText: pending.matchedText,
        context: pending.context ?? '',
        outcome: DISMISSAL,
        note: '',
        scope: pending.scope,
        dismissedName: pending.dismissedName,
        reason: pending.reason,
      },
      { url: pending.pageUrl, title: pending.pageTitle, listVersion: pending.listVersion, site: pending.site },
    );
  },
  'cancel-dismissal': async ({ tabId, id }) => {
    await takePendingDismissal(tabId, id);
  },
} satisfies Partial<RequestHandlers>;
