/**
 * Near-miss lookup for long name tokens: a symmetric-deletion index (every target and each of its
 * one-letter deletions), confirmed with an optimal-string-alignment distance. Finds "brigthway" for
 * "brightway" and "xingjang" for "xinjiang" without comparing a word to every name.
 */

/** Shortest token that typo tolerance applies to; shorter words are too easy to hit by chance. */
export const MIN_TYPO_LENGTH = 5;

/** Edit distance with adjacent transpositions (optimal string alignment), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** Most edits tolerated for a word of this length. */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export interface TypoIndex {
  /** First-two-letter keys (c0 << 16 | c1) of the targets: a cheap pre-filter for page words. */
  heads: Set<number>;
  /** The best target for `word` and its distance, or null. */
  lookup(word: string): { target: number; distance: number } | null;
}

export function buildTypoIndex(targets: ReadonlyArray<{ id: number; text: string }>): TypoIndex {
  const byDeletion = new Map<string, number[]>();
  const texts = new Map<number, string>();
  const heads = new Set<number>();
  for (const { id, text } of targets) {
    texts.set(id, text);
    heads.add((text.charCodeAt(0) << 16) | text.charCodeAt(1));
    for (const d of deletions(text)) {
      const list = byDeletion.get(d);
      if (list) list.push(id);
      else byDeletion.set(d, [id]);
    }
  }
  return {
    heads,
    lookup(word) {
      let best: { target: number; distance: number } | null = null;
      const max = allowedEdits(word.length);
      for (const d of deletions(word)) {
        for (const id of byDeletion.get(d) ?? []) {
          const target = texts.get(id)!;
          const distance = editDistance(word, target, Math.min(max, allowedEdits(target.length)));
          if (distance === 0 || distance > Math.min(max, allowedEdits(target.length))) continue;
          if (!best || distance < best.distance) best = { target: id, distance };
        }
      }
      return best;
    },
  };
}
