import { AMP, EXPAND, IDEO, JOIN, PAIR, SEP, UNSET, caseOf, expansionOf, foldClass, foldTable, mathCaseOf, mathLetter } from './fold';

/**
 * One tokeniser for list names and page text alike. Latin-script words become tokens; every CJK
 * ideograph is a token of its own (CJK has no spaces, so names are found as character sequences).
 * Tokens carry a hash of their folded letters so the scanner never allocates a string per word.
 */

/** `info` bits. The low byte is the folded length (capped at 255). */
export const LEN_MASK = 0xff;
export const FIRST_UPPER = 1 << 9;
export const IDEO_TOKEN = 1 << 10;
/** Made only of single letters joined across dots: "S.A." → "sa", "K.K." → "kk". */
export const LETTER_RUN = 1 << 11;
/** A run of ideographs no name uses, kept as one token (see `tokenize`'s `known`). */
export const IDEO_RUN = 1 << 12;
/** Hash of an ideograph run: a value no vocabulary lookup is expected to hit (candidates are checked by text). */
export const IDEO_RUN_HASH = 0x3fffffff;

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;
/** Hashes are masked to 30 bits so they stay small integers in Map keys. */
export const HASH_MASK = 0x3fffffff;

export interface TokenStream {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** FNV-1a of the folded letters, masked with HASH_MASK. */
  hash: Int32Array;
  info: Int32Array;
}

/**
 * Ideograph variants: for each code unit, the form names are compiled with (traditional →
 * simplified), or 0 where it is its own form. A flat table: one read per CJK character.
 */
export type IdeographFold = Uint16Array;

/** An ideograph fold table from variant → canonical pairs. */
export function ideographFold(pairs: Iterable<[number, number]>): IdeographFold {
  const table = new Uint16Array(65536);
  for (const [variant, canonical] of pairs) table[variant] = canonical;
  return table;
}

function allocate(capacity: number): TokenStream {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    hash: new Int32Array(capacity),
    info: new Int32Array(capacity),
  };
}

function grow(s: TokenStream): TokenStream {
  const bigger = allocate(s.start.length * 2);
  bigger.start.set(s.start);
  bigger.end.set(s.end);
  bigger.hash.set(s.hash);
  bigger.info.set(s.info);
  bigger.count = s.count;
  return bigger;
}

export function hashString(folded: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), FNV_PRIME);
  return h & HASH_MASK;
}

const AND_HASH_STATE = (() => {
  let h = FNV_OFFSET;
  for (const ch of 'and') h = Math.imul(h ^ ch.charCodeAt(0), FNV_PRIME);
  return h;
})();

/** Whether the gap between two single letters joins them ("S.A", "S. A"): a dot, then at most one space. */
function dottedGap(text: string, from: number, to: number): boolean {
  const len = to - from;
  if (len < 1 || len > 2 || text.charCodeAt(from) !== 46) return false;
  return len === 1 || text.charCodeAt(from + 1) === 32;
}

/**
 * Tokenise `text`. Hashes are the raw FNV state (masked only when read), so a letter run can be
 * extended after the fact. The loop is written flat (no closures) because it is the scanner's floor.
 * `known` (indexed by folded code unit) marks the ideographs names use; the others then collapse into
 * runs. Without it every ideograph is a token, as compiling names needs.
 */
export function tokenize(text: string, fold: IdeographFold, reuse?: TokenStream, known?: Uint8Array): TokenStream {
  // Local copies: V8 re-reads module-level bindings (with a TDZ check) at every use, which costs
  // the per-character loop about half its speed; locals stay in registers.
  const offset = FNV_OFFSET, prime = FNV_PRIME, lenMask = LEN_MASK, firstUpper = FIRST_UPPER, ideoToken = IDEO_TOKEN;
  const letterRun = LETTER_RUN, ideoRun = IDEO_RUN, ideoRunHash = IDEO_RUN_HASH, andHash = AND_HASH_STATE;
  const sep = SEP, join = JOIN, ideo = IDEO, expand = EXPAND, amp = AMP, unset = UNSET, pair = PAIR;
  const table = foldTable;
  let s = reuse && reuse.start.length > 0 ? reuse : allocate(Math.max(16, (text.length >> 2) + 16));
  let start = s.start;
  let end = s.end;
  let hashes = s.hash;
  let infos = s.info;
  let count = 0;
  let inWord = false;
  let h = 0;
  let len = 0;
  let info = 0;
  let tokStart = 0;
  let lastEnd = 0;
  const n = text.length;

  for (let i = 0; i <= n; i++) {
    let f = sep;
    let c = 0;
    if (i < n) {
      c = text.charCodeAt(i);
      f = table[c]!;
      if (f === unset) f = foldClass(c);
    }
    if (f >= 0) {
      if (!inWord) {
        inWord = true;
        h = offset;
        len = 0;
        tokStart = i;
        info = (c < 97 ? c >= 65 && c <= 90 : c > 127 && caseOf(c) === 1) ? firstUpper : 0;
      }
      h = Math.imul(h ^ f, prime);
      len++;
      // The rest of the word in a tight loop: most characters of any page are word letters.
      let j = i + 1;
      for (; j < n; j++) {
        const g = table[text.charCodeAt(j)]!;
        if (g < 0) break;
        h = Math.imul(h ^ g, prime);
        len++;
      }
      lastEnd = j;
      i = j - 1;
      // A word hyphenated across a line break, as text taken from a PDF keeps it ("Spin-\nning"): one word.
      if (j < n && text.charCodeAt(j) === 45) i = continuedAfterBreak(text, j + 1, i, isCapital(text.charCodeAt(j - 1)) && isCapital(text.charCodeAt(tokStart)));
      continue;
    }
    if (f === pair) {
      // A mathematical letter ("𝐒𝐮𝐩𝐞𝐫𝐦𝐚𝐱"): one letter written as two code units.
      const low = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      const g = mathLetter(low);
      if (g >= 0) {
        if (!inWord) {
          inWord = true;
          h = offset;
          len = 0;
          tokStart = i;
          info = mathCaseOf(low) === 1 ? firstUpper : 0;
        }
        h = Math.imul(h ^ g, prime);
        len++;
        i++;
        lastEnd = i + 1;
        continue;
      }
      f = sep;
    }
    if (f === join) {
      // A possessive ends the word: "Top Glove's" is "Top Glove", while "Yuan’an" stays one word.
      if (inWord && isApostrophe(c) && i + 1 < n && foldClass(text.charCodeAt(i + 1)) === 115 && (i + 2 >= n || foldClass(text.charCodeAt(i + 2)) < 0)) {
        i++;
        f = sep;
      } else {
        if (inWord) lastEnd = i + 1;
        continue;
      }
    }
    if (f === expand) {
      const exp = expansionOf(c);
      if (!inWord) {
        inWord = true;
        h = offset;
        len = 0;
        tokStart = i;
        info = caseOf(c) === 1 ? firstUpper : 0;
      }
      for (let j = 0; j < exp.length; j++) h = Math.imul(h ^ exp.charCodeAt(j), prime);
      len += exp.length;
      lastEnd = i + 1;
      continue;
    }
    // A separator, ideograph or `&` ends the current word.
    if (inWord) {
      inWord = false;
      const single = len === 1 && !isDigit(text.charCodeAt(tokStart));
      const p = count - 1;
      if (single && p >= 0 && (infos[p]! & letterRun) !== 0 && dottedGap(text, end[p]!, tokStart)) {
        // "S.A." → "sa": extend the previous single-letter token.
        hashes[p] = Math.imul(hashes[p]! ^ letterAt(text, tokStart), prime);
        end[p] = lastEnd;
        infos[p] = (infos[p]! & ~lenMask) | Math.min(lenMask, (infos[p]! & lenMask) + 1);
      } else {
        if (count === start.length) {
          s.count = count;
          s = grow(s);
          ({ start, end, hash: hashes, info: infos } = s);
        }
        start[count] = tokStart;
        end[count] = lastEnd;
        hashes[count] = h;
        infos[count] = info | (len < lenMask ? len : lenMask) | (single ? letterRun : 0);
        count++;
      }
    }
    if (f === ideo && known !== undefined && known[fold[c] || c] === 0) {
      // An ideograph no name uses: it only separates names, so a run of them is one token. Chinese
      // text then costs about as many tokens as Latin text.
      const p = count - 1;
      if (p >= 0 && (infos[p]! & ideoRun) !== 0 && end[p] === i) {
        end[p] = i + 1;
        continue;
      }
      if (count === start.length) {
        s.count = count;
        s = grow(s);
        ({ start, end, hash: hashes, info: infos } = s);
      }
      hashes[count] = ideoRunHash;
      infos[count] = ideoToken | ideoRun | 1;
      start[count] = i;
      end[count] = i + 1;
      count++;
      continue;
    }
    if (f === ideo || f === amp) {
      if (count === start.length) {
        s.count = count;
        s = grow(s);
        ({ start, end, hash: hashes, info: infos } = s);
      }
      if (f === ideo) {
        hashes[count] = Math.imul(offset ^ (fold[c] || c), prime);
        infos[count] = ideoToken | 1;
      } else {
        hashes[count] = andHash;
        infos[count] = 3;
      }
      start[count] = i;
      end[count] = i + 1;
      count++;
    }
  }
  s.count = count;
  return s;
}

/**
 * After a hyphen at `from - 1`: the index before the lower-case letter that goes on after a line
 * break (and any indent), where the word goes on, or before two capitals after a word in
 * `capitals`; else `otherwise`.
 */
function continuedAfterBreak(text: string, from: number, otherwise: number, capitals: boolean): number {
  let j = from;
  if (text.charCodeAt(j) === 13) j++;
  if (text.charCodeAt(j) !== 10) return otherwise;
  j++;
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
  const c = text.charCodeAt(j);
  if (c >= 97 && c <= 122) return j - 1;
  // A word in capitals goes on in capitals ("INGRE-\nDIENTS" in a scanned invoice's text).
  return capitals && isCapital(c) && isCapital(text.charCodeAt(j + 1)) ? j - 1 : otherwise;
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc;
}

/**
 * The fold class of the character at `k`, reading a mathematical letter's surrogate pair as its
 * letter. Loops over a token's characters step past the pair's second unit when this returns a
 * letter for a PAIR (`stepOf`).
 */
export function letterAt(text: string, k: number): number {
  const f = foldClass(text.charCodeAt(k));
  return f === PAIR ? mathLetter(text.charCodeAt(k + 1)) : f;
}

/** Code units the character at `k` takes: 2 for a mathematical letter, else 1. */
export function stepOf(text: string, k: number): number {
  return text.charCodeAt(k) === 0xd835 && mathLetter(text.charCodeAt(k + 1)) >= 0 ? 2 : 1;
}

function isDigit(c: number): boolean {
  const f = foldTable[c]!;
  return f >= 48 && f <= 57;
}

/** Whether token `i` has a lower-case letter as written (acronyms are written in capitals). */
export function tokenHasLower(text: string, s: TokenStream, i: number): boolean {
  for (let k = s.start[i]!; k < s.end[i]!; k += stepOf(text, k)) {
    const c = text.charCodeAt(k);
    if ((c === 0xd835 ? mathCaseOf(text.charCodeAt(k + 1)) : caseOf(c)) === 2) return true;
  }
  return false;
}

/** Whether token `i` is made of digits only. */
export function tokenIsDigits(text: string, s: TokenStream, i: number): boolean {
  if ((s.info[i]! & IDEO_TOKEN) !== 0) return false;
  for (let k = s.start[i]!; k < s.end[i]!; k += stepOf(text, k)) {
    const f = letterAt(text, k);
    if (f >= 0 && !(f >= 48 && f <= 57)) return false;
    if (f === EXPAND) return false;
  }
  return true;
}

/** The folded letters of token `i` (allocates: for verification and explanation, not the hot loop). */
export function tokenText(text: string, s: TokenStream, i: number, fold: IdeographFold): string {
  const from = s.start[i]!;
  const to = s.end[i]!;
  if ((s.info[i]! & IDEO_TOKEN) !== 0) {
    const c = text.charCodeAt(from);
    return String.fromCharCode(fold[c] || c);
  }
  let out = '';
  for (let k = from; k < to; k += stepOf(text, k)) {
    const c = text.charCodeAt(k);
    const f = letterAt(text, k);
    if (f >= 0) out += String.fromCharCode(f);
    else if (f === EXPAND) out += expansionOf(c);
    else if (f === AMP) return 'and';
  }
  return out;
}

/** Folded tokens of a short string (names, legal forms, product words): compile-time helper. */
let scratch: TokenStream | undefined;

export function foldedTokens(text: string, fold: IdeographFold): string[] {
  const s = tokenize(text, fold, scratch);
  scratch = s;
  const out: string[] = [];
  for (let i = 0; i < s.count; i++) out.push(tokenText(text, s, i, fold));
  return out;
}
