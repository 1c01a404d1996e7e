/**
 * Findings per tab and frame, kept in `storage.session` so they survive the service worker being
 * stopped while idle, and forgotten when the tab navigates or closes.
 *
 * Each frame's findings are an entry of their own (`frame-<tab>-<frame>`), beside the tab's entry
 * (`tab-<tab>`: its page and its frames' sizes), so a frame's report rewrites its own findings and
 * that small entry, never the whole tab. What is kept is counted and capped (core/finding-caps.ts):
 * repeated mentions counted, texts shortened, 64 KB a frame, 256 KB for all of a tab's frames but
 * its top frame, 64 such frames (issue #17, attack 4: before, a page's frames filled the browser's 10 MB of session
 * storage and kept the background rewriting one tab's entry of megabytes for minutes).
 *
 * Every read and write of a tab goes through its queue, and the tab's findings are also held in
 * memory (rebuilt from storage after the worker restarts), so a report does not read its tab back.
 */
import { capFrameFindings, FINDING_CAPS, storedSize, type CountedFinding, type Mention } from '../core/finding-caps';
import {
  frameFindingsKey, readSession, readSessions, removeSession, tabFindingsKey, writeSession, type FrameFindings, type SessionItems, type TabFindings,
} from '../platform/storage';
import { tabQueue } from './tab-queue';

/** A tab's findings as the badge, the popup and decisions read them: every frame's kept findings. */
export interface TabView {
  url: string;
  title: string;
  listVersion: string;
  /** Frame id → its kept findings. */
  frames: Record<string, CountedFinding[]>;
  /** Frame id → its stored entry (its address, list version, what was omitted). */
  entries: Record<string, FrameFindings>;
  /** Frame id → the size of its entry, as storage counts it. */
  sizes: Record<string, number>;
  /** Frames whose findings were not kept (the tab's cap). */
  framesNotKept: number[];
}

/** The most frames named as not kept (a page can make any number of frames). */
const MAX_NOT_KEPT_NAMED = 256;

// Frames of one tab report concurrently; updates to a tab's entries are chained so none is lost.
const serialise = tabQueue();
const views = new Map<number, TabView>();

/** The tab's findings, from memory or (after the worker restarted) from storage; inside the tab's queue only. */
async function load(tabId: number): Promise<TabView | undefined> {
  const held = views.get(tabId);
  if (held) return held;
  const tab = await readSession(tabFindingsKey(tabId));
  if (!tab) return undefined;
  const ids = Object.keys(tab.frames);
  const stored = await readSessions(ids.map((id) => frameFindingsKey(tabId, Number(id))));
  const view: TabView = { url: tab.url, title: tab.title, listVersion: tab.listVersion, frames: {}, entries: {}, sizes: {}, framesNotKept: tab.framesNotKept ?? [] };
  for (const id of ids) {
    const entry = stored[frameFindingsKey(tabId, Number(id))];
    if (!entry) continue;
    view.entries[id] = entry;
    view.frames[id] = entry.findings;
    view.sizes[id] = tab.frames[id] ?? storedSize(entry);
  }
  views.set(tabId, view);
  return view;
}

export function getTabFindings(tabId: number): Promise<TabView | undefined> {
  return serialise(tabId, () => load(tabId));
}

/** What one frame of the tab reported, as kept (undefined: nothing kept, or it never reported). */
export async function getFrameFindings(tabId: number, frameId: number): Promise<FrameFindings | undefined> {
  return (await getTabFindings(tabId))?.entries[String(frameId)];
}

export interface FrameReport {
  /** The tab's address and title (the sender's tab). */
  url: string;
  title: string;
  /** The reporting frame's own address. */
  frameUrl: string;
  listVersion: string;
  findings: readonly Mention[];
}

export interface StoreOptions {
  /** A finding's severity, or undefined to drop it (its record is not on the list); all equal if absent. */
  rank?: (finding: CountedFinding) => number | undefined;
  /** The badge and the top frame's summary, run in the same per-tab queue after the report is stored (by `frameId`). */
  afterwards?: (tab: TabView, frameId: number) => Promise<unknown>;
}

/**
 * Stores one frame's findings, counted and capped, in the frame's own entry. The top frame's are
 * always kept; another frame's only while the tab has room (`FINDING_CAPS.tabBytes`,
 * `framesPerTab`), else the frame is named as not kept. `afterwards` runs in the same per-tab
 * queue, so what the tab shows follows the updates in the order they were stored.
 */
export function setFrameFindings(tabId: number, frameId: number, report: FrameReport, options: StoreOptions = {}): Promise<TabView> {
  return serialise(tabId, async () => {
    const previous = await load(tabId);
    const key = String(frameId);
    const isTopFrame = frameId === 0;
    const { findings, omitted } = capFrameFindings(report.findings, options.rank);
    const entry: FrameFindings = { url: report.frameUrl, listVersion: report.listVersion, findings, omitted };
    const size = storedSize(entry);

    const entries = { ...(previous?.entries ?? {}) };
    const sizes = { ...(previous?.sizes ?? {}) };
    const hadEntry = key in entries;
    delete entries[key];
    delete sizes[key];
    let keep = findings.length > 0;
    if (keep && !isTopFrame) {
      const others = Object.entries(sizes).reduce((sum, [id, n]) => (id === '0' ? sum : sum + n), 0);
      const subframes = Object.keys(entries).filter((id) => id !== '0').length;
      keep = subframes < FINDING_CAPS.framesPerTab && others + size <= FINDING_CAPS.tabBytes;
    }
    if (keep) {
      entries[key] = entry;
      sizes[key] = size;
    }
    const notKept = new Set(previous?.framesNotKept ?? []);
    if (!keep && findings.length > 0 && notKept.size < MAX_NOT_KEPT_NAMED) notKept.add(frameId);
    if (keep || findings.length === 0) notKept.delete(frameId);

    const next: TabView = {
      url: isTopFrame ? report.url : (previous?.url ?? report.url),
      title: isTopFrame ? report.title : (previous?.title ?? report.title),
      listVersion: report.listVersion,
      entries,
      sizes,
      frames: Object.fromEntries(Object.entries(entries).map(([id, e]) => [id, e.findings])),
      framesNotKept: [...notKept],
    };
    const tab: TabFindings = { url: next.url, title: next.title, listVersion: next.listVersion, frames: sizes, framesNotKept: next.framesNotKept };
    // One write: the frame's entry (if kept) and the tab's small one.
    const items: Partial<SessionItems> = {};
    items[tabFindingsKey(tabId)] = tab;
    if (keep) items[frameFindingsKey(tabId, frameId)] = entry;
    await writeSession(items);
    if (!keep && hadEntry) await removeSession(frameFindingsKey(tabId, frameId));
    views.set(tabId, next);
    await options.afterwards?.(next, frameId);
    return next;
  });
}

export function clearTabFindings(tabId: number): Promise<void> {
  return serialise(tabId, async () => {
    const tab = views.get(tabId) ?? (await readSession(tabFindingsKey(tabId)).catch(() => undefined));
    views.delete(tabId);
    const frames = tab ? Object.keys(tab.frames) : [];
    await removeSession([tabFindingsKey(tabId), ...frames.map((id) => frameFindingsKey(tabId, Number(id)))]);
  });
}
