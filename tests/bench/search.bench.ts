/**
 * List-search benchmark: building the index and answering typed queries (every prefix, as a user
 * types) with the name-aware re-ranking, against plain fuse.js over the same names in the same run.
 * Bundled list and 10,000 synthetic records. CPU milliseconds.
 */
import Fuse from 'fuse.js';
import { namesOf, type ListRecord } from '../../src/core/record';
import { createListSearch } from '../../src/core/search/list-search';
import { bundledRecords } from '../corpus/bundled-list';
import { syntheticRecords } from './matcher.bench';
import type { BenchRow } from './types';

const QUERIES = ['supermx', 'glove', 'hoshine silicon', 'xinjiang zhongtai', 'palm oil', 'Nepal', 'top glove sdn bhd', '東莞綠洲'];

const keystrokes = (): string[] => QUERIES.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

function benchList(label: string, records: ListRecord[]): BenchRow[] {
  let search!: ReturnType<typeof createListSearch>;
  const build = cpuMs(() => (search = createListSearch(records)));
  const names = records.flatMap((r) => namesOf(r).map((n) => ({ text: n.text })));
  let fuse!: Fuse<{ text: string }>;
  const fuseBuild = cpuMs(() => (fuse = new Fuse(names, { keys: ['text'], threshold: 0.45, ignoreLocation: true })));
  const ours = keystrokes().map((q) => cpuMs(() => search.search(q, {}, 20)));
  const plain = keystrokes().map((q) => cpuMs(() => fuse.search(q, { limit: 20 })));
  return [
    { name: `${label}: build index`, value: build, unit: 'ms', note: `plain fuse.js: ${fuseBuild.toFixed(1)} ms` },
    { name: `${label}: query, median`, value: quantile(ours, 0.5), unit: 'ms', note: `plain fuse.js ${quantile(plain, 0.5).toFixed(2)} ms; ${ours.length} keystrokes` },
    { name: `${label}: query, 95th percentile`, value: quantile(ours, 0.95), unit: 'ms', note: `plain fuse.js ${quantile(plain, 0.95).toFixed(2)} ms` },
  ];
}

export default async function searchBench(): Promise<BenchRow[]> {
  return [...benchList('bundled list', bundledRecords()), ...benchList('10,000 records', syntheticRecords(10_000))];
}
