/**
 * The content script on a 20,000-row supplier directory (about 1.6 MB of text in 120,000 text
 * nodes) with the bundled list, in headless Chromium with the built extension. Measured in one run:
 * - scan start → all highlights painted, and the scanner's own main-thread time and longest slice
 *   (from the content script's `wro-check:painted` performance mark), against a floor measured on
 *   the same page: a bare TreeWalker pass that reads and lower-cases every text node;
 * - the page's whole main-thread time for the scan and its longest task (DevTools metrics and a
 *   trace), which include the browser laying the table out again once the badges go in;
 * - 100 appended rows: the scanner's time, and the page's time against the same append on a page
 *   of another origin where the site is switched off.
 * The scan starts on an idle, laid-out page (the site is switched on after load), so page loading
 * is not counted. Issue 5's targets: no task over 50 ms, within 3× the floor, 100 rows under 5 ms.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { WroList } from '../../src/core/record';
import { launchChromium } from '../e2e/harness/chromium';
import { FIXTURE_PAGES, serveFixtures } from '../e2e/harness/server';
import { makeDirectory } from './content-directory';
import type { BenchRow } from './types';

const root = resolve(import.meta.dirname, '../..');
const REPEATS = 5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

interface MainThread {
  task: number;
  script: number;
  layout: number;
  style: number;
}

/** Cumulative main-thread times of the page's renderer, in ms. */
async function mainThread(cdp: CDPSession): Promise<MainThread> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: ms('TaskDuration'), script: ms('ScriptDuration'), layout: ms('LayoutDuration'), style: ms('RecalcStyleDuration') };
}

const minus = (a: MainThread, b: MainThread): MainThread =>
  ({ task: a.task - b.task, script: a.script - b.script, layout: a.layout - b.layout, style: a.style - b.style });

async function taskMs(cdp: CDPSession): Promise<number> {
  return (await mainThread(cdp)).task;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Records a DevTools trace around `run`; returns the longest task on the busiest renderer main thread. */
async function longestTask(cdp: CDPSession, run: () => Promise<void>): Promise<number> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await run();
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, number[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mainThreads.has(key)) continue;
    byThread.set(key, [...(byThread.get(key) ?? []), (e.dur ?? 0) / 1000]);
  }
  const busiest = [...byThread.values()].sort((a, b) => b.reduce((x, y) => x + y, 0) - a.reduce((x, y) => x + y, 0))[0] ?? [0];
  return Math.max(...busiest);
}

function floorPass(): { ms: number; nodes: number; chars: number } {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += (node as Text).data.toLowerCase().length;
    nodes++;
  }
  return { ms: performance.now() - started, nodes, chars };
}

/** Runs `fn` once in a new isolated world of the page's main frame (no node wrappers built yet). */
async function inFreshWorld<T>(cdp: CDPSession, fn: () => T): Promise<T> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `floor-${Math.random()}` });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: `(${fn.toString()})()`, contextId: executionContextId, returnByValue: true });
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value as T;
}

interface Painted {
  at: number;
  findings: number;
  /** The scanner's own main-thread time (reading, matching, locating) and its longest slice. */
  busyMs: number;
  longestMs: number;
  /** Committing highlights and inserting badges. */
  paintMs: number;
}

/** The content script's latest `wro-check:painted` mark, if any. */
const lastPainted = (page: Page): Promise<Painted | undefined> =>
  page.evaluate(() => {
    const mark = performance.getEntriesByName('wro-check:painted').at(-1) as PerformanceMark | undefined;
    return mark ? { at: mark.startTime, ...(mark.detail as Omit<Painted, 'at'>) } : undefined;
  });

async function nextPainted(page: Page, after: number): Promise<Painted> {
  for (let waited = 0; waited < 60_000; waited += 50) {
    const mark = await lastPainted(page);
    if (mark && mark.at > after) return mark;
    await sleep(50);
  }
  throw new Error('the content script never painted');
}

export default async function contentBench(): Promise<BenchRow[]> {
  const dist = mkdtempSync(join(tmpdir(), 'wro-bench-dist-'));
  const pages = mkdtempSync(join(tmpdir(), 'wro-bench-pages-'));
  const build = spawnSync('npx', ['tsx', 'scripts/build.ts'], { cwd: root, env: { ...process.env, WRO_DIST: dist }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  const list = JSON.parse(readFileSync(resolve(root, 'seeds/default-list.json'), 'utf8')) as WroList;
  const directory = makeDirectory(list);
  writeFileSync(join(pages, 'directory.html'), directory.html);
  copyFileSync(join(FIXTURE_PAGES, 'portal.css'), join(pages, 'portal.css'));
  const scanned = await serveFixtures(pages);
  const control = await serveFixtures(pages);
  const chromium = await launchChromium({ dist: join(dist, 'chrome') });
  try {
    const ext = await chromium.context.newPage();
    await ext.goto(`chrome-extension://${chromium.extensionId}/popup.html`);
    const send = (message: object) => ext.evaluate((m) => chrome.runtime.sendMessage(m), message);
    for (const origin of [scanned.origin, control.origin]) await send({ type: 'set-site-off', origin, off: true });

    const controlPage = await chromium.context.newPage();
    await controlPage.goto(control.url('directory.html'));
    const controlCdp = await controlPage.context().newCDPSession(controlPage);
    await controlCdp.send('Performance.enable');
    await sleep(1500);

    const page = await chromium.context.newPage();
    await page.goto(scanned.url('directory.html'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await sleep(1500);

    // The floor, on the page about to be scanned, before the scan: a first pass from each of
    // several fresh isolated worlds (a world builds its own node wrappers, as the content script's
    // does on its first scan), and repeated passes from one world whose wrappers are built.
    const coldFloors: number[] = [];
    for (let i = 0; i < REPEATS; i++) coldFloors.push((await inFreshWorld(cdp, floorPass)).ms);
    const floors: number[] = [];
    let walked = { nodes: 0, chars: 0 };
    for (let i = 0; i < REPEATS; i++) {
      const pass = await page.evaluate(floorPass);
      floors.push(pass.ms);
      walked = pass;
    }

    let scan: MainThread = { task: 0, script: 0, layout: 0, style: 0 };
    let first: Painted | undefined;
    const longest = await longestTask(cdp, async () => {
      const before = await mainThread(cdp);
      await send({ type: 'set-site-off', origin: scanned.origin, off: false });
      first = await nextPainted(page, 0);
      await sleep(1500); // the browser lays out and paints the badges; the findings report
      scan = minus(await mainThread(cdp), before);
    });
    const [start] = await page.evaluate(() => performance.getEntriesByName('wro-check:start').map((m) => m.startTime));
    if (start === undefined || first === undefined) throw new Error('the content script never painted');
    const highlights = await page.evaluate(() => {
      let n = 0;
      CSS.highlights.forEach((h, name) => {
        if (name.startsWith('wro-')) n += h.size;
      });
      return n;
    });

    // 100 appended rows: the content script's own time from its marks, and the page's main-thread
    // time against the same append on a page where the site is switched off.
    const appended: Painted[] = [];
    const appendTask: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const before = await mainThread(cdp);
      const at = await page.evaluate(() => {
        const t = performance.now();
        (window as unknown as { appendRows(n: number): void }).appendRows(100);
        return t;
      });
      appended.push(await nextPainted(page, at));
      await sleep(500);
      appendTask.push((await mainThread(cdp)).task - before.task);
    }
    // The page's own cost of any change to its DOM: one heading's text, where the site is switched off.
    const controlCdpLongest = await longestTask(controlCdp, async () => {
      await controlPage.evaluate(() => {
        (document.querySelector('h1') as HTMLElement).textContent = 'Registered suppliers (updated)';
      });
      await sleep(1000);
    });
    const controlTask: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const before = await taskMs(controlCdp);
      await controlPage.evaluate(() => (window as unknown as { appendRows(n: number): void }).appendRows(100));
      await sleep(500);
      controlTask.push((await taskMs(controlCdp)) - before);
    }

    // The first pass over a page builds a JS wrapper for every node it touches, as the content
    // script's first scan must in its own world; later passes reuse them.
    const floorMs = Math.min(...floors);
    const coldFloorMs = median(coldFloors);
    const content = readFileSync(join(dist, 'chrome/content.js'));
    const { gzipSync } = await import('node:zlib');
    return [
      { name: 'directory', value: directory.rows, unit: 'rows', note: `${(directory.textBytes / 1e6).toFixed(2)} MB of text in ${walked.nodes.toLocaleString('en-GB')} text nodes; ${directory.listedRows} rows name a listed company` },
      { name: 'highlighted ranges', value: highlights, unit: 'ranges', note: `${first.findings} findings` },
      { name: 'scan start → all highlights painted', value: first.at - start, unit: 'ms', note: 'wall clock: the scan runs in slices between the page\'s own tasks' },
      { name: 'scanner main-thread time', value: first.busyMs, unit: 'ms', note: 'reading, matching and locating, summed over its slices' },
      { name: 'floor: TreeWalker read + lower-case, first pass', value: coldFloorMs, unit: 'ms', note: `same page, same run; median of ${REPEATS} fresh isolated worlds (${coldFloors.map((f) => f.toFixed(0)).join(', ')} ms), each touching every node for the first time, as the scanner's world does` },
      { name: 'floor: TreeWalker read + lower-case, best pass', value: floorMs, unit: 'ms', note: `best of ${REPEATS} in one world; node wrappers already built` },
      { name: 'ratio to first-pass floor', value: first.busyMs / coldFloorMs, unit: '×', note: 'scanner time / floor; target ≤ 3' },
      { name: 'ratio to best-pass floor', value: first.busyMs / floorMs, unit: '×', note: 'the strictest reading of the target' },
      { name: 'longest scanner slice', value: first.longestMs, unit: 'ms', note: 'slices aim at 8 ms; target ≤ 50' },
      { name: 'highlights and badges committed', value: first.paintMs, unit: 'ms', note: 'one task at the end of the scan' },
      { name: 'page main-thread time, whole scan', value: scan.task, unit: 'ms', note: `DevTools TaskDuration incl. the browser's work: script ${scan.script.toFixed(0)}, layout ${scan.layout.toFixed(0)}, style ${scan.style.toFixed(0)} ms` },
      { name: 'longest main-thread task, whole scan', value: longest, unit: 'ms', note: 'DevTools trace; the frame that shows the badges' },
      { name: 'control: longest task after the page changes one heading', value: controlCdpLongest, unit: 'ms', note: 'site switched off; the browser\'s own cost of any DOM change on this page' },
      { name: 'append 100 rows: scanner time', value: median(appended.map((p) => p.busyMs + p.paintMs)), unit: 'ms', note: `median of ${REPEATS}: reading and matching ${median(appended.map((p) => p.busyMs)).toFixed(2)} ms, 20 badges and highlights ${median(appended.map((p) => p.paintMs)).toFixed(2)} ms; target < 5` },
      { name: 'append 100 rows: page main-thread time', value: median(appendTask), unit: 'ms', note: `median of ${REPEATS}; ${median(controlTask).toFixed(0)} ms for the same append where the site is switched off (the browser relaying out a 20,000-row table)` },
      { name: 'content.js gzipped', value: gzipSync(content, { level: 9 }).length / 1024, unit: 'KB', note: `${(content.length / 1024).toFixed(1)} KB minified; aim ≤ 25 KB` },
    ];
  } finally {
    await chromium.close();
    await scanned.close();
    await control.close();
    rmSync(dist, { recursive: true, force: true });
    rmSync(pages, { recursive: true, force: true });
  }
}
