/**
 * An organisation's own list, imported from the options page or given to the CLI: a CSV with a
 * header row, or JSON (an array of row objects, or `{ "records": [...] }`). Columns are
 * documented in docs/feeds.md; only `name` and a source URL are required. A row whose kind is
 * `brand`, `private label` or `distributor` is not a listed record but a party that leads to one
 * (`made_by`, `brand_of`, `private_label_of`, `distributor_for`), as a feed's `brands` are.
 */
import Papa from 'papaparse';
import type { BrandParty, ListRecord, PartyType, RecordKind, RelationType, Relationship, Status } from '../record';
import { kindSchema, statusSchema } from './list-schema';
import { blankRecord, dateOf, makeList, nowIso, type ListParties } from './make-list';
import { withClaims } from './status';
import { addNames, cleanText, isoFromUsDate, slug } from './text';
import type { ParseOptions, ParseResult } from './types';
import { readJson } from './wro-json';

type RelationField = 'madeBy' | 'brandOf' | 'privateLabelOf' | 'distributorFor';
type Field = 'id' | 'name' | 'aliases' | 'subsidiaries' | 'formerNames' | 'country' | 'products' | 'kind' | 'status' | 'statusDate' | 'issued' | 'note' | 'scope' | 'regionTerms' | 'sourceUrl' | 'sourceLabel' | 'retrieved' | RelationField;

/** Accepted column names (compared lower-case, letters and digits only). */
export const ADMIN_COLUMNS: Record<Field, string[]> = {
  id: ['id'],
  name: ['name', 'entity', 'entityname', 'company', 'supplier'],
  aliases: ['aliases', 'alias', 'aka'],
  subsidiaries: ['subsidiaries', 'subsidiary'],
  formerNames: ['formernames', 'formername', 'fka'],
  country: ['country'],
  products: ['products', 'product', 'merchandise'],
  kind: ['kind', 'type'],
  status: ['status'],
  statusDate: ['statusdate'],
  issued: ['issued', 'effectivedate', 'date'],
  note: ['note', 'notes', 'statusnote'],
  scope: ['scope'],
  regionTerms: ['regionterms', 'region'],
  sourceUrl: ['sourceurl', 'source', 'url'],
  sourceLabel: ['sourcelabel'],
  retrieved: ['retrieved', 'asof'],
  madeBy: ['madeby'],
  brandOf: ['brandof'],
  privateLabelOf: ['privatelabelof'],
  distributorFor: ['distributorfor'],
};

/** The columns a party row leads through, and the relationship each says. */
const RELATIONS: ReadonlyArray<[RelationField, RelationType]> = [
  ['madeBy', 'made-by'], ['brandOf', 'brand-of'], ['privateLabelOf', 'private-label-of'], ['distributorFor', 'distributor-for'],
];

/** `kind` values of a party row (compared lower-case, letters only). */
const PARTY_KINDS: Record<string, PartyType> = { brand: 'brand', privatelabel: 'brand', distributor: 'distributor' };

const key = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

function fieldFor(header: string): Field | null {
  const k = key(header);
  for (const [field, names] of Object.entries(ADMIN_COLUMNS) as Array<[Field, string[]]>) if (names.includes(k)) return field;
  return null;
}

function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s*[;|\n]\s*/) : [];
  return items.map(cleanText).filter(Boolean);
}

function date(value: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return isoFromUsDate(value);
}

type Row = Partial<Record<Field, unknown>>;

const textOf = (row: Row, f: Field): string => (typeof row[f] === 'string' || typeof row[f] === 'number' ? cleanText(String(row[f])) : '');

/** The name and source every row needs, or why the row is refused. */
function nameAndSource(row: Row, at: string, options: ParseOptions): { name: string; sourceUrl: string } | string {
  const name = textOf(row, 'name');
  if (!name) return `${at}: "name" is empty.`;
  const sourceUrl = textOf(row, 'sourceUrl') || options.sourceUrl || '';
  if (!/^https?:\/\/\S+$/i.test(sourceUrl)) return `${at}: needs a source_url (an http(s) link to what justifies the entry); got "${sourceUrl.slice(0, 60)}".`;
  return { name, sourceUrl };
}

/** A party row's type, or null for a row of a listed record. */
function partyType(row: Row): PartyType | null {
  return PARTY_KINDS[textOf(row, 'kind').toLowerCase().replace(/[^a-z]/g, '')] ?? null;
}

/** A party and what it leads to, as written (an id, or the name of another row of the file). */
interface PartyRow {
  party: BrandParty;
  leads: Array<{ type: RelationType; to: string }>;
}

function partyFromRow(row: Row, type: PartyType, at: string, options: ParseOptions, asOf: string | null, usedIds: Set<string>): PartyRow | string {
  const text = (f: Field) => textOf(row, f);
  const named = nameAndSource(row, at, options);
  if (typeof named === 'string') return named;
  const { name, sourceUrl } = named;
  if (text('retrieved') && !date(text('retrieved'))) return `${at}: retrieved "${text('retrieved').slice(0, 30)}" is not a date (YYYY-MM-DD or M/D/YYYY).`;
  const leads = RELATIONS.flatMap(([field, relation]) => list(row[field]).map((to) => ({ type: relation, to })));
  if (leads.length === 0) return `${at}: a ${text('kind').toLowerCase()} row needs made_by, brand_of, private_label_of or distributor_for: the id or name of what it leads to.`;
  let id = text('id') || `org-brand-${slug(name) || 'entry'}`;
  if (!text('id')) for (let n = 2; usedIds.has(id); n++) id = `org-brand-${slug(name)}-${n}`;
  usedIds.add(id);
  const retrieved = date(text('retrieved')) ?? asOf;
  return {
    party: {
      id, type, name,
      aliases: addNames([], list(row.aliases), [name]),
      products: list(row.products).map((p) => p.toLowerCase()),
      note: text('note'),
      asOf: retrieved,
      sources: [{ label: text('sourceLabel') || 'Organisation watch list', url: sourceUrl, retrieved }],
    },
    leads,
  };
}

/**
 * The relationships of a file's parties. A target written as the name of another row of the file
 * becomes that row's id; anything else is an id, of this file or of another list in use (checked
 * when the list is applied).
 */
function relationshipsOf(parties: PartyRow[], records: ListRecord[]): Relationship[] {
  const idByName = new Map<string, string>();
  for (const r of records) idByName.set(r.name.toLowerCase(), r.id);
  for (const { party } of parties) idByName.set(party.name.toLowerCase(), party.id);
  return parties.flatMap(({ party, leads }) => leads.map(({ type, to }) => ({
    from: party.id, to: idByName.get(to.toLowerCase()) ?? to, type, asOf: party.asOf, sourceUrl: party.sources[0]!.url,
  })));
}

function recordFromRow(row: Row, at: string, options: ParseOptions, asOf: string | null, usedIds: Set<string>): ListRecord | string {
  const text = (f: Field) => textOf(row, f);
  const named = nameAndSource(row, at, options);
  if (typeof named === 'string') return named;
  const { name, sourceUrl } = named;
  if (RELATIONS.some(([field]) => list(row[field]).length > 0)) return `${at}: made_by, brand_of, private_label_of and distributor_for are for rows whose kind is brand, private label or distributor.`;
  const kind = text('kind').toLowerCase() || 'watchlist';
  if (!kindSchema.safeParse(kind).success) return `${at}: kind "${kind.slice(0, 30)}" is not one of ${kindSchema.options.join(', ')}.`;
  const status = text('status').toLowerCase() || 'active';
  if (!statusSchema.safeParse(status).success) return `${at}: status "${status.slice(0, 30)}" is not one of ${statusSchema.options.join(', ')}.`;
  for (const f of ['issued', 'statusDate', 'retrieved'] as const) {
    if (text(f) && !date(text(f))) return `${at}: ${f} "${text(f).slice(0, 30)}" is not a date (YYYY-MM-DD or M/D/YYYY).`;
  }
  let id = text('id') || `org-${slug(name) || 'entry'}`;
  if (!text('id')) for (let n = 2; usedIds.has(id); n++) id = `org-${slug(name)}-${n}`;
  usedIds.add(id);
  const retrieved = date(text('retrieved')) ?? asOf;
  const statusDate = date(text('statusDate'));
  const note = text('note');
  // looseKey (addNames' default): an organisation's own names, typed by hand; spellings that differ
  // only in punctuation or spacing are read alike by the matcher, so one of them is enough.
  return withClaims(
    {
      ...blankRecord(id, kind as RecordKind, name),
      aliases: addNames([], list(row.aliases), [name]),
      subsidiaries: addNames([], list(row.subsidiaries), [name]),
      formerNames: addNames([], list(row.formerNames), [name]),
      country: text('country') || null,
      products: list(row.products).map((p) => p.toLowerCase()),
      regionTerms: list(row.regionTerms),
      scope: text('scope'),
      issued: date(text('issued')),
      sources: [{ label: text('sourceLabel') || 'Organisation watch list', url: sourceUrl, retrieved }],
    },
    [{ status: status as Status, effective: statusDate, asOf: retrieved, note, sourceUrl }],
  );
}

function build(rows: Row[], lineOf: (i: number) => string, options: ParseOptions, format: 'admin-csv' | 'admin-json'): ParseResult {
  const retrieved = options.retrieved ?? nowIso();
  const used = new Set<string>();
  const records: ListRecord[] = [];
  const parties: PartyRow[] = [];
  const errors: string[] = [];
  rows.forEach((row, i) => {
    const type = partyType(row);
    const r = type ? partyFromRow(row, type, lineOf(i), options, dateOf(retrieved), used) : recordFromRow(row, lineOf(i), options, dateOf(retrieved), used);
    if (typeof r === 'string') errors.push(r);
    else if ('party' in r) parties.push(r);
    else records.push(r);
  });
  if (errors.length) {
    const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : '';
    return { ok: false, format, error: `The file has ${errors.length} invalid row${errors.length > 1 ? 's' : ''}: ${errors.slice(0, 5).join('; ')}${more}.` };
  }
  if (!records.length && !parties.length) return { ok: false, format, error: 'The file has no entries: refusing an empty list.' };
  const label = 'Organisation watch list';
  const url = options.sourceUrl ?? (records[0]?.sources[0] ?? parties[0]!.party.sources[0]!).url;
  const withParties: ListParties | undefined = parties.length ? { brands: parties.map((p) => p.party), relationships: relationshipsOf(parties, records) } : undefined;
  return makeList(format, { title: label, generated: retrieved, sources: [{ label, url, retrieved: dateOf(retrieved) }] }, records, [], withParties);
}

export function parseAdminCsv(text: string, options: ParseOptions = {}): ParseResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { header: false, skipEmptyLines: 'greedy' });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) return { ok: false, format: 'admin-csv', error: `The CSV is malformed near line ${(broken.row ?? 0) + 1}: ${broken.message}.` };
  const [header, ...data] = parsed.data;
  if (!header) return { ok: false, format: 'admin-csv', error: 'The CSV is empty.' };
  const fields = header.map(fieldFor);
  if (!fields.includes('name')) {
    return { ok: false, format: 'admin-csv', error: `The CSV has no "name" column (found ${header.slice(0, 12).map((h) => `"${cleanText(h).slice(0, 30)}"`).join(', ')}${header.length > 12 ? ` and ${header.length - 12} more` : ''}). See docs/feeds.md for the columns.` };
  }
  const rows = data.map((cells) => {
    const row: Row = {};
    fields.forEach((f, i) => {
      if (f && cells[i] !== undefined) row[f] = cells[i];
    });
    return row;
  });
  return build(rows, (i) => `line ${i + 2}`, options, 'admin-csv');
}

/** Row objects may use the CSV column names or camelCase (`formerNames`, `sourceUrl`). */
export function parseAdminJsonValue(value: unknown, options: ParseOptions = {}): ParseResult {
  const items = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { records?: unknown }).records) ? (value as { records: unknown[] }).records : null;
  if (!items) return { ok: false, format: 'admin-json', error: 'Expected a JSON array of entries, an object with "records", or a WRO Check list with "schemaVersion".' };
  const rows: Row[] = [];
  for (const [i, item] of items.entries()) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return { ok: false, format: 'admin-json', error: `Entry ${i + 1} is not an object.` };
    const row: Row = {};
    for (const [k, v] of Object.entries(item)) {
      const f = fieldFor(k);
      if (f) row[f] = v;
    }
    rows.push(row);
  }
  return build(rows, (i) => `entry ${i + 1}`, options, 'admin-json');
}

export function parseAdminJson(text: string, options: ParseOptions = {}): ParseResult {
  const json = readJson(text);
  return json.ok ? parseAdminJsonValue(json.value, options) : { ok: false, format: 'admin-json', error: json.error };
}
