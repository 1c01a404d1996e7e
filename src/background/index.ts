/**
 * Background entry point (Chrome: service worker; Firefox: event page). It owns the list, answers
 * the extension's pages, and keeps per-tab findings. It holds no state only in globals: every
 * listener is registered at the top level and reads what it needs from storage.
 */
import { severityRank } from '../core/severity';
import browser, { type Runtime } from '../platform/browser';
import {
  contentToBackground,
  pageToBackground,
  type ListInfo,
  type TabFindingsResponse,
} from '../platform/messages';
import { updateBadge } from './badge';
import { currentList, publishMatcher } from './list-cache';
import { clearTabFindings, getTabFindings, setFrameFindings } from './tab-findings';

browser.runtime.onInstalled.addListener(() => void publishMatcher(true));
browser.runtime.onStartup.addListener(() => void publishMatcher());

browser.tabs.onRemoved.addListener((tabId) => void clearTabFindings(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document replaces every frame's findings; its content script reports afresh.
  if (change.status === 'loading' && change.url !== undefined) {
    void clearTabFindings(tabId).then(() => browser.action.setBadgeText({ tabId, text: '' }));
  }
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  // Extension pages (popup, options) may ask questions; content scripts may only report findings.
  if (sender.url?.startsWith(browser.runtime.getURL(''))) {
    const parsed = pageToBackground.safeParse(message);
    return parsed.success ? answerPage(parsed.data) : Promise.reject(new Error('Malformed request'));
  }
  const parsed = contentToBackground.safeParse(message);
  if (!parsed.success || sender.tab?.id === undefined) return Promise.reject(new Error('Malformed report'));
  return recordPageFindings(sender, parsed.data);
});

async function listInfo(): Promise<ListInfo> {
  const { list } = await currentList();
  return {
    title: list.title,
    version: list.version,
    generated: list.generated,
    recordCount: list.records.length,
    sources: list.sources,
  };
}

async function answerPage(
  message: import('../platform/messages').PageMessage,
): Promise<TabFindingsResponse | ListInfo> {
  if (message.type === 'get-list-info') return listInfo();
  const [{ byId }, tab, info, tabInfo] = await Promise.all([
    currentList(),
    getTabFindings(message.tabId),
    listInfo(),
    browser.tabs.get(message.tabId).catch(() => undefined),
  ]);
  const grouped = new Map<string, TabFindingsResponse['entries'][number]>();
  for (const finding of Object.values(tab?.frames ?? {}).flat()) {
    const record = byId.get(finding.recordId);
    if (!record) continue;
    const entry = grouped.get(record.id) ?? { record, mentions: [] };
    entry.mentions.push(finding);
    grouped.set(record.id, entry);
  }
  const best = (e: TabFindingsResponse['entries'][number]): number =>
    Math.max(...e.mentions.map((m) => severityRank(e.record.status, m.confidence)));
  const entries = [...grouped.values()].sort(
    (a, b) => best(b) - best(a) || a.record.name.localeCompare(b.record.name),
  );
  return {
    tabId: message.tabId,
    url: tab?.url ?? tabInfo?.url ?? '',
    title: tab?.title ?? tabInfo?.title ?? '',
    scanned: tab !== undefined,
    list: info,
    entries,
  };
}

async function recordPageFindings(
  sender: Runtime.MessageSender,
  message: import('../platform/messages').ContentMessage,
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
