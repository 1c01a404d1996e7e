/**
 * Every value the extension keeps in `storage.local` and `storage.session`, declared once: its key
 * and its shape. Features read, write and watch them through the helpers below, never by a raw key
 * string (the IndexedDB stores and the keys of its `meta` store are declared in `db.ts`).
 * `storage.local` is where the background publishes what content scripts and pages read without
 * waking it; `storage.session` keeps per-tab state across the service worker's restarts.
 */
import type { MatcherPayload } from '../core/match/payload';
import type { Settings } from '../core/settings';
import type { SiteSwitches } from '../core/site-switch';
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

/** Sites the user chose on the popup (origins such as `https://portal.example.org`). */
export interface UserSites {
  /** Origins the user asked to always scan. */
  always: string[];
  /** Origins the user switched off. */
  off: string[];
}

export interface LocalItems {
  /** Read by content scripts (to scan) and the screening page (to skip compiling). */
  matcher: PublishedMatcher;
  /** The settings in force: policy laid over the options page's values (the popup reads `maxListAgeDays`). */
  settings: Settings;
  refreshProgress: StoredProgress;
  /** Where nothing is scanned (the user's and the policy's), for content scripts to check before scanning. */
  siteSwitches: SiteSwitches;
  userSites: UserSites;
  /** A timestamp, rewritten when a dismissal is added or undone: content scripts then re-ask their site's state. */
  dismissalsChanged: number;
  /** When kept screenings were last screened again (ISO time): open pages reload them. */
  screeningsRescreened: string;
}
export type LocalKey = keyof LocalItems;

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
}

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

export async function removeSession(key: keyof SessionItems | Array<keyof SessionItems>): Promise<void> {
  if (Array.isArray(key) && key.length === 0) return;
  await browser.storage.session.remove(key as string | string[]);
}
