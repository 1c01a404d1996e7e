/**
 * Documents benchmark: a 200-page tender pack PDF and a 50,000-row supplier workbook (.xlsx), each
 * through the readers and the screening core in Node (`wro-screen`'s path), and through the
 * screening page in headless Chromium: time from choosing the file to the results shown, and the
 * page's longest main-thread stall meanwhile (a 16 ms interval probe on the page; the reading and
 * screening run in the page's worker). Same-run baselines: the workbook's rows as CSV through the
 * CSV path; for the PDF, pdf.js opening the file without reading any page's text.
 * Run alone: `npx tsx tests/bench/documents.bench.ts` (the browser part needs a build:
 * `npx tsx scripts/build.ts`, honouring WRO_DIST).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openPdf } from '../../src/cli/documents';
import { compileMatcher } from '../../src/core/match/compile';
import { loadMatcher } from '../../src/core/match/matcher';
import type { WroList } from '../../src/core/record';
import { suggestColumns } from '../../src/core/screening/columns';
import { tableFromPdf } from '../../src/core/screening/pdf';
import { screenTable } from '../../src/core/screening/screen';
import { tableFromCsvBytes } from '../../src/core/screening/table';
import { tableFromXlsx } from '../../src/core/screening/xlsx';
import seed from '../../seeds/default-list.json';
import { CHROME_PATH } from '../e2e/harness/browsers';
import { CHROME_DIST, launchChromium } from '../e2e/harness/chromium';
import { supplierExport } from '../fixtures/csv/generate';
import { makePdf, type PdfPage } from '../fixtures/documents/pdf';
import { largeWorkbook } from '../fixtures/documents/xlsx';
import type { BenchRow } from './types';

const PAGES = 200;
const ROWS = 50_000;
/** Workbook and CSV runs on the screening page, in pairs (WRO_BENCH_PAIRS). */
const PAIRS = Number(process.env.WRO_BENCH_PAIRS ?? 3);
const round = (n: number): number => Math.round(n * 10) / 10;

/** A tender pack: 200 pages of 45 lines (specifications, schedules), a listed maker named every fifth page. */
function tenderPack(): { pdf: Uint8Array; planted: number } {
  const makers = ['Supermax Corporation Berhad', 'Hoshine Silicon Industry Co., Ltd.', 'TOP GLOVE CORPORATION BHD', 'Changji Esquel Textile Co., Ltd.'];
  let planted = 0;
  const pages: PdfPage[] = Array.from({ length: PAGES }, (_, p) =>
    Array.from({ length: 45 }, (_, l) => {
      if (l === 20 && p % 5 === 0) {
        planted++;
        return `Declared manufacturer for lot ${p + 1}: ${makers[(p / 5) % makers.length]}, as stated in the bidder's Schedule 4.`;
      }
      return `${p + 1}.${l + 1} The supplier shall deliver goods conforming to specification section ${(l % 9) + 1}, with batch records and certificates of conformity.`;
    }),
  );
  return { pdf: makePdf(pages), planted };
}

function median(run: () => Promise<number>, runs = 3): Promise<number> {
  return (async () => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await run());
    return [...times].sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
  })();
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function nodeRows(pdf: { pdf: Uint8Array; planted: number }, book: { xlsx: Uint8Array; planted: number; csv: Uint8Array }): Promise<BenchRow[]> {
  const matcher = loadMatcher(compileMatcher((seed as WroList).records));
  let pdfHits = 0;
  const pdfOpenOnly = await median(() => timed(async () => (await openPdf(pdf.pdf)).destroy()));
  const pdfFull = await median(() =>
    timed(async () => {
      const table = await tableFromPdf(pdf.pdf, openPdf, 'PDF text');
      pdfHits = screenTable(matcher, table, table.headers).hits.length;
    }),
  );
  if (pdfHits !== pdf.planted) throw new Error(`PDF: expected ${pdf.planted} findings, got ${pdfHits}`);
  let bookHits = 0;
  const bookFull = await median(() =>
    timed(async () => {
      const table = await tableFromXlsx(book.xlsx);
      bookHits = screenTable(matcher, table, suggestColumns(table.headers)).hits.length;
    }),
  );
  if (bookHits !== book.planted) throw new Error(`workbook: expected ${book.planted} findings, got ${bookHits}`);
  const csv = await median(() =>
    timed(async () => {
      const table = tableFromCsvBytes(book.csv);
      screenTable(matcher, table, suggestColumns(table.headers));
    }),
  );
  const pdfNote = `${PAGES} pages × 45 lines, ${(pdf.pdf.length / 1048576).toFixed(1)} MB, median of 3`;
  const bookNote = `${ROWS.toLocaleString('en')} rows × 7 columns, 3 screened, ${(book.xlsx.length / 1048576).toFixed(1)} MB, median of 3`;
  return [
    { name: 'documents (Node): 200-page PDF, pdf.js opens it only (baseline)', value: round(pdfOpenOnly), unit: 'ms', note: pdfNote },
    { name: 'documents (Node): 200-page PDF, read every page\'s text + screen', value: round(pdfFull), unit: 'ms', note: `${pdfNote}; ${pdfHits} findings` },
    { name: 'documents (Node): 50,000-row workbook, read + screen', value: round(bookFull), unit: 'ms', note: `${bookNote}; ${bookHits} findings` },
    { name: 'documents (Node): the same rows as CSV, read + screen (baseline)', value: round(csv), unit: 'ms', note: `${(book.csv.length / 1048576).toFixed(1)} MB` },
    { name: 'documents (Node): workbook vs the same rows as CSV', value: round(bookFull / csv), unit: 'x' },
  ];
}

/** Marks on the page (file chosen, columns shown, results shown) and a 16 ms tick whose gaps are the page's stalls. */
async function probe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { marks: Record<string, number>; ticks: number[]; tasks: Array<[number, number]> };
    w.marks = {};
    w.ticks = [];
    w.tasks = [];
    // The page's own tasks over 50 ms (the Long Tasks API), beside the probe's gaps, which also
    // count time the page's thread merely waited for a core on a loaded machine.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('change', () => (w.marks.change = performance.now()), true);
    setInterval(() => w.ticks.push(performance.now()), 16);
    new MutationObserver(() => {
      if (!w.marks.loaded && document.querySelector('.columns button.primary')) w.marks.loaded = performance.now();
      if (!w.marks.done && document.querySelector('main[data-state="done"]')) w.marks.done = performance.now();
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

interface Stalls {
  marks: Record<string, number>;
  /** The longest gap between probe ticks within [from, to). */
  longest: (from: number, to: number) => number;
  /** The longest long task starting within [from, to) (0: none over 50 ms). */
  longestTask: (from: number, to: number) => number;
}

async function stalls(page: Page): Promise<Stalls> {
  await page.waitForTimeout(1000);
  const { marks, ticks, tasks } = await page.evaluate(() => {
    const w = window as unknown as { marks: Record<string, number>; ticks: number[]; tasks: Array<[number, number]> };
    return { marks: w.marks, ticks: w.ticks, tasks: w.tasks };
  });
  const gaps = ticks.slice(1).map((end, i) => ({ start: ticks[i] as number, end }));
  return {
    marks,
    longest: (from, to) => Math.max(0, ...gaps.filter((g) => g.start >= from && g.end < to).map((g) => g.end - g.start)),
    longestTask: (from, to) => Math.max(0, ...tasks.filter(([start]) => start >= from && start < to).map(([, d]) => d)),
  };
}

async function browserRows(pdf: { pdf: Uint8Array; planted: number }, book: { xlsx: Uint8Array; planted: number; csv: Uint8Array }): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wro-bench-docs-'));
  const pdfFile = join(dir, 'tender-pack-200-pages.pdf');
  const bookFile = join(dir, 'suppliers-50000.xlsx');
  const csvFile = join(dir, 'suppliers-50000.csv');
  writeFileSync(pdfFile, pdf.pdf);
  writeFileSync(bookFile, book.xlsx);
  writeFileSync(csvFile, book.csv);
  const ext = await launchChromium();
  const note = 'headless Chromium, one run';
  try {
    const open = async (): Promise<Page> => {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/screen.html`);
      await page.locator('.list-info').waitFor();
      await probe(page);
      return page;
    };
    // The PDF: read and screened in one go.
    const p = await open();
    await p.setInputFiles('#csv-file', pdfFile);
    await p.locator('main[data-state="done"]').waitFor({ timeout: 120_000 });
    const shownPdf = await p.locator('.results-count').textContent();
    if (!shownPdf?.includes(String(pdf.planted))) throw new Error(`PDF: page shows "${shownPdf}", expected ${pdf.planted} findings`);
    const a = await stalls(p);
    // The workbook, and the same rows as CSV (the baseline): read, columns shown, then screened.
    const table = async (file: string): Promise<Page> => {
      const b = await open();
      await b.setInputFiles('#csv-file', file);
      await b.locator('.columns button.primary').waitFor({ timeout: 120_000 });
      await b.evaluate(() => ((window as unknown as { marks: Record<string, number> }).marks.click = performance.now()));
      await b.locator('.columns button.primary').click();
      await b.locator('main[data-state="done"]').waitFor({ timeout: 120_000 });
      const shown = await b.locator('.results-count').textContent();
      if (!shown?.includes(book.planted.toLocaleString('en'))) throw new Error(`${file}: page shows "${shown}", expected ${book.planted} findings`);
      return b;
    };
    // Paired runs, the workbook then its rows as CSV, PAIRS times: on a shared, loaded machine a
    // single run says little; times are medians, stalls and tasks the worst of all runs.
    const runs: Array<{ c: Stalls; d: Stalls }> = [];
    for (let i = 0; i < PAIRS; i++) runs.push({ c: await stalls(await table(bookFile)), d: await stalls(await table(csvFile)) });
    const mid = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
    const marksOf = (c: Stalls) => [c.marks.change, c.marks.loaded, c.marks.click, c.marks.done].map(Number) as [number, number, number, number];
    const bookLoad = mid(runs.map(({ c }) => marksOf(c)[1] - marksOf(c)[0]));
    const bookScreen = mid(runs.map(({ c }) => marksOf(c)[3] - marksOf(c)[2]));
    const bookTotals = runs.map(({ c }) => marksOf(c)[1] - marksOf(c)[0] + marksOf(c)[3] - marksOf(c)[2]);
    const csvTotals = runs.map(({ d }) => marksOf(d)[1] - marksOf(d)[0] + marksOf(d)[3] - marksOf(d)[2]);
    const worst = (f: (c: Stalls, m: [number, number, number, number]) => number, which: 'c' | 'd') => Math.max(...runs.map((r) => f(r[which], marksOf(r[which]))));
    const reading = (x: Stalls, [bc, bl, bk, bd]: [number, number, number, number]) => Math.max(x.longest(bc, bl), x.longest(bk, bd));
    const readingTask = (x: Stalls, [bc, bl, bk, bd]: [number, number, number, number]) => Math.max(x.longestTask(bc, bl), x.longestTask(bk, bd));
    const pairNote = `headless Chromium, median of ${PAIRS} runs paired with the CSV's (each: ${bookTotals.map((t, i) => `${Math.round(t)}/${Math.round(csvTotals[i]!)}`).join(', ')} ms)`;
    const [pc, pd] = [a.marks.change, a.marks.done].map(Number) as [number, number];
    return [
      { name: 'documents (browser): 200-page PDF, file chosen to results shown', value: round(pd - pc), unit: 'ms', note: `${note}; read by pdf.js in the worker, screened, shown` },
      { name: 'documents (browser): 200-page PDF, longest page stall meanwhile', value: round(a.longest(pc, pd)), unit: 'ms', note: '16 ms interval probe on the page' },
      { name: 'documents (browser): 200-page PDF, longest page task meanwhile', value: round(a.longestTask(pc, pd)), unit: 'ms', note: 'Long Tasks API (0: none over 50 ms)' },
      { name: 'documents (browser): 200-page PDF, longest page stall showing the results', value: round(a.longest(pd - 1, Number.MAX_VALUE)), unit: 'ms', note: '16 ms probe; the table and the printable report' },
      { name: 'documents (browser): 50,000-row workbook, file chosen to columns shown', value: round(bookLoad), unit: 'ms', note: `${pairNote}; unzipped and parsed in the workers` },
      { name: 'documents (browser): 50,000-row workbook, Screen clicked to results shown', value: round(bookScreen), unit: 'ms', note: pairNote },
      { name: 'documents (browser): 50,000-row workbook, file chosen to results, less the click', value: round(mid(bookTotals)), unit: 'ms', note: pairNote },
      { name: 'documents (browser): the same rows as CSV, file chosen to results, less the click (baseline)', value: round(mid(csvTotals)), unit: 'ms', note: pairNote },
      { name: 'documents (browser): 50,000-row workbook, longest page stall while reading and screening', value: round(worst(reading, 'c')), unit: 'ms', note: `16 ms interval probe on the page, worst of ${PAIRS} runs` },
      { name: 'documents (browser): the same rows as CSV, longest page stall while reading and screening (baseline)', value: round(worst(reading, 'd')), unit: 'ms', note: `16 ms interval probe on the page, worst of ${PAIRS} runs` },
      { name: 'documents (browser): 50,000-row workbook, longest page task while reading and screening', value: round(worst(readingTask, 'c')), unit: 'ms', note: `Long Tasks API (0: none over 50 ms), worst of ${PAIRS} runs` },
      { name: 'documents (browser): 50,000-row workbook, longest page stall showing the results', value: round(worst((x, m) => x.longest(m[3] - 1, Number.MAX_VALUE), 'c')), unit: 'ms', note: `16 ms probe; the table and the printable report, worst of ${PAIRS} runs` },
    ];
  } finally {
    await ext.close();
  }
}

export default async function documentsBench(): Promise<BenchRow[]> {
  const pdf = tenderPack();
  const made = largeWorkbook(ROWS);
  const book = { xlsx: made.xlsx, planted: made.planted.length, csv: new TextEncoder().encode(supplierExport(ROWS).csv) };
  const rows = await nodeRows(pdf, book);
  if (!existsSync(CHROME_PATH) || !existsSync(resolve(CHROME_DIST, 'screen.html'))) {
    rows.push({ name: 'documents (browser): skipped', value: 0, unit: '', note: `needs ${CHROME_PATH} and a build in ${CHROME_DIST}` });
    return rows;
  }
  rows.push(...(await browserRows(pdf, book)));
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const row of await documentsBench()) {
    console.log(`${row.name}: ${row.value} ${row.unit}${row.note ? `  (${row.note})` : ''}`);
  }
}
