/**
 * Brands, private labels and distributors an organisation names in its feed (schemaVersion 2), and
 * the relationships that lead them to listed records ("MediGuard", private label of a distributor,
 * made by a listed manufacturer). `checkBrands` refuses a feed whose relationships start nowhere or
 * go round in a circle; `unknownTargets` names the records a feed points at that the lists in use
 * do not hold; `linkBrands` writes each party's way to a listed record onto that record, so the
 * matcher finds the party's names as the record's, explained with the chain. A party is never a
 * listing of its own: a finding on it has the status of the record it leads to.
 */
import type { BrandLink, BrandParty, ListRecord, RelationType, Relationship, WroList } from '../record';

/** Longer chains are refused: a brand is a few steps from its maker, not twenty. */
export const MAX_CHAIN_STEPS = 8;

const quoted = (id: string): string => `"${id.slice(0, 80)}"`;

function outgoing(relationships: readonly Relationship[]): Map<string, Relationship[]> {
  const out = new Map<string, Relationship[]>();
  for (const r of relationships) {
    const list = out.get(r.from);
    if (list) list.push(r);
    else out.set(r.from, [r]);
  }
  return out;
}

/**
 * Problems with a list's brands and relationships that its schema cannot see, as one message, or
 * null: ids shared with records or other parties, a relationship from something not a party of
 * this feed, to itself, or to a region, a party that leads nowhere, a cycle, a chain too long.
 * A relationship's target that is not in this feed is checked against the lists in use when the
 * feed is applied (`unknownTargets`).
 */
export function checkBrands(list: WroList): string | null {
  const parties = list.brands ?? [];
  const relationships = list.relationships ?? [];
  const records = new Map(list.records.map((r) => [r.id, r]));
  const partyIds = new Map<string, number>();
  for (const [i, p] of parties.entries()) {
    if (records.has(p.id)) return `brands[${i}] (id ${quoted(p.id)}): a record has the same id.`;
    const first = partyIds.get(p.id);
    if (first !== undefined) return `Duplicate brand id ${quoted(p.id)} at brands[${first}] and brands[${i}].`;
    partyIds.set(p.id, i);
  }
  for (const [i, r] of relationships.entries()) {
    const at = `relationships[${i}] (${quoted(r.from)} → ${quoted(r.to)})`;
    if (!partyIds.has(r.from)) return `${at}: "from" must be the id of one of this feed's brands; ${quoted(r.from)} is not.`;
    if (r.from === r.to) return `${at}: a brand cannot relate to itself.`;
    if (records.get(r.to)?.kind === 'region') return `${at}: a brand cannot lead to a region order (${quoted(r.to)}).`;
  }
  const out = outgoing(relationships);
  for (const [i, p] of parties.entries()) {
    if (!out.has(p.id)) return `brands[${i}] (id ${quoted(p.id)}) has no relationship: each brand must lead to a listed record.`;
  }
  // Depth-first from each party: grey while on the path (a cycle if met again), black when done.
  const state = new Map<string, 'grey' | 'black'>();
  const path: string[] = [];
  const visit = (id: string): string | null => {
    if (state.get(id) === 'black' || !partyIds.has(id)) return null;
    if (state.get(id) === 'grey') return `The relationships form a cycle: ${[...path.slice(path.indexOf(id)), id].map(quoted).join(' → ')}.`;
    if (path.length >= MAX_CHAIN_STEPS) return `A chain of relationships is longer than ${MAX_CHAIN_STEPS} steps: ${[...path, id].map(quoted).join(' → ')}.`;
    state.set(id, 'grey');
    path.push(id);
    for (const r of out.get(id) ?? []) {
      const problem = visit(r.to);
      if (problem) return problem;
    }
    path.pop();
    state.set(id, 'black');
    return null;
  };
  for (const p of parties) {
    const problem = visit(p.id);
    if (problem) return problem;
  }
  return null;
}

/**
 * The targets of `list`'s relationships that are neither its own brands nor any of `known` (the
 * records of every list in use, this one's included), each once.
 */
export function unknownTargets(list: WroList, known: ReadonlySet<string>): string[] {
  const parties = new Set((list.brands ?? []).map((p) => p.id));
  return [...new Set((list.relationships ?? []).map((r) => r.to).filter((to) => !parties.has(to) && !known.has(to)))];
}

/** The message for a feed pointing at records the lists in use do not hold. */
export function unknownTargetsError(unknown: readonly string[]): string {
  const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
  return `The feed's relationships lead to records that are in none of the lists in use: ${unknown.slice(0, 5).map(quoted).join(', ')}${more}. Check the record ids (they are the ids in the lists, such as "uflpa-…").`;
}

interface Way {
  recordId: string;
  steps: Array<{ type: RelationType; to: string }>;
}

/** Every listed record a party leads to, each by its shortest way (the first found among equals). */
function waysFrom(partyId: string, out: Map<string, Relationship[]>, isParty: (id: string) => boolean): Way[] {
  const found = new Map<string, Way>();
  let frontier: Way[] = [{ recordId: partyId, steps: [] }];
  const seen = new Set([partyId]);
  while (frontier.length > 0) {
    const next: Way[] = [];
    for (const way of frontier) {
      for (const r of out.get(way.recordId) ?? []) {
        const steps = [...way.steps, { type: r.type, to: r.to }];
        if (!isParty(r.to)) {
          if (!found.has(r.to)) found.set(r.to, { recordId: r.to, steps });
        } else if (!seen.has(r.to) && steps.length < MAX_CHAIN_STEPS) {
          seen.add(r.to);
          next.push({ recordId: r.to, steps });
        }
      }
    }
    frontier = next;
  }
  return [...found.values()];
}

/**
 * The records with the parties that lead to them as `brandLinks` (replacing any from before), for
 * the brands and relationships of `feeds` (each with its title, the feed that says so). `rename`
 * maps a record id a feed used to the id the record has in `records` (when merging gave it another).
 * Targets not in `records` are passed over: a feed naming one is refused before it is applied.
 */
export function linkBrands(records: ListRecord[], feeds: ReadonlyArray<Pick<WroList, 'title' | 'brands' | 'relationships'>>, rename: ReadonlyMap<string, string> = new Map()): ListRecord[] {
  const index = new Map(records.map((r, i) => [r.id, i]));
  const links = new Map<number, BrandLink[]>();
  for (const feed of feeds) {
    const parties = new Map((feed.brands ?? []).map((p) => [p.id, p]));
    if (parties.size === 0) continue;
    const out = outgoing(feed.relationships ?? []);
    for (const party of parties.values()) {
      for (const way of waysFrom(party.id, out, (id) => parties.has(id))) {
        const at = index.get(rename.get(way.recordId) ?? way.recordId);
        if (at === undefined || records[at]!.kind === 'region') continue;
        const nameOf = (id: string): string => parties.get(id)?.name ?? records[at]!.name;
        const link = brandLink(party, feed.title, way.steps.map((s) => ({ type: s.type, name: nameOf(s.to) })));
        const list = links.get(at);
        if (list) list.push(link);
        else links.set(at, [link]);
      }
    }
  }
  return records.map((r, i) => {
    const found = links.get(i);
    if (!found && !r.brandLinks) return r;
    const { brandLinks: _old, ...rest } = r;
    return found ? { ...rest, brandLinks: found } : rest;
  });
}

function brandLink(party: BrandParty, feed: string, steps: BrandLink['steps']): BrandLink {
  const source = party.sources[0]!;
  return {
    partyId: party.id,
    partyType: party.type,
    name: party.name,
    aliases: party.aliases,
    steps,
    feed,
    asOf: party.asOf ?? source.retrieved,
    sourceLabel: source.label,
    sourceUrl: source.url,
  };
}
