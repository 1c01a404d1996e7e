/**
 * What content scripts may send the background, and what each is answered (`ContentReplies`):
 * their own small contract, apart from the pages' (`requests.ts`). Every message is validated on
 * receipt: a content script runs inside hostile pages, so nothing it sends is trusted by shape alone.
 */
import { z } from 'zod';
import { OUTCOMES, type Decision } from '../core/decision';
import type { ListRecord } from '../core/record';
import type { Runtime } from './browser';

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

/** What the background answers each content-script message (a message without an entry here has no handler). */
export interface ContentReplies {
  'page-findings': void;
  'get-site-state': SiteState;
  /** The record, or null when it is no longer on the list. */
  'get-record': ListRecord | null;
  'record-decision': Decision;
}

/** The background's handlers for content scripts: one per message type, answering its `ContentReplies` type. */
export type ContentHandlers = {
  [T in ContentMessage['type']]: (message: Extract<ContentMessage, { type: T }>, sender: Runtime.MessageSender) => Promise<ContentReplies[T]>;
};
