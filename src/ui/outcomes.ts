import type { Outcome } from '../core/decision';
import { OUTCOME_KEYS } from '../core/labels';
import { t } from '../platform/i18n';

/** Message keys for the decision outcomes shown to people (kept in core/labels.ts, which the in-page card shares). */
export { OUTCOME_KEYS };

export const outcomeLabel = (outcome: Outcome): string => t(OUTCOME_KEYS[outcome]);
