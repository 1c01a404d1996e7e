/**
 * Where a listed firm's name ends and another firm's begins: the words a page writes after a listed
 * name ("Brightway Logistics", "Kuitun Jinfu Garment Co., Ltd.", "Xinya Group"), and the listed
 * firm's own words misspelt after it ("Supermax Corporaton Bhd").
 */
import { FIRST_UPPER, tokenHasLower, tokenText, type TokenStream } from '../text/tokenize';
import { consumeLegal, type Candidate } from './candidates';
import type { Runtime } from './runtime';
import { MIN_TYPO_LENGTH, allowedEdits, deletions, editDistance } from './typo';

/** Whether a single space separates token `k` from the one before: one name's words (a comma, a bracket or a line starts something else). */
export function oneSpaceBefore(text: string, s: TokenStream, k: number): boolean {
  return s.start[k]! - s.end[k - 1]! === 1 && text.charCodeAt(s.end[k - 1]!) === 32;
}

/** After a short name, what it is: the brand ("LAGLOVE BRAND"), not another firm's trade or a longer name. */
export const BRAND_WORDS: ReadonlySet<string> = new Set(['brand', 'brands', 'branded']);
/** A model's code after a word: letters and at least two digits ("HP010", "225/65R17"), not a year or a pack's "20s". */
export const MODEL_CODE_AFTER = /^ (?=[A-Za-z0-9/-]*\d\d)(?=[A-Za-z0-9/-]*[A-Za-z/])[A-Za-z0-9/-]{4,}(?:\s|$)/;

/** Descriptors that say what a product is like, not what a firm does. */
const QUALITY_WORDS: ReadonlySet<string> = new Set(['blue', 'green', 'eco', 'clean', 'safe', 'smart', 'top', 'best', 'premium', 'pro', 'plus', 'max', 'mega', 'ultra', 'super', 'select', 'protective']);

/** A product line's word after a brand of two words or more ("HY Solar Max"): the firm's goods, not another firm. */
export const MODEL_WORDS: ReadonlySet<string> = new Set(['max', 'pro', 'plus', 'ultra', 'mini', 'lite', 'series']);

/**
 * The name begins another firm's: capitalised words follow it on its line up to a legal form, at
 * least one of them not a word of the record's names or products ("Brightway Cleaning & Janitorial
 * Ltd", "Kuitun Jinfu Garment Co., Ltd.", "Green Prospect Facilities Ltd"); or a group's form follows
 * it that none of its names has ("Xinya Group"); or, after a one-word name, a word for what another
 * firm does ("Brightway Logistics"). A listed name with a legal form ("Top Glove Sdn Bhd", "Hoshine
 * Silicon Co., Ltd.") is not. One check for all of these, in one pass over the words after the name.
 */
export function beginsAnotherFirm(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, c: Candidate, entryIdx: readonly number[], records: number[], short: boolean,
): boolean {
  // No closures here: this runs for most candidates, and the CLI's tsx (keepNames) names each closure made.
  const next = c.end;
  if (next < s.count && oneSpaceBefore(text, s, next) && (s.info[next]! & FIRST_UPPER) !== 0 && groupForm(rt, ids[next]!, entryIdx, records)) return true;
  if (short && next < s.count && placeInBrackets(rt, text, s, ids, next, records)) return true;
  let foreign = false;
  // A one-word, short or weak name, or one of dictionary words, followed by two capitalised words, one
  // of them what another firm does and not the listed firm's goods ("Brightway Medical Supplies",
  // "Junggar Trading Post", "Green Prospect Housing Association"), is that firm's name even with no
  // legal form; a headline's words ("Supermax Shares Fall") are not.
  let words = 0;
  let otherTrade = false;
  let ownGoods = false;
  for (let k = next; k < s.count && k < next + 5; k++) {
    if (k > next && bracketedPlace(text, s, k)) k++;
    else if (!oneSpaceBefore(text, s, k)) break;
    const t = ids[k]!;
    const capital = (s.info[k]! & FIRST_UPPER) !== 0;
    const word = capital ? tokenText(text, s, k, rt.fold) : '';
    // A one-word name and what another firm does, right after it: "Brightway Logistics"; not a model
    // line's name hyphened to another word before its code ("Linglong Green-Max HP010").
    if (k === next && c.a === c.b && capital && rt.descriptors.has(word) && !ownWord(rt, t, records) && !BRAND_WORDS.has(word)
      && !(text.charCodeAt(s.end[k]!) === 45 && k + 1 < s.count && MODEL_CODE_AFTER.test(text.slice(s.end[k + 1]!, s.end[k + 1]! + 24)))) return true;
    if (t >= 0 && rt.legalTokens.has(t) && consumeLegal(rt, text, s, ids, k - 1) > k) return foreign;
    if (text.charCodeAt(s.start[k]!) === 38) continue;
    if (!capital) break;
    words++;
    const name = nameWord(rt, t, records);
    const goods = productWord(rt, t, records);
    // After the firm's own goods, a colour or a quality is the product's: "SUPERMAX Nitrile Glove PF Blue".
    if (!name && rt.descriptors.has(word) && !goods && !(ownGoods && QUALITY_WORDS.has(word))) otherTrade = true;
    if (goods) ownGoods = true;
    // A word of its own name or a legal form misspelt ("Hetian Taida Aparel", "Supermax Coporation
    // Berhad") is the firm's own, not another firm's. Up to a legal form, the firm's goods are
    // another firm's words too ("Green Prospect Medical Ltd").
    if (!name && !(t < 0 && misspeltOwn(rt, word, records))) foreign = true;
  }
  return short && words >= 2 && otherTrade;
}

function nameWord(rt: Runtime, t: number, records: readonly number[]): boolean {
  return t >= 0 && records.some((r) => rt.nameTokens[r]!.has(t));
}

function productWord(rt: Runtime, t: number, records: readonly number[]): boolean {
  return t >= 0 && records.some((r) => rt.products[r]!.has(t));
}

function ownWord(rt: Runtime, t: number, records: readonly number[]): boolean {
  return nameWord(rt, t, records) || productWord(rt, t, records);
}

/** A group's form none of the firm's names or entries has ("Xinya Group"). */
function groupForm(rt: Runtime, t: number, entryIdx: readonly number[], records: readonly number[]): boolean {
  return rt.groupWords.has(t) && !ownWord(rt, t, records) && !entryIdx.some((e) => rt.p.entries[e]![3].includes(t));
}

/** A place in brackets inside another firm's name: "Brightway Wenzhou (Ningbo) Co., Ltd.". */
function bracketedPlace(text: string, s: TokenStream, k: number): boolean {
  return k + 1 < s.count && (s.info[k]! & FIRST_UPPER) !== 0
    && text.slice(s.end[k - 1]!, s.start[k]!) === ' (' && text.slice(s.end[k]!, s.start[k + 1]!) === ') ';
}

/** Per matcher: the legal forms' words of six letters or more, and the words already compared (pages repeat their words). */
const misspeltMemo = new WeakMap<Runtime, { legal: string[]; seen: Map<string, boolean> }>();

/**
 * Whether `word` is a misspelt word of the records' names or of a legal form. Loosely (`strict`
 * false: six letters or more, two edits) to tell a firm's own words from another firm's; strictly
 * to read a misspelling, as near misses are read: not a dictionary word, the edits a word's length allows.
 */
function misspeltOwn(rt: Runtime, word: string, records: readonly number[], strict = false): boolean {
  if (strict ? word.length < MIN_TYPO_LENGTH || rt.realWords.has(word) : word.length < 6) return false;
  let memo = misspeltMemo.get(rt);
  if (!memo) {
    const legal = [...rt.legalTokens].map((t) => rt.p.vocab[t]!).filter((w) => w.length >= MIN_TYPO_LENGTH);
    misspeltMemo.set(rt, (memo = { legal, seen: new Map() }));
  }
  const key = `${strict ? 1 : 0}|${word}|${records.join(',')}`;
  let known = memo.seen.get(key);
  if (known === undefined) {
    // Strictly, as the typo index reads near misses: the words share a one-letter deletion.
    const mine = strict ? new Set(deletions(word)) : null;
    // Name words are kept in the singular ("accessory"): "ACCESORIES" is compared as "accesory" too.
    const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;
    const nearSingular = (other: string): boolean => singular !== word && !rt.realWords.has(singular) && other.length >= MIN_TYPO_LENGTH && editDistance(singular, other, 1) <= 1;
    const near = (other: string): boolean => {
      const max = strict ? Math.min(allowedEdits(word.length), allowedEdits(other.length)) : 2;
      return other.length >= (strict ? MIN_TYPO_LENGTH : 6) && Math.abs(other.length - word.length) <= max
        && (!mine || deletions(other).some((d) => mine.has(d))) && editDistance(word, other, max) <= max;
    };
    known = records.some((r) => { for (const t of rt.nameTokens[r]!) if (near(rt.p.vocab[t]!) || nearSingular(rt.p.vocab[t]!)) return true; return false; }) || memo.legal.some(near);
    if (memo.seen.size >= 10_000) memo.seen.clear();
    memo.seen.set(key, known);
  }
  return known;
}

/**
 * The listed firm's own words carried on after the name or its legal form, at least one misspelt, up
 * to a legal form ("Supermax Corporaton Bhd", "Supermax Corporation Berhard"): the candidate
 * stretched over them, each misspelt word counted as a typo, or null. A misspelt name is a prompt to
 * check, not a sure match.
 */
export function misspeltTail(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, c: Candidate, records: number[],
): Candidate | null {
  let end = c.end;
  let legalFrom = -1;
  let typos = 0;
  for (let k = c.end; k < s.count && k < c.end + 5 && oneSpaceBefore(text, s, k); k++) {
    const t = ids[k]!;
    if (t >= 0 && rt.legalTokens.has(t)) {
      const legalEnd = consumeLegal(rt, text, s, ids, k - 1);
      if (legalEnd > k) {
        legalFrom = k;
        end = legalEnd;
        break;
      }
    }
    if (text.charCodeAt(s.start[k]!) === 38) continue;
    if ((s.info[k]! & FIRST_UPPER) === 0) break;
    if (nameWord(rt, t, records)) end = k + 1;
    // A word the names or legal forms use elsewhere ("Shares", "Shanghai") is a word, not a misspelling.
    else if (t < 0 && misspeltOwn(rt, tokenText(text, s, k, rt.fold), records, true)) {
      typos++;
      end = k + 1;
    } else break;
  }
  // A legal form already read stays the mention's ("Supermax Corporation Berhard").
  return typos === 0 ? null : { ...c, end, legalFrom: legalFrom >= 0 ? legalFrom : Math.min(c.legalFrom, end), typo: typos };
}

/**
 * "Huafu (Vietnam) Co., Ltd.": after a short name, a place in brackets and a legal form make another
 * firm's full name; not where the bracket holds the listed firm's own words or a code ("Select
 * Protective Technology (HK) Ltd").
 */
function placeInBrackets(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, next: number, records: readonly number[],
): boolean {
  if (!/^\s*[(（]$/.test(text.slice(s.end[next - 1]!, s.start[next]!))) return false;
  for (let k = next; k < s.count - 1 && k < next + 3; k++) {
    // A code in capitals ("(HK)", "(M)") is part of a firm's own name, as in the list's.
    if (nameWord(rt, ids[k]!, records) || !tokenHasLower(text, s, k)) return false;
    if (!/^[)）]\s*$/.test(text.slice(s.end[k]!, s.start[k + 1]!))) continue;
    const t = ids[k + 1]!;
    return t >= 0 && rt.legalTokens.has(t) && consumeLegal(rt, text, s, ids, k) > k + 1;
  }
  return false;
}

