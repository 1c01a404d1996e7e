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

/** The word and each of its one-letter deletions: two words are near when theirs meet. */
export function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export interface TypoIndex {
  /** First-two-letter keys (c0 << 16 | c1) of the targets: a cheap pre-filter for page words. */
  heads: Set<number>;
  /** The best target for `word` and its distance, or null. */
  lookup(word: string): { target: number; distance: number } | null;
  /** Every target within tolerance of `word`. */
  lookupAll(word: string): number[];
}

/**
 * Builds the index. The deletion map is built on the first lookup: most pages never need one, and
 * a content script should not pay for it on load.
 */
export function buildTypoIndex(targets: ReadonlyArray<{ id: number; text: string }>): TypoIndex {
  const heads = new Set<number>();
  for (const { text } of targets) heads.add((text.charCodeAt(0) << 16) | text.charCodeAt(1));
  let byDeletion: Map<string, number[]> | undefined;
  const texts = new Map<number, string>();
  const index = (): Map<string, number[]> => {
    if (byDeletion) return byDeletion;
    byDeletion = new Map();
    for (const { id, text } of targets) {
      texts.set(id, text);
      for (const d of deletions(text)) {
        const list = byDeletion.get(d);
        if (list) list.push(id);
        else byDeletion.set(d, [id]);
      }
    }
    return byDeletion;
  };
  const within = (word: string): Array<{ target: number; distance: number }> => {
    const map = index();
    const out: Array<{ target: number; distance: number }> = [];
    const seen = new Set<number>();
    for (const d of deletions(word)) {
      for (const id of map.get(d) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const target = texts.get(id)!;
        const max = Math.min(allowedEdits(word.length), allowedEdits(target.length));
        const distance = editDistance(word, target, max);
        if (distance > 0 && distance <= max) out.push({ target: id, distance });
      }
    }
    return out;
  };
  return {
    heads,
    lookup(word) {
      let best: { target: number; distance: number } | null = null;
      for (const hit of within(word)) if (!best || hit.distance < best.distance) best = hit;
      return best;
    },
    lookupAll: (word) => within(word).map((h) => h.target),
  };
}
