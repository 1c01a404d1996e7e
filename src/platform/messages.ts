/**
 * What content scripts may send the background, and what each is answered (`ContentReplies`):
 * their own small contract, apart from the pages' (`requests.ts`). Every message is validated on
 * receipt: a content script runs inside hostile pages, so nothing it sends is trusted by shape alone.
 */
import { z } from 'zod';
import { DISMISSAL_REASONS, DISMISSAL_SCOPES, type DismissalReason, type DismissalScope } from '../core/decision';
import type { HiddenNames } from '../core/dismissal-scope';
import type { OrgDecisions } from '../core/org/org-decisions';
import type { ListRecord } from '../core/record';
import type { Runtime } from './browser';

const MAX_FINDINGS_PER_FRAME = 2000;
const MAX_TEXT = 500;
/** An explanation: its cap, grown to keep a source's address whole (the list allows 2,000 characters: core/finding-caps.ts). */
const MAX_WHY = 2_500;

/** What a content script reports for one mention on its page: ids, the matched words and the row or card around them. */
export const pageFindingSchema = z.object({
  recordId: z.string().min(1).max(200),
  matchedText: z.string().max(MAX_TEXT),
  confidence: z.enum(['match', 'possible']),
  score: z.number().min(0).max(1),
  why: z.string().max(MAX_WHY),
  /** How many mentions on the page this one stands for (repeated mentions are counted, not sent one by one). */
  count: z.number().int().min(1).max(1_000_000).optional(),
  /** The row, card or list item the mention sits in (core/finding-context.ts); the background keeps 200 characters. */
  context: z.string().max(MAX_TEXT).optional(),
});
export type PageFinding = z.infer<typeof pageFindingSchema>;

export const contentToBackground = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('page-findings'),
    /** The list version the findings were computed against. */
    listVersion: z.string().max(200),
    findings: z.array(pageFindingSchema).max(MAX_FINDINGS_PER_FRAME),
  }),
  /** Asks which records and names the user dismissed for this frame's page and site ("Not this company"). */
  z.object({ type: z.literal('get-site-state') }),
  /**
   * Asks whether this frame's site is scanned and whether findings may be shown in the page: the
   * background answers for the sender's own origin, so a content script learns its own switch and
   * never the site lists (which stay where content scripts cannot read them).
   */
  z.object({ type: z.literal('get-page-mode') }),
  /** The details of one record, for the in-page card (pages never get the whole list). */
  z.object({ type: z.literal('get-record'), recordId: z.string().min(1).max(200) }),
  /**
   * "Not this company" on an in-page card: the record, which this frame must have reported, the
   * name that matched, which must be one of the record's names or a text this frame reported for
   * it, and two codes: how far it reaches and why (the background takes the matched text, the
   * frame's page and site, the time and list version itself; no free text is taken from a page).
   * `seen`: the card was on screen and uncovered for the click (IntersectionObserver v2,
   * Chromium); otherwise the buyer confirms in the popup first.
   */
  z.object({
    type: z.literal('dismiss-record'),
    recordId: z.string().min(1).max(200),
    name: z.string().min(1).max(MAX_TEXT),
    scope: z.enum(DISMISSAL_SCOPES),
    reason: z.enum(DISMISSAL_REASONS),
    seen: z.boolean(),
  }),
  /** The organisation's decisions on a record this frame reported, for the in-page card (its own page and site). */
  z.object({ type: z.literal('get-org-decisions'), recordId: z.string().min(1).max(200) }),
]);
export type ContentMessage = z.infer<typeof contentToBackground>;
// What the background sends content scripts is validated on receipt too: see `background-messages.ts`
// (no zod there, so the content script injected into every frame stays small).

/** What the user marked "Not this company" for this frame's page and site, not since undone. */
export type SiteState = HiddenNames;

/** The choices a card sends with "Not this company". */
export interface DismissalChoice {
  scope: DismissalScope;
  reason: DismissalReason;
}

/**
 * What became of "Not this company" clicked on a card: recorded, or waiting for the buyer to
 * confirm it in the popup (a page may have steered the click there).
 */
export type DismissalAnswer = { outcome: 'recorded' } | { outcome: 'confirm-in-popup' };

/** How a content script works in its frame (`get-page-mode`). */
export interface PageMode {
  /** False where the user or an administrator switched the frame's site off: nothing is scanned. */
  scan: boolean;
  /** Discreet mode (a setting, or policy): findings go to the toolbar badge and the popup only, nothing is added to the page. */
  discreet: boolean;
}

/** What the background answers each content-script message (a message without an entry here has no handler). */
export interface ContentReplies {
  'page-findings': void;
  'get-site-state': SiteState;
  'get-page-mode': PageMode;
  /** The record, or null when it is no longer on the list. */
  'get-record': ListRecord | null;
  'dismiss-record': DismissalAnswer;
  /** Null when the organisation decided nothing on it, or the frame did not report it. */
  'get-org-decisions': OrgDecisions | null;
}

/** The background's handlers for content scripts: one per message type, answering its `ContentReplies` type. */
export type ContentHandlers = {
  [T in ContentMessage['type']]: (message: Extract<ContentMessage, { type: T }>, sender: Runtime.MessageSender) => Promise<ContentReplies[T]>;
};
