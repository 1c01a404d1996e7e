/**
 * What the organisation decided about a finding, from its decisions feed: the decisions on the
 * record that are not undone, newest first, each marked for review when it was taken under another
 * list version or before the record's status changed. Shown beside a finding, never used to hide
 * it: a dismissal in the feed must not silence a finding for every buyer without them seeing it.
 */
import type { Decision, Outcome } from '../decision';
import { pageKey } from '../dismissal-scope';
import { STATUS_KEYS } from '../labels';
import { msg, type Message } from '../message';
import type { ListRecord, Status } from '../record';

/** How many of a record's organisation decisions are shown; the rest are counted. */
export const MAX_SHOWN = 3;
/** A note is shown up to this length (the card has little room; the feed itself keeps the whole). */
export const MAX_NOTE = 300;

/** One organisation decision as a finding shows it: nothing of the page or file it was taken on. */
export interface OrgDecisionView {
  uid: string;
  outcome: Outcome;
  /** ISO time it was taken. */
  time: string;
  /** Who took it (a name or a team), empty when the feed does not say. */
  by: string;
  note: string;
  listVersion: string;
  needsReview: boolean;
  /** Why it needs review, one message a reason; empty when it does not. */
  review: Message[];
}

export interface OrgDecisions {
  shown: OrgDecisionView[];
  /** Decisions on the record not shown (past `MAX_SHOWN`). */
  more: number;
}

/** Where the finding is: a page's site and address, or nothing (a screened file). */
export interface FindingPlace {
  site: string;
  pageUrl: string;
}

const statusWord = (status: string): Message | string => (status in STATUS_KEYS ? msg(STATUS_KEYS[status as Status]) : status);

/** A "not this company" is about one site, page or everywhere: elsewhere it says nothing about this finding. */
function reaches(d: Decision, place: FindingPlace | undefined): boolean {
  if (d.outcome !== 'not-this-company' || !place || d.scope === 'everywhere') return true;
  if (d.scope === 'page') return d.site === place.site && pageKey(d.pageUrl) === pageKey(place.pageUrl);
  return d.site === place.site;
}

/** Why a decision should be looked at again with today's list. */
export function reviewReasons(d: Decision, record: Pick<ListRecord, 'status' | 'statusDate'>, listVersion: string): Message[] {
  const reasons: Message[] = [];
  if (d.listVersion !== listVersion) reasons.push(msg('orgReviewListVersion', d.listVersion || '?', listVersion));
  if (d.recordStatus !== undefined) {
    if (d.recordStatus !== record.status) reasons.push(msg('orgReviewStatusWas', statusWord(d.recordStatus), statusWord(record.status)));
  } else if (record.statusDate && d.time.slice(0, 10) < record.statusDate) {
    reasons.push(msg('orgReviewStatusSince', record.statusDate));
  }
  return reasons;
}

/**
 * The organisation's decisions on `record` that are not undone, newest first (at most `MAX_SHOWN`),
 * each with whether and why it needs review. `place`: where the finding is, so a "not this company"
 * taken for another site or page is left out; without it (screening) every one is shown.
 */
export function orgDecisionsFor(
  decisions: readonly Decision[],
  record: Pick<ListRecord, 'id' | 'status' | 'statusDate'>,
  listVersion: string,
  place?: FindingPlace,
): OrgDecisions {
  const mine = decisions
    .filter((d) => d.recordId === record.id && d.undoneAt === null && reaches(d, place))
    .sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
  const shown = mine.slice(0, MAX_SHOWN).map((d): OrgDecisionView => {
    const review = reviewReasons(d, record, listVersion);
    return { uid: d.uid, outcome: d.outcome, time: d.time, by: d.by, note: d.note.slice(0, MAX_NOTE), listVersion: d.listVersion, needsReview: review.length > 0, review };
  });
  return { shown, more: mine.length - shown.length };
}
