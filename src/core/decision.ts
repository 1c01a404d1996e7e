/** A buyer's recorded outcome for one finding: the audit trail of what was checked and decided. */

export const OUTCOMES = [
  'not-this-company',
  'supplier-confirmed-not-listed',
  'asked-for-evidence',
  'escalated',
  'contract-under-review',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Whether a decision still needs work (asked for evidence, escalated) or is settled. */
export const DECISION_STATUSES = ['open', 'closed'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export interface Decision {
  /** Assigned by this profile's store; differs between profiles (see `uid`). */
  id?: number;
  /**
   * The same in every profile, export, pack and feed that holds the decision: how an import or the
   * organisation's feed recognises one it already has (a random UUID given when it was recorded).
   */
  uid: string;
  /** Who recorded it: the name the user set once in the options page, or the policy's; empty when none was set. */
  by: string;
  /** Who is to follow it up; empty when nobody was named. */
  owner: string;
  status: DecisionStatus;
  /** When it should be looked at again (yyyy-mm-dd), if ever. */
  reviewDate: string | null;
  /** The contract or tender the decision is about (a reference the buyer typed); empty when none. */
  contractRef?: string;
  /** When owner, status, review date or note last changed (ISO); absent while never edited. */
  updatedAt?: string;
  /** The record's status when it was decided, to tell when it changed since (absent on decisions kept before). */
  recordStatus?: string;
  /** ISO timestamp of the decision. */
  time: string;
  outcome: Outcome;
  note: string;
  /** Where the finding was: page URL and title (or screening file name and row). */
  pageUrl: string;
  pageTitle: string;
  /** The site (origin) a "not this company" dismissal applies to. */
  site: string;
  matchedText: string;
  /**
   * The supply chain around the finding: the page's row, card or list item it sat in, or the
   * screening row's other tier columns (core/finding-context.ts). Empty or absent (decisions kept
   * before it was recorded) when there was none.
   */
  context?: string;
  recordId: string;
  recordName: string;
  /** The list version the finding was judged against. */
  listVersion: string;
  /** ISO timestamp when the decision was undone (a dismissal lifted), if it was. */
  undoneAt: string | null;
  /**
   * A "not this company" dismissal's reach (core/dismissal-scope.ts): the name on its site, the
   * name on every site, or its one page. Absent on dismissals kept before scopes: the whole record on the site.
   */
  scope?: DismissalScope;
  /** The name it hides (the listed name, alias or subsidiary that matched); absent: every name of the record. */
  dismissedName?: string;
  /** Why the buyer said it is not this company. */
  reason?: DismissalReason;
}

/** How far a "not this company" reaches: this name on this site, this name everywhere, or just this page. */
export const DISMISSAL_SCOPES = ['site', 'everywhere', 'page'] as const;
export type DismissalScope = (typeof DISMISSAL_SCOPES)[number];

/** Why a buyer dismisses a finding: a short choice (a note of their own only from the extension's pages). */
export const DISMISSAL_REASONS = ['different-company', 'not-supplier', 'already-checked', 'other'] as const;
export type DismissalReason = (typeof DISMISSAL_REASONS)[number];

/** Outcomes that leave work to do start open; the rest start closed. */
export function initialStatus(outcome: Outcome): DecisionStatus {
  return outcome === 'asked-for-evidence' || outcome === 'escalated' || outcome === 'contract-under-review' ? 'open' : 'closed';
}

/** The outcome that suppresses a record's mentions on one site until undone. */
export const DISMISSAL: Outcome = 'not-this-company';

/**
 * The site a decision applies to: the page's origin. Pages without an origin (file:, about:,
 * malformed URLs) get none, so a dismissal there never spreads to other pages.
 */
export function siteOf(pageUrl: string): string {
  try {
    const origin = new URL(pageUrl).origin;
    return origin === 'null' ? '' : origin;
  } catch {
    return '';
  }
}

/** True while a decision still suppresses its record (or one of its names) somewhere. */
export function isActiveDismissal(decision: Decision): boolean {
  return decision.outcome === DISMISSAL && decision.undoneAt === null && (decision.site !== '' || decision.scope === 'everywhere');
}
