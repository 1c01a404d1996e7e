/**
 * Background entry point (Chrome: service worker; Firefox: event page). It owns the list, answers
 * the extension's pages, and keeps per-tab findings. It holds no state only in globals: every
 * listener is registered at the top level and reads what it needs from storage.
 */
import browser, { type Runtime } from '../platform/browser';
import { contentToBackground, type ContentHandlers, type ContentMessage } from '../platform/messages';
import { REQUESTS, type RequestHandlers } from '../platform/requests';
import { moveFromLocalStorage } from '../platform/settings-store';
import { onPolicyChanged } from '../platform/storage';
import { currentList, publishMatcher } from './list-cache';
import { contentDecisionHandlers, decisionRequests, pendingDismissalRequests } from './decision-requests';
import { decisionImportRequests } from './decision-import-requests';
import { evidenceRequests } from './evidence-requests';
import { clearPendingDismissals, forgetTabDismissals } from './pending-dismissals';
import { onRefreshAlarm, refreshRequests, refreshUnattended, setUpRefresh } from './refresh-requests';
import { dispatch } from './requests';
import { searchRequests } from './search-requests';
import { applySiteSettings, pageModeFor, siteRequests } from './sites';
import { screeningRequests } from './screening-requests';
import { reinjectOpenTabs } from './reinject';
import { rescreenOnNewList } from './screening-rescreen';
import { severityRank } from '../core/severity';
import { clearTabFindings, setFrameFindings } from './tab-findings';
import { forgetTabCount, showTabCount } from './tab-summary';
import { tabRequests } from './tab-requests';
import { productNoteRequests } from './product-note-requests';
import { flushOutbox, onOutboxAlarm, outboxRequests } from './outbox-send';
import { checkWatchIfBehind, openWatchListOnNotificationClick, watchOnNewList, watchRequests } from './watch-alerts';
import { showDefaultBadge } from './default-badge';
import { contentOrgFeedHandlers, orgFeedRequests } from './org-feed-requests';

/** Every request in the contract, answered: one missing, or of the wrong type, fails to compile. */
const pageRequests: RequestHandlers = {
  ...tabRequests,
  ...productNoteRequests,
  ...searchRequests,
  ...decisionRequests,
  ...decisionImportRequests,
  ...evidenceRequests,
  ...pendingDismissalRequests,
  ...screeningRequests,
  ...siteRequests,
  ...refreshRequests,
  ...orgFeedRequests,
  ...outboxRequests,
  ...watchRequests,
};

/** What content scripts may ask (`contentToBackground`), answered for the sender's own tab. */
const contentRequests: ContentHandlers = {
  'page-findings': (message, sender) => recordPageFindings(sender, message),
  'get-record': async ({ recordId }) => (await currentList()).byId.get(recordId) ?? null,
  'get-page-mode': (_message, sender) => pageModeFor(sender),
  ...contentDecisionHandlers,
  ...contentOrgFeedHandlers,
};

rescreenOnNewList();
watchOnNewList();
openWatchListOnNotificationClick();

const ignore = (): undefined => undefined;

/** Settings and site lists an earlier version kept in `storage.local` moved out of content scripts' reach, first. */
const moved = (): Promise<void> => moveFromLocalStorage().catch(ignore);

browser.runtime.onInstalled.addListener(({ reason }) => {
  void publishMatcher(true);
  // Policy values written through to the stored settings, the refresh alarm set, site scripts
  // registered; after a first install, the official sources are read at once rather than a day later.
  void moved()
    .then(() => setUpRefresh())
    .then(() => (reason === 'install' ? refreshUnattended('install') : undefined))
    .catch(ignore);
  void moved().then(() => applySiteSettings()).catch(ignore);
  // Pages open across an update get the new content script (Chrome leaves them with the old, stopped one).
  if (reason === 'update') void reinjectOpenTabs().catch(ignore);
});
browser.runtime.onStartup.addListener(() => {
  void publishMatcher();
  // The submission queue and the watch list pick up where they were: what waits is sent, a list
  // that changed while the browser was closed is checked, and unseen alerts show on the badge.
  void flushOutbox().catch(ignore);
  void checkWatchIfBehind().catch(ignore);
  void showDefaultBadge().catch(ignore);
  void moved().then(() => setUpRefresh()).catch(ignore);
  void moved().then(() => applySiteSettings()).catch(ignore);
});
// An administrator's policy changed: the refresh settings and the site lists follow it.
onPolicyChanged(() => {
  void setUpRefresh().catch(ignore);
  void applySiteSettings().catch(ignore);
});
browser.alarms.onAlarm.addListener(onRefreshAlarm);
browser.alarms.onAlarm.addListener(onOutboxAlarm);

browser.tabs.onRemoved.addListener((tabId) => {
  forgetTabCount(tabId);
  void clearTabFindings(tabId);
  void forgetTabDismissals(tabId);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document replaces every frame's findings; its content script reports afresh. A dismissal
  // clicked on the old one and not confirmed is dropped with them.
  if (change.status === 'loading' && change.url !== undefined) {
    forgetTabCount(tabId);
    void clearTabFindings(tabId).then(() => browser.action.setBadgeText({ tabId, text: null }));
    void clearPendingDismissals(tabId);
  }
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  // Extension pages may make any request; content scripts only the few in `contentToBackground`.
  if (sender.url?.startsWith(browser.runtime.getURL(''))) return dispatch(REQUESTS, pageRequests, message, sender);
  const parsed = contentToBackground.safeParse(message);
  if (!parsed.success || sender.tab?.id === undefined) return Promise.reject(new Error('Malformed report'));
  return answerContent(parsed.data, sender);
});

function answerContent<M extends ContentMessage>(message: M, sender: Runtime.MessageSender): Promise<unknown> {
  const handle = contentRequests[message.type] as (message: M, sender: Runtime.MessageSender) => Promise<unknown>;
  return handle(message, sender);
}

async function recordPageFindings(
  sender: Runtime.MessageSender,
  message: Extract<ContentMessage, { type: 'page-findings' }>,
): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const { byId } = await currentList();
  await setFrameFindings(
    tabId,
    sender.frameId ?? 0,
    {
      url: sender.tab?.url ?? '',
      title: sender.tab?.title ?? '',
      frameUrl: sender.url ?? sender.tab?.url ?? '',
      listVersion: message.listVersion,
      findings: message.findings,
    },
    {
      // Records not on the list are not kept; where a frame's cap is reached, the most severe are.
      rank: (finding) => {
        const record = byId.get(finding.recordId);
        return record ? severityRank(record.status, finding.confidence) : undefined;
      },
      // The badge and the top frame's screen-reader summary: one tab-wide number, every frame counted.
      afterwards: async (tab, frameId) => showTabCount(tabId, tab, (await currentList()).byId, frameId),
    },
  );
}
