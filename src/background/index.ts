/**
 * Background entry point (Chrome: service worker; Firefox: event page). It owns the list, answers
 * the extension's pages, and keeps per-tab findings. It holds no state only in globals: every
 * listener is registered at the top level and reads what it needs from storage.
 */
import browser, { type Runtime } from '../platform/browser';
import { contentToBackground, type ContentMessage } from '../platform/messages';
import { currentList, publishMatcher } from './list-cache';
import { handleContentDecisionMessage, listDecisionsRequest, recordTabDecision, undoDecisionRequest } from './decision-requests';
import { onRefreshAlarm, refreshRequests, refreshUnattended, setUpRefresh } from './refresh-requests';
import { dispatch, type RequestHandler } from './requests';
import { getListRecords } from './search-requests';
import { applySiteSettings, siteRequests } from './sites';
import { acknowledgeScreening, listScreeningDecisions, recordScreeningDecision } from './screening-requests';
import { reinjectOpenTabs } from './reinject';
import { rescreenOnNewList } from './screening-rescreen';
import { clearTabFindings, setFrameFindings } from './tab-findings';
import { showTabCount } from './tab-summary';
import { getListInfo, getTabFindingsRequest } from './tab-requests';

const pageRequests: RequestHandler[] = [
  getListInfo,
  getTabFindingsRequest,
  recordTabDecision,
  listDecisionsRequest,
  undoDecisionRequest,
  getListRecords,
  recordScreeningDecision,
  listScreeningDecisions,
  acknowledgeScreening,
  ...siteRequests,
  ...refreshRequests,
];

rescreenOnNewList();

const ignore = (): undefined => undefined;

browser.runtime.onInstalled.addListener(({ reason }) => {
  void publishMatcher(true);
  // Policy values written through to storage.local, the refresh alarm set, site scripts registered;
  // after a first install, the official sources are read at once rather than a day later.
  void setUpRefresh()
    .then(() => (reason === 'install' ? refreshUnattended('install') : undefined))
    .catch(ignore);
  void applySiteSettings().catch(ignore);
  // Pages open across an update get the new content script (Chrome leaves them with the old, stopped one).
  if (reason === 'update') void reinjectOpenTabs().catch(ignore);
});
browser.runtime.onStartup.addListener(() => {
  void publishMatcher();
  void setUpRefresh().catch(ignore);
  void applySiteSettings().catch(ignore);
});
// An administrator's policy changed: the refresh settings and the site lists follow it.
browser.storage.onChanged.addListener((_changes, area) => {
  if (area !== 'managed') return;
  void setUpRefresh().catch(ignore);
  void applySiteSettings().catch(ignore);
});
browser.alarms.onAlarm.addListener(onRefreshAlarm);

browser.tabs.onRemoved.addListener((tabId) => void clearTabFindings(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document replaces every frame's findings; its content script reports afresh.
  if (change.status === 'loading' && change.url !== undefined) {
    void clearTabFindings(tabId).then(() => browser.action.setBadgeText({ tabId, text: null }));
  }
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  // Extension pages may make any request; content scripts only the few in `contentToBackground`.
  if (sender.url?.startsWith(browser.runtime.getURL(''))) return dispatch(pageRequests, message, sender);
  const parsed = contentToBackground.safeParse(message);
  if (!parsed.success || sender.tab?.id === undefined) return Promise.reject(new Error('Malformed report'));
  switch (parsed.data.type) {
    case 'page-findings':
      return recordPageFindings(sender, parsed.data);
    case 'get-record': {
      const { recordId } = parsed.data;
      return currentList().then(({ byId }) => byId.get(recordId) ?? null);
    }
    case 'get-site-state':
    case 'record-decision':
      return handleContentDecisionMessage(sender, parsed.data);
  }
});

async function recordPageFindings(
  sender: Runtime.MessageSender,
  message: Extract<ContentMessage, { type: 'page-findings' }>,
): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  await setFrameFindings(
    tabId,
    sender.frameId ?? 0,
    { url: sender.tab?.url ?? '', title: sender.tab?.title ?? '', listVersion: message.listVersion },
    message.findings,
    // The badge and the top frame's screen-reader summary: one tab-wide number, every frame counted.
    async (tab) => showTabCount(tabId, tab, (await currentList()).byId),
  );
}
