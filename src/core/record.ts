/**
 * The one record shape every list entry takes, whatever source it came from.
 * Feeds are validated against `list-schema.ts` (zod) before they become these types.
 */

export const SCHEMA_VERSION = 1;
/** A list that carries brands and relationships (`docs/feeds.md`); a list without them stays version 1. */
export const BRANDS_SCHEMA_VERSION = 2;

/** What kind of restriction (or watch-list entry) a record is. */
export type RecordKind =
  | 'wro' // CBP Withhold Release Order against a company or group
  | 'finding' // CBP Finding (a WRO that CBP has escalated to a formal finding)
  | 'uflpa' // DHS UFLPA Entity List entity
  | 'region' // order against a region or product (Xinjiang cotton, Malawi tobacco)
  | 'vessel' // order against a fishing vessel
  | 'watchlist'; // an organisation's own watch-list entry

/**
 * Current status as far as known. `unknown` is shown as unknown, never guessed. `inactive` is CBP's
 * own word ("Inactive", "Inactive-Pending Litigation"): not in force now, not revoked. `delisted`:
 * the official source that listed the record stopped listing it (see `delistedSince`); the claim
 * before it is the last known status.
 */
export type Status = 'active' | 'modified' | 'inactive' | 'revoked' | 'delisted' | 'unknown';

/** One source's dated claim about a record's status. A record keeps every claim. */
export interface StatusClaim {
  status: Status;
  /** The date the status took effect, when the source gives it (ISO yyyy-mm-dd). */
  effective: string | null;
  /** The date the source made the claim (its publication or retrieval date). */
  asOf: string | null;
  note: string;
  sourceUrl: string;
}

/** One source that asserted the record, with when it was read. */
export interface Provenance {
  /** Short label: "CBP WRO/Findings CSV", "DHS UFLPA Entity List", "IASC letter (Nov 2021)". */
  label: string;
  url: string;
  /** ISO date the source was retrieved or published. */
  retrieved: string | null;
  /**
   * True when the source is not the issuing authority or its official publication (news, a law
   * firm, an NGO, a data aggregator such as OpenSanctions, a personal repository, social media).
   * Absent for official sources.
   */
  secondary?: boolean;
}

/** A name reported elsewhere (news, Chinese-script names): used for matching, labelled as unofficial. */
export interface NameVariant {
  name: string;
  sourceUrl: string;
}

export interface ListRecord {
  id: string;
  kind: RecordKind;
  name: string;
  aliases: string[];
  subsidiaries: string[];
  formerNames: string[];
  /** Not official aliases: matched, but explained as "reported elsewhere". */
  nameVariants: NameVariant[];
  /** Names a source has withdrawn: never matched to this record. */
  removedAliases: string[];
  country: string | null;
  products: string[];
  scope: string;
  /** The order reaches goods made from the listed products elsewhere (Hoshine silica, XUAR cotton). */
  downstream: boolean;
  /** ISO date the order or listing was issued, null where no source gives it. */
  issued: string | null;
  /** ISO date of the last modification, if any. */
  modified: string | null;
  /** The most recent status claim, copied up for quick use. */
  status: Status;
  statusDate: string | null;
  statusNote: string;
  statusHistory: StatusClaim[];
  sources: Provenance[];
  /** For region orders: the region's names. Region orders only match with their products nearby. */
  regionTerms: string[];
  /** UFLPA statutory sub-lists, e.g. ["(i)", "(v)"]. */
  listSections: string[];
  /** ISO date since which the record is no longer in its official source's file, if so. */
  delistedSince: string | null;
  /**
   * For region and vessel orders: the instrument CBP issued, a WRO or a Finding (a Finding is the
   * stronger of the two). Absent where no source says.
   */
  instrument?: 'wro' | 'finding';
  /**
   * Brands, private labels and distributors that an organisation's feed says lead to this record
   * (derived from the lists' `brands` and `relationships` when lists are merged): found like
   * aliases, explained with the chain.
   */
  brandLinks?: BrandLink[];
}

/** What a party in an organisation's feed is: a brand or private label of goods, or a firm selling others' goods. */
export type PartyType = 'brand' | 'distributor';

/** How one party relates to the next: each is worded "made by X", "private label of X"... */
export type RelationType = 'made-by' | 'brand-of' | 'private-label-of' | 'distributor-for';

/** A brand, private label or distributor an organisation names, itself not listed. */
export interface BrandParty {
  id: string;
  type: PartyType;
  name: string;
  aliases: string[];
  products: string[];
  note: string;
  /** The date the organisation established what it says about the party (ISO), null if it does not say. */
  asOf: string | null;
  sources: Provenance[];
}

/** One edge: `from` (a party of the feed) relates to `to` (another party, or a listed record's id). */
export interface Relationship {
  from: string;
  to: string;
  type: RelationType;
  asOf: string | null;
  sourceUrl: string;
}

/** A party's way to a listed record, as the explanation of a finding on the party's name gives it. */
export interface BrandChain {
  /** Each step from the party: its relation and the name of the party or record it leads to. */
  steps: Array<{ type: RelationType; name: string }>;
  /** The feed that says so (its title), when the party was established, and its first source. */
  feed: string;
  asOf: string | null;
  sourceLabel: string;
  sourceUrl: string;
}

export interface BrandLink extends BrandChain {
  partyId: string;
  partyType: PartyType;
  /** The party's name and other names: matched as names of the record they lead to. */
  name: string;
  aliases: string[];
}

export interface ListSourceInfo {
  label: string;
  url: string;
  retrieved: string | null;
}

/** A whole list: the bundled default, a refreshed feed, or a merge of several. */
export interface WroList {
  schemaVersion: typeof SCHEMA_VERSION | typeof BRANDS_SCHEMA_VERSION;
  /** Changes whenever the records change; decisions record the version they were judged against. */
  version: string;
  /** ISO timestamp the list was built. */
  generated: string;
  title: string;
  sources: ListSourceInfo[];
  records: ListRecord[];
  /** Version 2: brands, private labels and distributors the organisation names, and how they relate. */
  brands?: BrandParty[];
  relationships?: Relationship[];
}

/** Every name a record can be found by, with how it relates to the listed record. */
export type NameRole = 'name' | 'alias' | 'subsidiary' | 'former' | 'variant' | 'brand';

export function namesOf(record: ListRecord): Array<{ text: string; role: NameRole }> {
  return [
    { text: record.name, role: 'name' as const },
    ...record.aliases.map((text) => ({ text, role: 'alias' as const })),
    ...record.subsidiaries.map((text) => ({ text, role: 'subsidiary' as const })),
    ...record.formerNames.map((text) => ({ text, role: 'former' as const })),
    ...record.nameVariants.map((v) => ({ text: v.name, role: 'variant' as const })),
    ...(record.brandLinks ?? []).flatMap((b) => [b.name, ...b.aliases].map((text) => ({ text, role: 'brand' as const }))),
  ];
}
