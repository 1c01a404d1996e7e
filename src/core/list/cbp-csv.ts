/**
 * Parses CBP's published "Withhold Release Orders & Findings Dataset" CSV: Windows-1252 (or
 * UTF-8 with a BOM), RFC-4180 quoting with multi-line Remarks (papaparse), columns read by
 * header name because CBP adds and drops columns between releases (formats.md).
 */
import Papa from 'papaparse';
import type { ListRecord, Status, StatusClaim } from '../record';
import { splitCbpEntity, type CbpEntity } from './cbp-entity';
import { decodeBytes } from './decode';
import { blankRecord, dateOf, makeList, nowIso } from './make-list';
import { cleanProducts, reachesDownstream, regionFor } from './products';
import { withClaims } from './status';
import { datesIn, isoFromCbpDate } from './cbp-date';
import { addNames, cleanText, looseKey, slug } from './text';
import type { ParseOptions, ParseResult } from './types';

export const CBP_LANDING_URL = 'https://www.cbp.gov/document/stats/withhold-release-orders-findings';

type Column = 'entity' | 'date' | 'type' | 'status' | 'country' | 'countryCode' | 'merchandise' | 'industry' | 'remarks' | 'pressRelease';

/** Header spellings seen in CBP's files and its older HTML table, normalised to letters only. */
const HEADERS: Record<Column, string[]> = {
  entity: ['entity', 'entities', 'entityname', 'name'],
  date: ['effectivedate', 'date', 'wrodate'],
  type: ['wrofinding', 'wroorfinding', 'type', 'ordertype'],
  status: ['status'],
  country: ['country'],
  countryCode: ['countrycode'],
  merchandise: ['merchandise', 'products', 'product'],
  industry: ['industry'],
  remarks: ['remarks', 'statusnotes', 'notes'],
  pressRelease: ['pressrelease'],
};
const REQUIRED: Column[] = ['entity', 'date', 'type', 'status'];
const LABEL: Record<Column, string> = {
  entity: 'Entity',
  date: 'Effective Date',
  type: 'WRO/Finding',
  status: 'Status',
  country: 'Country',
  countryCode: 'Country Code',
  merchandise: 'Merchandise',
  industry: 'Industry',
  remarks: 'Remarks',
  pressRelease: 'Press Release',
};

const headerKey = (h: string) => h.toLowerCase().replace(/[^a-z]/g, '');

/** CBP's status words. "Partially Modified" keeps the order in force for the rest of its scope. */
export function mapCbpStatus(raw: string): Status {
  const s = raw.toLowerCase().replace(/[^a-z]/g, '');
  if (s === 'active' || s === 'partiallymodified' || s === 'partiallyactive') return 'active';
  if (s === 'modified' || s === 'lifted') return 'modified';
  if (s.startsWith('inactive')) return 'inactive';
  if (s === 'revoked') return 'revoked';
  return 'unknown';
}

/**
 * "X removed from the order, 7/23/2021" lines in Remarks: partial lifts by firm. The date may be
 * written in any of CBP's forms ("07/23/2021", "2021-07-23", "July 23, 2021").
 */
function removals(remarks: string): Array<{ names: string; date: string | null }> {
  const out: Array<{ names: string; date: string | null }> = [];
  const re = /([^\n:]+?)\s+removed from the order/gi;
  for (let m = re.exec(remarks); m; m = re.exec(remarks)) {
    // The date is the first one after the words, on the same line; the next lift may follow it.
    const lineEnd = remarks.indexOf('\n', re.lastIndex);
    const date = datesIn(remarks.slice(re.lastIndex, lineEnd < 0 ? undefined : lineEnd))[0];
    out.push({ names: m[1]!, date: date?.iso ?? null });
    if (date) re.lastIndex += date.end;
  }
  return out;
}

interface Row {
  get(column: Column): string;
  line: number;
}

function findHeader(rows: string[][]): { index: number; columns: Map<Column, number> } | null {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const keys = rows[i]!.map(headerKey);
    const columns = new Map<Column, number>();
    for (const [column, names] of Object.entries(HEADERS) as Array<[Column, string[]]>) {
      const at = keys.findIndex((k) => names.includes(k));
      if (at >= 0) columns.set(column, at);
    }
    if (columns.has('entity') || columns.size >= 3) return { index: i, columns };
  }
  return null;
}

function recordsForRow(row: Row, sourceUrl: string, asOf: string | null, warnings: string[]): ListRecord[] {
  const cell = row.get('entity');
  // Ids and versions use the ISO date, however the file writes it (M/D/YYYY, MM/DD/YYYY, ISO).
  const issued = isoFromCbpDate(row.get('date'));
  if (!issued && row.get('date')) warnings.push(`Line ${row.line}: unreadable Effective Date "${row.get('date').slice(0, 40)}"; kept as unknown.`);
  const typeWord = row.get('type').toLowerCase();
  const type = typeWord.startsWith('finding') ? 'finding' : 'wro';
  if (!/^(wro|finding)$/.test(typeWord)) warnings.push(`Line ${row.line}: WRO/Finding value "${row.get('type').slice(0, 40)}" not recognised; read as WRO.`);
  const rawStatus = row.get('status');
  const status = mapCbpStatus(rawStatus);
  if (status === 'unknown') warnings.push(`Line ${row.line}: status "${rawStatus.slice(0, 40)}" not recognised; shown as unknown.`);
  const remarks = row.get('remarks');
  const merchandise = row.get('merchandise');
  const countryName = row.get('country');
  const country = !countryName || /^fishing vessels?$/i.test(countryName) ? null : countryName;
  const press = row.get('pressRelease');
  const entities = splitCbpEntity(cell);
  const lifted = removals(remarks);
  const region = regionFor(cell);
  const packed = entities.length > 1 || entities.some((e) => e.name !== cleanText(cell));

  return entities.map((e: CbpEntity) => {
    const kind = e.kind === 'region' ? 'region' : e.kind === 'vessel' ? 'vessel' : type;
    // A region or vessel order keeps whether CBP issued a WRO or a Finding.
    const instrument = kind === 'region' || kind === 'vessel' ? { instrument: type as 'wro' | 'finding' } : {};
    const removal = lifted.find((l) => looseKey(l.names).includes(looseKey(e.name)));
    const entityStatus: Status = removal ? 'modified' : status;
    const noteParts = [`CBP status "${rawStatus || 'not given'}"`];
    if (removal) noteParts.push(`${e.name} removed from the order${removal.date ? ` effective ${removal.date}` : ''}`);
    if (remarks) noteParts.push(`Remarks: ${cleanText(remarks)}`);
    const claim: StatusClaim = {
      status: entityStatus,
      effective: removal ? removal.date : entityStatus === 'active' ? issued : null,
      asOf,
      note: noteParts.join('. '),
      sourceUrl,
    };
    const record = blankRecord(`cbp-${type}-${issued ?? 'nodate'}-${slug(e.name)}`, kind, e.name);
    const scope = [
      `${type === 'finding' ? 'Finding' : 'WRO'}${merchandise ? ` on ${merchandise}` : ''}${row.get('industry') ? ` (${row.get('industry')})` : ''}.`,
      e.notes.length ? `Listed ${e.notes.join('; ')}.` : '',
      packed ? `CBP list entry: "${cleanText(cell)}".` : '',
    ];
    const sources = [{ label: 'CBP Withhold Release Orders and Findings (CSV)', url: sourceUrl, retrieved: asOf }];
    if (/^https:\/\/[^\s]+$/i.test(press)) sources.push({ label: 'CBP press release', url: press, retrieved: null });
    return withClaims(
      {
        ...record,
        aliases: addNames([], e.aliases, [e.name]),
        subsidiaries: addNames([], e.subsidiaries, [e.name]),
        country,
        products: region ? [...region.products] : cleanProducts(merchandise),
        regionTerms: region ? [...region.regionTerms] : [],
        scope: scope.filter(Boolean).join(' '),
        downstream: reachesDownstream(merchandise, cell, e.notes.join(' ')),
        issued,
        sources,
        ...instrument,
      },
      [claim],
    );
  });
}

/** Same order and name twice in one file: keep one record with every name. */
function mergeDuplicates(records: ListRecord[]): ListRecord[] {
  const byId = new Map<string, ListRecord>();
  for (const r of records) {
    const prior = byId.get(r.id);
    byId.set(r.id, prior ? { ...prior, aliases: addNames(prior.aliases, r.aliases, [prior.name]), subsidiaries: addNames(prior.subsidiaries, r.subsidiaries, [prior.name]) } : r);
  }
  return [...byId.values()];
}

export function parseCbpCsvText(text: string, options: ParseOptions = {}): ParseResult {
  const retrieved = options.retrieved ?? nowIso();
  const sourceUrl = options.sourceUrl ?? CBP_LANDING_URL;
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    return { ok: false, format: 'cbp-csv', error: `The CBP CSV is malformed near line ${(broken.row ?? 0) + 1}: ${broken.message}.` };
  }
  const header = findHeader(parsed.data);
  if (!header) return { ok: false, format: 'cbp-csv', error: 'The CBP CSV has no header row with an "Entity" column.' };
  const missing = REQUIRED.filter((c) => !header.columns.has(c));
  if (missing.length) {
    const found = parsed.data[header.index]!.map((h) => `"${cleanText(h).slice(0, 40)}"`).join(', ');
    return {
      ok: false,
      format: 'cbp-csv',
      error: `The CBP CSV is missing the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${LABEL[c]}"`).join(', ')} (found ${found}). CBP may have renamed them; the current list was kept.`,
    };
  }
  const warnings: string[] = [];
  const records: ListRecord[] = [];
  let skipped = 0;
  parsed.data.slice(header.index + 1).forEach((cells, i) => {
    const row: Row = {
      line: header.index + i + 2,
      get: (column) => {
        const at = header.columns.get(column);
        if (at === undefined) return '';
        // Remarks keep their line breaks: one partial lift per line.
        return column === 'remarks' ? (cells[at] ?? '').split(/\r?\n/).map(cleanText).filter(Boolean).join('\n') : cleanText(cells[at] ?? '');
      },
    };
    // Rows without an Entity are formatting artefacts in CBP's file.
    if (!row.get('entity')) {
      skipped++;
      return;
    }
    records.push(...recordsForRow(row, sourceUrl, dateOf(retrieved), warnings));
  });
  if (skipped) warnings.push(`${skipped} row${skipped > 1 ? 's' : ''} without an Entity skipped.`);
  if (!records.length) return { ok: false, format: 'cbp-csv', error: 'The CBP CSV has a header but no orders: refusing an empty list.' };
  return makeList(
    'cbp-csv',
    { title: 'CBP Withhold Release Orders and Findings', generated: retrieved, sources: [{ label: 'CBP Withhold Release Orders and Findings (CSV)', url: sourceUrl, retrieved: dateOf(retrieved) }] },
    mergeDuplicates(records),
    warnings,
  );
}

/** Bytes as downloaded: decodes Windows-1252 / UTF-8 / BOM first. */
export function parseCbpCsv(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  return parseCbpCsvText(decodeBytes(bytes).text, options);
}
