/**
 * What a content script builds from the payload once: the vocabulary hash table, the name and
 * legal-form automata, context-word sets and the typo index. Shared by the scan stages.
 */
import { AMP, EXPAND, IDEO, expansionOf, foldClass } from '../text/fold';
import { IDEO_TOKEN, LEN_MASK, hashString, ideographFold, letterAt, stepOf, type IdeographFold, type TokenStream } from '../text/tokenize';
import { buildAutomaton, type TokenAutomaton } from './automaton';
import type { PageTerm } from './page-memory';
import { FROM_DESCRIPTOR_DROPPED, GROUP_WORDS, LOOSE_SPELLINGS, RESPELT, type MatcherPayload } from './payload';
import { buildTypoIndex, type TypoIndex } from './typo';

export interface Runtime {
  p: MatcherPayload;
  fold: IdeographFold;
  vocabTable: VocabTable;
  automaton: TokenAutomaton;
  legal: TokenAutomaton;
  legalEnds: Set<number>;
  /**
   * Each state of a legal form's prefix, with that prefix's length in tokens: a state reached through
   * the automaton's failure links is shorter than the tokens read ("Ltd" in "Trading Ltd").
   */
  legalDepth: Map<number, number>;
  typo: TypoIndex;
  maxTypoLength: number;
  realWords: Set<string>;
  products: Array<Set<number>>;
  /** Every record's product words together. */
  productWords: Set<number>;
  /** Token id by folded word (for the rare lookups by text, such as a term a page defines). */
  vocabIds: Map<string, number>;
  vesselWords: Set<number>;
  listingWords: Set<number>;
  originWords: Set<number>;
  originVerbsAfter: Set<number>;
  negationWords: Set<number>;
  addressWords: Set<number>;
  restrictionWords: Set<number>;
  /** Per vocabulary id: 1 for a product word, 2 for a word about an order (a whole text's words are read against it). */
  goodsOrOrderWord: Uint8Array;
  lookalikes: Map<number, Set<number>>;
  /** Per record, the look-alike words of any of its names: for the page's short names, which have no group. */
  recordLookalikes: Map<number, Set<number>>;
  legalTokens: Set<number>;
  /** Distinct record indices each group's entries belong to. */
  groupRecords: number[][];
  /** Per record: the records listed under the same name (one firm on two lists, a WRO and the Entity List). */
  sameFirm: number[][];
  /** Per record: its listed name's folded words, made when first asked for. */
  recordWords: Array<string[] | undefined>;
  /** Per group: the folded words of every name of its records, as written ("hotan", not the token "hetian"), made when first asked for. */
  groupNameWords?: Map<number, Set<string>>;
  /** Per group: the records its words are a full name of, not a short one (`fullyNamed`), made when first asked for. */
  fullyNamed?: Map<number, readonly number[]>;
  /** Per token: a word of a multi-word name, next to which a misspelt word is worth correcting. */
  typoNeighbours: Uint8Array;
  typoCache: Map<number, { target: number; distance: number } | null>;
  /** Whether the text scanned last has a capitalised word the vocabulary lacks with a 0 or 1 in it ("G1ANT"). */
  scanDigits?: boolean;
  /** Whether the text scanned last has a word of an order ("WRO", "UFLPA"): the page then names the orders. */
  orderWordSeen?: boolean;
  /** Per name word, the words that follow it in some name, made when first asked for. */
  nextWords?: Map<number, number[]>;
  /**
   * The words of names of two words or more, by the word before them (`innerTypo`): what a misspelt
   * word after a word of a name written exactly may be. Made when first asked for.
   */
  innerSlots?: Map<number, InnerSlot>;
  /** Token id → its other spellings ("manufacturing" → "mfg", "manufacture", …). */
  spellingsOf: Map<number, string[]>;
  /** Other spelling → the token id it reads as ("centre" → "center"'s). */
  spellingIds: Map<string, number>;
  /** Token id → 1 if one of its other spellings is read as a misspelling (LOOSE_SPELLINGS). */
  looseSpelled: Uint8Array;
  /** Ideographs (folded) that some vocabulary token is: the others collapse into runs when tokenising. */
  knownIdeographs: Uint8Array;
  descriptors: Set<string>;
  /** GROUP_WORDS and 集团, 控股: legal forms that say a group, not one member. */
  groupWords: Set<number>;
  /** Per record: the tokens of all its names. */
  nameTokens: Array<Set<number>>;
  /** Per group: 1 when it is only a short name (every entry FROM_DESCRIPTOR_DROPPED). */
  shortOnly: Uint8Array;
  /**
   * Per group: 1 when it is only names written otherwise than listed ("ling long", "top gloves"): read
   * as written, never with a near miss in it, and left to the pre-filter's search for the name as
   * listed, whose letters they hold.
   */
  respeltOnly: Uint8Array;
  /**
   * Short names without their leading place ("pantum" for Zhuhai Pantum Electronics), by the hash
   * of their first word: read only on a page that named their record in full.
   */
  pageNames: Map<number, PageTerm[]>;
  /** The same short names by record. */
  pageNamesOf: Map<number, PageTerm[]>;
}

/**
 * The words of names that may follow one word (`innerTypo`): by the word after them, by the word
 * before that one word (the last word of a name of three or more), and the last words of names.
 */
export interface InnerSlot {
  before: Map<number, number[]>;
  after: Map<number, number[]>;
  last: number[];
}

/** Compares token `i`'s folded letters with `target` without allocating. */
export function tokenEquals(text: string, s: TokenStream, i: number, target: string, fold: IdeographFold): boolean {
  const info = s.info[i]!;
  if ((info & IDEO_TOKEN) !== 0) {
    const c = text.charCodeAt(s.start[i]!);
    return target.length === 1 && (fold[c] || c) === target.charCodeAt(0);
  }
  const len = info & LEN_MASK;
  if (len < LEN_MASK && len !== target.length) return false;
  let k = 0;
  for (let j = s.start[i]!, e = s.end[i]!; j < e; j += stepOf(text, j)) {
    const c = text.charCodeAt(j);
    const f = letterAt(text, j);
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
export interface VocabTable {
  /**
   * Per slot: the hash, then the token id + 1, negated where two words share the hash (only those
   * are checked against the text when looked up); 0 for an empty slot.
   */
  slots: Int32Array;
  mask: number;
  /** The word each slot holds: a vocabulary token, or another spelling of one. */
  words: string[];
}

/** Words (vocabulary tokens, then other spellings) with the token id each reads as. */
function buildVocabTable(words: ReadonlyArray<readonly [string, number]>): VocabTable {
  let size = 64;
  while (size < words.length * 4) size <<= 1;
  const slots = new Int32Array(size * 2);
  const slotWords = new Array<string>(size);
  const mask = size - 1;
  const seen = new Set<number>();
  const shared = new Set<number>();
  for (const [word, id] of words) {
    const h = hashString(word);
    if (seen.has(h)) shared.add(h);
    seen.add(h);
    let slot = h & mask;
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = h;
    slots[slot * 2 + 1] = id + 1;
    slotWords[slot] = word;
  }
  for (let slot = 0; slot < size; slot++) if (slots[slot * 2 + 1] !== 0 && shared.has(slots[slot * 2]!)) slots[slot * 2 + 1] = -slots[slot * 2 + 1]!;
  return { slots, mask, words: slotWords };
}

/** Whether token `i` is written as vocabulary token `id` or one of its other spellings ("mfg"). */
export function spelledAs(rt: Runtime, text: string, s: TokenStream, i: number, id: number): boolean {
  if (tokenEquals(text, s, i, rt.p.vocab[id]!, rt.fold)) return true;
  const others = rt.spellingsOf.get(id);
  return others !== undefined && others.some((w) => tokenEquals(text, s, i, w, rt.fold));
}

/** First two folded letters of token `i` (c0 << 16 | c1), matching the typo index's pre-filter. */
export function headOf(text: string, s: TokenStream, i: number): number {
  let head = 0;
  let got = 0;
  for (let k = s.start[i]!; k < s.end[i]! && got < 2; k += stepOf(text, k)) {
    const f = letterAt(text, k);
    if (f >= 0) head |= got++ === 0 ? f << 16 : f;
    else if (f === EXPAND) return -1;
  }
  return head;
}

function knownIdeographs(vocab: readonly string[]): Uint8Array {
  const known = new Uint8Array(65536);
  for (const t of vocab) if (t.length === 1 && foldClass(t.charCodeAt(0)) === IDEO) known[t.charCodeAt(0)] = 1;
  return known;
}

/** Per group: 1 when every entry has `how` among its derivations. */
function groupsOnly(p: MatcherPayload, how: number): Uint8Array {
  return Uint8Array.from(p.groups, ([, , entries]) => (entries.length > 0 && entries.every((e) => (p.entries[e]![4] & how) !== 0) ? 1 : 0));
}

function typoNeighbours(p: MatcherPayload, legalTokens: Set<number>, respeltOnly: Uint8Array): Uint8Array {
  const out = new Uint8Array(p.vocab.length);
  for (const [g, [tokens]] of p.groups.entries()) {
    if (tokens.length < 2 || respeltOnly[g]) continue;
    for (const t of tokens) if (p.vocab[t]!.length >= 4 && !legalTokens.has(t)) out[t] = 1;
  }
  return out;
}

function pageNamesOf(p: MatcherPayload): { pageNames: Map<number, PageTerm[]>; pageNamesOf: Map<number, PageTerm[]> } {
  const pageNames = new Map<number, PageTerm[]>();
  const byRecord = new Map<number, PageTerm[]>();
  // Words repeat across a list's short names: one string and one hash each, not one per term.
  const words = new Map<string, { word: string; hash: number }>();
  for (const [record, written, how] of p.pageNames) {
    const parts = written.split(' ').map((w) => {
      let known = words.get(w);
      if (!known) words.set(w, (known = { word: w, hash: hashString(w) }));
      return known;
    });
    const term: PageTerm = { tokens: parts.map((w) => w.word), hashes: parts.map((w) => w.hash), record, acronym: false, defined: false, namedBy: '', lower: how === 1, listOnly: how === 2 };
    const key = term.hashes![0]!;
    const sameStart = pageNames.get(key);
    if (sameStart) sameStart.push(term);
    else pageNames.set(key, [term]);
    const ofRecord = byRecord.get(record);
    if (ofRecord) ofRecord.push(term);
    else byRecord.set(record, [term]);
  }
  return { pageNames, pageNamesOf: byRecord };
}

function sameFirmOf(p: MatcherPayload): number[][] {
  const byName = new Map<string, number[]>();
  p.records.forEach(([, name], r) => {
    const key = name.toLowerCase();
    const list = byName.get(key);
    if (list) list.push(r);
    else byName.set(key, [r]);
  });
  return p.records.map(([, name]) => byName.get(name.toLowerCase())!);
}

function spellingsOf(p: MatcherPayload): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [word, id] of p.spellings) out.set(id, [...(out.get(id) ?? []), word]);
  return out;
}

function looseSpelled(p: MatcherPayload): Uint8Array {
  const out = new Uint8Array(p.vocab.length);
  for (const [word, id] of p.spellings) if (LOOSE_SPELLINGS.has(word)) out[id] = 1;
  return out;
}

function nameTokensOf(p: MatcherPayload): Array<Set<number>> {
  const out = p.records.map(() => new Set<number>());
  for (const [tokens, , entries] of p.groups) for (const e of entries) for (const t of tokens) out[p.entries[e]![0]]!.add(t);
  return out;
}

function goodsOrOrderWordsOf(p: MatcherPayload): Uint8Array {
  const out = new Uint8Array(p.vocab.length);
  for (const ids of p.products) for (const t of ids) out[t]! |= 1;
  for (const t of p.restrictionWords) out[t]! |= 2;
  return out;
}

function recordLookalikesOf(p: MatcherPayload): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const [g, ids] of p.lookalikes) {
    for (const e of p.groups[g]![2]) {
      const r = p.entries[e]![0];
      let set = out.get(r);
      if (!set) out.set(r, (set = new Set()));
      for (const t of ids) set.add(t);
    }
  }
  return out;
}

export function prepare(p: MatcherPayload): Runtime {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < p.fold.length; i += 2) pairs.push([p.fold.charCodeAt(i), p.fold.charCodeAt(i + 1)]);
  const fold = ideographFold(pairs);
  const legal = buildAutomaton(p.legal, p.vocab.length);
  const legalEnds = new Set<number>();
  const legalDepth = new Map<number, number>();
  const legalTokens = new Set<number>();
  for (const seq of p.legal) seq.forEach((t) => legalTokens.add(t));
  p.legal.forEach((seq) => {
    let state = 0;
    seq.forEach((t, k) => {
      state = legal.step(state, t);
      legalDepth.set(state, k + 1);
    });
    legalEnds.add(state);
  });
  const targets = p.typoTargets.map((id) => ({ id, text: p.vocab[id]! }));
  const respeltOnly = groupsOnly(p, RESPELT);
  return {
    p,
    fold,
    vocabTable: buildVocabTable([...p.vocab.map((w, id) => [w, id] as const), ...p.spellings]),
    automaton: buildAutomaton(p.groups.map((g) => g[0]), p.vocab.length),
    legal,
    legalEnds,
    legalDepth,
    typo: buildTypoIndex(targets),
    maxTypoLength: targets.reduce((m, t) => Math.max(m, t.text.length), 0) + 2,
    realWords: new Set(p.realWords),
    products: p.products.map((ids) => new Set(ids)),
    productWords: new Set(p.products.flat()),
    vocabIds: new Map(p.vocab.map((w, id) => [w, id])),
    vesselWords: new Set(p.vesselWords),
    listingWords: new Set(p.listingWords),
    originWords: new Set(p.originWords),
    originVerbsAfter: new Set(p.originVerbsAfter),
    negationWords: new Set(p.negationWords),
    addressWords: new Set(p.addressWords),
    restrictionWords: new Set(p.restrictionWords),
    goodsOrOrderWord: goodsOrOrderWordsOf(p),
    lookalikes: new Map(p.lookalikes.map(([g, ids]) => [g, new Set(ids)])),
    recordLookalikes: recordLookalikesOf(p),
    legalTokens,
    groupRecords: p.groups.map(([, , entryIdx]) => [...new Set(entryIdx.map((e) => p.entries[e]![0]))]),
    sameFirm: sameFirmOf(p),
    recordWords: new Array<string[] | undefined>(p.records.length),
    typoNeighbours: typoNeighbours(p, legalTokens, respeltOnly),
    typoCache: new Map(),
    spellingsOf: spellingsOf(p),
    spellingIds: new Map(p.spellings),
    looseSpelled: looseSpelled(p),
    knownIdeographs: knownIdeographs(p.vocab),
    descriptors: new Set(p.descriptors),
    groupWords: new Set([...GROUP_WORDS, '集', '控'].map((w) => p.vocab.indexOf(w)).filter((id) => id >= 0)),
    nameTokens: nameTokensOf(p),
    shortOnly: groupsOnly(p, FROM_DESCRIPTOR_DROPPED),
    respeltOnly,
    ...pageNamesOf(p),
    // Set now though made later: fields added after the object is made change its shape, and every
    // scan's reads of it then take a slower path.
    groupNameWords: undefined,
    fullyNamed: undefined,
    scanDigits: false,
    orderWordSeen: false,
    nextWords: undefined,
    innerSlots: undefined,
  };
}
