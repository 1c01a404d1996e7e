/**
 * Feed benchmark: parse + validate a generated 10,000-record feed, against JSON.parse alone as
 * the same-run baseline; also a 10,000-row CBP-format CSV and a diff of two 10,000-record lists.
 * Storing is measured by the storage layer's own benchmark.
 */
import { parseCbpCsvText } from '../../src/core/list/cbp-csv';
import { parseAnyList } from '../../src/core/list/detect';
import { diffLists } from '../../src/core/list/diff';
import { listVersion } from '../../src/core/list/hash';
import { SCHEMA_VERSION, type ListRecord, type WroList } from '../../src/core/record';
import type { BenchRow } from './types';
import { blankRecord } from '../../src/core/list/make-list';

const COUNT = 10_000;
const RUNS = 5;

function record(i: number): ListRecord {
  const name = `Benchmark Manufacturing ${i} Co., Ltd.`;
  return {
    ...blankRecord(`bench-${i}`, i % 3 === 0 ? 'uflpa' : 'wro', name),
    aliases: [`Bench ${i} Group`, `Benchmark ${i} Industrial Co.`],
    subsidiaries: i % 5 === 0 ? [`Bench ${i} Trading Ltd.`] : [],
    country: 'China',
    products: ['cotton', 'garments'],
    scope: `Garments made wholly or in part by ${name}.`,
    issued: '2024-05-17',
    status: 'active',
    statusDate: '2024-05-17',
    statusNote: 'Listed.',
    statusHistory: [{ status: 'active', effective: '2024-05-17', asOf: '2026-07-09', note: 'Listed.', sourceUrl: 'https://www.dhs.gov/uflpa-entity-list' }],
    sources: [{ label: 'Benchmark feed', url: 'https://feeds.example.org/wro.json', retrieved: '2026-07-09' }],
    listSections: i % 3 === 0 ? ['(v)'] : [],
  };
}

function feed(records: ListRecord[]): WroList {
  return { schemaVersion: SCHEMA_VERSION, version: listVersion(records), generated: '2026-07-09T00:00:00.000Z', title: 'Benchmark', sources: [], records };
}

function cbpCsv(rows: number): string {
  const lines = ['Effective Date,Calendar Year,Country Code,Country,Merchandise,WRO/Finding,Industry,Status,Press Release,Entity,Remarks'];
  for (let i = 0; i < rows; i++) {
    lines.push(`5/17/2024,2024,CN,China,Garments,WRO,"Apparel, Footwear and Textiles",Active,N/A,"Benchmark Works ${i}, a/k/a Bench ${i} Plant, a/k/a Province No. ${i} Prison","Federal Register: 89 FR ${i}\nSee China Finding."`);
  }
  return lines.join('\r\n');
}

function median(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const round = (n: number) => Math.round(n * 10) / 10;

export default async function bench(): Promise<BenchRow[]> {
  const records = Array.from({ length: COUNT }, (_, i) => record(i));
  const bytes = new TextEncoder().encode(JSON.stringify(feed(records)));
  const text = new TextDecoder().decode(bytes);
  const baseline = median(() => JSON.parse(text));
  const full = median(() => {
    const result = parseAnyList(bytes, 'feed.json');
    if (!result.ok) throw new Error(result.error);
  });
  const csv = cbpCsv(COUNT);
  const csvTime = median(() => {
    const result = parseCbpCsvText(csv, { retrieved: '2026-07-09T00:00:00.000Z' });
    if (!result.ok) throw new Error(result.error);
  });
  const before = feed(records);
  const after = feed(records.map((r, i) => (i % 100 === 0 ? { ...r, status: 'modified' as const } : r)));
  const diffTime = median(() => diffLists(before, after));
  const versionTime = median(() => listVersion(records));
  return [
    { name: 'feed: 10,000-record JSON feed size', value: round(bytes.length / 1024 / 1024), unit: 'MB' },
    { name: 'feed: JSON.parse only (baseline)', value: round(baseline), unit: 'ms', note: `median of ${RUNS}` },
    { name: 'feed: decode + parse + validate 10,000 records', value: round(full), unit: 'ms', note: `median of ${RUNS}` },
    { name: 'feed: parse + validate vs JSON.parse', value: round(full / baseline), unit: 'x' },
    { name: 'feed: parse 10,000-row CBP-format CSV', value: round(csvTime), unit: 'ms', note: 'papaparse + Entity splitting + validation' },
    { name: 'feed: diff two 10,000-record lists (100 status changes)', value: round(diffTime), unit: 'ms' },
    { name: 'feed: content-hash version of 10,000 records', value: round(versionTime), unit: 'ms' },
  ];
}
