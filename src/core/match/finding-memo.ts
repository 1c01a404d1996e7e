/**
 * What `decide` would otherwise rebuild for every finding, remembered per runtime: texts repeat
 * their names (an export of 200,000 supplier notes names the same companies, misspelt the same
 * ways, again and again), and a finding's explanation, related records and a group's products
 * depend only on what is remembered here. Every finding still gets objects of its own (callers may
 * change them), so results are the same as building each one afresh.
 */
import type { Runtime } from './runtime';
import type { MatchExplanation } from './types';

/** Most explanations remembered; the memo is emptied when full (a page rarely has this many distinct mentions). */
const MAX_EXPLANATIONS = 10_000;

interface FindingMemo {
  explanations: Map<string, MatchExplanation>;
  /** By group, then by record id: the other records the group's name maps to, or null for none. */
  related: Array<Map<string, readonly string[] | null> | undefined>;
  /** By group: every product word of the group's records. */
  products: Array<Set<number> | undefined>;
}

const memos = new WeakMap<Runtime, FindingMemo>();

function memoOf(rt: Runtime): FindingMemo {
  let memo = memos.get(rt);
  if (!memo) {
    memo = { explanations: new Map(), related: [], products: [] };
    memos.set(rt, memo);
  }
  return memo;
}

/** A copy of an explanation whose arrays are its own. */
function copyOf(e: MatchExplanation): MatchExplanation {
  const copy = { ...e } as Record<string, unknown>;
  for (const k in copy) if (Array.isArray(copy[k])) copy[k] = (copy[k] as unknown[]).slice();
  return copy as unknown as MatchExplanation;
}

/**
 * The explanation for `key` (everything the explanation depends on, joined), built by `build` the
 * first time. The caller gets a copy it may change.
 */
export function memoExplanation(rt: Runtime, key: string, build: () => MatchExplanation): MatchExplanation {
  const { explanations } = memoOf(rt);
  let e = explanations.get(key);
  if (e === undefined) {
    e = build();
    if (explanations.size >= MAX_EXPLANATIONS) explanations.clear();
    explanations.set(key, e);
  }
  return copyOf(e);
}

/** Ids of the records other than `id` that group `group`'s name maps to, in entry order, or null. */
export function relatedRecordIds(rt: Runtime, group: number, id: string): string[] | null {
  const memo = memoOf(rt);
  let byId = memo.related[group];
  if (!byId) memo.related[group] = byId = new Map();
  let ids = byId.get(id);
  if (ids === undefined) {
    const { p } = rt;
    const related = new Set<string>();
    for (const e of p.groups[group]![2]) {
      const other = p.records[p.entries[e]![0]]![0];
      if (other !== id) related.add(other);
    }
    ids = related.size > 0 ? [...related] : null;
    byId.set(id, ids);
  }
  return ids === null ? null : ids.slice();
}

/** Every product word of the records group `group` names (rt.products of each, as one set). */
export function groupProducts(rt: Runtime, group: number): Set<number> {
  const memo = memoOf(rt);
  let set = memo.products[group];
  if (!set) {
    set = new Set();
    for (const r of rt.groupRecords[group]!) for (const t of rt.products[r]!) set.add(t);
    memo.products[group] = set;
  }
  return set;
}
