import type { Confidence } from './match/types';
import type { Status } from './record';

/**
 * How urgently a finding needs attention. An unknown status ranks just below active: it may still
 * be in force, and the buyer must check the official list.
 */
const STATUS_RANK: Record<Status, number> = { active: 3, unknown: 2, modified: 1, inactive: 1, delisted: 1, revoked: 0 };

export function severityRank(status: Status, confidence: Confidence = 'match'): number {
  return STATUS_RANK[status] * 2 + (confidence === 'match' ? 1 : 0);
}

/** The visual class of a finding: one highlight style and badge colour each. */
export type SeverityClass = 'active' | 'unknown' | 'lifted' | 'possible';

export function severityClass(status: Status, confidence: Confidence): SeverityClass {
  if (confidence === 'possible') return 'possible';
  if (status === 'active') return 'active';
  if (status === 'unknown') return 'unknown';
  return 'lifted';
}

/** Each style's name as people read it (`_locales` keys): in the legend and in `npm start`'s output. */
export const SEVERITY_WORD_KEYS: Record<SeverityClass, string> = {
  active: 'findingStyleActive',
  unknown: 'findingStyleUnknown',
  lifted: 'findingStyleLifted',
  possible: 'findingStylePossible',
};

/** Toolbar badge colours; white badge text on each meets WCAG AA (contrast ≥ 4.5:1). */
export const BADGE_COLOURS: Record<SeverityClass, string> = {
  active: '#b3261e',
  unknown: '#8a4b00',
  lifted: '#455a64',
  possible: '#5b4a8a',
};
