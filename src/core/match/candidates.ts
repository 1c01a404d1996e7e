/**
 * The single pass over a text's tokens: vocabulary ids by hash, near-miss correction, automaton
 * steps; then the legal forms that follow each candidate name.
 */
import { FIRST_UPPER, HASH_MASK, IDEO_TOKEN, LEN_MASK, tokenText, type TokenStream } from '../text/tokenize';
import { atFieldEnd, wrappedAt } from './field-end';
import { headOf, spelledAs, tokenEquals, type InnerSlot, type Runtime } from './runtime';
import { MIN_TYPO_LENGTH, editDistance } from './typo';

const TYPO_CACHE_SIZE = 20_000;
/** Gap (characters) allowed between a name and its legal form, and inside a legal form ("Co., Ltd."). */
const LEGAL_GAP = 3;

export interface Candidate {
  group: number;
  a: number;
  b: number;
  /** Token index just after the name and any legal forms that follow it. */
  end: number;
  legalFrom: number;
  typo: number;
}

/** Vocabulary id of token `i` by hash, checking the text only where two vocabulary tokens share a hash. */
function lookupToken(rt: Runtime, text: string, s: TokenStream, i: number, h: number): number {
  const { slots, mask } = rt.vocabTable;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const stored = slots[slot * 2 + 1]!;
    if (stored === 0) return -1;
    if (slots[slot * 2] !== h) continue;
    if (stored > 0) return stored - 1;
    if (tokenEquals(text, s, i, rt.vocabTable.words[slot]!, rt.fold)) return -stored - 1;
  }
}

/** A capitalised word the vocabulary lacks, read as a near miss of a name word where that is plausible. */
function correctTypo(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, typo: Uint8Array, i: number): { target: number; distance: number } | null {
  const info = s.info[i]!;
  const len = info & LEN_MASK;
  if ((info & FIRST_UPPER) === 0 || len > rt.maxTypoLength || (info & IDEO_TOKEN) !== 0) return null;
  if (len < CUT_LENGTH) {
    // A column's last letters ("SEINE PRINTING T", "LINGLONG INTERNATIONAL EUR  "): only after two
    // words of a name written exactly, at a field's end.
    const cut = i > 1 && typo[i - 1] === 0 && typo[i - 2] === 0 && ids[i - 2]! >= 0 ? cutWord(rt, text, s, ids, i) : -1;
    return cut >= 0 ? { target: cut, distance: 1 } : null;
  }
  // Both read the word after a name word: most capitalised page words follow none.
  if (i > 0 && ids[i - 1]! >= 0) {
    const cut = cutWord(rt, text, s, ids, i);
    if (cut >= 0) return { target: cut, distance: 1 };
    // Words of a name around it say best what it is ("Meixing" there is "Meixin", not "Meiling").
    const inner = innerTypo(rt, text, s, ids, typo, i, len < MIN_TYPO_LENGTH);
    if (inner) return inner;
  }
  if (len < MIN_TYPO_LENGTH) return null;
  // Most capitalised page words begin as no name word does: ruled out with one look-up.
  if (!rt.typo.heads.has(headOf(text, s, i))) return null;
  // A misspelt word completes a name only next to a word of a longer name or before a legal form
  // ("Supermx Corporation Bhd"), unless it is long enough to be a one-word name itself
  // ("Brigthway"): most capitalised page words are none of these.
  if (len < 8) {
    const prev = i > 0 ? ids[i - 1]! : -1;
    const next = i + 1 < s.count ? lookupToken(rt, text, s, i + 1, s.hash[i + 1]! & HASH_MASK) : -1;
    // A legal form right after it, a space between ("Hoshino, K." is an author and an initial).
    const legalNext = next >= 0 && rt.legalTokens.has(next) && s.start[i + 1]! - s.end[i]! === 1 && text.charCodeAt(s.end[i]!) === 32;
    // Or before goods ("Supermx gloves"): the goods must then be the firm's own for the name to be read (decide).
    if (!(prev >= 0 && rt.typoNeighbours[prev]) && !(next >= 0 && (rt.typoNeighbours[next] || rt.productWords.has(next))) && !legalNext) return null;
  }
  const near = nearMissOf(rt, (s.hash[i]! & HASH_MASK) * 256 + len, () => tokenText(text, s, i, rt.fold));
  if (near) return near;
  // Only where no near miss is: a scan's "rn" for "m" is two edits, more than a short word is allowed.
  const joined = misreadRn(rt, text, s, i);
  return joined >= 0 ? { target: joined, distance: 1 } : null;
}

/** Shortest piece of a word read as the word cut at a field's end ("HAIR ACCE,"). */
const CUT_LENGTH = 4;
/**
 * A misspelt word after a word of a name written exactly, with another word of that name written
 * exactly before or after it ("Lop County Meixing Hair", "Shanghai Select Safty Products"): the word
 * of a name those neighbours surround, one edit from it, or null. Any word of a name but its first
 * may be the misspelt one, generic words too: its neighbours say which name it is. Its first two
 * letters are the word's, as for any near miss: the payload's real words (`realWords`) are those
 * near a name word's letters so begun, and a real word is never read as a misspelling ("Instruction"
 * after "Xinjiang Production and").
 */
function innerTypo(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, typo: Uint8Array, i: number, short: boolean,
): { target: number; distance: number } | null {
  // Most capitalised words the vocabulary lacks follow no word of a name: one look-up rules them out.
  const p1 = i > 0 && typo[i - 1] === 0 ? ids[i - 1]! : -1;
  if (p1 < 0) return null;
  const slot = (rt.innerSlots ??= innerSlotsOf(rt)).get(p1);
  if (!slot) return null;
  const p2 = i > 1 && typo[i - 2] === 0 ? ids[i - 2]! : -1;
  const n1 = i + 1 < s.count ? lookupToken(rt, text, s, i + 1, s.hash[i + 1]! & HASH_MASK) : -1;
  const inner = n1 >= 0 ? slot.before.get(n1) : undefined;
  // A word of four letters only between two of its name's words: "Xinjiang Dago New Energy".
  const beforeLegal = !short && n1 >= 0 && rt.legalTokens.has(n1) ? slot.last : undefined;
  const last = !short && p2 >= 0 ? slot.after.get(p2) : undefined;
  if (!inner && !beforeLegal && !last) return null;
  const written = tokenText(text, s, i, rt.fold);
  if (rt.realWords.has(written)) return null;
  // Descriptors written more than one way are compiled in the singular ("accessory"): against them,
  // "Accesories" is read as "accesory" too, unless that is a word already ("Labours": "labour").
  const singular = written.endsWith('ies') ? `${written.slice(0, -3)}y` : written.endsWith('s') ? written.slice(0, -1) : written;
  const plural = singular !== written && !rt.realWords.has(singular) && !rt.vocabIds.has(singular) && !rt.spellingIds.has(singular);
  let best: { target: number; distance: number } | null = null;
  let tie = false;
  for (const words of [inner, beforeLegal, last]) {
    for (const t of words ?? []) {
      const word = rt.p.vocab[t]!;
      if (word.charCodeAt(0) !== written.charCodeAt(0) || word.charCodeAt(1) !== written.charCodeAt(1)) continue;
      const d = Math.min(editDistance(written, word, 1), plural && rt.spellingsOf.has(t) ? editDistance(singular, word, 1) : 2);
      if (d > 1 || (best && d > best.distance)) continue;
      tie = best !== null && d === best.distance && best.target !== t;
      if (!best || d < best.distance) best = { target: t, distance: d };
    }
  }
  return tie ? null : best;
}

/** Each word of a name of two words or more but its first (five letters or more; four between two others), by the word before it. */
function innerSlotsOf(rt: Runtime): Map<number, InnerSlot> {
  const out = new Map<number, InnerSlot>();
  const add = (list: number[], t: number): void => {
    if (!list.includes(t)) list.push(t);
  };
  const listIn = (map: Map<number, number[]>, key: number): number[] => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  };
  for (const [g, [tokens]] of rt.p.groups.entries()) {
    if (rt.respeltOnly[g]) continue;
    const n = tokens.length;
    for (let k = 1; k < n; k++) {
      const t = tokens[k]!;
      const letters = /^\p{L}+$/u.test(rt.p.vocab[t]!) ? rt.p.vocab[t]!.length : 0;
      if (letters < (k < n - 1 ? CUT_LENGTH : MIN_TYPO_LENGTH) || rt.legalTokens.has(t)) continue;
      const prev = tokens[k - 1]!;
      let slot = out.get(prev);
      if (!slot) out.set(prev, (slot = { before: new Map(), after: new Map(), last: [] }));
      if (k < n - 1) add(listIn(slot.before, tokens[k + 1]!), t);
      else add(slot.last, t);
      if (k === n - 1 && k >= 2) add(listIn(slot.after, tokens[k - 2]!), t);
    }
  }
  return out;
}

/**
 * A scan's "rn" for "m" ("Kingtorn", "Magnesiurn"): the name word it reads as, or -1. Read as a
 * misspelling, a possible match; only a word the vocabulary holds once "rn" is read as "m".
 */
function misreadRn(rt: Runtime, text: string, s: TokenStream, i: number): number {
  const from = s.start[i]!, to = s.end[i]!;
  // Looked at as written first: most words have no "rn", and need no string made of them.
  let found = false;
  for (let k = from + 1; k < to && !found; k++) found = (text.charCodeAt(k) | 32) === 110 && (text.charCodeAt(k - 1) | 32) === 114;
  if (!found) return -1;
  const id = rt.vocabIds.get(text.slice(from, to).toLowerCase().replace(/rn/g, 'm'));
  return id === undefined ? -1 : id;
}

/**
 * A name word cut short at a field's end right after the word before it in that name ("ZHUHAI PANTUM
 * ELECTRO," as a card network prints a merchant), or after that word and the name's "&" ("Hongchang
 * Fruits & Vegeta"): the one word it begins, or -1. Read as a misspelling, which `cutAtField` then
 * reads as the name cut at the field.
 */
function cutWord(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, i: number): number {
  const prev = i > 0 ? ids[i - 1]! : -1;
  const joined = prev >= 0 && i > 1 && ids[i - 2]! >= 0 && rt.typoNeighbours[ids[i - 2]!] === 1 && rt.p.vocab[prev] === 'and';
  if (prev < 0 || (!rt.typoNeighbours[prev] && !joined)) return -1;
  const next = (rt.nextWords ??= nextWordsOf(rt)).get(prev);
  if (!next) return -1;
  const written = text.slice(s.start[i]!, s.end[i]!).toLowerCase();
  let found = -1;
  for (const t of next) {
    const word = rt.p.vocab[t]!;
    if (word.length <= written.length || !word.startsWith(written)) continue;
    if (found >= 0 && found !== t) return -1;
    found = t;
  }
  // Looked for last: a field's end may mean reading the lines around for a column.
  return found >= 0 && atFieldEnd(text, s.end[i]!) ? found : -1;
}

/** Per name word, the words of six letters or more that follow it in a name (repeats kept: one pass, no search). */
function nextWordsOf(rt: Runtime): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const { vocab } = rt.p;
  for (const [g, [tokens]] of rt.p.groups.entries()) {
    if (rt.respeltOnly[g]) continue;
    for (let k = 0; k + 1 < tokens.length; k++) {
      const next = tokens[k + 1]!;
      if (vocab[next]!.length < 6) continue;
      const list = out.get(tokens[k]!);
      if (list) list.push(next);
      else out.set(tokens[k]!, [next]);
    }
  }
  return out;
}

/** A 0 or 1 in a word after its first letter ("L0P", "MEIX1N"): what a scan makes of O, I and L. */
function hasScanDigit(text: string, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 48 || c === 49) return true;
  }
  return false;
}

/**
 * The name word a folded `word` is a near miss of, or null. Pages repeat their proper nouns: each
 * is looked up once, keyed by its hash and length (`key`: masked FNV-1a × 256 + length).
 */
export function nearMissOf(rt: Runtime, key: number, word: () => string): { target: number; distance: number } | null {
  let hit = rt.typoCache.get(key);
  if (hit === undefined) {
    const folded = word();
    // A name word's other spelling ("textiles" for "textile") is read as that word, never as a near
    // miss: the pre-filter would otherwise pass every block with "Textiles" in it.
    hit = rt.realWords.has(folded) || rt.spellingIds.has(folded) ? null : rt.typo.lookup(folded);
    if (rt.typoCache.size >= TYPO_CACHE_SIZE) rt.typoCache.clear();
    rt.typoCache.set(key, hit);
  }
  return hit;
}

/**
 * The single pass: each token's vocabulary id by hash, then one automaton step. Token text is
 * compared with the vocabulary only for the tokens of a candidate (a hash match elsewhere costs nothing).
 */
export function findCandidates(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, typo: Uint8Array): Candidate[] {
  const { automaton } = rt;
  const { slots, mask } = rt.vocabTable;
  const { hash: hashes, info: infos, count } = s;
  // Local copies: V8 re-reads module-level bindings at every use; this loop runs once per page word.
  const hashMask = HASH_MASK, firstUpper = FIRST_UPPER;
  const candidates: Candidate[] = [];
  rt.scanDigits = false;
  rt.orderWordSeen = false;
  const orderWord = rt.goodsOrOrderWord;
  let state = 0;
  for (let i = 0; i < count; i++) {
    const h = hashes[i]! & hashMask;
    // Most page words miss the vocabulary: their first probe finds an empty slot.
    let id = slots[(h & mask) * 2 + 1] === 0 ? -1 : lookupToken(rt, text, s, i, h);
    typo[i] = 0;
    // Only a capitalised word is ever read as a typo.
    if (id < 0 && (infos[i]! & firstUpper) !== 0) {
      if (!rt.scanDigits && hasScanDigit(text, s.start[i]!, s.end[i]!)) rt.scanDigits = true;
      const hit = correctTypo(rt, text, s, ids, typo, i);
      if (hit) {
        id = hit.target;
        typo[i] = hit.distance;
      }
    } else if (id >= 0 && rt.looseSpelled[id] === 1 && !tokenEquals(text, s, i, rt.p.vocab[id]!, rt.fold)) {
      typo[i] = 1;
    }
    ids[i] = id;
    if (id < 0) {
      state = 0;
      continue;
    }
    if ((orderWord[id]! & 2) !== 0) rt.orderWordSeen = true;
    state = automaton.step(state, id);
    const out = automaton.outputs[state];
    if (out === undefined) {
      // A name cut short at a field inside one of its words, more of it cut off after ("QINGDAO VITAL
      // NUTRACEUTICAL INGREDI" for "… Ingredients BioScience"): where one name only goes on from here.
      if (typo[i] !== 0 && i > 0) {
        const g = oneFirmAfter(rt, automaton.groupsAfter[state]);
        if (g >= 0 && cutInside(rt, text, s, id, i)) {
          const a = i - automaton.depths[state]! + 1;
          if (a >= 0 && a < i && genuineRun(rt, text, s, ids, typo, a, i)) candidates.push({ group: g, a, b: i, end: i + 1, legalFrom: i + 1, typo: typo[i]! });
        }
      }
      continue;
    }
    for (const g of out) {
      const a = i - automaton.lengths[g]! + 1;
      let typoSum = 0;
      for (let k = a; k <= i; k++) typoSum += typo[k]!;
      if (genuineRun(rt, text, s, ids, typo, a, i)) candidates.push({ group: g, a, b: i, end: i + 1, legalFrom: i + 1, typo: typoSum });
    }
  }
  return candidates;
}

/** Tokens a..b read as a name: each written as its word (or read as a misspelling), no sentence ending between. */
function genuineRun(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, typo: Uint8Array, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (typo[k] === 0 && !spelledAs(rt, text, s, k, ids[k]!)) return false;
    if (k > a && sentenceEndBetween(text, s, k - 1, k)) return false;
  }
  return true;
}

/** Of the names that go on from a state, one not respelt, where all name the same records; or -1. */
function oneFirmAfter(rt: Runtime, groups: readonly number[] | undefined): number {
  if (!groups) return -1;
  const records = rt.groupRecords[groups[0]!]!;
  let best = -1;
  for (const g of groups) {
    const theirs = rt.groupRecords[g]!;
    if (theirs.length !== records.length || theirs.some((r) => !records.includes(r))) return -1;
    if (best < 0 && rt.respeltOnly[g] === 0) best = g;
  }
  return best;
}

/** Token `i`, read as word `id`, is that word's beginning at a field's end: a column's cut, not a misspelling. */
function cutInside(rt: Runtime, text: string, s: TokenStream, id: number, i: number): boolean {
  const written = text.slice(s.start[i]!, s.end[i]!).toLowerCase();
  const word = rt.p.vocab[id]!;
  return word.length > written.length && word.startsWith(written) && atFieldEnd(text, s.end[i]!);
}

/**
 * Words that may begin one of the page's terms (the short names of the firms it named, the terms it
 * defined): with a first-word bit set in `pageWords` (in lower case too: typed notes write "tongbao").
 * A pass of its own, made only on a page that has named a firm or defined a term.
 */
export function termStarts(s: TokenStream, pageWords: Uint8Array): number[] {
  const { hash, count } = s;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const h = hash[i]! & HASH_MASK;
    const at = (h >>> 3) & 0x1fff;
    if ((pageWords[at]! & (1 << (h & 7))) !== 0) out.push(i);
  }
  return out;
}

/**
 * A sentence ends between tokens `left` and `right`: a full stop, question or exclamation mark or
 * semicolon and a space after a word of five letters or more ("… from Xinjiang. Daqo is …"), where
 * no abbreviation ("No.", "Mfg.", "Intl.") ends. A name's own commas and brackets are not ends.
 */
function sentenceEndBetween(text: string, s: TokenStream, left: number, right: number): boolean {
  const from = s.end[left]!;
  if (s.start[right]! - from < 2 || (s.info[left]! & LEN_MASK) < 5) return false;
  const c = text.charCodeAt(from);
  if (c !== 46 && c !== 63 && c !== 33 && c !== 59) return false;
  const next = text.charCodeAt(from + 1);
  return next === 32 || next === 10 || next === 13 || next === 9;
}

export function gapOk(text: string, s: TokenStream, left: number, right: number, maxGap: number, acrossWrap = false): boolean {
  const from = s.end[left]!;
  const to = s.start[right]!;
  if (to - from > maxGap) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10 && !(acrossWrap && wrappedAt(text, k))) return false;
  return true;
}

/** "Bhd. A company we use": one letter after a full stop, before a word in lower case, begins a sentence. */
function sentenceArticle(text: string, s: TokenStream, k: number): boolean {
  return s.end[k]! - s.start[k]! === 1 && /\.\s/.test(text.slice(s.end[k - 1]!, s.start[k]!)) && /^\s+\p{Ll}/u.test(text.slice(s.end[k]!, s.end[k]! + 3));
}

/** Index after the legal forms that follow token `b` ("Sdn. Bhd.", "Co., Ltd.", 股份有限公司), greedily. */
export function consumeLegal(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, b: number): number {
  let pos = b + 1;
  for (;;) {
    let state = 0;
    let best = -1;
    for (let k = pos; k < s.count; k++) {
      const t = ids[k]!;
      // A legal form goes on after a paragraph's wrap ("COFCO Sugar⏎Holdings"), not after a cell's or a list item's end.
      if (t < 0 || !rt.legalTokens.has(t) || !gapOk(text, s, k - 1, k, LEGAL_GAP, true)) break;
      if (!spelledAs(rt, text, s, k, t) || sentenceArticle(text, s, k)) break;
      state = rt.legal.step(state, t);
      // Only a form read from `pos` counts: the automaton's failure links would end "Ltd" in "Trading Ltd" too.
      if (state === 0 || rt.legalDepth.get(state) !== k - pos + 1) break;
      if (rt.legalEnds.has(state)) best = k + 1;
    }
    if (best < 0) return pos;
    pos = best;
  }
}
