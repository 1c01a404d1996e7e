/** Wraps parsed records into a validated `WroList` with a content-hash version. */
import { BRANDS_SCHEMA_VERSION, SCHEMA_VERSION, type BrandParty, type ListRecord, type ListSourceInfo, type Relationship } from '../record';
import { canonicalJson, hashString, listVersion } from './hash';
import { validateList } from './list-schema';
import type { ListFormat, ParseResult } from './types';

export interface ListMeta {
  title: string;
  sources: ListSourceInfo[];
  generated: string;
}

/** A list's brands, private labels and distributors, and the relationships that lead them to records. */
export interface ListParties {
  brands: BrandParty[];
  relationships: Relationship[];
}

export function makeList(format: ListFormat, meta: ListMeta, records: ListRecord[], warnings: string[], parties?: ListParties): ParseResult {
  const withParties = parties !== undefined && parties.brands.length > 0;
  const checked = validateList({
    schemaVersion: withParties ? BRANDS_SCHEMA_VERSION : SCHEMA_VERSION,
    // A changed brand or relationship is a new version of the list, as a changed record is.
    version: withParties ? `${listVersion(records)}-${hashString(canonicalJson(parties))}` : listVersion(records),
    generated: meta.generated,
    title: meta.title,
    sources: meta.sources,
    records,
    ...(withParties ? parties : {}),
  });
  return checked.ok ? { ok: true, format, list: checked.list, warnings } : { ok: false, format, error: checked.error };
}

/** An empty record with the given identity, for parsers to fill in. */
export function blankRecord(id: string, kind: ListRecord['kind'], name: string): ListRecord {
  return {
    id,
    kind,
    name,
    aliases: [],
    subsidiaries: [],
    formerNames: [],
    nameVariants: [],
    removedAliases: [],
    country: null,
    products: [],
    scope: '',
    downstream: false,
    issued: null,
    modified: null,
    status: 'unknown',
    statusDate: null,
    statusNote: '',
    statusHistory: [],
    sources: [],
    regionTerms: [],
    listSections: [],
    delistedSince: null,
  };
}

/** A timestamp as an ISO date, or null. */
export function dateOf(timestamp: string | undefined): string | null {
  return timestamp && /^\d{4}-\d{2}-\d{2}/.test(timestamp) ? timestamp.slice(0, 10) : null;
}

export function nowIso(): string {
  return new Date().toISOString();
}
