/**
 * The feed schema (zod 4) for `WroList`, and `validateList`, the one gate every list passes
 * before it is stored or used: bundled seeds, refreshed feeds, admin files, CLI lists.
 */
import { z } from 'zod';
import { SCHEMA_VERSION, type ListRecord, type WroList } from '../record';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const text = (max: number) => z.string().max(max, `longer than ${max} characters`);
const nonEmpty = (max: number) => text(max).refine((s) => s.trim().length > 0, 'must not be empty');
/** Only web links: a feed must not smuggle javascript: or data: URLs into the UI. */
const webUrl = z
  .string()
  .max(2000, 'longer than 2000 characters')
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'expected an http(s) URL');
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
});

export const listSourceInfoSchema = provenanceSchema.omit({ secondary: true });

export const wroListSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: nonEmpty(100),
  generated: z.iso.datetime({ offset: true }),
  title: text(300),
  sources: z.array(listSourceInfoSchema).max(100),
  records: z.array(listRecordSchema).max(200_000),
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
  if (version !== SCHEMA_VERSION) {
    return {
      ok: false,
      error:
        version === undefined
          ? 'Not a WRO Check list: "schemaVersion" is missing.'
          : `Unsupported schemaVersion ${JSON.stringify(version)?.slice(0, 40)}: this version of WRO Check reads schemaVersion ${SCHEMA_VERSION}.`,
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
  if (list.records.length === 0) return { ok: false, error: 'The list has no records: refusing an empty list.' };
  const seen = new Map<string, number>();
  for (const [index, record] of list.records.entries()) {
    const first = seen.get(record.id);
    if (first !== undefined) {
      return { ok: false, error: `Duplicate record id "${record.id}" at records[${first}] and records[${index}].` };
    }
    seen.set(record.id, index);
  }
  return { ok: true, list };
}

/** The published JSON Schema of the feed format (`schema/wro-list.schema.json`). */
export function listJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(wroListSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://github.com/wro-check/wro-check/schema/wro-list.schema.json',
    title: 'WRO Check list',
    description:
      'A list of US forced-labour import restrictions (CBP Withhold Release Orders and Findings, DHS UFLPA Entity List entities, region orders, vessels, watch-list entries) with dated status claims and provenance. Record ids must be unique and the list must not be empty.',
  };
}
