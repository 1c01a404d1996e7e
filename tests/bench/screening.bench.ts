/**
 * Screening benchmark: a 50,000-row supplier export (supplier, manufacturer and sub-supplier
 * columns) through the screening core in Node, as `wro-screen` runs it, and through the screening
 * page in headless Chromium, with the page's longest main-thread stall while it runs. Same-run
 * baseline: papaparse parsing the same text alone. Two inputs: names repeating as in a real master
 * file (distributors recur), and every name distinct (the worst case for the per-run cell cache).
 * Run alone: `npx tsx tests/bench/screening.bench.ts` (the browser part needs a build:
 * `npx tsx scripts/build.ts`, honouring WRO_DIST).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { compileMatcher } from '../../src/core/match/compile';
import { loadMatcher } from '../../src/core/match/matcher';
import type { WroList } from '../../src/core/record';
import { suggestColumns } from '../../src/core/screening/columns';
import { screenTable } from '../../src/core/screening/screen';
import { tableFromCsvBytes } from '../../src/core/screening/table';
import seed from '../../seeds/default-list.json';
import { CHROME_PATH } from '../e2e/harness/browsers';
import { CHROME_DIST, launchChromium } from '../e2e/harness/chromium';
import { supplierExport } from '../fixtures/csv/generate';
import type { BenchRow } from './types';

const ROWS = 50_000;
const RUNS = 3;

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

function timed(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const round = (n: number): number => Math.round(n * 10) / 10;

function nodeRows(label: string, bytes: Uint8Array, planted: number): BenchRow[] {
  const text = new TextDecoder().decode(bytes);
  const baseline = timed(() => Papa.parse(text));
  const compileStart = performance.now();
  const matcher = loadMatcher(compileMatcher((seed as WroList).records));
  const compile = performance.now() - compileStart;
  let hits = 0;
  const full = timed(() => {
    const table = tableFromCsvBytes(bytes);
    hits = screenTable(matcher, table, suggestColumns(table.headers)).hits.length;
  });
  if (hits !== planted) throw new Error(`${label}: expected ${planted} findings, got ${hits}`);
  const note = `${ROWS.toLocaleString('en')} rows × 3 name columns, ${(bytes.length / 1048576).toFixed(1)} MB, median of ${RUNS}`;
  return [
    { name: `screening (Node, ${label}): papaparse alone (baseline)`, value: round(baseline), unit: 'ms', note },
    { name: `screening (Node, ${label}): decode + parse + screen`, value: round(full), unit: 'ms', note: `${note}; ${hits} findings` },
    { name: `screening (Node, ${label}): vs papaparse alone`, value: round(full / baseline), unit: 'x' },
    ...(label === 'repeating names' ? [{ name: 'screening (Node): compile the list matcher once', value: round(compile), unit: 'ms' }] : []),
  ];
}

async function browserRows(label: string, bytes: Uint8Array, planted: number): Promise<BenchRow[]> {
  const ext = await launchChromium();
  try {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/screen.html`);
    await page.locator('.list-info').waitFor();
    // In the page: when the file input changes, when the columns appear, when results appear, and
    // a 16 ms interval timer whose tick times show the page's stalls (gaps between ticks).
    await page.evaluate(() => {
      const w = window as unknown as { marks: Record<string, number>; ticks: number[] };
      w.marks = {};
      w.ticks = [];
      document.addEventListener('change', () => (w.marks.change = performance.now()), true);
      setInterval(() => w.ticks.push(performance.now()), 16);
      new MutationObserver(() => {
        if (!w.marks.loaded && document.querySelector('.columns button.primary')) w.marks.loaded = performance.now();
        if (!w.marks.done && document.querySelector('main[data-state="done"]')) w.marks.done = performance.now();
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    // A file on disk, as a person opens one (a buffer would be decoded by page script and stall it).
    const file = join(mkdtempSync(join(tmpdir(), 'wro-bench-')), 'suppliers-50000.csv');
    writeFileSync(file, bytes);
    await page.setInputFiles('#csv-file', file);
    await page.locator('.columns button.primary').waitFor();
    await page.evaluate(() => {
      (window as unknown as { marks: Record<string, number> }).marks.click = performance.now();
    });
    await page.locator('.columns button.primary').click();
    await page.locator('main[data-state="done"]').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1000);
    const { marks, ticks } = await page.evaluate(() => {
      const w = window as unknown as { marks: Record<string, number>; ticks: number[] };
      return { marks: w.marks, ticks: w.ticks };
    });
    const workerMs = Number(await page.locator('main').getAttribute('data-ms'));
    const gaps = ticks.slice(1).map((end, i) => ({ start: ticks[i] as number, end }));
    const longest = (keep: (g: { start: number; end: number }) => boolean): number =>
      Math.max(0, ...gaps.filter(keep).map((g) => g.end - g.start));
    const shown = await page.locator('.results-count').textContent();
    if (!shown?.includes(planted.toLocaleString('en'))) throw new Error(`${label}: page shows "${shown}", expected ${planted} findings`);
    const [change, loaded, click, done] = [marks.change, marks.loaded, marks.click, marks.done].map(Number) as [number, number, number, number];
    // Until the results are rendered (the gap that contains the done mark is that render).
    const whileRunning = longest((g) => g.start >= change && g.end < done);
    const showing = longest((g) => g.end >= done);
    const note = `headless Chromium, ${ROWS.toLocaleString('en')} rows, one run`;
    return [
      { name: `screening (browser, ${label}): file chosen to columns shown`, value: round(loaded - change), unit: 'ms', note: `${note}; read, decode, parse in the worker` },
      { name: `screening (browser, ${label}): Screen clicked to results shown`, value: round(done - click), unit: 'ms', note },
      { name: `screening (browser, ${label}): of which screening inside the worker`, value: round(workerMs), unit: 'ms', note },
      { name: `screening (browser, ${label}): file chosen to results, less the click`, value: round(loaded - change + (done - click)), unit: 'ms', note: `${note}; target < 2,000 ms` },
      { name: `screening (browser, ${label}): longest page stall while reading and screening`, value: round(whileRunning), unit: 'ms', note: '16 ms interval probe on the page' },
      { name: `screening (browser, ${label}): longest page stall showing the results`, value: round(showing), unit: 'ms', note: '16 ms interval probe; rendering the table and the printable report' },
    ];
  } finally {
    await ext.close();
  }
}

export default async function screeningBench(): Promise<BenchRow[]> {
  const inputs = [
    { label: 'repeating names', made: supplierExport(ROWS) },
    { label: 'all names distinct', made: supplierExport(ROWS, { unique: true }) },
  ].map(({ label, made }) => ({ label, bytes: new TextEncoder().encode(made.csv), planted: made.planted.length }));
  const rows = inputs.flatMap(({ label, bytes, planted }) => nodeRows(label, bytes, planted));
  if (!existsSync(CHROME_PATH) || !existsSync(resolve(CHROME_DIST, 'screen.html'))) {
    rows.push({ name: 'screening (browser): skipped', value: 0, unit: '', note: `needs ${CHROME_PATH} and a build in ${CHROME_DIST}` });
    return rows;
  }
  for (const { label, bytes, planted } of inputs) rows.push(...(await browserRows(label, bytes, planted)));
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const row of await screeningBench()) {
    console.log(`${row.name}: ${row.value} ${row.unit}${row.note ? `  (${row.note})` : ''}`);
  }
}
