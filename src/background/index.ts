/**
 * Background entry point (Chrome: service worker; Firefox: event page). It owns the list, answers
 * the extension's pages, and keeps per-tab findings. It holds no state only in globals: every
 * listener is registered at the top level and reads what it needs from storage.
 */
import browser, { type Runtime } from '../platform/browser';
import { contentToBackground, type ContentMessage } from '../platform/messages';
import { updateBadge } from './badge';
import { currentList, publishMatcher } from './list-cache';
import { handleContentDecisionMessage, listDecisionsRequest, recordTabDecision, undoDecisionRequest } from './decision-requests';
import { onRefreshAlarm, refreshRequests, setUpRefresh } from './refresh-requests';
import { dispatch, type RequestHandler } from './requests';
import { getListRecords } from './search-requests';
import { applySiteSettings, siteRequests } from './sites';
import { acknowledgeScreening, listScreeningDecisions, recordScreeningDecision } from './screening-requests';
import { reinjectOpenTabs } from './reinject';
import { rescreenOnNewList } from './screening-rescreen';
import { clearTabFindings, setFrameFindings } from './tab-findings';
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

browser.runtime.onInstalled.addListener(() => void publishMatcher(true));
browser.runtime.onStartup.addListener(() => void publishMatcher());
// Refresh: policy values written through to storage.local and the alarm set, now and whenever policy changes.
browser.runtime.onInstalled.addListener(() => void setUpRefresh().catch(() => undefined));
browser.runtime.onStartup.addListener(() => void setUpRefresh().catch(() => undefined));
browser.storage.onChanged.addListener((_, area) => void (area === 'managed' && setUpRefresh().catch(() => undefined)));
browser.alarms.onAlarm.addListener(onRefreshAlarm);
browser.runtime.onInstalled.addListener(() => void applySiteSettings().catch(() => undefined));
// Pages open across an update get the new content script (Chrome leaves them with the old, stopped one).
browser.runtime.onInstalled.addListener(({ reason }) => void (reason === 'update' && reinjectOpenTabs().catch(() => undefined)));
browser.runtime.onStartup.addListener(() => void applySiteSettings().catch(() => undefined));
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') void applySiteSettings().catch(() => undefined);
});

browser.tabs.onRemoved.addListener((tabId) => void clearTabFindings(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document replaces every frame's findings; its content script reports afresh.
  if (change.status === 'loading' && change.url !== undefined) {
    void clearTabFindings(tabId).then(() => browser.action.setBadgeText({ tabId, text: null }));
  }
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  // Extension pages may ask questions; content scripts may only report findings.
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
  const tab = await setFrameFindings(
    tabId,
    sender.frameId ?? 0,
    { url: sender.tab?.url ?? '', title: sender.tab?.title ?? '', listVersion: message.listVersion },
    message.findings,
  );
  const { byId } = await currentList();
  await updateBadge(tabId, Object.values(tab.frames).flat(), byId);
}
