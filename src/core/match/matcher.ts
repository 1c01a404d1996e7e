/**
 * The page scanner. One tokenising pass, one automaton pass over token ids, then a decision per
 * candidate from the text around it. Bundled into the content script: it imports only the tokeniser,
 * the automaton, the typo index and the explanation builder, never the compile-time tables.
 */
import { foldClass, expansionOf, EXPAND, AMP, IDEO } from '../text/fold';
import {
  FIRST_UPPER, HASH_MASK, IDEO_TOKEN, LEN_MASK, hashString, ideographFold, tokenHasLower, tokenIsDigits, tokenize,
  tokenText, type IdeographFold, type TokenStream,
} from '../text/tokenize';
import { buildAutomaton, type TokenAutomaton } from './automaton';
import { explain, type Support } from './explain';
import { ACRONYM, REGION, ROLES, VESSEL, WEAK, type MatcherPayload } from './payload';
import { MIN_TYPO_LENGTH, buildTypoIndex, type TypoIndex } from './typo';
import type { Finding } from './types';

export interface ScanOptions {
  /**
   * The text is one supplier-name field (a CSV cell, a form field), not running prose: a weak name
   * that fills the whole field ("Top Glove", "FGV") needs no further context.
   */
  nameField?: boolean;
}

export interface Matcher {
  /** Every mention of a listed record in `text`, in text order. Offsets are UTF-16 indices. */
  scan(text: string, options?: ScanOptions): Finding[];
}

/** Tokens either side searched for a product of the order (company names, then region orders). */
const PRODUCT_WINDOW = 6;
const REGION_PRODUCT_WINDOW = 5;
const LISTING_WINDOW = 4;
const VESSEL_WINDOW = 10;
const LOOKALIKE_WINDOW = 8;
/** Characters either side in which a surer mention of the same record supports a weak one. */
const RELATED_WINDOW = 500;
/** Acronyms are reused by everyone, so the surer mention must be closer ("FGV Holdings Berhad (FGV)"). */
const ACRONYM_RELATED_WINDOW = 200;
const TYPO_CACHE_SIZE = 20_000;
/** Gap (characters) allowed between a name and its legal form, and inside a legal form ("Co., Ltd."). */
const LEGAL_GAP = 3;

/** Next to a name, these show a namesake place or business ("Ninestar Hotel", "the restaurant Da Wang"). */
const NAMESAKE_WORDS = new Set(
  ('hotel hotels restaurant cafe bakery church school university college museum festival band street road avenue ' +
    'temple airport hospital clinic salon club bar pub').split(' '),
);

/** Capitalised words that may precede or follow a weak name without making it part of a longer name. */
const FUNCTION_WORDS = new Set(
  ('the a an and or of for from by with to in at on as is was are our their its about after before via vs ' +
    'including supplier suppliers vendor manufacturer maker buy contact').split(' '),
);

interface Candidate {
  group: number;
  a: number;
  b: number;
  /** Token index just after the name and any legal forms that follow it. */
  end: number;
  legalFrom: number;
  typo: number;
}

interface Accepted {
  c: Candidate;
  entry: number;
  score: number;
  supports: Support[];
  possible: boolean;
}

interface Runtime {
  p: MatcherPayload;
  fold: IdeographFold;
  vocabTable: VocabTable;
  automaton: TokenAutomaton;
  legal: TokenAutomaton;
  legalEnds: Set<number>;
  typo: TypoIndex;
  maxTypoLength: number;
  realWords: Set<string>;
  products: Array<Set<number>>;
  vesselWords: Set<number>;
  listingWords: Set<number>;
  lookalikes: Map<number, Set<number>>;
  legalTokens: Set<number>;
  /** Distinct record indices each group's entries belong to. */
  groupRecords: number[][];
  /** Per token: a word of a multi-word name, next to which a misspelt word is worth correcting. */
  typoNeighbours: Uint8Array;
  typoCache: Map<string, { target: number; distance: number } | null>;
}

/** Compares token `i`'s folded letters with `target` without allocating. */
function tokenEquals(text: string, s: TokenStream, i: number, target: string, fold: IdeographFold): boolean {
  const info = s.info[i]!;
  if ((info & IDEO_TOKEN) !== 0) {
    const c = text.charCodeAt(s.start[i]!);
    return target.length === 1 && (fold[c] || c) === target.charCodeAt(0);
  }
  const len = info & LEN_MASK;
  if (len < LEN_MASK && len !== target.length) return false;
  let k = 0;
  for (let j = s.start[i]!, e = s.end[i]!; j < e; j++) {
    const c = text.charCodeAt(j);
    const f = foldClass(c);
    if (f >= 0) {
      if (target.charCodeAt(k++) !== f) return false;
    } else if (f === EXPAND) {
      const exp = expansionOf(c);
      for (let x = 0; x < exp.length; x++) if (target.charCodeAt(k++) !== exp.charCodeAt(x)) return false;
    } else if (f === AMP) {
      return target === 'and';
    } else if (f === IDEO) {
      return false;
    }
  }
  return k === target.length;
}

/**
 * Open-addressing table from token hash to vocabulary id: [hash, id + 1] pairs, linear probing.
 * Most page words miss, and a miss here costs one or two array reads.
 */
interface VocabTable {
  slots: Int32Array;
  mask: number;
  /** Hashes two vocabulary tokens share: only these are checked against the text when looked up. */
  shared: Set<number>;
}

function buildVocabTable(vocab: readonly string[]): VocabTable {
  let size = 64;
  while (size < vocab.length * 4) size <<= 1;
  const slots = new Int32Array(size * 2);
  const mask = size - 1;
  const seen = new Set<number>();
  const shared = new Set<number>();
  vocab.forEach((t, id) => {
    const h = hashString(t);
    if (seen.has(h)) shared.add(h);
    seen.add(h);
    let slot = h & mask;
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = h;
    slots[slot * 2 + 1] = id + 1;
  });
  return { slots, mask, shared };
}

/** First two folded letters of token `i` (c0 << 16 | c1), matching the typo index's pre-filter. */
function headOf(text: string, s: TokenStream, i: number): number {
  let head = 0;
  let got = 0;
  for (let k = s.start[i]!; k < s.end[i]! && got < 2; k++) {
    const f = foldClass(text.charCodeAt(k));
    if (f >= 0) head |= got++ === 0 ? f << 16 : f;
    else if (f === EXPAND) return -1;
  }
  return head;
}

function typoNeighbours(p: MatcherPayload, legalTokens: Set<number>): Uint8Array {
  const out = new Uint8Array(p.vocab.length);
  for (const [tokens] of p.groups) {
    if (tokens.length < 2) continue;
    for (const t of tokens) if (p.vocab[t]!.length >= 4 && !legalTokens.has(t)) out[t] = 1;
  }
  return out;
}

function prepare(p: MatcherPayload): Runtime {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < p.fold.length; i += 2) pairs.push([p.fold.charCodeAt(i), p.fold.charCodeAt(i + 1)]);
  const fold = ideographFold(pairs);
  const legal = buildAutomaton(p.legal, p.vocab.length);
  const legalEnds = new Set<number>();
  const legalTokens = new Set<number>();
  for (const seq of p.legal) seq.forEach((t) => legalTokens.add(t));
  p.legal.forEach((seq) => {
    let state = 0;
    for (const t of seq) state = legal.step(state, t);
    legalEnds.add(state);
  });
  const targets = p.typoTargets.map((id) => ({ id, text: p.vocab[id]! }));
  return {
    p,
    fold,
    vocabTable: buildVocabTable(p.vocab),
    automaton: buildAutomaton(p.groups.map((g) => g[0]), p.vocab.length),
    legal,
    legalEnds,
    typo: buildTypoIndex(targets),
    maxTypoLength: targets.reduce((m, t) => Math.max(m, t.text.length), 0) + 2,
    realWords: new Set(p.realWords),
    products: p.products.map((ids) => new Set(ids)),
    vesselWords: new Set(p.vesselWords),
    listingWords: new Set(p.listingWords),
    lookalikes: new Map(p.lookalikes.map(([g, ids]) => [g, new Set(ids)])),
    legalTokens,
    groupRecords: p.groups.map(([, , entryIdx]) => [...new Set(entryIdx.map((e) => p.entries[e]![0]))]),
    typoNeighbours: typoNeighbours(p, legalTokens),
    typoCache: new Map(),
  };
}

/** Vocabulary id of each token (-1 when none), correcting long capitalised near-misses of name tokens. */
/** Vocabulary id of token `i` by hash, checking the text only where two vocabulary tokens share a hash. */
function lookupToken(rt: Runtime, text: string, s: TokenStream, i: number, h: number): number {
  const { slots, mask, shared } = rt.vocabTable;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const stored = slots[slot * 2 + 1]!;
    if (stored === 0) return -1;
    if (slots[slot * 2] !== h) continue;
    if (!shared.has(h) || tokenEquals(text, s, i, rt.p.vocab[stored - 1]!, rt.fold)) return stored - 1;
  }
}

/** A capitalised word the vocabulary lacks, read as a near miss of a name word where that is plausible. */
function correctTypo(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, i: number): { target: number; distance: number } | null {
  const info = s.info[i]!;
  const len = info & LEN_MASK;
  if ((info & FIRST_UPPER) === 0 || len < MIN_TYPO_LENGTH || len > rt.maxTypoLength || (info & IDEO_TOKEN) !== 0) return null;
  // A misspelt word completes a name only next to a word of a longer name, unless it is long enough
  // to be a one-word name itself ("Brigthway"): most capitalised page words are neither.
  if (len < 8) {
    const prev = i > 0 ? ids[i - 1]! : -1;
    const next = i + 1 < s.count ? lookupToken(rt, text, s, i + 1, s.hash[i + 1]! & HASH_MASK) : -1;
    if (!(prev >= 0 && rt.typoNeighbours[prev]) && !(next >= 0 && rt.typoNeighbours[next])) return null;
  }
  if (!rt.typo.heads.has(headOf(text, s, i))) return null;
  const word = tokenText(text, s, i, rt.fold);
  // Pages repeat their proper nouns; each is looked up once.
  let hit = rt.typoCache.get(word);
  if (hit === undefined) {
    hit = rt.realWords.has(word) ? null : rt.typo.lookup(word);
    if (rt.typoCache.size >= TYPO_CACHE_SIZE) rt.typoCache.clear();
    rt.typoCache.set(word, hit);
  }
  return hit;
}

/**
 * The single pass: each token's vocabulary id by hash, then one automaton step. Token text is
 * compared with the vocabulary only for the tokens of a candidate (a hash match elsewhere costs nothing).
 */
function findCandidates(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, typo: Uint8Array): Candidate[] {
  const { automaton, p, fold } = rt;
  const hashes = s.hash;
  const candidates: Candidate[] = [];
  let state = 0;
  for (let i = 0; i < s.count; i++) {
    let id = lookupToken(rt, text, s, i, hashes[i]! & HASH_MASK);
    if (id < 0) {
      const hit = correctTypo(rt, text, s, ids, i);
      if (hit) {
        id = hit.target;
        typo[i] = hit.distance;
      }
    }
    ids[i] = id;
    if (id < 0) {
      state = 0;
      continue;
    }
    state = automaton.step(state, id);
    const out = automaton.outputs[state];
    if (out === undefined) continue;
    for (const g of out) {
      const a = i - automaton.lengths[g]! + 1;
      let typoSum = 0;
      let genuine = true;
      for (let k = a; k <= i; k++) {
        typoSum += typo[k]!;
        if (typo[k] === 0 && !tokenEquals(text, s, k, p.vocab[ids[k]!]!, fold)) genuine = false;
      }
      if (genuine) candidates.push({ group: g, a, b: i, end: i + 1, legalFrom: i + 1, typo: typoSum });
    }
  }
  return candidates;
}

function gapOk(text: string, s: TokenStream, left: number, right: number, maxGap: number): boolean {
  const from = s.end[left]!;
  const to = s.start[right]!;
  if (to - from > maxGap) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return false;
  return true;
}

/** Index after the legal forms that follow token `b` ("Sdn. Bhd.", "Co., Ltd.", 股份有限公司), greedily. */
function consumeLegal(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, b: number): number {
  let pos = b + 1;
  for (;;) {
    let state = 0;
    let best = -1;
    for (let k = pos; k < s.count; k++) {
      const t = ids[k]!;
      if (t < 0 || !rt.legalTokens.has(t) || !gapOk(text, s, k - 1, k, LEGAL_GAP)) break;
      if (!tokenEquals(text, s, k, rt.p.vocab[t]!, rt.fold)) break;
      state = rt.legal.step(state, t);
      if (state === 0) break;
      if (rt.legalEnds.has(state)) best = k + 1;
    }
    if (best < 0) return pos;
    pos = best;
  }
}

export function loadMatcher(payload: MatcherPayload): Matcher {
  const rt = prepare(payload);
  let buffer: TokenStream | undefined;
  let idBuffer = new Int32Array(0);
  let typoBuffer = new Uint8Array(0);

  return {
    scan(text: string, options: ScanOptions = {}): Finding[] {
      const s = tokenize(text, rt.fold, buffer);
      buffer = s;
      // Reused between scans (content scripts scan many small texts); views sized to this text.
      if (idBuffer.length < s.count) {
        idBuffer = new Int32Array(s.start.length);
        typoBuffer = new Uint8Array(s.start.length);
      }
      const ids = idBuffer.subarray(0, s.count);
      const typo = typoBuffer.subarray(0, s.count);
      typo.fill(0);

      const candidates = findCandidates(rt, text, s, ids, typo);
      if (candidates.length === 0) return [];
      for (const c of candidates) c.end = consumeLegal(rt, text, s, ids, c.b);
      return decide(rt, text, s, ids, typo, candidates, options.nameField === true);
    },
  };
}

function decide(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, typo: Uint8Array, candidates: Candidate[], nameField: boolean,
): Finding[] {
  const { p } = rt;
  const tokenStr = (k: number): string => tokenText(text, s, k, rt.fold);
  const span = (from: number, to: number): string => text.slice(s.start[from]!, s.end[to - 1]!);

  const firstAccepted: Accepted[] = [];
  const pending: Array<Omit<Accepted, 'score' | 'possible'> & { flags: number }> = [];

  for (const c of candidates) {
    const [groupTokens, flags, entryIdx] = p.groups[c.group]!;
    const entry = chooseEntry(p, entryIdx, ids, c);
    const recordsOfGroup = rt.groupRecords[c.group]!;
    const supports: Support[] = [];

    // A look-alike word nearby (razor blades for Super-Max) rules a name out, however distinctive.
    const looks = rt.lookalikes.get(c.group);
    if (looks && findNear(ids, c.a, c.end, LOOKALIKE_WINDOW, (t) => looks.has(t)) >= 0) continue;

    if ((flags & REGION) === 0 && namesake(text, s, c, tokenStr)) continue;
    if ((flags & ACRONYM) !== 0 && definedAsOther(text, s.end[c.b]!)) continue;

    const hasLegal = c.end > c.legalFrom;
    if (hasLegal) supports.push({ kind: 'legal form', text: text.slice(s.start[c.legalFrom]!, mentionEnd(text, s, c)) });

    const productWindow = (flags & REGION) !== 0 ? REGION_PRODUCT_WINDOW : PRODUCT_WINDOW;
    const product = findNear(ids, c.a, c.end, productWindow, (t) => {
      for (const r of recordsOfGroup) if (rt.products[r]!.has(t)) return true;
      return false;
    });
    if (product >= 0) supports.push({ kind: 'product', text: tokenStr(product) });

    if (c.typo > 0) {
      if ((flags & (ACRONYM | REGION | VESSEL)) !== 0) continue;
      const exact = c.b - c.a + 1 - countTypos(typo, c.a, c.b);
      const single = c.a === c.b;
      if (single ? c.typo > 1 : exact < 1 || (exact < 2 && groupTokens.length > 2)) continue;
    }

    if ((flags & REGION) !== 0) {
      if (product < 0) continue;
      firstAccepted.push({ c, entry, score: 0.75, supports, possible: false });
      continue;
    }

    const latin = (s.info[c.a]! & IDEO_TOKEN) === 0;
    const needsContext = (flags & (WEAK | VESSEL)) !== 0;
    const wholeField = nameField && c.a === 0 && c.end === s.count;
    if (needsContext && wholeField) {
      supports.push({ kind: 'field', text: 'the whole supplier field is this name' });
    } else if (needsContext && latin) {
      if (!capitalised(text, s, c.a, c.b, tokenStr)) continue;
      if ((flags & ACRONYM) !== 0 && !allCaps(text, s, c.a, c.b)) continue;
      if (embedded(rt, text, s, ids, c, tokenStr)) continue;
    }
    if ((flags & VESSEL) !== 0 && findNear(ids, c.a, c.end, VESSEL_WINDOW, (t) => rt.vesselWords.has(t)) >= 0) {
      supports.push({ kind: 'vessel', text: 'fishing or vessel context nearby' });
    }
    if (needsContext && findNear(ids, c.a, c.end, LISTING_WINDOW, (t) => rt.listingWords.has(t)) >= 0) {
      supports.push({ kind: 'listing', text: 'stock-exchange listing nearby' });
    }
    if (!needsContext || supports.length > 0) {
      firstAccepted.push({ c, entry, score: 0, supports, possible: c.typo > 0 });
    } else if ((flags & VESSEL) === 0) {
      // A vessel's name is only believed with ship context of its own, never from a mention elsewhere.
      pending.push({ c, entry, supports, flags });
    }
  }

  // A weak name is believed when a surer mention of the same record is close by ("FGV Holdings Berhad … FGV").
  const accepted = [...firstAccepted];
  if (pending.length > 0) {
    const byRecord = new Map<number, Accepted[]>();
    for (const f of firstAccepted) {
      const r = p.entries[f.entry]![0];
      const list = byRecord.get(r);
      if (list) list.push(f);
      else byRecord.set(r, [f]);
    }
    for (const list of byRecord.values()) list.sort((x, y) => s.start[x.c.a]! - s.start[y.c.a]!);
    for (const w of pending) {
      const at = s.start[w.c.a]!;
      let near: Accepted | undefined;
      const window = (w.flags & ACRONYM) !== 0 ? ACRONYM_RELATED_WINDOW : RELATED_WINDOW;
      for (const r of rt.groupRecords[w.c.group]!) {
        near = nearest(byRecord.get(r), at, window, (f) => s.start[f.c.a]!);
        if (near) break;
      }
      if (!near) continue;
      if ((w.flags & ACRONYM) !== 0 && lineBreakBetween(text, s.start[near.c.a]!, at)) continue;
      w.supports.push({ kind: 'related', text: span(near.c.a, near.c.end) });
      accepted.push({ c: w.c, entry: w.entry, score: 0, supports: w.supports, possible: w.c.typo > 0 });
    }
  }

  for (const f of accepted) f.score = scoreOf(p, f);

  // Longest mention wins where mentions overlap ("Xinjiang Zhongtai Chemical" over the region "Xinjiang").
  accepted.sort((x, y) => y.c.end - y.c.a - (x.c.end - x.c.a) || y.score - x.score);
  const covered = new Uint8Array(s.count);
  const findings: Finding[] = [];
  for (const f of accepted) {
    let free = true;
    for (let k = f.c.a; k < f.c.end; k++) if (covered[k]) free = false;
    if (!free) continue;
    covered.fill(1, f.c.a, f.c.end);
    findings.push(toFinding(rt, text, s, f));
  }
  return findings.sort((x, y) => x.start - y.start);
}

/** The item of `sorted` (ascending by `pos`) closest to `at` and within RELATED_WINDOW, if any. */
function nearest<T>(sorted: T[] | undefined, at: number, window: number, pos: (item: T) => number): T | undefined {
  if (!sorted) return undefined;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos(sorted[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  for (const k of [lo - 1, lo]) {
    const item = sorted[k];
    if (item !== undefined && Math.abs(pos(item) - at) <= window) return item;
  }
  return undefined;
}

function countTypos(typo: Uint8Array, a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (typo[k]! > 0) n++;
  return n;
}

/** Index of a token within `window` tokens of [a, end) that satisfies `test`, nearest first; -1 if none. */
function findNear(ids: Int32Array, a: number, end: number, window: number, test: (t: number) => boolean): number {
  for (let d = 1; d <= window; d++) {
    const after = end - 1 + d;
    if (after < ids.length && ids[after]! >= 0 && test(ids[after]!)) return after;
    const before = a - d;
    if (before >= 0 && ids[before]! >= 0 && test(ids[before]!)) return before;
  }
  return -1;
}

function capitalised(text: string, s: TokenStream, a: number, b: number, tokenStr: (k: number) => string): boolean {
  for (let k = a; k <= b; k++) {
    const info = s.info[k]!;
    if (tokenIsDigits(text, s, k)) continue;
    if ((info & (FIRST_UPPER | IDEO_TOKEN)) !== 0) continue;
    if (k > a && k < b && FUNCTION_WORDS.has(tokenStr(k))) continue;
    return false;
  }
  return true;
}

function allCaps(text: string, s: TokenStream, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (tokenHasLower(text, s, k)) return false;
  return true;
}

/** Whether a weak name is only part of a longer proper name ("Shandong Linglong Tyre", "Giant Eagle"). */
function embedded(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, c: Candidate, tokenStr: (k: number) => string,
): boolean {
  const properWord = (k: number): boolean =>
    (s.info[k]! & FIRST_UPPER) !== 0 && (s.info[k]! & IDEO_TOKEN) === 0 && !FUNCTION_WORDS.has(tokenStr(k));
  // Only a single space joins words into one name; punctuation between them separates.
  const spaced = (left: number, right: number): boolean => s.start[right]! - s.end[left]! === 1 && text.charCodeAt(s.end[left]!) === 32;
  const before = c.a - 1;
  if (before >= 0 && spaced(before, c.a) && properWord(before)) return true;
  const after = c.end;
  if (after < s.count && spaced(c.end - 1, after) && properWord(after)) {
    const t = ids[after]!;
    const known = t >= 0 && (rt.legalTokens.has(t) || rt.vesselWords.has(t) || rt.products.some((ps) => ps.has(t)));
    if (!known) return true;
  }
  return false;
}

/** Whether a line break separates two offsets: an acronym is only read in the paragraph that defines it. */
function lineBreakBetween(text: string, x: number, y: number): boolean {
  const nl = text.indexOf('\n', Math.min(x, y));
  return nl >= 0 && nl < Math.max(x, y);
}

/** Whether a namesake word stands right before or after the mention ("Ninestar Hotel"). */
function namesake(text: string, s: TokenStream, c: Candidate, tokenStr: (k: number) => string): boolean {
  const before = c.a - 1;
  if (before >= 0 && gapOk(text, s, before, c.a, 2) && NAMESAKE_WORDS.has(tokenStr(before))) return true;
  const after = c.end;
  return after < s.count && gapOk(text, s, c.end - 1, after, 2) && NAMESAKE_WORDS.has(tokenStr(after));
}

/** An acronym followed by its own expansion in brackets means something else: "SDP (Social Democratic Party)". */
function definedAsOther(text: string, end: number): boolean {
  const m = /^\s*[(（]\s*([A-Z][a-z]+)/.exec(text.slice(end, end + 40));
  return m !== null && !/^(Bursa|Klse|Sgx|Hkex|Nyse|Nasdaq|Formerly|Now|Malaysia)$/.test(m[1]!);
}

/** The listed name a candidate most likely means: same legal form first, then official names, then active orders. */
function chooseEntry(p: MatcherPayload, entryIdx: number[], ids: Int32Array, c: Candidate): number {
  const textSuffix = Array.from(ids.subarray(c.legalFrom, c.end)).join(' ');
  let best = entryIdx[0]!;
  let bestScore = -1;
  for (const e of entryIdx) {
    const [ri, role, , suffix, how] = p.entries[e]!;
    const record = p.records[ri]!;
    let score = 0;
    if (suffix.length > 0 && suffix.join(' ') === textSuffix) score += 8;
    score += [4, 3, 2, 2, 1][role] ?? 0;
    if (how === 0) score += 1;
    if (record[3] === 'active') score += 0.5;
    if (record[2] === 'finding') score += 0.25;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

const ROLE_SCORE = [0.97, 0.95, 0.93, 0.93, 0.9];

function scoreOf(p: MatcherPayload, f: Accepted): number {
  const flags = p.groups[f.c.group]![1];
  const [, role, , , how] = p.entries[f.entry]!;
  if (f.possible) return Math.max(0.4, 0.62 - 0.06 * (f.c.typo - 1) + (f.supports.length > 0 ? 0.03 : 0));
  if ((flags & REGION) !== 0) return 0.75;
  let score: number;
  if ((flags & (WEAK | VESSEL)) !== 0) score = Math.min(0.92, 0.8 + 0.04 * (f.supports.length - 1));
  else score = Math.min(0.99, (ROLE_SCORE[role] ?? 0.9) + (f.supports.some((x) => x.kind === 'legal form') ? 0.02 : 0));
  return how === 0 ? score : score - 0.02;
}

/** End offset of a mention, keeping the dot of an abbreviated legal form ("Sdn. Bhd.", "Co., Ltd.", not "Berhad."). */
function mentionEnd(text: string, s: TokenStream, c: Candidate): number {
  const end = s.end[c.end - 1]!;
  const abbreviation = (s.info[c.end - 1]! & LEN_MASK) <= 4;
  return c.end > c.legalFrom && abbreviation && text.charCodeAt(end) === 46 ? end + 1 : end;
}

function toFinding(rt: Runtime, text: string, s: TokenStream, f: Accepted): Finding {
  const { p } = rt;
  const [ri, role, nameIdx, , how] = p.entries[f.entry]!;
  const listed = p.names[nameIdx]!;
  const [id, name, kind, status] = p.records[ri]!;
  const start = s.start[f.c.a]!;
  const end = mentionEnd(text, s, f.c);
  const related = new Set<string>();
  for (const e of p.groups[f.c.group]![2]) {
    const other = p.records[p.entries[e]![0]]![0];
    if (other !== id) related.add(other);
  }
  const coreText = text.slice(start, s.end[f.c.b]!);
  return {
    recordId: id,
    recordName: name,
    kind,
    status,
    matchedText: text.slice(start, end),
    start,
    end,
    confidence: f.possible ? 'possible' : 'match',
    score: Math.round(f.score * 100) / 100,
    explanation: explain({
      recordName: name,
      listedName: listed,
      role: ROLES[role] ?? 'name',
      how,
      coreText,
      legalText: f.c.end > f.c.legalFrom ? text.slice(s.start[f.c.legalFrom]!, end) : '',
      listedSuffix: p.entries[f.entry]![3].map((t) => p.vocab[t]).join(' '),
      textSuffix: Array.from({ length: f.c.end - f.c.legalFrom }, (_, k) => tokenText(text, s, f.c.legalFrom + k, rt.fold)).join(' '),
      typo: f.c.typo,
      ideographFolded: [...coreText].some((ch) => rt.fold[ch.charCodeAt(0)] !== 0),
      supports: f.supports,
      possible: f.possible,
    }),
    ...(related.size > 0 ? { relatedRecordIds: [...related] } : {}),
  };
}
