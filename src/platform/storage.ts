/**
 * Every value the extension keeps in `storage.local` and `storage.session`, declared once: its key
 * and its shape. Features read, write and watch them through the helpers below, never by a raw key
 * string (the IndexedDB stores and the keys of its `meta` store are declared in `db.ts`).
 *
 * Content scripts can read `storage.local` in both browsers, and a content script runs inside
 * every page it scans (a compromised renderer reads what its content script can): so
 * `storage.local` holds only what they need, the compiled matcher and two change signals
 * (issue #17, attack 6). The settings (feed addresses may carry access tokens) and the site lists
 * are in the extension's IndexedDB (`db.ts`), which content scripts cannot open: theirs is the
 * page's origin. `storage.session` is for trusted contexts only by default in both browsers (the
 * extension never widens it): per-tab findings and refresh progress.
 */
import type { MatcherPayload } from '../core/match/payload';
import browser from './browser';
import type { CountedFinding } from '../core/finding-caps';
import type { PendingDismissal } from './request-types';

/** The compiled matcher, published by the background once per list version. */
export interface PublishedMatcher {
  listVersion: string;
  payload: MatcherPayload;
}

/** Progress of a running refresh, so the options page can follow it. */
export interface StoredProgress {
  running: boolean;
  done: number;
  total: number;
  /** The source being downloaded; empty while the list is being settled. */
  label: string;
}

/** What content scripts read: nothing else may be kept in `storage.local` (a unit test holds it to these keys). */
export interface LocalItems {
  /** Read by content scripts (to scan) and the screening page (to skip compiling). */
  matcher: PublishedMatcher;
  /** A timestamp, rewritten when a dismissal is added or undone: content scripts then re-ask their site's state. */
  dismissalsChanged: number;
  /**
   * A timestamp, rewritten when a site is switched off or on or discreet mode changes: content
   * scripts then re-ask their own frame's mode (`get-page-mode`), never reading the lists themselves.
   */
  pageModeChanged: number;
}
export type LocalKey = keyof LocalItems;
export const LOCAL_KEYS: readonly LocalKey[] = ['matcher', 'dismissalsChanged', 'pageModeChanged'];

/**
 * Keys earlier versions kept in `storage.local`, where content scripts could read them: moved out
 * (settings and user sites to IndexedDB, the rest to `storage.session` or dropped) after an update.
 */
export const FORMER_LOCAL_KEYS = ['settings', 'userSites', 'siteSwitches', 'refreshProgress', 'screeningsRescreened'] as const;

/**
 * A tab's page and which of its frames have findings kept, each in an entry of its own
 * (`FrameFindings`), so one frame's report rewrites only its own. Forgotten when the tab
 * navigates or closes.
 */
export interface TabFindings {
  url: string;
  title: string;
  listVersion: string;
  /** Frame id → the size of its stored entry (bytes as storage counts them), for the tab's cap. */
  frames: Record<string, number>;
  /** Frames whose findings were not kept: the tab was at its cap (at most 256 ids are named). */
  framesNotKept: number[];
}

/** One frame's findings (`frame-<tab>-<frame>`), counted and capped (core/finding-caps.ts). */
export interface FrameFindings {
  /** The frame's own address (an iframe's, not the tab's). */
  url: string;
  listVersion: string;
  findings: CountedFinding[];
  /** Findings left out at the frame's cap (the least severe). */
  omitted: number;
}

export interface SessionItems {
  [tab: `tab-${number}`]: TabFindings;
  [frame: `frame-${number}-${number}`]: FrameFindings;
  /** "Not this company" clicked in a page, waiting for the buyer's confirmation in the popup. */
  [pending: `dismissals-${number}`]: PendingDismissal[];
  /** When the tab's content scripts last asked to dismiss (ms since the epoch, within the limit's window). */
  [asks: `dismissal-asks-${number}`]: number[];
  /** Progress of a running refresh, for the options page. */
  refreshProgress: StoredProgress;
  /** When kept screenings were last screened again (ISO time): open pages reload them. */
  screeningsRescreened: string;
  /** When the watch list last raised alerts (ISO time): an open options page shows them. */
  watchChanged: string;
  /** When the submission queue was last tried (ISO time): an open options page shows its state. */
  outboxChanged: string;
}
export type SessionKey = keyof SessionItems;

/** A value from `storage.local`, or undefined when it was never written. */
export async function readLocal<K extends LocalKey>(key: K): Promise<LocalItems[K] | undefined> {
  return (await browser.storage.local.get(key))[key] as LocalItems[K] | undefined;
}

/** Several values from `storage.local` in one read. */
export async function readLocals<K extends LocalKey>(keys: K[]): Promise<Partial<Pick<LocalItems, K>>> {
  return (await browser.storage.local.get(keys)) as Partial<Pick<LocalItems, K>>;
}

export async function writeLocal(items: Partial<LocalItems>): Promise<void> {
  await browser.storage.local.set(items);
}

export type LocalChanges = { [K in LocalKey]?: { oldValue?: LocalItems[K]; newValue?: LocalItems[K] } };

/** Calls `listener` whenever values in `storage.local` change; returns the unsubscribe function. */
export function onLocalChanged(listener: (changes: LocalChanges) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local') listener(changes as LocalChanges);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Calls `listener` whenever the organisation's policy (`storage.managed`) changes; returns the unsubscribe function. */
export function onPolicyChanged(listener: () => void): () => void {
  const onChanged = (_changes: Record<string, unknown>, area: string): void => {
    if (area === 'managed') listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

export const tabFindingsKey = (tabId: number): `tab-${number}` => `tab-${tabId}`;
export const frameFindingsKey = (tabId: number, frameId: number): `frame-${number}-${number}` => `frame-${tabId}-${frameId}`;
export const pendingDismissalsKey = (tabId: number): `dismissals-${number}` => `dismissals-${tabId}`;
export const dismissalAsksKey = (tabId: number): `dismissal-asks-${number}` => `dismissal-asks-${tabId}`;

export async function readSession<K extends keyof SessionItems>(key: K): Promise<SessionItems[K] | undefined> {
  return (await browser.storage.session.get(key))[key] as SessionItems[K] | undefined;
}

/** Several values from `storage.session` in one read. */
export async function readSessions<K extends keyof SessionItems>(keys: K[]): Promise<Partial<Record<K, SessionItems[K]>>> {
  if (keys.length === 0) return {};
  return (await browser.storage.session.get(keys)) as Partial<Record<K, SessionItems[K]>>;
}

export async function writeSession(items: Partial<SessionItems>): Promise<void> {
  await browser.storage.session.set(items);
}

export type SessionChanges = { [K in 'refreshProgress' | 'screeningsRescreened' | 'watchChanged' | 'outboxChanged']?: { oldValue?: SessionItems[K]; newValue?: SessionItems[K] } };

/** Calls `listener` whenever values in `storage.session` change (extension pages only); returns the unsubscribe function. */
export function onSessionChanged(listener: (changes: SessionChanges) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'session') listener(changes as SessionChanges);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

export async function removeSession(key: keyof SessionItems | Array<keyof SessionItems>): Promise<void> {
  if (Array.isArray(key) && key.length === 0) return;
  await browser.storage.session.remove(key as string | string[]);
}
