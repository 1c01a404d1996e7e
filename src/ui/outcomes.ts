import type { Outcome } from '../core/decision';
import { t } from '../platform/i18n';

/** Message keys for the decision outcomes shown to people. */
export const OUTCOME_KEYS: Record<Outcome, string> = {
  'not-this-company': 'outcomeNotThisCompany',
  'supplier-confirmed-not-listed': 'outcomeSupplierConfirmed',
  'asked-for-evidence': 'outcomeAskedForEvidence',
  escalated: 'outcomeEscalated',
  'contract-under-review': 'outcomeContractUnderReview',
};

export const outcomeLabel = (outcome: Outcome): string => t(OUTCOME_KEYS[outcome]);
