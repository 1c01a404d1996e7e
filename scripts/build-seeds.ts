/**
 * Rebuilds the bundled default list `seeds/default-list.json` from the inputs in `seeds/sources/`
 * and publishes the feed's JSON Schema in `schema/wro-list.schema.json`; builds the high-risk goods
 * (`seeds/high-risk-goods.json`) from `seeds/sources/high-risk-goods.json`. Reproducible: the same
 * inputs give byte-identical output (`generated` is the newest source date, not the clock).
 *   npm run seeds            write the three files
 *   npm run seeds -- --check exit 1 if a committed file is out of date
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION, type ListRecord, type WroList } from '../src/core/record';
import { parseCbpCsvText } from '../src/core/list/cbp-csv';
import { listVersion } from '../src/core/list/hash';
import { buildHighRiskGoods } from '../src/core/list/high-risk-goods';
import { listJsonSchema, validateList } from '../src/core/list/list-schema';
import { mergeLists } from '../src/core/list/merge';
import type { ParseResult } from '../src/core/list/types';
import { parseDhsUflpaHtml, uflpaRows } from '../src/core/list/uflpa-html';
import { cbpCsvFromRows, type CbpSourceRow } from '../seeds/lib/cbp-rows';
import { applyCorrections, citeNameVariantSources, markSecondarySources } from '../seeds/lib/corrections';
import { applyLetter, type Letter } from '../seeds/lib/iasc-letter';
import { onDhsPage, uflpaRecord, wroRecord, type RefUflpa, type RefWro, type SourceInfo } from '../seeds/lib/reference-data';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_LIST_PATH = resolve(root, 'seeds/default-list.json');
export const SCHEMA_PATH = resolve(root, 'schema/wro-list.schema.json');
export const HIGH_RISK_GOODS_PATH = resolve(root, 'seeds/high-risk-goods.json');

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(resolve(root, relative), 'utf8')) as T;
}

function parsed(result: ParseResult, what: string): WroList {
  if (!result.ok) throw new Error(`${what}: ${result.error}`);
  return result.list;
}

export function buildDefaultList(): WroList {
  const manifest = readJson<Record<string, SourceInfo>>('seeds/sources/sources.json');
  const source = (file: string): SourceInfo => {
    const info = manifest[file];
    if (!info) throw new Error(`seeds/sources/sources.json has no entry for ${file}`);
    return info;
  };
  const records = new Map<string, ListRecord>();
  const add = (record: ListRecord) => {
    if (records.has(record.id)) throw new Error(`Duplicate record id ${record.id}`);
    records.set(record.id, record);
  };
  const dhsHtml = readFileSync(resolve(root, 'seeds/sources/dhs-uflpa-entity-list-2026-07-09.html'), 'utf8');
  // The names DHS's saved page gives verbatim (its entity tables' cells) are not secondary name text.
  const onOfficialPage = onDhsPage(uflpaRows(dhsHtml).rows.map((row) => row.cell));
  for (const r of readJson<RefWro[]>('seeds/sources/wro_findings.json')) add(wroRecord(r, source('wro_findings.json')));
  for (const r of readJson<RefUflpa[]>('seeds/sources/uflpa_entities.json')) add(uflpaRecord(r, source('uflpa_entities.json'), onOfficialPage));
  applyLetter(records, readJson<Letter>('seeds/sources/iasc-letter-2021.json'), source('iasc-letter-2021.json'));

  // The official copies, parsed as a refresh would parse them, add CBP's and DHS's own wording,
  // the orders and entities the reference data folds away, and their dated claims.
  const cbpInfo = source('cbp_csv_rows_2026-06-23.json');
  const cbpRows = readJson<{ rows: CbpSourceRow[] }>('seeds/sources/cbp_csv_rows_2026-06-23.json').rows;
  const cbp = parsed(parseCbpCsvText(cbpCsvFromRows(cbpRows), { sourceUrl: cbpInfo.url, retrieved: `${cbpInfo.asOf}T00:00:00.000Z` }), 'CBP rows');
  const dhsInfo = source('dhs-uflpa-entity-list-2026-07-09.html');
  const dhs = parsed(parseDhsUflpaHtml(dhsHtml, { sourceUrl: dhsInfo.url, retrieved: `${dhsInfo.asOf}T00:00:00.000Z` }), 'DHS page');
  const reference: WroList = { ...cbp, records: [...records.values()] };
  const merged = mergeLists([reference, cbp, dhs]);
  // Records written from the statute itself (the UFLPA's region presumption), checked with the list.
  merged.records.push(...readJson<ListRecord[]>('seeds/sources/statutory-records.json'));

  // Corrections, each verified against a cited source, on top of the verbatim copies; sources
  // not from the issuing authority are marked secondary first (a correction can mark more).
  const corrected = new Map(merged.records.map((r) => [r.id, markSecondarySources(r)]));
  const correctionFiles = readdirSync(resolve(root, 'seeds/sources'))
    .filter((f) => /^corrections-.*\.json$/.test(f))
    .map((name) => ({ name: `seeds/sources/${name}`, json: readJson<unknown>(`seeds/sources/${name}`) }));
  applyCorrections(corrected, correctionFiles);

  const sorted = [...corrected.values()].map(citeNameVariantSources).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const infos = Object.values(manifest);
  const newest = infos.map((s) => s.asOf).sort().at(-1)!;
  const list: WroList = {
    schemaVersion: SCHEMA_VERSION,
    version: listVersion(sorted),
    generated: `${newest}T00:00:00.000Z`,
    title: 'WRO Check default list (bundled)',
    sources: infos.map((s) => ({ label: s.label, url: s.url, retrieved: s.asOf })),
    records: sorted,
  };
  const checked = validateList(list);
  if (!checked.ok) throw new Error(`The built list does not validate: ${checked.error}`);
  return list;
}

export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function main(): void {
  const outputs: Array<[string, string]> = [
    [DEFAULT_LIST_PATH, renderJson(buildDefaultList())],
    [SCHEMA_PATH, renderJson(listJsonSchema())],
    [HIGH_RISK_GOODS_PATH, renderJson(buildHighRiskGoods(readJson<unknown>('seeds/sources/high-risk-goods.json')))],
  ];
  if (process.argv.includes('--check')) {
    const stale = outputs.filter(([path, text]) => {
      try {
        return readFileSync(path, 'utf8') !== text;
      } catch {
        return true;
      }
    });
    for (const [path] of stale) console.error(`out of date: ${path} (run npm run seeds)`);
    process.exit(stale.length ? 1 : 0);
  }
  for (const [path, text] of outputs) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
