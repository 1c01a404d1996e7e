/**
 * Popup search, per keystroke, over 2,000 generated records: each prefix of a few typed queries
 * is searched as the popup searches it (with and without filters). Same-run baselines: a plain
 * lower-case substring scan of every name (the least any search must do), and fuse.js alone over
 * every name (what the search would cost without narrowing candidates first).
 * Budget from issue 6: under 16 ms a keystroke (one frame at 60 Hz).
 */
import Fuse from 'fuse.js';
import type { ListRecord, RecordKind, Status } from '../../src/core/record';
import { searchRecords } from '../../src/popup/search-adapter';
import type { SearchFilters } from '../../src/popup/ListSearch';
import type { BenchRow } from './types';
import { blankRecord } from '../../src/core/list/make-list';

const COUNT = 2_000;
const LIMIT = 30;
const QUERIES = ['Hoshine Silicon', 'top glove', 'xinjiang cotton', 'Maxter', 'polysilicon', 'Malaysia', 'zzqx'];

/** Deterministic pseudo-random numbers (mulberry32), so every run searches the same list. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Xinjiang', 'Hetian', 'Shanshan', 'Kuala Lumpur', 'Selangor', 'Guangdong', 'Fujian', 'Nepal', 'Zhejiang', 'Penang'];
const WORDS = ['Silicon', 'Glove', 'Cotton', 'Textile', 'Solar', 'Apparel', 'Rubber', 'Seafood', 'Tomato', 'Steel', 'Polysilicon', 'Industry', 'Holdings', 'Trading', 'Manufacturing', 'Technology'];
const FORMS = ['Co., Ltd.', 'Sdn. Bhd.', 'Berhad', 'Group', 'Corporation', 'Limited', 'Inc.', 'S.A. de C.V.'];
const COUNTRIES = ['China', 'Malaysia', 'Nepal', 'Mexico', 'India', null];
const KINDS: RecordKind[] = ['wro', 'finding', 'uflpa', 'uflpa', 'region'];
const STATUSES: Status[] = ['active', 'active', 'active', 'modified', 'revoked', 'unknown'];

export function generateRecords(count: number, seed = 6): ListRecord[] {
  const rnd = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const name = `${pick(PLACES)} ${pick(WORDS)} ${pick(WORDS)} ${i} ${pick(FORMS)}`;
    return {
      ...blankRecord(`bench-${i}`, pick(KINDS), name),
      aliases: rnd() < 0.5 ? [`${pick(WORDS)} ${pick(PLACES)} ${i}`] : [],
      subsidiaries: rnd() < 0.3 ? [`${pick(PLACES)} ${pick(WORDS)} ${i} ${pick(FORMS)}`, `${pick(WORDS)} ${i} Trading`] : [],
      country: pick(COUNTRIES),
      products: [pick(WORDS).toLowerCase(), pick(WORDS).toLowerCase()],
      scope: `Goods made wholly or in part by ${name}.`,
      downstream: rnd() < 0.1,
      issued: '2024-05-17',
      status: pick(STATUSES),
      statusDate: '2024-05-17',
    };
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Every prefix of every query, as a user types them. */
const keystrokes = (): string[] => QUERIES.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

/**
 * Wall-clock and CPU milliseconds of each keystroke's search, each sorted. CPU time leaves out the
 * time the process waited for a core, so it stays meaningful on a loaded machine.
 */
function timeEach(run: (query: string) => unknown): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const query of keystrokes()) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run(query);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

export default async function popupSearchBench(): Promise<BenchRow[]> {
  const records = generateRecords(COUNT);
  const filters: SearchFilters = { kind: 'uflpa', status: 'active' };

  // The index is built once, before the first keystroke: measured on its own.
  const buildStart = performance.now();
  searchRecords(records, 'a', {}, LIMIT);
  const build = performance.now() - buildStart;

  // Warm up, then measure.
  timeEach((q) => searchRecords(records, q, {}, LIMIT));
  const plain = timeEach((q) => searchRecords(records, q, {}, LIMIT));
  const filtered = timeEach((q) => searchRecords(records, q, filters, LIMIT));
  const baseline = timeEach((q) => {
    const needle = q.toLowerCase();
    return records.filter((r) => [r.name, ...r.aliases, ...r.subsidiaries].some((n) => n.toLowerCase().includes(needle))).slice(0, LIMIT);
  });
  const names = records.flatMap((r) => [r.name, ...r.aliases, ...r.subsidiaries].map((text) => ({ text })));
  const fuseAlone = new Fuse(names, { keys: ['text'], ignoreLocation: true, threshold: 0.45, minMatchCharLength: 2 });
  const fuseTimes = timeEach((q) => fuseAlone.search(q, { limit: 200 }));
  const n = plain.wall.length;
  const overBudget = plain.cpu.filter((ms) => ms >= 16).length;
  const note = `${COUNT} records, ${n} keystrokes; budget 16 ms`;
  return [
    { name: 'popup search: index build (once, while the popup is idle)', value: build, unit: 'ms', note },
    { name: 'popup search: per keystroke, median', value: quantile(plain.wall, 0.5), unit: 'ms', note },
    { name: 'popup search: per keystroke, p95', value: quantile(plain.wall, 0.95), unit: 'ms', note },
    { name: 'popup search: per keystroke, max', value: plain.wall[n - 1] ?? 0, unit: 'ms', note },
    { name: 'popup search: per keystroke CPU time, p95', value: quantile(plain.cpu, 0.95), unit: 'ms', note },
    { name: 'popup search: per keystroke CPU time, max', value: plain.cpu[n - 1] ?? 0, unit: 'ms', note },
    { name: 'popup search: keystrokes at or over 16 ms CPU', value: overBudget, unit: 'count', note },
    { name: 'popup search with type+status filters: per keystroke, p95', value: quantile(filtered.wall, 0.95), unit: 'ms', note },
    { name: 'baseline substring scan of names: per keystroke, p95', value: quantile(baseline.wall, 0.95), unit: 'ms', note },
    { name: 'baseline substring scan of names: per keystroke CPU time, p95', value: quantile(baseline.cpu, 0.95), unit: 'ms', note },
    { name: 'baseline fuse.js alone over every name: per keystroke CPU time, p95', value: quantile(fuseTimes.cpu, 0.95), unit: 'ms', note },
    {
      name: 'popup search / baseline, CPU time p95',
      value: quantile(plain.cpu, 0.95) / Math.max(quantile(baseline.cpu, 0.95), 1e-3),
      unit: 'x',
      note: 'same run',
    },
  ];
}
