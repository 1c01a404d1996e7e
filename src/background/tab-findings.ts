/**
 * Findings per tab and frame, kept in `storage.session` so they survive the service worker being
 * stopped while idle, and forgotten when the tab navigates or closes.
 */
import type { PageFinding } from '../platform/messages';
import { readSession, removeSession, tabFindingsKey, writeSession, type TabFindings } from '../platform/storage';

// Frames of one tab report concurrently; updates to a tab's entry are chained so none is lost.
const queues = new Map<number, Promise<unknown>>();

function serialise<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  queues.set(tabId, run.catch(() => undefined));
  return run;
}

export async function getTabFindings(tabId: number): Promise<TabFindings | undefined> {
  return readSession(tabFindingsKey(tabId));
}

/**
 * Stores one frame's findings. `afterwards` (the badge, the top frame's summary) runs in the same
 * per-tab queue, so what the tab shows follows the updates in the order they were stored.
 */
export function setFrameFindings(
  tabId: number,
  frameId: number,
  page: { url: string; title: string; listVersion: string },
  findings: PageFinding[],
  afterwards?: (tab: TabFindings) => Promise<unknown>,
): Promise<TabFindings> {
  return serialise(tabId, async () => {
    const previous = await getTabFindings(tabId);
    const isTopFrame = frameId === 0;
    const next: TabFindings = {
      url: isTopFrame ? page.url : (previous?.url ?? page.url),
      title: isTopFrame ? page.title : (previous?.title ?? page.title),
      listVersion: page.listVersion,
      frames: { ...(previous?.frames ?? {}), [String(frameId)]: findings },
    };
    await writeSession({ [tabFindingsKey(tabId)]: next });
    await afterwards?.(next);
    return next;
  });
}

export function clearTabFindings(tabId: number): Promise<void> {
  return serialise(tabId, () => removeSession(tabFindingsKey(tabId)));
}
