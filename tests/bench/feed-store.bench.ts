/**
 * Storing a 10,000-record feed: the refresh path as the background runs it (download through an
 * injected fetch, parse, validate, reconcile with the previous download, merge over the bundled
 * list, diff, one IndexedDB transaction), in Node with fake-indexeddb, which clones like a browser
 * but is not its storage engine: read the store figures as relative, not as browser timings.
 * Same-run baselines: JSON.parse of the feed alone, and parse + validate alone.
 */
import 'fake-indexeddb/auto';
import { runRefresh, type RefreshDeps } from '../../src/background/refresh-run';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parseAnyList } from '../../src/core/list/detect';
import { listVersion } from '../../src/core/list/hash';
import { SCHEMA_VERSION, type ListRecord, type WroList } from '../../src/core/record';
import { openWroDb } from '../../src/platform/db';
import { ensureSeeded, replaceCurrentList } from '../../src/platform/list-store';
import seed from '../../seeds/default-list.json';
import type { BenchRow } from './types';
import { blankRecord } from '../../src/core/list/make-list';

const COUNT = 10_000;
const RUNS = 3;
const URL_ = 'https://feeds.example.org/wro.json';

function record(i: number, status: ListRecord['status'] = 'active'): ListRecord {
  const name = `Storebench Textiles ${i} Co., Ltd.`;
  return {
    ...blankRecord(`store-${i}`, i % 3 === 0 ? 'uflpa' : 'wro', name),
    aliases: [`Storebench ${i} Group`],
    country: 'China',
    products: ['cotton'],
    scope: `Cotton goods of ${name}.`,
    issued: '2024-05-17',
    status,
    statusDate: '2024-05-17',
    statusNote: 'Listed.',
    statusHistory: [{ status, effective: '2024-05-17', asOf: '2026-07-09', note: 'Listed.', sourceUrl: URL_ }],
    sources: [{ label: 'Benchmark feed', url: URL_, retrieved: '2026-07-09' }],
  };
}

function feedBytes(records: ListRecord[]): Uint8Array<ArrayBuffer> {
  const list: WroList = { schemaVersion: SCHEMA_VERSION, version: listVersion(records), generated: '2026-07-09T00:00:00.000Z', title: 'Benchmark', sources: [], records };
  return new TextEncoder().encode(JSON.stringify(list));
}

async function median(run: () => Promise<void> | void, before?: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await before?.();
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

async function reset(): Promise<void> {
  const db = await openWroDb();
  await Promise.all([db.clear('lists'), db.clear('meta')]);
  await ensureSeeded(seed as WroList);
}

const round = (n: number) => Math.round(n * 10) / 10;

export default async function bench(): Promise<BenchRow[]> {
  const first = feedBytes(Array.from({ length: COUNT }, (_, i) => record(i)));
  // The next day's feed: one status changed, so the refresh diffs and stores in full.
  const second = feedBytes(Array.from({ length: COUNT }, (_, i) => record(i, i === 42 ? 'revoked' : 'active')));
  let body = first;
  const deps: RefreshDeps = {
    settings: { ...DEFAULT_SETTINGS, sources: [{ id: 'bench', kind: 'wro-json', url: URL_, label: 'Benchmark', enabled: true }] },
    seed: seed as WroList,
    fetch: (async () => new Response(body, { headers: { 'content-type': 'application/json' } })) as typeof fetch,
    hostGranted: async () => true,
  };
  const text = new TextDecoder().decode(first);
  const parseOnly = await median(() => void JSON.parse(text));
  let parsed: WroList | null = null;
  const validate = await median(() => {
    const r = parseAnyList(first, 'feed.json');
    if (!r.ok) throw new Error(r.error);
    parsed = r.list;
  });
  const storeOnly = await median(() => replaceCurrentList(parsed!), reset);
  const firstRefresh = await median(async () => {
    body = first;
    const run = await runRefresh(deps);
    if (run.outcome !== 'applied') throw new Error(`first refresh: ${run.outcome} ${run.message}`);
  }, reset);
  const nextRefresh = await median(
    async () => {
      body = second;
      const run = await runRefresh(deps);
      if (run.outcome !== 'applied' || run.lineCount !== 1) throw new Error(`next refresh: ${run.outcome} ${run.lineCount} ${run.message}`);
    },
    async () => {
      await reset();
      body = first;
      await runRefresh(deps);
    },
  );
  const note = `${COUNT.toLocaleString('en')} records, ${(first.length / 1048576).toFixed(1)} MB JSON, median of ${RUNS}; fake-indexeddb`;
  return [
    { name: 'JSON.parse alone (baseline)', value: round(parseOnly), unit: 'ms', note },
    { name: 'parse + validate (parseAnyList)', value: round(validate), unit: 'ms', note },
    { name: 'store alone (replaceCurrentList, one transaction)', value: round(storeOnly), unit: 'ms', note },
    { name: 'first refresh: fetch + parse + validate + merge over bundled list + diff + store', value: round(firstRefresh), unit: 'ms', note },
    { name: 'next refresh (1 status change): same + carry-over against the previous download', value: round(nextRefresh), unit: 'ms', note },
  ];
}
