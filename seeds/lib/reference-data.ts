/**
 * Turns the team's compiled reference data (`sources/wro_findings.json`,
 * `sources/uflpa_entities.json`) into list records, keeping every source and dated claim.
 */
import type { ListRecord, Provenance, Status, StatusClaim } from '../../src/core/record';
import { REGION_ORDERS, cleanProducts, reachesDownstream } from '../../src/core/list/products';
import { addNames, dateFromUrl, hostLabel, nameKey, slug } from '../../src/core/list/text';

export interface SourceInfo {
  label: string;
  url: string;
  asOf: string;
}

export interface RefWro {
  id: string;
  type: 'WRO' | 'Finding';
  date: string | string[];
  country: string | null;
  name: string;
  aliases: string[];
  subsidiaries: string[];
  products: string;
  scope: string | null;
  status: 'active' | 'modified' | 'inactive' | null;
  status_note: string;
  source_url: string;
  other_sources: string[];
  cbp_entity_text?: string;
  wro_date?: string;
}

export interface RefUflpa {
  name: string;
  aliases: string[];
  former_names: string[];
  date_added: string;
  list_section: string;
  source_url: string;
  other_sources: string[];
  confidence: 'official_text' | 'secondary';
  names_reported_elsewhere: Array<{ name: string; source_url: string; context?: string }>;
  removed_aliases: string[];
  dhs_page_rows?: Array<{ cell: string; effective_date: string; section: string }>;
}

const WRO_STATUS: Record<string, Status> = { active: 'active', modified: 'modified', inactive: 'inactive' };

export const CBP_CSV_URL_PATTERN = /cbp\.gov\/sites\/default\/files\/.*withhold-release-orders-findings.*\.csv$/i;

/** The date a modification or revocation took effect, read from the data's status note. */
export function effectiveFromNote(note: string, status: Status): string | null {
  if (status !== 'modified' && status !== 'revoked') return null;
  const first = note.split(' | ')[0] ?? '';
  if (!/^(?:Finding )?(?:modified|revoked|modified\/rescinded)\b/i.test(first)) return null;
  const effective = [...first.matchAll(/effective (\d{4}-\d{2}-\d{2})/g)].map((m) => m[1]!);
  if (effective.length) return effective.sort().at(-1)!;
  return /(\d{4}-\d{2}-\d{2})/.exec(first)?.[1] ?? null;
}

function provenance(urls: readonly string[], fallbackDate: string | null, csvDate: string): Provenance[] {
  const out: Provenance[] = [];
  for (const url of urls) {
    if (!url || out.some((p) => p.url === url)) continue;
    if (CBP_CSV_URL_PATTERN.test(url)) {
      out.push({ label: `CBP WRO/Findings CSV (${dateFromUrl(url) ?? csvDate})`, url, retrieved: dateFromUrl(url) ?? csvDate });
    } else {
      out.push({ label: `Cited source: ${hostLabel(url)}`, url, retrieved: dateFromUrl(url) });
    }
  }
  // The first source was read for the reference data no later than its as-of date.
  if (fallbackDate && out[0] && !out.some((p) => p.retrieved)) out[0] = { ...out[0], retrieved: fallbackDate };
  return out;
}

function isVessel(r: RefWro): boolean {
  const texts = [r.cbp_entity_text ?? '', ...r.aliases];
  return texts.some((t) => /^Fishing Vessel:/i.test(t));
}

/**
 * Partially modified region orders (DRC gold, Malawi tobacco; "Partially Modified" in CBP's file) continue for every producer
 * not named in the modification; the reference data asks for them to be harmonised with the
 * other partially modified orders, which it maps to active.
 */
function continuesInPart(r: RefWro): boolean {
  return r.status === 'modified' && Boolean(REGION_ORDERS[r.id]) && /\bcontinues\b/i.test(r.status_note);
}

export function wroRecord(r: RefWro, source: SourceInfo): ListRecord {
  const partial = continuesInPart(r);
  const status = partial ? 'active' : r.status ? WRO_STATUS[r.status]! : 'unknown';
  const dates = Array.isArray(r.date) ? [...r.date].sort() : [r.date];
  const csvUrl = r.other_sources.find((u) => CBP_CSV_URL_PATTERN.test(u));
  const fromCsv = Boolean(csvUrl) && r.status_note.startsWith('CBP CSV row');
  const lastChange = effectiveFromNote(r.status_note, partial ? 'modified' : status);
  const claim: StatusClaim = {
    status,
    effective: partial ? null : lastChange,
    asOf: source.asOf,
    note: partial ? `Partially modified (last change ${lastChange ?? 'date not given'}); the order continues for everyone not named. ${r.status_note}` : r.status_note,
    sourceUrl: fromCsv && csvUrl ? csvUrl : r.source_url,
  };
  const region = REGION_ORDERS[r.id];
  const kind = region ? 'region' : isVessel(r) ? 'vessel' : r.type === 'Finding' ? 'finding' : 'wro';
  const vesselLabel = new RegExp(`^Fishing Vessel:\\s*`, 'i');
  // looseKey: the compiled aliases repeat names as written by different hands (CBP's cell, press
  // releases, news); one that differs from another only in punctuation or spacing ("Zigong" for
  // "Zi Gong") is the same name to the matcher, not a new alias.
  const aliases = region
    ? []
    : addNames([], r.aliases.map((a) => (kind === 'vessel' ? a.replace(vesselLabel, '') : a)), [r.name]);
  const scopeParts = [r.scope ?? ''];
  if (dates.length > 1) scopeParts.push(`CBP lists orders dated ${dates.join(' and ')}.`);
  if (r.wro_date) scopeParts.push(`Preceded by a WRO effective ${r.wro_date}.`);
  if (r.cbp_entity_text && r.cbp_entity_text !== r.name) scopeParts.push(`CBP list entry: "${r.cbp_entity_text}".`);
  return {
    id: r.id,
    kind,
    name: r.name,
    aliases,
    subsidiaries: addNames([], r.subsidiaries, [r.name]),
    formerNames: [],
    nameVariants: [],
    removedAliases: [],
    country: r.country,
    products: region ? [...region.products] : cleanProducts(r.products),
    scope: scopeParts.filter(Boolean).join(' '),
    downstream: reachesDownstream(r.scope, r.products),
    issued: dates[0] ?? null,
    modified: partial || claim.status === 'modified' || claim.status === 'revoked' ? lastChange : null,
    status,
    statusDate: claim.effective,
    statusNote: claim.note,
    statusHistory: [claim],
    sources: provenance([r.source_url, ...r.other_sources], source.asOf, source.asOf),
    regionTerms: region ? [...region.regionTerms] : [],
    listSections: [],
    delistedSince: null,
  };
}

const SECTION_SCOPE: Record<string, string> = {
  '(i)': 'Section 2(d)(2)(B)(i): mines, produces or manufactures goods in Xinjiang wholly or in part with forced labor.',
  '(ii)':
    'Section 2(d)(2)(B)(ii): works with the government of Xinjiang to recruit, transport, transfer, harbor or receive forced labor or Uyghurs, Kazakhs, Kyrgyz or members of other persecuted groups out of Xinjiang.',
  '(iv)': 'Section 2(d)(2)(B)(iv): exported products made with forced labor from the PRC into the United States.',
  '(v)':
    'Section 2(d)(2)(B)(v): sources material from Xinjiang or from persons working with the government of Xinjiang or the XPCC for "poverty alleviation", "pairing-assistance" or other government labor schemes that use forced labor.',
};

export const UFLPA_PAGE_URL = 'https://www.dhs.gov/uflpa-entity-list';

export function uflpaScope(sections: readonly string[], groupSuffix: string | null): string {
  const parts = ['UFLPA Entity List: goods made wholly or in part by this entity are presumed made with forced labor and barred from US import.'];
  for (const s of sections) if (SECTION_SCOPE[s]) parts.push(SECTION_SCOPE[s]);
  if (groupSuffix) parts.push(`Listed with "${groupSuffix}".`);
  return parts.join(' ');
}

/**
 * Whether a name is given verbatim on DHS's page: some table cell (`cells`, as the page's parser
 * reads them) is the name, or starts with it followed by a space, a comma or "(" (the cell goes on
 * with aliases or "and its subordinate and affiliated entities"). Not the parsed names: the parser
 * reads XPCC's and Daqo's cells under other spellings than the reference data's names.
 */
export function onDhsPage(cells: readonly string[]): (name: string) => boolean {
  return (name) => cells.some((cell) => cell === name || (cell.startsWith(name) && /^[ ,(]/.test(cell.slice(name.length))));
}

/**
 * `onOfficialPage` says whether DHS's page gives the name verbatim: only a name it does not give is
 * labelled as name text from secondary sources (the reference data marks 70 names `secondary`
 * that the saved page gives).
 */
export function uflpaRecord(r: RefUflpa, source: SourceInfo, onOfficialPage: (name: string) => boolean): ListRecord {
  const sections = r.list_section.split('+').map((s) => s.trim()).filter(Boolean);
  const onPage = (r.dhs_page_rows?.length ?? 0) > 0;
  const suffix = r.dhs_page_rows?.map((row) => /\)?\s*,?\s*(and (?:its )?(?:subsidiaries|subordinate and affiliated entities))\s*$/i.exec(row.cell)?.[1]).find(Boolean) ?? null;
  const urls = [r.source_url, ...r.other_sources];
  const sources: Provenance[] = onPage
    ? [{ label: 'DHS UFLPA Entity List (page of 2026-07-09)', url: UFLPA_PAGE_URL, retrieved: source.asOf }, ...provenance(urls.filter((u) => u !== UFLPA_PAGE_URL), null, source.asOf)]
    : provenance(urls, source.asOf, source.asOf);
  const claim: StatusClaim = {
    status: 'active',
    effective: r.date_added,
    asOf: source.asOf,
    note: `On the UFLPA Entity List, section${sections.length > 1 ? 's' : ''} ${sections.join(', ')}${r.confidence === 'secondary' && !onOfficialPage(r.name) ? ' (name text from secondary sources)' : ''}.`,
    sourceUrl: onPage ? UFLPA_PAGE_URL : r.source_url,
  };
  return {
    id: `uflpa-${slug(r.name)}`,
    kind: 'uflpa',
    name: r.name,
    // DHS's names as its page gives them (nameKey keeps "Yuanan" beside "Yuan’an"; looseKey would not).
    aliases: addNames([], r.aliases, [r.name], nameKey),
    subsidiaries: [],
    formerNames: addNames([], r.former_names, [r.name], nameKey),
    nameVariants: r.names_reported_elsewhere.map((v) => ({ name: v.name, sourceUrl: v.source_url })),
    removedAliases: [...r.removed_aliases],
    country: null,
    products: [],
    scope: uflpaScope(sections, suffix),
    downstream: false,
    issued: r.date_added,
    modified: null,
    status: 'active',
    statusDate: r.date_added,
    statusNote: claim.note,
    statusHistory: [claim],
    sources,
    regionTerms: [],
    listSections: sections,
    delistedSince: null,
  };
}
