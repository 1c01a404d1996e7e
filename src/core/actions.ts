/**
 * What a buyer should do about a finding, by kind of record and its status. The wording lives in
 * `_locales/<lang>/messages.json` under each action's `key`; each action cites the document it comes from
 * (see shared guidance: the IASC letter of November 2021, PPN 009 and PPN 02/23).
 */
import type { ListRecord } from './record';

export type GuidanceSource = 'iasc2021' | 'ppn009' | 'ppn0223' | 'officialList';

export const GUIDANCE_URLS: Record<Exclude<GuidanceSource, 'officialList'>, string> = {
  iasc2021: 'https://www.antislaverycommissioner.co.uk/resources/',
  ppn009: 'https://www.gov.uk/government/publications/ppn-009-tackling-modern-slavery-in-government-supply-chains',
  ppn0223: 'https://www.gov.uk/government/publications/ppn-0223-tackling-modern-slavery-in-government-supply-chains',
};

export const OFFICIAL_LIST_URLS = {
  cbp: 'https://www.cbp.gov/trade/forced-labor/withhold-release-orders-and-findings',
  dhs: 'https://www.dhs.gov/uflpa-entity-list',
} as const;

export interface RecommendedAction {
  /** Message key of the action's text. */
  key: string;
  source: GuidanceSource;
}

export function officialListUrl(record: ListRecord): string {
  return record.kind === 'uflpa' ? OFFICIAL_LIST_URLS.dhs : OFFICIAL_LIST_URLS.cbp;
}

/**
 * The actions for one record, most pressing first. Status comes first because it changes how much
 * the rest matters: a lifted order is lower priority, an unknown status must be checked.
 */
export function recommendedActions(record: ListRecord): RecommendedAction[] {
  const actions: RecommendedAction[] = [];
  const inForce = record.status === 'active' || record.status === 'unknown';
  if (record.status === 'unknown') actions.push({ key: 'actionStatusUnknown', source: 'officialList' });
  if (record.status !== 'active' && record.status !== 'unknown') {
    actions.push({ key: 'actionLiftedConfirm', source: 'officialList' });
  }
  if (record.kind === 'region') {
    actions.push({ key: 'actionRegionTraceability', source: 'ppn009' });
  } else if (record.kind === 'vessel') {
    actions.push({ key: 'actionVesselCatch', source: 'ppn009' });
  } else {
    actions.push({ key: 'actionVerifyManufacturer', source: 'iasc2021' });
    actions.push({ key: 'actionAskSupplyChainMap', source: 'ppn009' });
  }
  if (record.downstream) actions.push({ key: 'actionDownstream', source: 'iasc2021' });
  if (inForce) {
    actions.push({ key: 'actionExistingContracts', source: 'iasc2021' });
    actions.push({ key: 'actionEnhancedDueDiligence', source: 'ppn009' });
    actions.push({ key: 'actionEscalate', source: 'ppn0223' });
    actions.push({ key: 'actionContractTerms', source: 'iasc2021' });
  }
  actions.push({ key: 'actionRecordDecision', source: 'ppn0223' });
  return actions;
}
