/**
 * Compile time only: which dictionary words a typo index would read as near misses of its targets,
 * so the compiler ships just those to the scanner (`MatcherPayload.realWords`). Kept out of
 * `typo.ts`, which the content script bundles.
 */
import { MIN_TYPO_LENGTH, allowedEdits, editDistance, type TypoIndex } from './typo';

const BASE = 131;
const POW = new Int32Array(257);
POW[0] = 1;
for (let k = 1; k < POW.length; k++) POW[k] = Math.imul(POW[k - 1]!, BASE);
const suffix = new Int32Array(257);

/**
 * Polynomial hashes (mod 2^32) of `word` and of each of its one-letter deletions, into `out`;
 * returns how many. `word` is at most 255 letters (tokens' folded lengths are capped there).
 */
function deletionHashes(word: string, out: Int32Array): number {
  const n = Math.min(word.length, 255);
  suffix[n] = 0;
  for (let j = n - 1; j >= 0; j--) suffix[j] = (Math.imul(word.charCodeAt(j), POW[n - 1 - j]!) + suffix[j + 1]!) | 0;
  out[0] = suffix[0]!;
  let prefix = 0;
  for (let i = 0; i < n; i++) {
    // The word without letter i: its prefix shifted past the suffix that follows.
    out[i + 1] = (Math.imul(prefix, POW[n - 1 - i]!) + suffix[i + 1]!) | 0;
    prefix = (Math.imul(prefix, BASE) + word.charCodeAt(i)) | 0;
  }
  return n + 1;
}

/**
 * The words of `sortedWords` that the typo index reads as a near miss of a target (a shared
 * one-letter deletion, within both words' allowed edits). Compiling runs this over a whole
 * dictionary: deletions are hashed (no string built per deletion) and only words sharing a hash with
 * a target are measured against it. The index's own deletion map is never built here.
 */
export function nearMissWords(index: TypoIndex, targets: readonly string[], sortedWords: readonly string[]): string[] {
  const byHash = new Map<number, string[]>();
  // The same hashes as bits: most words are ruled out without a map lookup.
  const bits = new Int32Array(1 << 15);
  const hashes = new Int32Array(257);
  let longest = 0;
  for (const t of targets) {
    const count = deletionHashes(t, hashes);
    for (let k = 0; k < count; k++) {
      bits[(hashes[k]! >>> 5) & 0x7fff]! |= 1 << (hashes[k]! & 31);
      const list = byHash.get(hashes[k]!);
      if (list === undefined) byHash.set(hashes[k]!, [t]);
      else if (list[list.length - 1] !== t) list.push(t);
    }
    longest = Math.max(longest, t.length);
  }
  const out: string[] = [];
  // Only words starting with a target's two letters can be read as its near miss: each such run
  // of the sorted words is found by binary search.
  for (const head of index.heads) {
    const prefix = String.fromCharCode(head >>> 16, head & 0xffff);
    for (let i = firstAtOrAfter(sortedWords, prefix); i < sortedWords.length && sortedWords[i]!.startsWith(prefix); i++) {
      const w = sortedWords[i]!;
      if (w.length < MIN_TYPO_LENGTH || w.length > longest + 2) continue;
      const count = deletionHashes(w, hashes);
      let near = false;
      for (let k = 0; k < count && !near; k++) {
        if ((bits[(hashes[k]! >>> 5) & 0x7fff]! & (1 << (hashes[k]! & 31))) === 0) continue;
        for (const t of byHash.get(hashes[k]!) ?? []) {
          const max = Math.min(allowedEdits(w.length), allowedEdits(t.length));
          const d = editDistance(w, t, max);
          if (d > 0 && d <= max) {
            near = true;
            break;
          }
        }
      }
      if (near) out.push(w);
    }
  }
  return out;
}

/** Index of the first of `sorted` that is not before `key` (binary search; `sorted.length` if none). */
export function firstAtOrAfter(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
