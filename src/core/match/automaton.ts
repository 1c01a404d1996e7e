/**
 * Aho–Corasick over token ids: finds every compiled name sequence ending at each token in one pass.
 * Transitions are built in one Map keyed by `state * vocabSize + token` (no per-state objects), then
 * packed into typed arrays for the scan.
 */
export interface TokenAutomaton {
  /** Next state after reading `token` in `state` (follows failure links). */
  step(state: number, token: number): number;
  /** Group indices whose sequence ends at `state`, or undefined. */
  outputs: Array<number[] | undefined>;
  /** Length in tokens of each group's sequence. */
  lengths: Int32Array;
  /**
   * Per state inside a sequence: the groups whose sequences go on from it, where they are few ("QINGDAO
   * VITAL NUTRACEUTICAL INGREDI" cut at a field leads to one firm's names only); undefined where none
   * or many do.
   */
  groupsAfter: Array<number[] | undefined>;
  /** Per state: how many tokens lead to it from the root. */
  depths: Int32Array;
}

/** More groups than this going on from a state say nothing of which name a cut there is. */
const MAX_GROUPS_AFTER = 6;

export function buildAutomaton(sequences: ReadonlyArray<readonly number[]>, vocabSize: number): TokenAutomaton {
  const V = Math.max(1, vocabSize);
  const go = new Map<number, number>();
  const children: Array<Array<[number, number]>> = [[]];
  const outputs: Array<number[] | undefined> = [undefined];
  const lengths = new Int32Array(sequences.length);
  // Loops, not callbacks: a callback here would keep `go` and `children` (the building's scaffolding,
  // about half the automaton's memory) alive in the context `step` closes over.
  for (let g = 0; g < sequences.length; g++) {
    const seq = sequences[g]!;
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
  }

  const groupsAfter: Array<number[] | undefined> = new Array(children.length);
  const many = new Uint8Array(children.length);
  const depths = new Int32Array(children.length);
  for (let g = 0; g < sequences.length; g++) {
    let state = 0;
    const seq = sequences[g]!;
    for (let k = 0; k + 1 < seq.length; k++) {
      state = go.get(state * V + seq[k]!)!;
      depths[state] = k + 1;
      if (many[state]) continue;
      const list = (groupsAfter[state] ??= []);
      if (list.length === MAX_GROUPS_AFTER) {
        many[state] = 1;
        groupsAfter[state] = undefined;
      } else list.push(g);
    }
  }

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
  const edges = edgeTable(children);

  return {
    outputs,
    lengths,
    groupsAfter,
    depths,
    step(state, token) {
      let s = state;
      while (s !== 0) {
        const next = edges.get(s, token);
        if (next >= 0) return next;
        s = fail[s]!;
      }
      return fromRoot[token]!;
    },
  };
}

/**
 * The non-root transitions in one open-addressing table of typed arrays: the scan looks one up per
 * name word it reads (every known ideograph of a CJK page), and a Map with computed keys costs
 * several times more per lookup.
 */
function edgeTable(children: ReadonlyArray<ReadonlyArray<[number, number]>>): { get(state: number, token: number): number } {
  let count = 0;
  for (let st = 1; st < children.length; st++) count += children[st]!.length;
  let size = 16;
  while (size < count * 2) size <<= 1;
  const mask = size - 1;
  // Slot: [state + 1 (0 = empty), token, next state].
  const slots = new Int32Array(size * 3);
  const slotOf = (state: number, token: number): number => (Math.imul(state, 0x9e3779b1) ^ Math.imul(token, 0x85ebca6b)) >>> 0;
  for (let st = 1; st < children.length; st++) {
    for (const [tok, next] of children[st]!) {
      let slot = slotOf(st, tok) & mask;
      while (slots[slot * 3] !== 0) slot = (slot + 1) & mask;
      slots[slot * 3] = st + 1;
      slots[slot * 3 + 1] = tok;
      slots[slot * 3 + 2] = next;
    }
  }
  return {
    get(state, token) {
      for (let slot = slotOf(state, token) & mask; ; slot = (slot + 1) & mask) {
        const stored = slots[slot * 3]!;
        if (stored === 0) return -1;
        if (stored === state + 1 && slots[slot * 3 + 1] === token) return slots[slot * 3 + 2]!;
      }
    },
  };
}
