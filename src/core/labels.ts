import type { DismissalReason, DismissalScope, Outcome } from './decision';
import type { ListRecord, RecordKind, Status } from './record';

/** Message keys for the record kinds and statuses shown to people. */
export const KIND_KEYS: Record<RecordKind, string> = {
  wro: 'kindWro',
  finding: 'kindFinding',
  uflpa: 'kindUflpa',
  region: 'kindRegion',
  vessel: 'kindVessel',
  watchlist: 'kindWatchlist',
};

/** The kind as a buyer reads it: a region or vessel order says whether it is a WRO or a Finding. */
export function kindKey(record: Pick<ListRecord, 'kind' | 'instrument'>): string {
  if ((record.kind === 'vessel' || record.kind === 'region') && record.instrument) {
    return `${KIND_KEYS[record.kind]}${record.instrument === 'finding' ? 'Finding' : 'Wro'}`;
  }
  return KIND_KEYS[record.kind];
}

export const STATUS_KEYS: Record<Status, string> = {
  active: 'statusActive',
  modified: 'statusModified',
  inactive: 'statusInactive',
  revoked: 'statusRevoked',
  delisted: 'statusDelisted',
  unknown: 'statusUnknown',
};

export const STATUS_MEANING_KEYS: Record<Status, string> = {
  active: 'statusActiveMeaning',
  modified: 'statusModifiedMeaning',
  inactive: 'statusInactiveMeaning',
  revoked: 'statusRevokedMeaning',
  delisted: 'statusDelistedMeaning',
  unknown: 'statusUnknownMeaning',
};

/** What the status means for goods; DHS list changes are worded apart from CBP orders. */
export function statusMeaningKey(record: Pick<ListRecord, 'kind' | 'status'>): string {
  if (record.kind === 'uflpa' && record.status === 'modified') return 'statusModifiedMeaningDhs';
  if (record.kind === 'uflpa' && record.status === 'delisted') return 'statusDelistedMeaningDhs';
  return STATUS_MEANING_KEYS[record.status];
}

/** "Not this company": how far it reaches, as the card and the popup ask it. */
export const DISMISSAL_SCOPE_KEYS: Record<DismissalScope, string> = {
  site: 'dismissScopeSite',
  everywhere: 'dismissScopeEverywhere',
  page: 'dismissScopePage',
};

/** "Not this company": why, as the card and the popup ask it and the options page lists it. */
export const DISMISSAL_REASON_KEYS: Record<DismissalReason, string> = {
  'different-company': 'dismissReasonDifferentCompany',
  'not-supplier': 'dismissReasonNotSupplier',
  'already-checked': 'dismissReasonAlreadyChecked',
  other: 'dismissReasonOther',
};

/** Message keys for the decision outcomes: one table for the pages and the in-page card (the organisation's decisions). */
export const OUTCOME_KEYS: Record<Outcome, string> = {
  'not-this-company': 'outcomeNotThisCompany',
  'supplier-confirmed-not-listed': 'outcomeSupplierConfirmed',
  'asked-for-evidence': 'outcomeAskedForEvidence',
  escalated: 'outcomeEscalated',
  'contract-under-review': 'outcomeContractUnderReview',
};
