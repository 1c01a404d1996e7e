/**
 * The one contract between the extension's pages (popup, options, screening page) and the
 * background: every request's name, the zod schema its payload must pass on receipt, and the type
 * of its answer. The background's handlers are typed against it (`RequestHandlers`: a handler
 * missing, taking another payload or answering another type is a compile error), and pages ask
 * through one typed client, `request(name, payload)` in `request-client.ts`, so a wrong name or
 * payload is a compile error there too. On the wire a request is `{ type: name, ...payload }`.
 * Adding a request: one entry here, its handler in the background feature's file, its caller.
 * Content scripts have their own, smaller contract (`contentToBackground` in `messages.ts`).
 */
import { z } from 'zod';
import { DECISION_STATUSES, DISMISSAL_REASONS, DISMISSAL_SCOPES, OUTCOMES, type Decision } from '../core/decision';
import { MAX_DECISIONS_DOC_BYTES } from '../core/org/decisions-doc';
import { CONFLICT_CHOICES, type DecisionConflict } from '../core/org/merge';
import { settingsSchema, type EffectiveSettings } from '../core/settings';
import type { PageProductNotes } from '../core/risk/product-notes';
import { originOf, type SiteLists } from '../core/site-switch';
import { MAX_ALERTS, MAX_WATCH_ENTRIES, MAX_WATCH_NAME } from '../core/org/watch';
import type { Runtime } from './browser';
import type { AdminState, DecisionsImported, ListInfo, ListRecordsResponse, OrgDecisionsAnswer, OrgFeedStatus, PendingDismissal, RefreshRun, SiteStatus, TabFindingsResponse, OutboxView, WatchState, PageCaptured } from './request-types';

/** The answer's type, for the type checker only: nothing of it exists at run time. */
const answers = <T>(): T => undefined as T;

/** Largest admin file accepted (base64 in a message). */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const tabId = z.number().int().nonnegative();
const recordId = z.string().min(1).max(200);
const screeningId = z.string().min(1).max(100);
const pendingId = z.number().int().positive();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Who follows a decision up, its status, when to look at it again and the contract it is about ("More details"). */
const followUpFields = {
  owner: z.string().trim().max(120).optional(),
  status: z.enum(DECISION_STATUSES).optional(),
  reviewDate: isoDay.nullable().optional(),
  contractRef: z.string().trim().max(200).optional(),
};
/** What a person decided about a finding; the background adds the time, page, site, list version and who. */
const decisionFields = {
  recordId,
  matchedText: z.string().max(500),
  outcome: z.enum(OUTCOMES),
  note: z.string().max(2000),
  ...followUpFields,
};
const decisionId = z.number().int().positive();
const uid = z.string().min(8).max(100);
/** An http(s) origin, normalised (`https://example.com`); anything else is refused. */
const origin = z.string().max(500).transform((value, ctx) => {
  const parsed = originOf(value);
  if (!parsed) ctx.addIssue({ code: 'custom', message: 'not an http(s) origin' });
  return parsed ?? '';
});
const nothing = z.object({});

export const REQUESTS = {
  // The list in use (popup, options page, screening page).
  'get-list-info': { payload: nothing, response: answers<ListInfo>() },
  /** The whole list: records are searched and screened where they are shown. */
  'get-list-records': { payload: nothing, response: answers<ListRecordsResponse>() },
  'get-tab-findings': { payload: z.object({ tabId }), response: answers<TabFindingsResponse>() },

  // Decisions: recorded from the popup on a tab's finding, listed and undone from the options page.
  /** "Not this company" hides the matched text as far as `scope` says (this site if absent), for `reason`; other outcomes ignore both. */
  'record-tab-decision': {
    payload: z.object({ tabId, ...decisionFields, scope: z.enum(DISMISSAL_SCOPES).optional(), reason: z.enum(DISMISSAL_REASONS).optional() }),
    response: answers<Decision>(),
  },
  'list-decisions': {
    payload: z.object({
      filter: z
        .object({
          outcome: z.enum(OUTCOMES).optional(),
          recordId: recordId.optional(),
          site: z.string().max(500).optional(),
          text: z.string().max(200).optional(),
          from: isoDay.optional(),
          to: isoDay.optional(),
          includeUndone: z.boolean().optional(),
          by: z.string().max(120).optional(),
          owner: z.string().max(120).optional(),
          contractRef: z.string().max(200).optional(),
          status: z.enum(DECISION_STATUSES).optional(),
          reviewDue: isoDay.optional(),
        })
        .default({}),
    }),
    response: answers<Decision[]>(),
  },
  /** "Not this company" clicked in the tab's pages and waiting for the buyer's confirmation, oldest first. */
  'list-pending-dismissals': { payload: z.object({ tabId }), response: answers<PendingDismissal[]>() },
  /** The buyer confirms one in the popup: it is recorded as clicked (its frame's site, its time of confirmation). */
  'confirm-dismissal': { payload: z.object({ tabId, id: pendingId }), response: answers<Decision>() },
  /** The buyer discards one: nothing is recorded. */
  'cancel-dismissal': { payload: z.object({ tabId, id: pendingId }), response: answers<void>() },
  /** Lifts a "not this company" dismissal (other outcomes stay as recorded). */
  'undo-decision': { payload: z.object({ id: z.number().int().positive() }), response: answers<Decision>() },
  // Decisions' follow-up and colleagues' exports (issue #20, lane record).
  /** The options page changes a decision's owner, status, review date, note or contract (stamps `updatedAt`). */
  'update-decision': {
    payload: z.object({ id: decisionId, ...followUpFields, note: z.string().max(2000).optional() }),
    response: answers<Decision>(),
  },
  /** A colleague's JSON export, merged (core/org/merge.ts); a file refused changes nothing. */
  'import-decisions': {
    payload: z.object({ text: z.string().max(MAX_DECISIONS_DOC_BYTES) }),
    response: answers<DecisionsImported>(),
  },
  /** Imported decisions held differently here, each beside this profile's, waiting for a choice. */
  'list-decision-conflicts': { payload: nothing, response: answers<DecisionConflict[]>() },
  'resolve-decision-conflict': { payload: z.object({ uid, choice: z.enum(CONFLICT_CHOICES) }), response: answers<Decision>() },

  // The screening page: decisions on its results (the background stamps time, name and list version).
  'record-screening-decision': {
    payload: z.object({
      screeningId,
      sourceName: z.string().max(300),
      row: z.number().int().nonnegative(),
      column: z.string().max(300),
      ...decisionFields,
      /** The row's other tier columns, as the result shows them (core/finding-context.ts). */
      context: z.string().max(500).optional(),
      listVersion: z.string().max(200),
    }),
    response: answers<Decision>(),
  },
  /** Decisions recorded on the results of one screening, oldest first. */
  'list-screening-decisions': { payload: z.object({ screeningId }), response: answers<Decision[]>() },
  /** "I have seen the changes" on a kept screening a refresh changed. */
  'acknowledge-screening': { payload: z.object({ screeningId }), response: answers<void>() },

  /** The popup's "Products to ask about": high-risk goods named on a scanned tab, when the setting is on. */
  'get-product-notes': { payload: z.object({ tabId }), response: answers<PageProductNotes>() },

  // Where the content script runs (the popup's scan controls); null for a page that is not a web page.
  'get-site-status': { payload: z.object({ tabId }), response: answers<SiteStatus | null>() },
  /** "Scan this page" once (the popup's click granted `activeTab`). */
  'scan-tab': { payload: z.object({ tabId }), response: answers<{ scanned: true }>() },
  /** "Always scan this site": the popup has requested the host permission first. */
  'set-site-always': { payload: z.object({ origin, always: z.boolean() }), response: answers<SiteStatus | null>() },
  'set-site-off': { payload: z.object({ origin, off: z.boolean() }), response: answers<SiteStatus | null>() },
  /** The options page's Sites section: every site choice in force. */
  'list-sites': { payload: nothing, response: answers<SiteLists>() },

  // The options page's admin section: settings, refresh, held update, rollback, file import.
  'get-admin-state': { payload: nothing, response: answers<AdminState>() },
  'save-settings': { payload: z.object({ settings: settingsSchema }), response: answers<EffectiveSettings>() },
  'refresh-now': { payload: nothing, response: answers<RefreshRun>() },
  'apply-held': { payload: nothing, response: answers<RefreshRun>() },
  'discard-held': { payload: nothing, response: answers<RefreshRun>() },
  'roll-back-list': { payload: nothing, response: answers<RefreshRun>() },
  'import-list': {
    payload: z.object({ fileName: z.string().min(1).max(300), base64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4) }),
    response: answers<RefreshRun>(),
  },

  // The organisation's decisions feed (issue #20, lane orgfeed): its state for the options page, and
  // its decisions on records a finding or result shows (with a tab: as they apply on its page).
  'get-org-feed': { payload: nothing, response: answers<OrgFeedStatus | null>() },
  'get-org-decisions': {
    payload: z.object({ recordIds: z.array(recordId).max(2000), tabId: tabId.optional() }),
    response: answers<OrgDecisionsAnswer>(),
  },

  // The submission outbox and the watch list (issue #20, lane outbox).
  /** The submission queue: waiting, given up, next try, last error (docs/submission.md). */
  'get-outbox-status': { payload: nothing, response: answers<OutboxView>() },
  /** "Retry now": every queued item is tried at once. */
  'retry-outbox': { payload: nothing, response: answers<OutboxView>() },
  /** "Discard undelivered": items the endpoint refused too often leave the queue (every item while no address is set). */
  'discard-undelivered': { payload: nothing, response: answers<OutboxView>() },
  'get-watch': { payload: nothing, response: answers<WatchState>() },
  /** Names to watch, typed (origin 'typed') or taken from a kept screening (its name); repeats are ignored. */
  'add-watch-names': {
    payload: z.object({ names: z.array(z.string().max(MAX_WATCH_NAME)).min(1).max(MAX_WATCH_ENTRIES), origin: z.string().min(1).max(300) }),
    response: answers<WatchState>(),
  },
  'remove-watch': { payload: z.object({ id: z.string().min(1).max(100) }), response: answers<WatchState>() },
  /** Marks alerts as seen (all unseen ones when `ids` is absent). */
  'acknowledge-alerts': { payload: z.object({ ids: z.array(z.string().max(100)).max(MAX_ALERTS).optional() }), response: answers<WatchState>() },

  // Evidence (issue #20, lane evidence). Files are stored by the pages themselves (platform/evidence-store.ts says why).
  /** Keeps what the tab shows for a decided finding (address, time, matched text and context, from the tab's reports) and, if asked, a screenshot of the visible tab. */
  'capture-page': {
    payload: z.object({ tabId, decisionId: z.number().int().positive(), screenshot: z.boolean() }),
    response: answers<PageCaptured>(),
  },
  /** Deletes a decision (the record is otherwise append-only) and, if asked, its evidence. */
  'delete-decision': {
    payload: z.object({ id: z.number().int().positive(), deleteEvidence: z.boolean() }),
    response: answers<{ evidenceDeleted: number }>(),
  },
} as const satisfies Contract;

/** A table of requests: name → payload schema and answer type. */
export type Contract = Record<string, { payload: z.ZodType<object>; response: unknown }>;

/** The handlers a contract needs: one per name, taking the validated payload and answering its type. */
export type HandlersOf<C extends Contract> = {
  [N in keyof C]: (payload: z.output<C[N]['payload']>, sender: Runtime.MessageSender) => Promise<C[N]['response']>;
};

export type RequestName = keyof typeof REQUESTS;
/** What a page sends (defaults not yet applied). */
export type RequestPayload<N extends RequestName> = z.input<(typeof REQUESTS)[N]['payload']>;
export type RequestResponse<N extends RequestName> = (typeof REQUESTS)[N]['response'];
export type RequestHandlers = HandlersOf<typeof REQUESTS>;
