/**
 * Corrections applied on top of the merged records (`sources/corrections-*.json`): the copies of
 * the reference data and of the official files stay verbatim, so every change made to them is
 * here, with what was wrong, what the source says, and the source itself.
 *
 * Also the rule that marks a record's sources as secondary (not the issuing authority or its
 * official publication), by the URL's host, which a correction can extend (`secondarySources`).
 */
import { z } from 'zod';
import type { ListRecord, Provenance, StatusClaim } from '../../src/core/record';
import { listRecordSchema, statusSchema } from '../../src/core/list/list-schema';
import { withClaims } from '../../src/core/list/status';
import { hostLabel, looseKey, nameKey } from '../../src/core/list/text';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const url = z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) URL');
/** `retrieved` is null only where the page shows no date of its own (a company's page, a law firm's alert). */
const sourceSchema = z.strictObject({ label: z.string().min(1), url, retrieved: isoDate.nullable() });
const nameList = z.array(z.string().min(1)).min(1);

/** The record fields a correction may `set`; everything else changes through its own key. */
const SETTABLE = ['kind', 'name', 'issued', 'modified', 'scope', 'country', 'products', 'subsidiaries', 'downstream', 'regionTerms', 'listSections'] as const;
const recordShape = listRecordSchema.shape;
const setSchema = z.strictObject(Object.fromEntries(SETTABLE.map((k) => [k, recordShape[k].optional()])) as {
  [K in (typeof SETTABLE)[number]]: z.ZodOptional<(typeof recordShape)[K]>;
});

export const correctionSchema = z.strictObject({
  id: z.string().min(1),
  because: z.string().min(10, 'say what was wrong and what the source says'),
  source: sourceSchema,
  set: setSchema.optional(),
  addAliases: nameList.optional(),
  addFormerNames: nameList.optional(),
  addNameVariants: nameList.optional(),
  /** Names reported elsewhere that are not names of the firm (or whose only support is not reputable). */
  removeNameVariants: nameList.optional(),
  removeAliases: nameList.optional(),
  /** `removeAliases` names are former names of the firm (kept, matched as such) rather than withdrawn ones. */
  asFormer: z.boolean().optional(),
  /**
   * `removeAliases` names belong to another listed firm, the record with this id, which must carry
   * them: they are dropped here (not kept as withdrawn, which would stop the other record matching).
   */
  belongsTo: z.string().min(1).optional(),
  removeProducts: nameList.optional(),
  claims: z
    .array(
      z.strictObject({
        status: statusSchema,
        effective: isoDate.nullable(),
        asOf: isoDate.nullable(),
        note: z.string().min(1),
        /** Defaults to `source.url`. */
        sourceUrl: url.optional(),
      }),
    )
    .min(1)
    .optional(),
  dropClaims: z
    .array(z.strictObject({ sourceUrl: url.optional(), status: statusSchema.optional(), effective: isoDate.nullable().optional() }))
    .min(1)
    .optional(),
  replaceSources: z.array(z.strictObject({ from: url, to: sourceSchema })).min(1).optional(),
  secondarySources: z.array(url).min(1).optional(),
});

export type Correction = z.infer<typeof correctionSchema>;
export const correctionFileSchema = z.array(correctionSchema);

/**
 * Hosts of issuing authorities and their official publications: US federal sites (cbp.gov,
 * dhs.gov, federalregister.gov, govinfo.gov, regulations.gov, and any other .gov host), and CBP's
 * own bulletins sent through GovDelivery (content.govdelivery.com, account USDHSCBP), and data a
 * department publishes on its own GitHub organisation (the Department of Labor's USDepartmentofLabor,
 * whose Sweat & Toil app carries the List of Goods).
 */
export function isOfficialSource(address: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(address);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  if (host === 'gov' || host.endsWith('.gov')) return true;
  if (host === 'github.com') return parsed.pathname.startsWith('/USDepartmentofLabor/');
  return host === 'content.govdelivery.com' && /\/USDHSCBP\b/i.test(parsed.pathname);
}

/** The provenance with `secondary: true` when its host is not official (the flag is absent otherwise). */
export function markedSource(p: Provenance): Provenance {
  const { secondary, ...rest } = p;
  return secondary || !isOfficialSource(p.url) ? { ...rest, secondary: true } : rest;
}

export function markSecondarySources(record: ListRecord): ListRecord {
  return { ...record, sources: record.sources.map(markedSource) };
}

/**
 * Lists with a record's sources the address each reported name variant cites, so that the record
 * shows where every one of its names comes from (the popup lists variants by name only).
 */
export function citeNameVariantSources(record: ListRecord): ListRecord {
  const cited = new Set(record.sources.map((p) => p.url));
  const added = [...new Set(record.nameVariants.map((v) => v.sourceUrl))].filter((url) => !cited.has(url));
  if (added.length === 0) return record;
  return { ...record, sources: [...record.sources, ...added.map((url) => markedSource({ label: `Cited source: ${hostLabel(url)}`, url, retrieved: null }))] };
}

class CorrectionError extends Error {}

function fail(file: string, c: { id: string }, message: string): never {
  throw new CorrectionError(`${file}: correction for ${c.id}: ${message}`);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function claimMatches(claim: StatusClaim, pattern: NonNullable<Correction['dropClaims']>[number]): boolean {
  return (
    (pattern.sourceUrl === undefined || claim.sourceUrl === pattern.sourceUrl) &&
    (pattern.status === undefined || claim.status === pattern.status) &&
    (pattern.effective === undefined || claim.effective === pattern.effective)
  );
}

/** Apply one correction to its record. Every operation must change something, or the build fails. */
export function applyCorrection(
  record: ListRecord,
  c: Correction,
  file: string,
  lookup: (id: string) => ListRecord | undefined = () => undefined,
): ListRecord {
  let r: ListRecord = { ...record };
  // A name is the one a correction means when it differs only in case, dots, commas or spacing
  // (nameKey, as the build's merges): DHS's "Sichuan Yuanan …" is not a duplicate of "Yuan’an".
  const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);
  const has = (list: readonly string[], name: string) => list.some((n) => sameName(n, name));

  for (const [field, value] of Object.entries(c.set ?? {})) {
    if (value === undefined) continue;
    if (same(r[field as keyof ListRecord], value)) fail(file, c, `set.${field} is already ${JSON.stringify(value)}`);
    r = { ...r, [field]: value };
  }

  if (c.asFormer && c.belongsTo) fail(file, c, 'asFormer and belongsTo exclude each other');
  const owner = c.belongsTo === undefined ? undefined : lookup(c.belongsTo);
  if (c.belongsTo !== undefined && !owner) fail(file, c, `belongsTo: no record has the id ${c.belongsTo}`);
  for (const name of c.removeAliases ?? []) {
    const found = r.aliases.find((a) => sameName(a, name));
    if (!found) fail(file, c, `removeAliases: "${name}" is not an alias`);
    r = { ...r, aliases: r.aliases.filter((a) => a !== found) };
    if (owner) {
      // The other record may spell the firm with other punctuation (looseKey: the same name to the matcher).
      if (![owner.name, ...owner.aliases].some((n) => looseKey(n) === looseKey(found))) fail(file, c, `belongsTo: ${owner.id} is not named "${found}"`);
    } else if (c.asFormer) {
      if (!has(r.formerNames, found)) r = { ...r, formerNames: [...r.formerNames, found] };
    } else if (!r.removedAliases.includes(found)) {
      r = { ...r, removedAliases: [...r.removedAliases, found] };
    }
  }
  if ((c.asFormer !== undefined || c.belongsTo !== undefined) && !c.removeAliases) fail(file, c, 'asFormer and belongsTo are only meaningful with removeAliases');

  const names = () => [r.name, ...r.aliases, ...r.formerNames, ...r.subsidiaries, ...r.nameVariants.map((v) => v.name)];
  for (const name of c.addAliases ?? []) {
    if (has(names(), name)) fail(file, c, `addAliases: "${name}" is already a name of the record`);
    r = { ...r, aliases: [...r.aliases, name], removedAliases: r.removedAliases.filter((a) => !sameName(a, name)) };
  }
  for (const name of c.addFormerNames ?? []) {
    if (has(r.formerNames, name) || sameName(name, r.name)) fail(file, c, `addFormerNames: "${name}" is already the name or a former name`);
    r = { ...r, formerNames: [...r.formerNames, name], aliases: r.aliases.filter((a) => !sameName(a, name)) };
  }
  for (const name of c.addNameVariants ?? []) {
    if (has(names(), name)) fail(file, c, `addNameVariants: "${name}" is already a name of the record`);
    r = { ...r, nameVariants: [...r.nameVariants, { name, sourceUrl: c.source.url }] };
  }
  for (const name of c.removeNameVariants ?? []) {
    const kept = r.nameVariants.filter((v) => !sameName(v.name, name));
    if (kept.length === r.nameVariants.length) fail(file, c, `removeNameVariants: "${name}" is not a name variant`);
    r = { ...r, nameVariants: kept };
  }

  for (const product of c.removeProducts ?? []) {
    const kept = r.products.filter((p) => p.toLowerCase() !== product.toLowerCase());
    if (kept.length === r.products.length) fail(file, c, `removeProducts: "${product}" is not a product (${JSON.stringify(r.products)})`);
    r = { ...r, products: kept };
  }

  // Claims (as the merged record cites them): drop, then add, then recompute the shown status.
  if (c.dropClaims || c.claims) {
    let history = [...r.statusHistory];
    for (const pattern of c.dropClaims ?? []) {
      const kept = history.filter((claim) => !claimMatches(claim, pattern));
      if (kept.length === history.length) fail(file, c, `dropClaims: no claim matches ${JSON.stringify(pattern)}`);
      history = kept;
    }
    for (const claim of c.claims ?? []) {
      const full: StatusClaim = { status: claim.status, effective: claim.effective, asOf: claim.asOf, note: claim.note, sourceUrl: claim.sourceUrl ?? c.source.url };
      if (history.some((h) => same(h, full))) fail(file, c, `claims: ${JSON.stringify(full)} is already in the history`);
      history.push(full);
    }
    if (history.length === 0) fail(file, c, 'the correction leaves the record with no status claim');
    // `modified` is the latest modification or revocation in the history (as withClaims sets it);
    // `set.modified` (null included) overrides it when no claim dates the change.
    r = withClaims(r, history);
    if (c.set && 'modified' in c.set) r = { ...r, modified: c.set.modified ?? null };
  }

  // Sources: replacements apply wherever the URL is cited (sources, claims, name variants), and
  // the replacement is listed in `sources` even when only a name variant or a claim cited the old
  // URL: a name variant cannot carry `secondary` itself, its source in `sources` does.
  for (const { from, to } of c.replaceSources ?? []) {
    const cited = r.sources.some((p) => p.url === from) || r.nameVariants.some((v) => v.sourceUrl === from) || r.statusHistory.some((claim) => claim.sourceUrl === from);
    if (!cited) fail(file, c, `replaceSources: ${from} is not cited by the record (its sources, name variants or claims)`);
    const replaced: Provenance[] = [];
    for (const p of [...r.sources, markedSource({ ...to })]) {
      const next = p.url === from ? markedSource({ ...to }) : p;
      if (!replaced.some((q) => q.url === next.url)) replaced.push(next);
    }
    r = {
      ...r,
      sources: replaced,
      statusHistory: r.statusHistory.map((claim) => (claim.sourceUrl === from ? { ...claim, sourceUrl: to.url } : claim)),
      nameVariants: r.nameVariants.map((v) => (v.sourceUrl === from ? { ...v, sourceUrl: to.url } : v)),
    };
  }
  if (!r.sources.some((p) => p.url === c.source.url)) r = { ...r, sources: [...r.sources, markedSource({ ...c.source })] };
  for (const address of c.secondarySources ?? []) {
    // A URL only a name variant or a claim cites is listed in `sources` first, so it can be marked.
    if (!r.sources.some((p) => p.url === address) && (r.nameVariants.some((v) => v.sourceUrl === address) || r.statusHistory.some((claim) => claim.sourceUrl === address))) {
      r = { ...r, sources: [...r.sources, { label: `Cited source: ${hostLabel(address)}`, url: address, retrieved: null }] };
    }
    const at = r.sources.findIndex((p) => p.url === address);
    if (at < 0) fail(file, c, `secondarySources: ${address} is not cited by the record`);
    if (r.sources[at]!.secondary) fail(file, c, `secondarySources: ${address} is already marked secondary`);
    r = { ...r, sources: r.sources.map((p, i) => (i === at ? { ...p, secondary: true } : p)) };
  }

  if (same(r, record)) fail(file, c, 'changes nothing');
  const checked = listRecordSchema.safeParse(r);
  if (!checked.success) fail(file, c, `the corrected record is not valid: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r;
}

/** Apply every file's corrections (files in name order, entries in file order) to the records. */
export function applyCorrections(records: Map<string, ListRecord>, files: ReadonlyArray<{ name: string; json: unknown }>): void {
  for (const { name, json } of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const parsed = correctionFileSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 5).map((i) => {
        const at = typeof i.path[0] === 'number' ? (json as Array<{ id?: unknown }>)[i.path[0]]?.id : undefined;
        return `${i.path.join('.')}${typeof at === 'string' ? ` (id ${at})` : ''}: ${i.message}`;
      });
      throw new CorrectionError(`${name}: not a valid corrections file: ${issues.join('; ')}`);
    }
    for (const c of parsed.data) {
      const record = records.get(c.id);
      if (!record) fail(name, c, 'no record has this id');
      records.set(c.id, applyCorrection(record, c, name, (id) => records.get(id)));
    }
  }
}
