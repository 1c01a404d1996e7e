/** Filtering the decision record, as the options page and exports do it. Pure. */
import type { Decision, DecisionStatus, Outcome } from './decision';

export interface DecisionFilter {
  outcome?: Outcome;
  recordId?: string;
  /** Origin, as stored in `Decision.site`. */
  site?: string;
  /** Case-insensitive text looked for in the record name, matched text, note, page title and URL. */
  text?: string;
  /** Inclusive ISO dates (yyyy-mm-dd) on the decision's time. */
  from?: string;
  to?: string;
  /** Undone dismissals are kept for the audit trail; shown unless this is false. */
  includeUndone?: boolean;
  /** Case-insensitive text looked for in who recorded it, in the owner, in the contract reference. */
  by?: string;
  owner?: string;
  contractRef?: string;
  status?: DecisionStatus;
  /** Decisions whose review date is on or before this day (yyyy-mm-dd; the page gives today). */
  reviewDue?: string;
}

/** True when `wanted` (trimmed, any case) is empty or part of `value`. */
function holds(value: string | undefined, wanted: string | undefined): boolean {
  const needle = wanted?.trim().toLocaleLowerCase();
  return !needle || (value ?? '').toLocaleLowerCase().includes(needle);
}

export function matchesFilter(decision: Decision, filter: DecisionFilter): boolean {
  if (filter.outcome && decision.outcome !== filter.outcome) return false;
  if (filter.recordId && decision.recordId !== filter.recordId) return false;
  if (filter.site && decision.site !== filter.site) return false;
  if (filter.includeUndone === false && decision.undoneAt !== null) return false;
  if (filter.status && decision.status !== filter.status) return false;
  if (filter.reviewDue && (decision.reviewDate === null || decision.reviewDate > filter.reviewDue)) return false;
  if (!holds(decision.by, filter.by) || !holds(decision.owner, filter.owner) || !holds(decision.contractRef, filter.contractRef)) return false;
  const day = decision.time.slice(0, 10);
  if (filter.from && day < filter.from) return false;
  if (filter.to && day > filter.to) return false;
  const text = filter.text?.trim().toLocaleLowerCase();
  if (text) {
    const haystack = [decision.recordName, decision.matchedText, decision.note, decision.pageTitle, decision.pageUrl]
      .join('\n')
      .toLocaleLowerCase();
    if (!haystack.includes(text)) return false;
  }
  return true;
}

/** The decisions that pass `filter`, newest first. */
export function filterDecisions(decisions: readonly Decision[], filter: DecisionFilter): Decision[] {
  return decisions.filter((d) => matchesFilter(d, filter)).sort((a, b) => b.time.localeCompare(a.time) || (b.id ?? 0) - (a.id ?? 0));
}
