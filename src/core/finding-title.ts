/**
 * A finding's heading: the name that matched and what it is ("Maxter Glove Manufacturing Sdn.
 * Bhd." and "subsidiary named in the WRO on Supermax Corporation Bhd."), so a buyer sees at once
 * which supplier is affected and through which listing.
 */
import { DIFF_KIND_KEYS } from './list/diff';
import type { MatchExplanation } from './match/types';
import { msg, type Message } from './message';
import type { RecordKind } from './record';

export interface FindingTitle {
  /** The name as it matched: the listed name, alias or subsidiary; the page's own short name. */
  name: string;
  /** What it is; null for the record's own name (the kind of listing says it then). */
  what: Message | null;
}

export function findingTitle(e: MatchExplanation, matchedText: string, recordName: string, kind: RecordKind): FindingTitle {
  const kindWord = msg(DIFF_KIND_KEYS[kind]);
  if (e.byPage) return { name: matchedText, what: msg('titleByPage', recordName) };
  if (e.brand) return { name: e.matchedName, what: msg('titleBrand', recordName) };
  switch (e.role) {
    case 'name':
      return { name: recordName, what: null };
    case 'subsidiary':
      return { name: e.matchedName, what: msg('titleSubsidiary', kindWord, recordName) };
    case 'alias':
      return { name: e.matchedName, what: msg('titleAlias', recordName, kindWord) };
    case 'former':
      return { name: e.matchedName, what: msg('titleFormer', recordName, kindWord) };
    case 'variant':
      return { name: e.matchedName, what: msg('titleVariant', recordName) };
    case 'brand':
      return { name: e.matchedName, what: msg('titleBrand', recordName) };
  }
}
