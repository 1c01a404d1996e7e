/**
 * Combining lists. `mergeLists` unifies several sources (bundled list, CBP, DHS, an
 * organisation's feed) into one list whose records remember every source and dated claim.
 * `carryOver` keeps what a source dropped: CBP removes lifted orders from its file, and absence
 * means "no longer listed", not "never listed".
 */
import { BRANDS_SCHEMA_VERSION, SCHEMA_VERSION, type ListRecord, type Provenance, type WroList } from '../record';
import { linkBrands } from './brands';
import { listVersion } from './hash';
import { matchRecords } from './identity';
import { withClaims } from './status';
import { addNames, nameKey } from './text';
import type { ListFormat } from './types';
import { withdrawalClaim } from './withdrawal';

function union<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)) && seen.add(key(x)))];
}

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** One entry per URL: the first label, the newest retrieval date. */
function mergeSources(a: readonly Provenance[], b: readonly Provenance[]): Provenance[] {
  const byUrl = new Map<string, Provenance>();
  for (const s of [...a, ...b]) {
    const prior = byUrl.get(s.url);
    if (!prior) byUrl.set(s.url, s);
    else if ((s.retrieved ?? '') > (prior.retrieved ?? '')) byUrl.set(s.url, { ...prior, retrieved: s.retrieved });
  }
  return [...byUrl.values()];
}

/** The newest date a record part speaks for: its sources, or the refresh that delisted it. */
function freshness(r: ListRecord): string {
  return [r.delistedSince ?? '', ...r.sources.map((s) => s.retrieved ?? '')].sort().at(-1) ?? '';
}

export function mergeRecords(a: ListRecord, b: ListRecord): ListRecord {
  const fresher = freshness(b) > freshness(a) ? b : a;
  const removed = union(a.removedAliases, b.removedAliases, (x) => x);
  const drop = new Set(removed.map((x) => x.toLowerCase()));
  const keep = (xs: string[]) => xs.filter((x) => !drop.has(x.toLowerCase()));
  // A name the fresher source now gives only as a former name is no longer a current alias.
  const former = lower(fresher.formerNames);
  // Names: each source's spellings are kept unless they differ only in case, dots, commas or
  // spacing (nameKey), so a merge never drops a name a source gives, such as DHS's "Yuanan"
  // beside "Yuan’an". Region terms: one region written by different hands (looseKey).
  const merged: ListRecord = {
    ...a,
    aliases: keep(addNames(a.aliases, b.aliases, [a.name], nameKey)).filter((x) => !former.has(x.toLowerCase())),
    subsidiaries: keep(addNames(a.subsidiaries, b.subsidiaries, [a.name], nameKey)),
    formerNames: keep(addNames(a.formerNames, b.formerNames, [a.name], nameKey)),
    nameVariants: union(a.nameVariants, b.nameVariants, (v) => v.name),
    removedAliases: removed,
    country: a.country ?? b.country,
    products: union(a.products, b.products, (x) => x.toLowerCase()),
    scope: a.scope || b.scope,
    downstream: a.downstream || b.downstream,
    issued: [a.issued, b.issued].filter((d): d is string => Boolean(d)).sort()[0] ?? null,
    sources: mergeSources(a.sources, b.sources),
    regionTerms: addNames(a.regionTerms, b.regionTerms), // looseKey: see above
    listSections: union(a.listSections, b.listSections, (x) => x).sort(),
    ...((a.instrument ?? b.instrument) ? { instrument: a.instrument ?? b.instrument } : {}),
  };
  const claimed = withClaims(merged, [...a.statusHistory, ...b.statusHistory]);
  // No longer listed while the latest claim says so: a later claim (the source lists it again) ends it.
  return { ...claimed, delistedSince: claimed.status === 'delisted' ? claimed.statusDate : null };
}

export interface MergeOptions {
  title?: string;
}

/** Several lists into one. Earlier lists win ids and names; every source and claim is kept. */
export function mergeLists(lists: readonly WroList[], options: MergeOptions = {}): WroList {
  let records: ListRecord[] = [];
  // A feed's relationships name its own records by the ids they had before an earlier list's won.
  const rename = new Map<string, string>();
  for (const list of lists) {
    const matches = matchRecords(records, list.records);
    const merged = [...records];
    list.records.forEach((r, i) => {
      const at = matches[i];
      if (at === undefined) merged.push(r);
      else {
        merged[at] = mergeRecords(merged[at]!, r);
        if (merged[at]!.id !== r.id) rename.set(r.id, merged[at]!.id);
      }
    });
    records = merged;
  }
  const brands = lists.flatMap((l) => l.brands ?? []);
  const relationships = lists.flatMap((l) => l.relationships ?? []);
  records = linkBrands(records, lists, rename);
  return {
    schemaVersion: brands.length > 0 || relationships.length > 0 ? BRANDS_SCHEMA_VERSION : SCHEMA_VERSION,
    version: listVersion(records),
    generated: lists.map((l) => l.generated).sort().at(-1) ?? new Date(0).toISOString(),
    title: options.title ?? (lists.length === 1 ? lists[0]!.title : 'WRO Check list (merged)'),
    sources: union(lists.flatMap((l) => l.sources), [], (s) => `${s.url}|${s.label}`),
    records,
    ...(brands.length > 0 || relationships.length > 0 ? { brands, relationships } : {}),
  };
}

export interface CarryOverResult {
  list: WroList;
  /** Records the source dropped in this refresh (newly marked `delistedSince`). */
  delisted: ListRecord[];
}

export interface CarrySource {
  format: ListFormat;
  label: string;
  /**
   * Whether `previous` is this source's own earlier download, so names it no longer gives were
   * dropped by it (they become former names). Not so for the bundled records a first download is
   * compared with: their aliases also come from other sources.
   */
  ownPrevious: boolean;
}


/** The aliases `prior` gave that `next` no longer gives, kept as former names (still found, explained as such). */
function keepDroppedAliases(prior: ListRecord, next: ListRecord): ListRecord {
  const current = lower([next.name, ...next.aliases, ...next.subsidiaries, ...next.formerNames, ...next.removedAliases]);
  const dropped = prior.aliases.filter((a) => !current.has(a.toLowerCase()));
  return dropped.length === 0 ? next : { ...next, formerNames: [...next.formerNames, ...dropped] };
}

/**
 * A fresh download of one source, reconciled with what that source said before: records keep
 * their previous ids (so decisions stay attached), and records the source dropped are kept with a
 * dated "no longer listed" claim (CBP drops modified and revoked orders from its file). Only kinds
 * the new download covers are carried (a CBP file says nothing about UFLPA entities).
 */
export function carryOver(previous: WroList | null, next: WroList, refreshedAt: string, source: CarrySource): CarryOverResult {
  if (!previous) return { list: next, delisted: [] };
  const day = refreshedAt.slice(0, 10);
  const matches = matchRecords(previous.records, next.records);
  const records = next.records.map((r, i) => {
    const at = matches[i];
    if (at === undefined) return r;
    const prior = previous.records[at]!;
    return { ...(source.ownPrevious ? keepDroppedAliases(prior, r) : r), id: prior.id };
  });
  const matched = new Set(matches.filter((m): m is number => m !== undefined));
  const kinds = new Set(next.records.map((r) => r.kind));
  const delisted: ListRecord[] = [];
  previous.records.forEach((r, i) => {
    if (matched.has(i) || !kinds.has(r.kind)) return;
    if (r.delistedSince) return void records.push(r);
    const kept = withClaims({ ...r, delistedSince: day }, [withdrawalClaim(source.format, day, r), ...r.statusHistory]);
    delisted.push(kept);
    records.push(kept);
  });
  const ids = new Set<string>();
  const unique = records.filter((r) => !ids.has(r.id) && ids.add(r.id));
  return { list: { ...next, version: listVersion(unique), records: unique }, delisted };
}
