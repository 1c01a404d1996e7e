/**
 * What a record's absence from its source's latest download means, as a dated claim. CBP drops
 * modified and revoked orders from its file without saying which; DHS drops an entity from its page
 * when it removes it from the UFLPA Entity List; another feed simply stopped listing it. The claim
 * carries no words of its own: `claimNote` says what it means as a message, worded by each page in
 * its language (claims stored with an English note before keep showing it).
 */
import { OFFICIAL_LIST_URLS } from '../actions';
import { STATUS_KEYS } from '../labels';
import { msg, type Text } from '../message';
import type { ListRecord, StatusClaim } from '../record';
import type { ListFormat } from './types';

export function withdrawalClaim(format: ListFormat, day: string, lastKnown: ListRecord): StatusClaim {
  const sourceUrl =
    format === 'cbp-csv' ? OFFICIAL_LIST_URLS.cbp : format === 'dhs-uflpa-html' ? OFFICIAL_LIST_URLS.dhs : (lastKnown.sources[0]?.url ?? '');
  return { status: 'delisted', effective: day, asOf: day, sourceUrl, note: '' };
}

/** Which list a withdrawn record is no longer on: CBP's, the UFLPA Entity List, or its source's file. */
export type WithdrawnFrom = 'cbp' | 'dhs' | 'source';

function withdrawnBy(claim: StatusClaim | undefined): WithdrawnFrom {
  if (claim?.sourceUrl === OFFICIAL_LIST_URLS.cbp) return 'cbp';
  if (claim?.sourceUrl === OFFICIAL_LIST_URLS.dhs) return 'dhs';
  return 'source';
}

/** Where a withdrawn record no longer is, for the admin's list of changes ("on CBP's list"). */
export function withdrawnFrom(record: ListRecord): WithdrawnFrom {
  return withdrawnBy(record.statusHistory.find((c) => c.status === 'delisted'));
}

/**
 * A claim's note as people read it: the source's own words, or, for a withdrawal the extension
 * recorded, what the absence means and the record's last known status before it.
 */
export function claimNote(record: ListRecord, claim: StatusClaim): Text {
  if (claim.note || claim.status !== 'delisted') return claim.note;
  const at = record.statusHistory.indexOf(claim);
  const before = record.statusHistory.slice(at + 1).find((c) => c.status !== 'delisted');
  const status = before && msg(STATUS_KEYS[before.status]);
  const last = !status ? '' : before.effective ? msg('lastKnownStatusDated', status, before.effective) : msg('lastKnownStatus', status);
  const day = claim.effective ?? claim.asOf ?? '';
  const from = withdrawnBy(claim);
  if (from !== 'source') return msg(from === 'cbp' ? 'withdrawnCbp' : 'withdrawnDhs', day, last);
  const label = record.sources.find((s) => s.url === claim.sourceUrl)?.label;
  return label ? msg('withdrawnFeed', label, day, last) : msg('withdrawnSourceFile', day, last);
}

/** The note on a record's current status (`statusNote`, or what its latest claim means). */
export function statusNoteOf(record: ListRecord): Text {
  const current = record.statusHistory[0];
  return record.statusNote || (current ? claimNote(record, current) : '');
}
