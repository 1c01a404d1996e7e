/**
 * Aho–Corasick over token ids: finds every compiled name sequence ending at each token in one pass.
 * Transitions live in one Map keyed by `state * vocabSize + token`, which stays compact for a few
 * thousand names and needs no per-state objects.
 */
export interface TokenAutomaton {
  /** Next state after reading `token` in `state` (follows failure links). */
  step(state: number, token: number): number;
  /** Group indices whose sequence ends at `state`, or undefined. */
  outputs: Array<number[] | undefined>;
  /** Length in tokens of each group's sequence. */
  lengths: Int32Array;
}

export function buildAutomaton(sequences: ReadonlyArray<readonly number[]>, vocabSize: number): TokenAutomaton {
  const V = Math.max(1, vocabSize);
  const go = new Map<number, number>();
  const children: Array<Array<[number, number]>> = [[]];
  const outputs: Array<number[] | undefined> = [undefined];
  const lengths = new Int32Array(sequences.length);
  sequences.forEach((seq, g) => {
    lengths[g] = seq.length;
    let state = 0;
    for (const tok of seq) {
      const key = state * V + tok;
      let next = go.get(key);
      if (next === undefined) {
        next = children.length;
        children.push([]);
        outputs.push(undefined);
        go.set(key, next);
        children[state]!.push([tok, next]);
      }
      state = next;
    }
    (outputs[state] ??= []).push(g);
  });

  const fail = new Int32Array(children.length);
  const queue: number[] = [];
  for (const [, child] of children[0]!) queue.push(child);
  for (let qi = 0; qi < queue.length; qi++) {
    const r = queue[qi]!;
    for (const [tok, s] of children[r]!) {
      queue.push(s);
      let f = fail[r]!;
      while (f !== 0 && !go.has(f * V + tok)) f = fail[f]!;
      const target = go.get(f * V + tok);
      fail[s] = target !== undefined && target !== s ? target : 0;
      const inherited = outputs[fail[s]!];
      if (inherited) outputs[s] = [...(outputs[s] ?? []), ...inherited];
    }
  }

  // Most steps start from the root (a page word after a non-name word): a flat table answers those.
  const fromRoot = new Int32Array(V);
  for (const [tok, child] of children[0]!) fromRoot[tok] = child;

  return {
    outputs,
    lengths,
    step(state, token) {
      let s = state;
      while (s !== 0) {
        const next = go.get(s * V + token);
        if (next !== undefined) return next;
        s = fail[s]!;
      }
      return fromRoot[token]!;
    },
  };
}
