/**
 * The typed message protocol between extension contexts. Every message is validated on receipt:
 * a content script runs inside hostile pages, so nothing it sends is trusted by shape alone.
 */
import { z } from 'zod';
import { OUTCOMES } from '../core/decision';

const MAX_FINDINGS_PER_FRAME = 2000;
const MAX_TEXT = 500;

/** What a content script reports for one mention on its page: ids and the matched words, no page text beyond them. */
export const pageFindingSchema = z.object({
  recordId: z.string().min(1).max(200),
  matchedText: z.string().max(MAX_TEXT),
  confidence: z.enum(['match', 'possible']),
  score: z.number().min(0).max(1),
  why: z.string().max(MAX_TEXT),
});
export type PageFinding = z.infer<typeof pageFindingSchema>;

export const contentToBackground = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('page-findings'),
    /** The list version the findings were computed against. */
    listVersion: z.string().max(200),
    findings: z.array(pageFindingSchema).max(MAX_FINDINGS_PER_FRAME),
  }),
  /** Asks which records the user dismissed on this page's site ("Not this company"). */
  z.object({ type: z.literal('get-site-state') }),
  /** The details of one record, for the in-page card (pages never get the whole list). */
  z.object({ type: z.literal('get-record'), recordId: z.string().min(1).max(200) }),
  /** A decision taken on an in-page card; the background adds the page, site, time and list version. */
  z.object({
    type: z.literal('record-decision'),
    recordId: z.string().min(1).max(200),
    matchedText: z.string().max(MAX_TEXT),
    outcome: z.enum(OUTCOMES),
    note: z.string().max(2000),
  }),
]);
export type ContentMessage = z.infer<typeof contentToBackground>;
// What the background sends content scripts is validated on receipt too: see `background-messages.ts`
// (no zod there, so the content script injected into every frame stays small).

export interface SiteState {
  /** Record ids the user marked "Not this company" on this site, not since undone. */
  dismissed: string[];
}

/** One listed record found on a tab, with every mention of it. */
export interface TabEntry {
  record: import('../core/record').ListRecord;
  mentions: PageFinding[];
}

/** One official source's data in the list in use. */
export interface OfficialDate {
  kind: 'cbp' | 'dhs-uflpa';
  /** ISO date (yyyy-mm-dd) of the data in use. */
  asOf: string;
  /** Downloaded by a refresh, or the snapshot bundled with the extension. */
  downloaded: boolean;
}

export interface ListInfo {
  title: string;
  version: string;
  generated: string;
  /** The date the list's age counts from: its oldest official data in use (see `official`). */
  asOf: string;
  /** The official data in the list, per source: downloaded (when) or the bundled snapshot. */
  official: OfficialDate[];
  recordCount: number;
  sources: import('../core/record').ListSourceInfo[];
}

export interface TabFindingsResponse {
  tabId: number;
  url: string;
  title: string;
  /** False until the page's content script has reported (or where it cannot run). */
  scanned: boolean;
  list: ListInfo;
  entries: TabEntry[];
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
