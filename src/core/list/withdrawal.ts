/**
 * What a record's absence from its source's latest download means, as a dated claim. CBP drops
 * modified and revoked orders from its file without saying which; DHS drops an entity from its page
 * when it removes it from the UFLPA Entity List; another feed simply stopped listing it.
 */
import { OFFICIAL_LIST_URLS } from '../actions';
import type { ListRecord, StatusClaim } from '../record';
import type { ListFormat } from './types';

export function withdrawalClaim(format: ListFormat, day: string, label: string, lastKnown: ListRecord): StatusClaim {
  const before = `Last known status: ${lastKnown.status}${lastKnown.statusDate ? ` (${lastKnown.statusDate})` : ''}.`;
  if (format === 'cbp-csv') {
    return {
      status: 'delisted', effective: day, asOf: day, sourceUrl: OFFICIAL_LIST_URLS.cbp,
      note: `No longer on CBP's Withhold Release Orders and Findings list since ${day}. CBP removes modified and revoked orders from its file, so this order was probably modified or revoked: check CBP's page. ${before}`,
    };
  }
  if (format === 'dhs-uflpa-html') {
    return {
      status: 'delisted', effective: day, asOf: day, sourceUrl: OFFICIAL_LIST_URLS.dhs,
      note: `Removed from the UFLPA Entity List: no longer on DHS's page since ${day}. ${before}`,
    };
  }
  return { status: 'delisted', effective: day, asOf: day, sourceUrl: lastKnown.sources[0]?.url ?? '', note: `No longer in ${label} since ${day}. ${before}` };
}

/** Where a withdrawn record no longer is, for the admin's list of changes ("on CBP's list"). */
export function withdrawnFrom(record: ListRecord): string {
  const claim = record.statusHistory.find((c) => c.status === 'delisted');
  if (claim?.sourceUrl === OFFICIAL_LIST_URLS.cbp) return "on CBP's list";
  if (claim?.sourceUrl === OFFICIAL_LIST_URLS.dhs) return 'on the UFLPA Entity List';
  return "in its source's file";
}
