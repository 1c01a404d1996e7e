/**
 * What the background answers the extension's pages: the response shapes of the request contract
 * (`requests.ts`). Types only, so a page imports them without importing the background or zod.
 */
import type { DismissalReason, DismissalScope } from '../core/decision';
import type { Text } from '../core/message';
import type { EvidenceMeta } from '../core/org/evidence';
import type { OrgDecisions } from '../core/org/org-decisions';
import type { ListRecord, ListSourceInfo } from '../core/record';
import type { OutboxStatus } from '../core/org/outbox';
import type { WatchAlert, WatchEntry } from '../core/org/watch';
import type { EffectiveSettings } from '../core/settings';
import type { PageFinding } from './messages';

/** One official source's data in the list in use. */
export interface OfficialDate {
  kind: 'cbp' | 'dhs-uflpa';
  /** ISO date (yyyy-mm-dd) of the data in use. */
  asOf: string;
  /** Downloaded by a refresh, or the snapshot bundled with the extension. */
  downloaded: boolean;
}

/** The list in use, as `get-list-info` answers. */
export interface ListInfo {
  title: string;
  version: string;
  generated: string;
  /** The date the list's age counts from: its oldest official data in use (see `official`). */
  asOf: string;
  /** The official data in the list, per source: downloaded (when) or the bundled snapshot. */
  official: OfficialDate[];
  recordCount: number;
  sources: ListSourceInfo[];
}

/** The whole list, for the popup's search and the screening page (`get-list-records`). */
export interface ListRecordsResponse {
  version: string;
  records: ListRecord[];
}

/** One listed record found on a tab, with every mention of it. */
export interface TabEntry {
  record: ListRecord;
  mentions: PageFinding[];
}

/** A tab's findings, most severe first (`get-tab-findings`). */
export interface TabFindingsResponse {
  tabId: number;
  url: string;
  title: string;
  /** False until the page's content script has reported (or where it cannot run). */
  scanned: boolean;
  list: ListInfo;
  entries: TabEntry[];
  /**
   * Findings the tab named but did not keep: frames past the tab's cap, and findings past a frame's
   * (core/finding-caps.ts). Zero on any ordinary page.
   */
  notKept: { frames: number; findings: number };
}

/**
 * "Not this company" clicked on an in-page card and not yet confirmed: the page could have
 * steered the click, so the popup asks the buyer before it enters the decision record.
 */
export interface PendingDismissal {
  /** Unique within the tab. */
  id: number;
  recordId: string;
  recordName: string;
  matchedText: string;
  /** The row or card the mention sat in, from the frame's own report. */
  context: string;
  /** The site it would apply to: the origin of the frame the card was in. */
  site: string;
  /** That frame's address. */
  pageUrl: string;
  pageTitle: string;
  listVersion: string;
  /** When it was clicked (ISO time). */
  time: string;
  /** How far it would reach, the name it would hide and why (absent on one asked before scopes). */
  scope?: DismissalScope;
  dismissedName?: string;
  reason?: DismissalReason;
}

/** Whether and how WRO Check scans a tab's site, as `get-site-status` answers. */
export interface SiteStatus {
  origin: string;
  /** A default portal: scanned without asking. */
  isDefault: boolean;
  always: boolean;
  off: boolean;
  /** The administrator decides for this site: the user cannot change it. */
  managed: boolean;
  /** The user may scan this page once or always (policy allows it and it is a web page). */
  userMayScan: boolean;
}

export type SourceOutcome = 'updated' | 'unchanged' | 'failed' | 'held' | 'not-granted';

/** One source's last refresh, as the options page lists it (also kept between runs). */
export interface SourceResult {
  sourceId: string;
  label: string;
  url: string;
  time: string;
  outcome: SourceOutcome;
  /** What happened, worded by the options page (`tr`); a string when stored before messages were. */
  message: Text;
  recordCount: number | null;
  /** When a download last delivered or confirmed this source's list in use (absent in results stored before it existed). */
  lastSuccess?: string | null;
  /** What this source changed, one sentence a line (capped: see `lineCount`). */
  lines: Text[];
  lineCount: number;
}

export type RunTrigger = 'manual' | 'schedule' | 'install' | 'import' | 'apply-held' | 'discard-held' | 'rollback';
export type RunOutcome = 'applied' | 'unchanged' | 'held' | 'failed' | 'discarded' | 'rolled-back';

/** One operation on the list (a refresh, an import, a held update applied, a rollback) and what it changed. */
export interface RefreshRun {
  time: string;
  trigger: RunTrigger;
  outcome: RunOutcome;
  /** Why it failed, was held or what it did, worded by the options page; a string when stored before messages were. */
  message: Text;
  summary: Text;
  /** What changed in the list in use (capped: see `lineCount`). */
  lines: Text[];
  lineCount: number;
}

export interface ListSummary {
  title: string;
  version: string;
  generated: string;
  recordCount: number;
}

/** Everything the options page's admin section shows (`get-admin-state`). */
export interface AdminState {
  settings: EffectiveSettings;
  /** The list in use and the date of its official data, as the popup shows them. */
  info: ListInfo;
  results: Record<string, SourceResult>;
  lastRun: RefreshRun | null;
  /** A replacement waiting for the admin's confirmation (its lists stay in the background). */
  held: { time: string; reason: Text; summary: Text; lines: Text[]; lineCount: number } | null;
  list: ListSummary | null;
  previous: ListSummary | null;
  running: boolean;
}

/** The organisation's decisions feed as the options page shows it (`get-org-feed`; null when none is configured). */
export interface OrgFeedStatus {
  url: string;
  /** When the decisions in use were last read or confirmed; null before the first good read. */
  fetchedAt: string | null;
  exportedAt: string | null;
  decisionCount: number;
  /** When it was last tried; null before the first refresh with this address. */
  checkedAt: string | null;
  /** Why the last try failed, worded by the page; null when it succeeded. */
  error: Text | null;
}

/** The organisation's decisions on the records asked about, by record id (records without any are left out). */
export interface OrgDecisionsAnswer {
  /** A feed address is configured (its decisions may still be none). */
  configured: boolean;
  byRecord: Record<string, OrgDecisions>;
}

/** What merging a colleague's decisions did: added, already here, undone here as in the file, held differently. */
export interface DecisionsMerged {
  added: number;
  duplicates: number;
  undone: number;
  conflicts: number;
}

/** What importing a colleague's decisions did (`import-decisions`); a refused file changed nothing. */
export type DecisionsImported = ({ ok: true } & DecisionsMerged) | { ok: false; error: string };

// The submission outbox and the watch list (issue #20, lane outbox).
/** The submission queue as the options page shows it (`get-outbox-status`). */
export interface OutboxView extends OutboxStatus {
  /** The configured address's host, and whether access to it was granted. */
  host: string | null;
  granted: boolean;
}

/** The watch list and its alerts (`get-watch`). */
export interface WatchState {
  entries: WatchEntry[];
  alerts: WatchAlert[];
}

/** A page capture kept as evidence; the browser's reason when the screenshot asked for could not be taken. */
export interface PageCaptured {
  item: EvidenceMeta;
  screenshotError: string | null;
}
