/** The words for a decision's status and fields, shared by the popup, the screening page and the options page. */
import type { DecisionStatus } from '../core/decision';
import type { MERGE_FIELDS } from '../core/org/merge';

export const STATUS_KEYS: Record<DecisionStatus, string> = { open: 'decisionStatusOpen', closed: 'decisionStatusClosed' };

/** Each field's label, as a conflict shows it side by side. */
export const FIELD_KEYS: Record<(typeof MERGE_FIELDS)[number], string> = {
  outcome: 'decisionOutcome',
  status: 'decisionStatus',
  by: 'decisionBy',
  owner: 'decisionOwner',
  reviewDate: 'decisionReviewDate',
  contractRef: 'decisionContractRef',
  note: 'decisionsColNote',
  time: 'decisionsColTime',
  updatedAt: 'decisionFieldUpdatedAt',
  recordName: 'decisionsColCompany',
  recordId: 'decisionFieldRecordId',
  matchedText: 'matchedText',
  context: 'decisionFieldContext',
  pageTitle: 'decisionFieldPageTitle',
  pageUrl: 'decisionFieldPageUrl',
  site: 'decisionFieldSite',
  scope: 'decisionFieldScope',
  dismissedName: 'decisionFieldDismissedName',
  reason: 'decisionFieldReason',
  listVersion: 'decisionsColListVersion',
  recordStatus: 'decisionFieldRecordStatus',
  undoneAt: 'decisionFieldUndoneAt',
};
