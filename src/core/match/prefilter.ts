/**
 * A cheap, conservative test of a block's whole text, so the page scanner can pass over a block
 * without reading it node by node. The text is the block's `textContent`: its text nodes run
 * together, with nothing between two elements' texts ("Leeds" + "Top Glove" reads "LeedsTop Glove").
 * False means that no text the scanner could read inside the block names a listed record.
 *
 * Why that holds: a finding needs every word of one compiled name, each read exactly or as a near
 * miss (`candidates.ts`). So it needs the name's words read exactly (the test looks for its two
 * longest), or some word read as a near miss; it looks for both in ways that survive texts
 * running together:
 * - exact words are looked for in the text's folded letters with every separator left out, so a
 *   word still shows when two elements' texts touch, or when it is written as dotted initials;
 * - a near miss is a capitalised word found in the typo index, so the letters from every capital
 *   are looked up too, ending where the text's word ends or where another element's text may
 *   begin (before a capital, or where letters and digits meet). One shorter than 8 letters is
 *   read only next to a word of a longer name, read exactly or as a near miss, or before a legal
 *   form; the first near miss of such a chain stands next to one read exactly, with only
 *   separators between, so that word must end the letters just before it or begin those just
 *   after it.
 * What it cannot see: a misspelt name run into the next element's text when that begins with a
 * small letter, or a word cut in two by a skipped element (a button in the middle of a word).
 */
import { AMP, EXPAND, IDEO, JOIN, PAIR, UNSET, caseOf, expansionOf, foldClass, foldTable } from '../text/fold';
import { FNV_OFFSET, FNV_PRIME, HASH_MASK } from '../text/tokenize';
import { buildAutomaton } from './automaton';
import { nearMissOf } from './candidates';
import type { Runtime } from './runtime';
import { MIN_TYPO_LENGTH, allowedEdits } from './typo';

/** What a letter is, for finding where another element's text may begin inside a run of letters. */
const NONE = 0;
/** Any other letter: lower-case, or of a script without case. */
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
/** Near misses this long are read on their own (`correctTypo`). */
const STANDALONE_TYPO = 8;
/** Words of each name looked for: a name read exactly has all of them. */
const NAME_WORDS = 2;
const AND = [0x61, 0x6e, 0x64];

/** FNV-1a of `letters` read from `from`, `step` at a time, `count` of them, with the count: a cache or set key. */
function keyOf(letters: ArrayLike<number>, from: number, count: number, step: 1 | -1): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < count; k++) h = Math.imul(h ^ letters[from + k * step]!, FNV_PRIME);
  return (h & HASH_MASK) * 256 + count;
}

/** `isNamed`: whether the page named a record in full, so that its short names count. */
export type Prefilter = (text: string, isNamed?: (record: number) => boolean) => boolean;

export function buildPrefilter(rt: Runtime): Prefilter {
  const { p, fold, typo, maxTypoLength } = rt;
  // The words to look for: each name's two longest (short ones such as "co" or "de" are in nearly
  // every text, and would only slow the search).
  const words = new Map<number, number>();
  const wordOf = (token: number): number => words.get(token) ?? words.set(token, words.size).get(token)!;
  const groupsOf: number[][] = [];
  const needs = new Int32Array(p.groups.length);
  // Initials joined by "&" ("g and g" of "G&G Toner"), looked for whole: "and" and "g" are in nearly every text.
  const wholes: string[] = [];
  p.groups.forEach(([tokens], g) => {
    // A name written otherwise ("Ling Long", "Natchi Apparels", "F G V", "TOPGLOVE") holds the letters
    // of the name as listed, which are looked for: its own words ("long") would only pass more blocks.
    if (rt.respeltOnly[g]) return;
    if (tokens.length === 3 && p.vocab[tokens[1]!] === 'and' && p.vocab[tokens[0]!]!.length === 1 && p.vocab[tokens[2]!]!.length === 1) {
      wholes.push(tokens.map((t) => p.vocab[t]).join(''));
      return;
    }
    const chosen = [...new Set(tokens)].sort((a, b) => p.vocab[b]!.length - p.vocab[a]!.length).slice(0, NAME_WORDS);
    needs[g] = chosen.length;
    for (const t of chosen) (groupsOf[wordOf(t)] ??= []).push(g);
  });
  const tokens = [...words.keys()];
  // Each word's letters, and its other spellings' ("mfg" for "manufacturing"), as patterns of that word.
  const patterns: string[] = [];
  const wordOfPattern: number[] = [];
  tokens.forEach((t, w) => {
    for (const spelling of [p.vocab[t]!, ...(rt.spellingsOf.get(t) ?? [])]) {
      patterns.push(spelling);
      wordOfPattern.push(w);
    }
  });
  // Short names read only after a full mention ("pantum", "g & g"): with the records they name, so a
  // block naming one passes when the page has named its record. The automaton reads a text's letters
  // run together ("&" as "and"), so a term is looked for whole: its first word alone may be a letter
  // ("g") that every block holds.
  const recordsOfPattern: number[][] = [];
  for (const whole of wholes) {
    patterns.push(whole);
    wordOfPattern.push(-1);
  }
  for (const terms of rt.pageNames.values()) {
    for (const term of terms) {
      recordsOfPattern[patterns.length] = [term.record];
      patterns.push(term.tokens.join(''));
      wordOfPattern.push(-1);
    }
  }
  const automaton = buildAutomaton(patterns.map((word) => Array.from(word, (ch) => ch.charCodeAt(0))), 0x10000);
  const outputs = automaton.outputs;
  // The words a short near miss may stand next to, looked for only around one: keyed by the hash
  // of their letters read forwards (to find one beginning a letter run) and backwards (ending one).
  const beginning = new Set<number>();
  const ending = new Set<number>();
  let longestNeighbour = 0;
  const neighbour = (t: number, after: boolean): void => {
    for (const spelling of [p.vocab[t]!, ...(rt.spellingsOf.get(t) ?? [])]) {
      const word = Array.from(spelling, (ch) => ch.charCodeAt(0));
      beginning.add(keyOf(word, 0, word.length, 1));
      if (!after) ending.add(keyOf(word, word.length - 1, word.length, -1));
      longestNeighbour = Math.max(longestNeighbour, word.length);
    }
  };
  rt.typoNeighbours.forEach((is, t) => {
    if (is) neighbour(t, false);
  });
  // A legal form after a short near miss is its neighbour too ("Supermx Corporation Bhd").
  for (const t of rt.legalTokens) neighbour(t, true);
  // Per text (a stamp each): the words found, and per name how many of its words.
  let stamp = 0;
  const wordStamps = new Int32Array(tokens.length);
  const groupStamps = new Int32Array(p.groups.length);
  const groupFound = new Int32Array(p.groups.length);
  /** Records the words ending at `state`; true when that completes a name. */
  let named: ((record: number) => boolean) | undefined;
  const completes = (at: number): boolean => {
    for (const pattern of outputs[at] as number[]) {
      const w = wordOfPattern[pattern]!;
      if (w < 0) {
        const records = recordsOfPattern[pattern];
        if (records === undefined || (named !== undefined && records.some(named))) return true;
        continue;
      }
      if (wordStamps[w] === stamp) continue;
      wordStamps[w] = stamp;
      for (const g of groupsOf[w] ?? []) {
        const found = groupStamps[g] === stamp ? groupFound[g]! + 1 : 1;
        groupStamps[g] = stamp;
        groupFound[g] = found;
        if (found === needs[g]) return true;
      }
    }
    return false;
  };
  // The letter run being read and the one before it, folded; where a near miss may start or end
  // inside the current one.
  let letters = new Uint16Array(64);
  let previous = new Uint16Array(64);
  const starts: number[] = [];
  const cuts: number[] = [];

  /** 0: no near miss; 1: one that needs a neighbour; 2: one read on its own. */
  const nearMiss = (from: number, to: number): number => {
    const hit = nearMissOf(rt, keyOf(letters, from, to - from, 1), () => String.fromCharCode(...letters.subarray(from, to)));
    return hit === null ? 0 : to - from >= STANDALONE_TYPO ? 2 : 1;
  };

  /** The strongest near miss (as `nearMiss`) starting at one of `starts` in the letter run of `length`. */
  const nearMissIn = (length: number, startCount: number, cutCount: number): number => {
    let best = 0;
    for (let k = 0; k < startCount; k++) {
      const from = starts[k]!;
      if (length - from < MIN_TYPO_LENGTH || !typo.heads.has((letters[from]! << 16) | letters[from + 1]!)) continue;
      let digits = 0;
      let counted = from;
      for (let c = 0; c <= cutCount; c++) {
        const to = c < cutCount ? cuts[c]! : length;
        const size = to - from;
        if (size < MIN_TYPO_LENGTH) continue;
        if (size > maxTypoLength) break;
        for (; counted < to; counted++) if (letters[counted]! >= 48 && letters[counted]! <= 57) digits++;
        // Names have no digits: each is an edit, so more than a word's allowed edits rules it out.
        if (digits > allowedEdits(size)) break;
        best = Math.max(best, nearMiss(from, to));
        if (best === 2) return best;
      }
    }
    return best;
  };

  /** Whether `run` (its first `length` letters) ends (`atEnd`) or begins with a neighbour word. */
  const hasNeighbour = (run: Uint16Array, length: number, atEnd: boolean): boolean => {
    const keys = atEnd ? ending : beginning;
    let h = FNV_OFFSET;
    for (let size = 1; size <= Math.min(length, longestNeighbour); size++) {
      h = Math.imul(h ^ run[atEnd ? length - size : size - 1]!, FNV_PRIME);
      // A hash shared with another word only lets a text through: never a wrong "no".
      if (keys.has((h & HASH_MASK) * 256 + size)) return true;
    }
    return false;
  };

  // The automaton's state in the text being read.
  let state = 0;
  /** Reads one folded letter or word character; true when that completes a name. */
  const advance = (code: number): boolean => {
    state = automaton.step(state, code);
    return outputs[state] !== undefined && completes(state);
  };

  return (text, isNamed) => {
    named = isNamed;
    const table = foldTable;
    const n = text.length;
    stamp++;
    state = 0;
    let length = 0;
    let previousLength = 0;
    let startCount = 0;
    let cutCount = 0;
    let kindBefore = NONE;
    // A short near miss in the last letter run, waiting for this one to begin with a neighbour word.
    let missWaiting = false;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      let f = table[c]!;
      if (f === UNSET) f = foldClass(c);
      if (f === JOIN) continue;
      // Mathematical letters are rare enough to read the block node by node.
      if (f === PAIR) return true;
      if (f >= 0 || f === EXPAND) {
        const kind = f >= 48 && f <= 57 ? DIGIT : (c < 97 ? c >= 65 && c <= 90 : c > 127 && caseOf(c) === 1) ? UPPER : LOWER;
        if (length > 0 && (kind === UPPER || (kind !== kindBefore && (kind === DIGIT || kindBefore === DIGIT)))) cuts[cutCount++] = length;
        // A near miss starts with a capital, and its first two letters are its own (not an expansion's).
        if (kind === UPPER && f >= 0) starts[startCount++] = length;
        kindBefore = kind;
        const expansion = f >= 0 ? undefined : expansionOf(c);
        for (let k = 0, count = expansion ? expansion.length : 1; k < count; k++) {
          if (length === letters.length) {
            const bigger = new Uint16Array(length * 2);
            bigger.set(letters);
            letters = bigger;
          }
          const code = expansion ? expansion.charCodeAt(k) : f;
          letters[length++] = code;
          if (advance(code)) return true;
        }
        continue;
      }
      if (length === 0 && f !== IDEO && f !== AMP) continue;
      // The letter run ends (a separator), or the text between runs is a word of its own (an ideograph, `&`).
      if (length > 0) {
        if (missWaiting && hasNeighbour(letters, length, false)) return true;
        const miss = startCount > 0 && length >= MIN_TYPO_LENGTH ? nearMissIn(length, startCount, cutCount) : 0;
        if (miss === 2 || (miss === 1 && previousLength > 0 && hasNeighbour(previous, previousLength, true))) return true;
        missWaiting = miss === 1;
        const read = letters;
        letters = previous;
        previous = read;
        previousLength = length;
        length = 0;
        startCount = 0;
        cutCount = 0;
        kindBefore = NONE;
      }
      if (f === IDEO || f === AMP) {
        // A word of its own stands between this letter run and the next: neither is next to the other.
        missWaiting = false;
        previousLength = 0;
        if (f === IDEO) {
          if (advance(fold[c] || c)) return true;
        } else if (AND.some((code) => advance(code))) return true;
      }
    }
    return false;
  };
}
