/** What the popup asks about a tab and the list in use. */
import { compareEntries } from '../core/finding-order';
import browser from '../platform/browser';
import type { ListInfo, TabEntry } from '../platform/request-types';
import type { RequestHandlers } from '../platform/requests';
import { currentList } from './list-cache';
import seed from '../../seeds/default-list.json';
import type { WroList } from '../core/record';
import { loadSettings } from '../platform/settings-store';
import { listAsOf, officialDataInUse } from './official-data';
import { getSourceResults } from './refresh-state';
import { getTabFindings } from './tab-findings';

export async function listInfo(): Promise<ListInfo> {
  const [{ list }, { settings }, results] = await Promise.all([currentList(), loadSettings(), getSourceResults()]);
  const official = officialDataInUse(settings, seed as WroList, results);
  return {
    title: list.title,
    version: list.version,
    generated: list.generated,
    asOf: listAsOf(official, list.generated),
    official,
    recordCount: list.records.length,
    sources: list.sources,
  };
}

export const tabRequests = {
  'get-list-info': listInfo,
  'get-tab-findings': async ({ tabId }) => {
    const [{ byId }, tab, info, tabInfo] = await Promise.all([
      currentList(),
      getTabFindings(tabId),
      listInfo(),
      browser.tabs.get(tabId).catch(() => undefined),
    ]);
    const grouped = new Map<string, TabEntry>();
    for (const finding of Object.values(tab?.frames ?? {}).flat()) {
      const record = byId.get(finding.recordId);
      if (!record) continue;
      const entry = grouped.get(record.id) ?? { record, mentions: [] };
      entry.mentions.push(finding);
      grouped.set(record.id, entry);
    }
    const entries = [...grouped.values()].sort(compareEntries);
    return {
      tabId,
      url: tab?.url ?? tabInfo?.url ?? '',
      title: tab?.title ?? tabInfo?.title ?? '',
      scanned: tab !== undefined,
      list: info,
      entries,
      notKept: {
        frames: tab?.framesNotKept.length ?? 0,
        findings: Object.values(tab?.entries ?? {}).reduce((sum, e) => sum + e.omitted, 0),
      },
    };
  },
} satisfies Partial<RequestHandlers>;
