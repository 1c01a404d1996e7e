/**
 * Matcher benchmark. On the same generated page text (≥10 M characters, Latin and CJK, with listed
 * names mentioned now and then), compares:
 *   - this matcher (compiled token automaton, with decisions and explanations);
 *   - one regular expression alternating every name (case-insensitive);
 *   - fuse.js searching every name over a sample of text chunks (extrapolated: it is far slower);
 *   - a bare pass lower-casing the text: the floor any scanner pays.
 * For the bundled list and for a synthetic list of 10,000 names. MB is 10^6 bytes of the text as
 * UTF-8 (a CJK character is three bytes); speeds are per CPU second (see `time`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import Fuse from 'fuse.js';
import { compileMatcher } from '../../src/core/match/compile';
import { loadMatcher } from '../../src/core/match/matcher';
import type { ListRecord } from '../../src/core/record';
import { foldClass } from '../../src/core/text/fold';
import { bundledRecords } from '../corpus/bundled-list';
import type { BenchRow } from './types';
import { blankRecord } from '../../src/core/list/make-list';

const TEXT_CHARS = Number(process.env.BENCH_TEXT_CHARS ?? 10_500_000);
const RUNS = 3;

/** Deterministic PRNG (mulberry32), so every run screens the same text. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you ' +
  'were her she there been one all we their has would when if will more no out so said what up its about into than ' +
  'them can only other new some could time these two may then do first any my now such like our over man me even most ' +
  'made after also did many before must through back years where much your way well down should because each just those ' +
  'supplier suppliers contract tender award framework price delivery quantity order invoice gloves cotton garments ' +
  'solar modules polysilicon aluminium tyres bicycles seafood tomatoes palm oil furniture electronics procurement ' +
  'department council hospital school framework lot value estimated notice published deadline clarification'
).split(' ');
const PROPER = (
  'Acme Northgate Brightwater Rotterdam Kuala Lumpur Shenzhen Monday January London Birmingham Global Traders Widgets ' +
  'Holdings Alpha Beta Gamma Delta Orion Atlas Summit Harbour Meridian Crescent Pinnacle Evergreen Sterling Vertex'
).split(' ');
const CJK =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经' +
  '十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相' +
  '全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料';

export function mentionsOf(records: ListRecord[]): string[] {
  return records.flatMap((r) => [r.name, ...r.aliases.slice(0, 1), ...r.nameVariants.slice(0, 1).map((v) => v.name)]);
}

/** Page-like text: paragraphs of prose, about one in three in Chinese, a listed name every few kilobytes. */
export function pageText(mentions: string[], chars: number): string {
  const rand = prng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const parts: string[] = [];
  let size = 0;
  while (size < chars) {
    let para = '';
    if (rand() < 0.3) {
      const n = 150 + Math.floor(rand() * 300);
      for (let i = 0; i < n; i++) para += CJK[Math.floor(rand() * CJK.length)];
      para += '。';
    } else {
      const n = 60 + Math.floor(rand() * 120);
      const words: string[] = [];
      for (let i = 0; i < n; i++) {
        const r = rand();
        let w = r < 0.12 ? pick(PROPER) : r < 0.16 ? String(Math.floor(rand() * 10000)) : pick(WORDS);
        if (i === 0 || rand() < 0.05) w = w[0]!.toUpperCase() + w.slice(1);
        words.push(w + (rand() < 0.08 ? ',' : rand() < 0.05 ? '.' : ''));
      }
      para = `${words.join(' ')}.`;
    }
    if (rand() < 0.12) para += ` Supplier: ${pick(mentions)}.`;
    parts.push(para);
    size += para.length + 1;
  }
  return parts.join('\n');
}

const SYLLABLES = 'an bao chang da fei gang hai heng hua jia jin kai lan long mei ming nan ping qing rong sheng tai tian wei xin yang yi yong yuan zhen zhong'.split(' ');
const NOUNS = 'Textile Garment Cotton Solar Silicon Glove Rubber Food Trading Logistics Metals Mining Chemical Machinery Electronics Seafood Apparel Steel'.split(' ');
const PLACES = 'Xinjiang Hebei Henan Jiangsu Zhejiang Fujian Guangdong Shandong Anhui Hubei Hunan Sichuan Selangor Penang Johor'.split(' ');
const FORMS = ['Co., Ltd.', 'Sdn. Bhd.', 'Group Co., Ltd.', 'Industrial Co., Ltd.', 'Limited', 'Corporation'];

/** 10,000 plausible, distinct company names (a tenth with a Chinese-script variant). */
export function syntheticRecords(count: number): ListRecord[] {
  const rand = prng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const seen = new Set<string>();
  const records: ListRecord[] = [];
  while (records.length < count) {
    const brand = pick(SYLLABLES) + pick(SYLLABLES) + (rand() < 0.5 ? pick(SYLLABLES) : '');
    const core = `${pick(PLACES)} ${brand[0]!.toUpperCase()}${brand.slice(1)} ${pick(NOUNS)}`;
    if (seen.has(core)) continue;
    seen.add(core);
    const i = records.length;
    let cjk = '';
    for (let k = 0; k < 4; k++) cjk += CJK[Math.floor(rand() * CJK.length)];
    records.push({
      ...blankRecord(`synthetic-${i}`, 'uflpa', `${core} ${pick(FORMS)}`),
      nameVariants: i % 10 === 0 ? [{ name: `${cjk}有限公司`, sourceUrl: 'https://example.org' }] : [],
      country: 'China',
      products: ['garments'],
      status: 'active',
    });
  }
  return records;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * CPU seconds this thread has run: on Linux from /proc/thread-self/schedstat (nanoseconds), else the
 * whole process's. The calling thread only, because V8 compiles hot functions and marks garbage on
 * threads of its own: process-wide time billed a background compile of a function the long scans
 * had made hot to the first pass of short texts timed after them (about 140 ms of `decide`), and a
 * page's main thread, which a content script shares with the page, does not wait for either.
 * Where the kernel counts it in scheduler ticks (4 ms here), a timing should be hundreds of ms.
 */
function threadSeconds(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e9;
  } catch {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1e6;
  }
}

/**
 * Median CPU seconds of `runs` calls, and the last result. CPU time rather than wall-clock time: it
 * leaves out time the thread waited for a core, so figures stay comparable on a loaded machine.
 * Every method in a row is timed the same way in the same run.
 */
export function time<T>(fn: () => T, runs = RUNS): { seconds: number; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    // Garbage left by earlier work is collected now, not billed to this run (the scan process has
    // --expose-gc; elsewhere gc is absent and this does nothing).
    (globalThis as { gc?: () => void }).gc?.();
    const start = threadSeconds();
    result = fn();
    times.push(threadSeconds() - start);
  }
  return { seconds: median(times), result };
}

function regexOf(names: string[]): RegExp {
  const escaped = [...new Set(names)].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'giu');
}

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

function listNames(records: ListRecord[]): string[] {
  return records.flatMap((r) => [r.name, ...r.aliases, ...r.subsidiaries, ...r.formerNames, ...r.nameVariants.map((v) => v.name)]);
}

/**
 * matcher-scan.ts bundled into one module, as the content script ships: loaded through tsx, every
 * imported binding is read through a getter, which halved short-text throughput in this harness
 * (and only here). Written beside its source, so its package imports and the paths it reads
 * relative to itself resolve as they do unbundled.
 */
function scanScript(): string {
  const outfile = fileURLToPath(new URL('./matcher-scan.bundled.mjs', import.meta.url));
  buildSync({
    entryPoints: [fileURLToPath(new URL('./matcher-scan.ts', import.meta.url))],
    bundle: true, platform: 'node', format: 'esm', target: 'es2022', packages: 'external', outfile, logLevel: 'warning',
  });
  return outfile;
}

function benchList(label: string, records: ListRecord[], text: string, bareSeconds: number, jsPassSeconds: number): BenchRow[] {
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  const mbPerChar = mb / text.length;
  const rows: BenchRow[] = [];
  const cold = time(() => compileMatcher(records), 1);
  const compiled = time(() => compileMatcher(records), 7);
  const payload = compiled.result;
  const json = JSON.stringify(payload);
  rows.push({ name: `${label}: compile, first`, value: cold.seconds * 1000, unit: 'ms', note: `${records.length} records; code not yet optimised by the JIT, as in a fresh service worker` });
  rows.push({ name: `${label}: compile, warm`, value: compiled.seconds * 1000, unit: 'ms', note: 'median of the next 7' });
  rows.push({ name: `${label}: payload`, value: json.length / 1024, unit: 'KiB', note: `JSON; ${payload.vocab.length} tokens, ${payload.groups.length} name sequences` });
  const load = time(() => loadMatcher(JSON.parse(json)), 5);
  rows.push({ name: `${label}: load payload`, value: load.seconds * 1000, unit: 'ms', note: 'JSON.parse + automaton build, as a content script does' });

  // Scanning as a content script does: bundled code, in a process that never compiled names (see matcher-scan.ts).
  const child = spawnSync(process.execPath, ['--expose-gc', scanScript(), label, String(bareSeconds)], {
    input: json, encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, BENCH_TEXT_CHARS: String(TEXT_CHARS) },
  });
  if (child.status !== 0) throw new Error(`matcher-scan failed: ${child.stderr}`);
  const scanRows = JSON.parse(child.stdout) as BenchRow[];
  rows.push(...scanRows);
  const matcherMbs = scanRows[0]!.value;

  const matcher = load.result;
  const scan = time(() => matcher.scan(text));
  rows.push({ name: `${label}: this matcher, in the compiling process`, value: mb / scan.seconds, unit: 'MB/s', note: `${scan.result.length} findings; ${(scan.seconds / bareSeconds).toFixed(1)}× the time of toLowerCase, ${(scan.seconds / jsPassSeconds).toFixed(1)}× the JavaScript pass (JIT feedback from compiling slows the tokeniser)` });

  // The regex alternation: measured on a slice when it is too slow for the whole text.
  const names = listNames(records);
  const re = regexOf(names);
  // A backtracking regex tries every alternative at every position: 10,000 names get a short slice.
  const regexSlice = text.slice(0, records.length > 1000 ? 10_000 : 1_000_000);
  countMatches(re, 'warm-up: compiles the expression');
  const regex = time(() => countMatches(re, regexSlice), 1);
  const regexMbs = (regexSlice.length * mbPerChar) / regex.seconds;
  rows.push({ name: `${label}: regex alternation`, value: regexMbs, unit: 'MB/s', note: `${names.length} names, on ${regexSlice.length.toLocaleString('en-GB')} characters; matcher is ${Math.round(matcherMbs / regexMbs).toLocaleString('en-GB')}× faster` });

  // fuse.js: every name searched over a sample of 500-character chunks, extrapolated to the text.
  const CHUNKS = 40;
  const chunks: string[] = [];
  for (let i = 0; i < CHUNKS; i++) {
    const at = Math.floor((i / CHUNKS) * (text.length - 500));
    chunks.push(text.slice(at, at + 500));
  }
  const fuse = new Fuse(chunks, { threshold: 0.2, ignoreLocation: true });
  const sampleNames = names.filter((_, i) => i % Math.ceil(names.length / 100) === 0);
  const fuseRun = time(() => sampleNames.reduce((n, name) => n + fuse.search(name).length, 0), 1);
  const secondsPerNamePerMb = fuseRun.seconds / sampleNames.length / (CHUNKS * 500 * mbPerChar);
  const fuseMbs = 1 / (secondsPerNamePerMb * names.length);
  rows.push({ name: `${label}: fuse.js over chunks`, value: fuseMbs, unit: 'MB/s', note: `extrapolated from ${sampleNames.length} names × ${CHUNKS} chunks of 500 characters; matcher is ${Math.round(matcherMbs / fuseMbs).toLocaleString('en-GB')}× faster` });
  return rows;
}

/** The benchmark's page text (the same in every process: the generator is seeded). */
export function benchText(): string {
  const text = pageText([...mentionsOf(bundledRecords()), ...mentionsOf(syntheticRecords(500))], TEXT_CHARS);
  // Flatten the rope now, so no method pays for it.
  text.charCodeAt(text.length >> 1);
  return text;
}

export default async function matcherBench(): Promise<BenchRow[]> {
  const bundled = bundledRecords();
  const synthetic = syntheticRecords(10_000);
  const text = benchText();
  const cjkShare = (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) / text.length;

  const bare = time(() => text.toLowerCase().length);
  // The same floor written in JavaScript: read every character once through the fold table.
  const jsPass = time(() => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum += foldClass(text.charCodeAt(i));
    return sum;
  });
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  const rows: BenchRow[] = [
    { name: 'text', value: mb, unit: 'MB', note: `generated page text: ${(text.length / 1e6).toFixed(1)} M characters, ${(cjkShare * 100).toFixed(0)}% of them CJK` },
    { name: 'bare pass (toLowerCase)', value: mb / bare.seconds, unit: 'MB/s', note: 'the floor (native code)' },
    { name: 'bare pass in JavaScript', value: mb / jsPass.seconds, unit: 'MB/s', note: 'charCodeAt + fold table per character, no tokens' },
  ];
  rows.push(...benchList('bundled list', bundled, text, bare.seconds, jsPass.seconds));
  rows.push(...benchList('10,000 names', synthetic, text, bare.seconds, jsPass.seconds));
  return rows;
}
