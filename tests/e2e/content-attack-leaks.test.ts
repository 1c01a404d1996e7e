/**
 * Issue #17, attack 5: leaks on long-lived apps (tests/fixtures/attacks/shadow-churn.html). An app
 * left open all day renders its board as elements with shadow roots (open roots on divs, closed
 * roots in a custom element) and replaces the board again and again: here 40 boards of 1,000, each
 * read by the extension (its last line's listed name is painted) before the app removes it. Before
 * the fix the scanner kept every shadow root it had met, and with it every removed board: none of
 * the 40,000 hosts could be freed. Now what leaves the document is released.
 *
 * The page registers each host with a FinalizationRegistry (with an expando, so its wrapper lives
 * exactly as long as the element): after the last board is gone and the browser has collected
 * garbage, every host must have been freed. Chromium also gives the renderer's DOM node count and
 * JavaScript heap (DevTools `Memory.getDOMCounters`, `Runtime.getHeapUsage`), before and after.
 */
import type { Page } from 'playwright-core';
import type { Browser as Firefox, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMemory, firefoxCollectGarbage, launchFirefoxWithSystemAccess, serveAttackPages } from './content-attack-helpers';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { includesAll, paintedTexts } from './harness/highlights';
import type { FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';

const PAGE = 'shadow-churn.html';
const BOARDS = 40;
const PER_BOARD = 1_000;
/** Nodes the renderer may hold beyond its count before the churn, once the boards are gone (before the fix: about 160,000). */
const NODES_BOUND = 5_000;
const TIMEOUT_MS = 240_000;

interface Board {
  add(batch: number, count: number): void;
  clear(): void;
  counts(): { created: number; collected: number };
}
/** The page's `window.board`, inside functions run in the page (they cannot close over test code). */
declare global {
  interface Window {
    board: Board;
  }
}

/** Runs in the page: the boards whose lines the extension has painted (from the page's view of the highlight registry). */
function paintedBoards(): number[] {
  const boards = new Set<number>();
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('wro-')) return;
    highlight.forEach((range) => {
      const root = range.startContainer.getRootNode();
      if (root instanceof ShadowRoot) boards.add(Number((root.host as HTMLElement).dataset.batch));
    });
  });
  return [...boards];
}

/** Either driver's page, as the churn uses it. */
interface ChurnPage {
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
}

/** Renders, has read, and removes each board in turn; then waits until nothing painted is left on a board. */
async function churn(page: ChurnPage): Promise<void> {
  for (let batch = 1; batch <= BOARDS; batch++) {
    await page.evaluate(({ batch: b, count }) => window.board.add(b, count), { batch, count: PER_BOARD });
    const painted = await waitFor(() => page.evaluate(paintedBoards, undefined), (boards) => boards.includes(batch), 30_000);
    expect(painted).toContain(batch);
    await page.evaluate(() => window.board.clear(), undefined);
  }
  expect(await waitFor(() => page.evaluate(paintedBoards, undefined), (boards) => boards.length === 0, 30_000)).toEqual([]);
}

/** Polls the page's count of freed hosts, asking for garbage collection before each look, until all are freed. */
async function collected(page: ChurnPage, collect: () => Promise<unknown>): Promise<{ created: number; collected: number }> {
  return waitFor(
    async () => {
      await collect();
      return page.evaluate(() => window.board.counts(), undefined);
    },
    (c) => c.collected === c.created,
    30_000,
  );
}

describe('Attack 5: a long-lived app that adds and removes 40,000 shadow-root elements', () => {
  let pages: FixtureServer;
  beforeAll(async () => {
    pages = await serveAttackPages();
  });
  afterAll(async () => pages?.close());

  describe('Chromium', () => {
    let chromium: ChromiumWithExtension;
    beforeAll(async () => {
      chromium = await launchChromium();
    });
    afterAll(async () => chromium?.close());

    it('in Chromium: every removed host is freed, and the DOM node count returns to where it was', async () => {
      const page: Page = await chromium.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pages.url(PAGE));
      expect(await waitFor(() => paintedTexts(page), includesAll(['Top Glove Corporation Bhd']))).toEqual(['Top Glove Corporation Bhd']);
      const cdp = await page.context().newCDPSession(page);
      const before = await chromiumMemory(cdp);
      await churn(page as unknown as ChurnPage);
      const counts = await collected(page as unknown as ChurnPage, () => cdp.send('HeapProfiler.collectGarbage'));
      const after = await chromiumMemory(cdp);
      console.info(
        `Chromium: ${counts.collected} of ${counts.created} hosts freed; DOM nodes ${before.nodes} before, ${after.nodes} after ` +
          `(+${after.nodes - before.nodes}); JS heap ${before.heapMB} MB before, ${after.heapMB} MB after`,
      );
      expect(counts.created).toBe(BOARDS * PER_BOARD);
      expect(after.nodes - before.nodes).toBeLessThan(NODES_BOUND);
      expect(counts.collected).toBe(counts.created);
      // Still at work afterwards: a name added now is painted.
      await page.evaluate(() => window.board.add(99, 3));
      expect(await waitFor(() => page.evaluate(paintedBoards), (b) => b.includes(99))).toContain(99);
      expect(errors).toEqual([]);
      await page.close();
    }, TIMEOUT_MS);
  });

  describe('Firefox ESR', () => {
    let firefox: Firefox;
    beforeAll(async () => {
      firefox = await launchFirefoxWithSystemAccess();
    });
    afterAll(async () => firefox?.close());

    it('in Firefox ESR: every removed host is freed', async () => {
      const page: FirefoxPage = await firefox.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(pages.url(PAGE));
      expect(await waitFor(() => paintedTexts(page), includesAll(['Top Glove Corporation Bhd']))).toEqual(['Top Glove Corporation Bhd']);
      await churn(page as unknown as ChurnPage);
      const counts = await collected(page as unknown as ChurnPage, () => firefoxCollectGarbage(page));
      console.info(`Firefox ESR: ${counts.collected} of ${counts.created} hosts freed`);
      expect(counts.created).toBe(BOARDS * PER_BOARD);
      expect(counts.collected).toBe(counts.created);
      await page.evaluate(() => window.board.add(99, 3));
      expect(await waitFor(() => page.evaluate(paintedBoards), (b) => b.includes(99))).toContain(99);
      expect(errors).toEqual([]);
      await page.close();
    }, TIMEOUT_MS);
  });
});
