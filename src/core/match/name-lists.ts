/**
 * A name written as one item of a list of names: "Union Biotech, Kingherbs Ltd and Qingdao Vital
 * Nutraceutical: all added to the UFLPA Entity List", "WROs against Top Glove, Supermax and Smart
 * Glove". What the sentence says of the list it says of each item.
 */
import { FIRST_UPPER, IDEO_TOKEN, tokenIsDigits, type TokenStream } from '../text/tokenize';
import type { Runtime } from './runtime';

/** Items read on either side of a name; a list longer than this is a table, not a sentence. */
const MAX_TOKENS = 30;
/** Between two words of a list: a space, a comma or an ampersand (a full stop only after a legal form, "Ltd."). */
const JOIN = /^\s*[,&]?\s*$/;
const JOIN_AFTER_LEGAL = /^\.?\s*[,&]?\s*$/;

/**
 * The first and last tokens of the list of capitalised names that candidate tokens `a`..`end - 1`
 * stand in, or null when no comma, ampersand, "and" or "or" joins them to another name. Stops at an
 * order's word (returned as the list's edge: the order is said right there).
 */
export function listAround(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, a: number, end: number, word: (k: number) => string,
): { first: number; last: number } | null {
  let joined = false;
  const joins = (from: number, to: number, k: number): boolean => {
    const gap = text.slice(from, to);
    if (!(ids[k]! >= 0 && rt.legalTokens.has(ids[k]!) ? JOIN_AFTER_LEGAL : JOIN).test(gap)) return false;
    if (/[,&]/.test(gap)) joined = true;
    return true;
  };
  let last = end - 1;
  for (let k = end; k < s.count && k - end < MAX_TOKENS && joins(s.end[k - 1]!, s.start[k]!, k - 1); k++) {
    if (listWord(word(k))) joined = true;
    else if (nameWord(s, text, k)) last = k;
    else break;
    if (ids[k]! >= 0 && rt.restrictionWords.has(ids[k]!)) break;
  }
  let first = a;
  for (let k = a - 1; k >= 0 && a - k < MAX_TOKENS && joins(s.end[k]!, s.start[k + 1]!, k); k--) {
    if (listWord(word(k))) joined = true;
    else if (nameWord(s, text, k)) first = k;
    else break;
    if (ids[k]! >= 0 && rt.restrictionWords.has(ids[k]!)) break;
  }
  return joined && (first < a || last >= end) ? { first, last } : null;
}

function listWord(word: string): boolean {
  return word === 'and' || word === 'or';
}

function nameWord(s: TokenStream, text: string, k: number): boolean {
  return (s.info[k]! & (FIRST_UPPER | IDEO_TOKEN)) === FIRST_UPPER || tokenIsDigits(text, s, k);
}
