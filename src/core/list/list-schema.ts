/**
 * The feed schema (zod 4) for `WroList`, and `validateList`, the one gate every list passes
 * before it is stored or used: bundled seeds, refreshed feeds, admin files, CLI lists.
 */
import { z } from 'zod';
import { BRANDS_SCHEMA_VERSION, SCHEMA_VERSION, type ListRecord, type WroList } from '../record';
import { checkBrands } from './brands';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const text = (max: number) => z.string().max(max, `longer than ${max} characters`);
const nonEmpty = (max: number) => text(max).refine((s) => s.trim().length > 0, 'must not be empty');
/** Only web links: a feed must not smuggle javascript: or data: URLs into the UI. */
const webUrl = z
  .string()
  .max(2000, 'longer than 2000 characters')
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'expected an http(s) URL');
/** An organisation's feed names a few thousand brands at most; more is a broken or hostile file. */
export const MAX_BRANDS = 20_000;
export const MAX_RELATIONSHIPS = 50_000;
const names = z.array(nonEmpty(500)).max(500, 'more than 500 names');

export const statusSchema = z.enum(['active', 'modified', 'inactive', 'revoked', 'delisted', 'unknown']);
export const kindSchema = z.enum(['wro', 'finding', 'uflpa', 'region', 'vessel', 'watchlist']);

export const statusClaimSchema = z.object({
  status: statusSchema,
  effective: isoDate.nullable(),
  asOf: isoDate.nullable(),
  note: text(5000),
  sourceUrl: webUrl,
});

export const provenanceSchema = z.object({
  label: nonEmpty(300),
  url: webUrl,
  retrieved: isoDate.nullable(),
  /** Not the issuing authority or its official publication (news, law firm, NGO, aggregator). */
  secondary: z.boolean().optional(),
});

const recordId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/, 'expected an id of letters, digits, . _ : - (max 200)');
export const partyTypeSchema = z.enum(['brand', 'distributor']);
export const relationTypeSchema = z.enum(['made-by', 'brand-of', 'private-label-of', 'distributor-for']);

const brandChainSchema = z.object({
  steps: z.array(z.object({ type: relationTypeSchema, name: nonEmpty(500) })).min(1).max(20),
  feed: text(300),
  asOf: isoDate.nullable(),
  sourceLabel: nonEmpty(300),
  sourceUrl: webUrl,
});

/** Derived when lists are merged (`brands.ts`), kept in the stored list. */
const brandLinkSchema = brandChainSchema.extend({
  partyId: recordId,
  partyType: partyTypeSchema,
  name: nonEmpty(500),
  aliases: names,
});

export const brandPartySchema = z.object({
  id: recordId,
  type: partyTypeSchema,
  name: nonEmpty(500),
  aliases: names,
  products: z.array(nonEmpty(300)).max(200),
  note: text(5000),
  asOf: isoDate.nullable(),
  sources: z.array(provenanceSchema).min(1, 'every brand needs at least one source').max(100),
});

export const relationshipSchema = z.object({
  from: recordId,
  to: recordId,
  type: relationTypeSchema,
  asOf: isoDate.nullable(),
  sourceUrl: webUrl,
});

export const listRecordSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/, 'expected an id of letters, digits, . _ : - (max 200)'),
  kind: kindSchema,
  name: nonEmpty(500),
  aliases: names,
  subsidiaries: names,
  formerNames: names,
  nameVariants: z.array(z.object({ name: nonEmpty(500), sourceUrl: webUrl })).max(500),
  removedAliases: names,
  country: nonEmpty(100).nullable(),
  products: z.array(nonEmpty(300)).max(200),
  scope: text(5000),
  downstream: z.boolean(),
  issued: isoDate.nullable(),
  modified: isoDate.nullable(),
  status: statusSchema,
  statusDate: isoDate.nullable(),
  statusNote: text(5000),
  statusHistory: z.array(statusClaimSchema).max(100),
  sources: z.array(provenanceSchema).min(1, 'every record needs at least one source').max(100),
  regionTerms: names,
  listSections: z.array(nonEmpty(20)).max(10),
  delistedSince: isoDate.nullable(),
  instrument: z.enum(['wro', 'finding']).optional(),
  brandLinks: z.array(brandLinkSchema).max(10_000).optional(),
});

export const listSourceInfoSchema = provenanceSchema.omit({ secondary: true });

export const wroListSchema = z.object({
  schemaVersion: z.union([z.literal(SCHEMA_VERSION), z.literal(BRANDS_SCHEMA_VERSION)]),
  version: nonEmpty(100),
  generated: z.iso.datetime({ offset: true }),
  title: text(300),
  sources: z.array(listSourceInfoSchema).max(100),
  records: z.array(listRecordSchema).max(200_000),
  brands: z.array(brandPartySchema).max(MAX_BRANDS, `more than ${MAX_BRANDS} brands`).optional(),
  relationships: z.array(relationshipSchema).max(MAX_RELATIONSHIPS, `more than ${MAX_RELATIONSHIPS} relationships`).optional(),
});

// Compile-time proof that the schema and the hand-written types describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const recordMatches: Same<z.infer<typeof listRecordSchema>, ListRecord> = true;
const listMatches: Same<z.infer<typeof wroListSchema>, WroList> = true;
void recordMatches;
void listMatches;

export type ValidationResult = { ok: true; list: WroList } | { ok: false; error: string };

const MAX_REPORTED_ISSUES = 5;

function describePath(path: readonly PropertyKey[], input: unknown): string {
  let out = '';
  let node: unknown = input;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    // Name the record, so an admin can find it in a 10,000-record file.
    if (typeof key === 'number' && out === `records[${key}]` && node && typeof node === 'object') {
      const id = (node as { id?: unknown }).id;
      if (typeof id === 'string') out += ` (id "${id.slice(0, 80)}")`;
    }
  }
  return out || 'the list';
}

/** Validate any JSON value as a list. Never throws; errors name the path and the problem. */
export function validateList(json: unknown): ValidationResult {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, error: 'Not a WRO Check list: expected a JSON object with "schemaVersion" and "records".' };
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION && version !== BRANDS_SCHEMA_VERSION) {
    return {
      ok: false,
      error:
        version === undefined
          ? 'Not a WRO Check list: "schemaVersion" is missing.'
          : `Unsupported schemaVersion ${JSON.stringify(version)?.slice(0, 40)}: this version of WRO Check reads schemaVersion ${SCHEMA_VERSION} and ${BRANDS_SCHEMA_VERSION}.`,
    };
  }
  const parsed = wroListSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const lines = issues.slice(0, MAX_REPORTED_ISSUES).map((i) => `${describePath(i.path, json)}: ${i.message}`);
    const more = issues.length > MAX_REPORTED_ISSUES ? ` (and ${issues.length - MAX_REPORTED_ISSUES} more problems)` : '';
    return { ok: false, error: `The list is not valid: ${lines.join('; ')}${more}.` };
  }
  const list = parsed.data;
  const hasBrands = list.brands !== undefined || list.relationships !== undefined;
  if (hasBrands && list.schemaVersion !== BRANDS_SCHEMA_VERSION) {
    return { ok: false, error: `"brands" and "relationships" need "schemaVersion": ${BRANDS_SCHEMA_VERSION}.` };
  }
  if (list.records.length === 0 && !list.brands?.length) return { ok: false, error: 'The list has no records: refusing an empty list.' };
  const seen = new Map<string, number>();
  for (const [index, record] of list.records.entries()) {
    const first = seen.get(record.id);
    if (first !== undefined) {
      return { ok: false, error: `Duplicate record id "${record.id}" at records[${first}] and records[${index}].` };
    }
    seen.set(record.id, index);
  }
  const brandError = checkBrands(list);
  if (brandError) return { ok: false, error: brandError };
  return { ok: true, list };
}

/** The published JSON Schema of the feed format (`schema/wro-list.schema.json`). */
export function listJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(wroListSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://github.com/wro-check/wro-check/schema/wro-list.schema.json',
    title: 'WRO Check list',
    description:
      'A list of US forced-labour import restrictions (CBP Withhold Release Orders and Findings, DHS UFLPA Entity List entities, region orders, vessels, watch-list entries) with dated status claims and provenance. Record ids must be unique and the list must not be empty. schemaVersion 2 adds brands, private labels and distributors an organisation names, and the relationships that lead them to listed records (docs/feeds.md): relationships start at a party of the feed, and must not form a cycle.',
  };
}
