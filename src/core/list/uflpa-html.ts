/**
 * Parses the DHS UFLPA Entity List page (https://www.dhs.gov/uflpa-entity-list) with htmlparser2
 * (no DOMParser in a service worker). Tables are found by their header ("Name of Entity" or,
 * for section (v), "Entity Name"), not by class (DHS removed `usa-table` in Jan 2025); each
 * table's statutory section comes from the heading before it. One entity in several tables,
 * spelt differently, becomes one record listing every section.
 */
import { Parser } from 'htmlparser2';
import type { ListRecord, StatusClaim } from '../record';
import { blankRecord, dateOf, makeList, nowIso } from './make-list';
import { withClaims } from './status';
import { addNames, cleanText, isoFromLongDate, nameKey, slug } from './text';
import type { ParseOptions, ParseResult } from './types';
import { parseUflpaName, uflpaKey } from './uflpa-name';

export const UFLPA_PAGE_URL = 'https://www.dhs.gov/uflpa-entity-list';

export interface UflpaRow {
  section: string | null;
  cell: string;
  dateText: string;
}

interface Table {
  heading: string;
  rows: Array<{ cells: string[]; header: boolean }>;
}

/** Every table with the text that precedes it (its heading), and the "Last Updated" stamp. */
function scan(html: string): { tables: Table[]; lastUpdated: string | null } {
  const tables: Table[] = [];
  let outside = '';
  let table: Table | null = null;
  let row: { cells: string[]; header: boolean } | null = null;
  let cell: string | null = null;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'table') {
          table = { heading: outside.slice(-2000), rows: [] };
          outside = '';
        } else if (table && name === 'tr') row = { cells: [], header: false };
        else if (row && (name === 'td' || name === 'th')) {
          cell = '';
          if (name === 'th') row.header = true;
        } else if (cell !== null && (name === 'br' || name === 'p')) cell += ' ';
      },
      ontext(text) {
        if (cell !== null) cell += text;
        else if (!table) outside += text;
      },
      onclosetag(name) {
        if ((name === 'td' || name === 'th') && row && cell !== null) {
          row.cells.push(cleanText(cell));
          cell = null;
        } else if (name === 'tr' && table && row) {
          table.rows.push(row);
          row = null;
        } else if (name === 'table' && table) {
          tables.push(table);
          table = null;
        } else if (!table && (name === 'p' || name === 'div' || name === 'span' || name === 'strong' || name === 'a')) outside += ' ';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const stamp = /Last Updated:\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/i.exec(cleanText(outside));
  const lastUpdated = stamp ? `${stamp[3]}-${stamp[1]!.padStart(2, '0')}-${stamp[2]!.padStart(2, '0')}` : null;
  return { tables, lastUpdated };
}

/** The rows of every entity table, with the section each belongs to. */
export function uflpaRows(html: string): { rows: UflpaRow[]; lastUpdated: string | null; tables: number } {
  const { tables, lastUpdated } = scan(html);
  const rows: UflpaRow[] = [];
  let entityTables = 0;
  for (const t of tables) {
    const headerRow = t.rows.find((r) => r.header) ?? t.rows[0];
    if (!headerRow) continue;
    const nameCol = headerRow.cells.findIndex((c) => /^(?:name of entity|entity name|entity|name)$/i.test(c));
    if (nameCol < 0) continue;
    entityTables++;
    const dateCol = headerRow.cells.findIndex((c) => /date/i.test(c));
    const sections = [...cleanText(t.heading).matchAll(/Section\s*2\s*\(d\)\s*\(2\)\s*\(B\)\s*\((i{1,3}|iv|v)\)/gi)];
    const section = sections.length ? `(${sections.at(-1)![1]!.toLowerCase()})` : null;
    for (const r of t.rows) {
      if (r === headerRow) continue;
      const cell = r.cells[nameCol] ?? '';
      if (cell) rows.push({ section, cell, dateText: dateCol >= 0 ? (r.cells[dateCol] ?? '') : '' });
    }
  }
  return { rows, lastUpdated, tables: entityTables };
}

export function parseDhsUflpaHtml(html: string, options: ParseOptions = {}): ParseResult {
  const retrieved = options.retrieved ?? nowIso();
  const sourceUrl = options.sourceUrl ?? UFLPA_PAGE_URL;
  const { rows, lastUpdated, tables } = uflpaRows(html);
  if (tables === 0) {
    return { ok: false, format: 'dhs-uflpa-html', error: 'No UFLPA Entity List table found on the page (no table headed "Name of Entity" or "Entity Name"). DHS may have changed the page; the current list was kept.' };
  }
  if (!rows.length) return { ok: false, format: 'dhs-uflpa-html', error: 'The UFLPA Entity List tables are empty: refusing an empty list.' };
  const warnings: string[] = [];
  const asOf = dateOf(retrieved);
  const byKey = new Map<string, { record: ListRecord; claims: StatusClaim[] }>();
  for (const row of rows) {
    const parsed = parseUflpaName(row.cell);
    if (!parsed.name) continue;
    const date = isoFromLongDate(row.dateText);
    if (!date) warnings.push(`Unreadable Effective Date "${row.dateText.slice(0, 40)}" for ${parsed.name}.`);
    if (!row.section) warnings.push(`No section heading found before the table listing ${parsed.name}.`);
    const key = uflpaKey(parsed.name);
    const entry = byKey.get(key) ?? { record: blankRecord(`uflpa-${slug(parsed.name.replace(/\s*\([A-Z][A-Z0-9&]{1,9}\)$/, ''))}`, 'uflpa', parsed.name), claims: [] };
    const r = entry.record;
    // DHS's own names, kept as DHS spells each (nameKey, not looseKey): "Sichuan Yuanan
    // Pharmaceutical Co., Ltd." is DHS's alias of "Sichuan Yuan’an Pharmaceutical Co., Ltd.".
    entry.record = {
      ...r,
      aliases: addNames(r.aliases, [...parsed.aliases, ...(parsed.acronym ? [parsed.acronym] : [])], [r.name], nameKey),
      formerNames: addNames(r.formerNames, parsed.formerNames, [r.name], nameKey),
      listSections: row.section && !r.listSections.includes(row.section) ? [...r.listSections, row.section].sort() : r.listSections,
      issued: date && (!r.issued || date < r.issued) ? date : r.issued,
      scope: parsed.suffix && !r.scope.includes(parsed.suffix) ? cleanText(`${r.scope} Listed ${parsed.suffix}.`) : r.scope,
    };
    entry.claims.push({ status: 'active', effective: date, asOf, note: `Listed in section ${row.section ?? '(unknown)'} effective ${row.dateText || 'date not given'}.`, sourceUrl });
    byKey.set(key, entry);
  }
  const label = `DHS UFLPA Entity List${lastUpdated ? ` (page last updated ${lastUpdated})` : ''}`;
  const records = [...byKey.values()].map(({ record, claims }) =>
    withClaims(
      {
        ...record,
        scope: cleanText(`UFLPA Entity List, section${record.listSections.length > 1 ? 's' : ''} ${record.listSections.join(', ')}: goods made wholly or in part by this entity are presumed made with forced labor and barred from US import. ${record.scope}`),
        sources: [{ label, url: sourceUrl, retrieved: asOf }],
      },
      claims,
    ),
  );
  return makeList('dhs-uflpa-html', { title: 'DHS UFLPA Entity List', generated: retrieved, sources: [{ label, url: sourceUrl, retrieved: asOf }] }, records, warnings);
}
