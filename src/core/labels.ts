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

/**
 * How a record's goods are headed. An order's products are what it covers; an Entity List entity's
 * are what sources say it makes or trades, while the listing covers every good made wholly or in
 * part by it, so the note says so (a buyer must not read "printers" as "only printers").
 */
export function goodsKeys(record: Pick<ListRecord, 'kind'>): { heading: string; note: string | null } {
  return record.kind === 'uflpa' ? { heading: 'goodsKnownFor', note: 'goodsAllCovered' } : { heading: 'products', note: null };
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
