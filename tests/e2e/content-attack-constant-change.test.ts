/**
 * Issue #17, attack 2: silence by constant change (tests/fixtures/attacks/constant-change.html).
 * A reverse auction whose countdown and bids change every 20 ms, and a ticker every 16–90 ms, for
 * as long as it is open. Before the fix each change restarted the report's 100 ms debounce: the
 * names were painted but the toolbar badge, the popup and the screen-reader summary stayed empty.
 * Now a report goes out at most a second after the first change however the page goes on, and a
 * report saying nothing new is not sent: the badge shows the count within a couple of seconds of
 * the names being painted, the summary speaks, and while the page keeps changing the tab's
 * findings are stored once.
 */
import type { Browser as Firefox, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumSummary, chromiumToolbar, firefoxSummary, firefoxToolbar, openFirefoxExtensionPage, serveAttackPages, summaryText,
} from './content-attack-helpers';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { includesAll, paintedTexts } from './harness/highlights';
import type { FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';

const PAGE = 'constant-change.html';
const LISTED = ['Hoshine Silicon Industry Co., Ltd.', 'Supermax Corporation Berhad', 'Top Glove Corporation Bhd'];
/** From the names being painted to the toolbar badge showing their count: the report's bound (1 s) and a margin. */
const BADGE_WITHIN_MS = 2_500;
/** From the badge to the summary speaking: its own settling time (1.5 s, bounded too) and a margin. */
const SUMMARY_WITHIN_MS = 5_000;

/** Runs in an extension page: counts writes to the tab's stored findings (`tab-<id>` in storage.session). */
function countTabWrites(): void {
  const api = ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
  const counter = globalThis as unknown as { tabWrites: Record<string, number> };
  counter.tabWrites = {};
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const key of Object.keys(changes)) if (key.startsWith('tab-')) counter.tabWrites[key] = (counter.tabWrites[key] ?? 0) + 1;
  });
}

/** Runs in an extension page: the writes counted for the tab showing `url`. */
async function tabWrites(url: string): Promise<number> {
  const api = ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  return (globalThis as unknown as { tabWrites: Record<string, number> }).tabWrites[`tab-${tab?.id}`] ?? 0;
}

/** Milliseconds from `from` until `read` gives `expected`, or the last value read after `timeoutMs`. */
async function timeUntil(read: () => Promise<string>, expected: string, from: number, timeoutMs: number): Promise<{ value: string; ms: number }> {
  const value = await waitFor(read, (v) => v === expected, timeoutMs);
  return { value, ms: Date.now() - from };
}

describe('Attack 2: a page whose text never stops changing', () => {
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

    it('in Chromium: cannot silence it: the toolbar badge and summary count the names within seconds, and the findings are stored once', async () => {
      const ext = await chromium.context.newPage();
      await ext.goto(`chrome-extension://${chromium.extensionId}/popup.html`);
      await ext.evaluate(countTabWrites);
      const page = await chromium.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pages.url(PAGE));
      expect(await waitFor(() => paintedTexts(page), includesAll(LISTED))).toEqual(LISTED);
      const painted = Date.now();
      const badge = await timeUntil(chromiumToolbar(chromium, page), '3', painted, BADGE_WITHIN_MS);
      console.info(`Chromium: toolbar badge '${badge.value}' ${badge.ms} ms after the names were painted`);
      expect(badge.value).toBe('3');
      const cdp = await page.context().newCDPSession(page);
      const summary = await timeUntil(chromiumSummary(cdp), summaryText(3), painted, SUMMARY_WITHIN_MS);
      expect(summary.value).toBe(summaryText(3));
      // The page changed about a hundred times meanwhile; what it names did not: one stored report.
      const ticks = await page.evaluate(() => Number(/(\d+) bids/.exec(document.getElementById('ticker')?.textContent ?? '')?.[1] ?? 0));
      expect(ticks).toBeGreaterThan(50);
      expect(await ext.evaluate(tabWrites, page.url())).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
      await ext.close();
    });
  });

  describe('Firefox ESR', () => {
    let firefox: Firefox;
    beforeAll(async () => {
      firefox = await launchFirefox({ popupOpenable: true });
    });
    afterAll(async () => firefox?.close());

    it('in Firefox ESR: cannot silence it: the toolbar badge and summary count the names within seconds, and the findings are stored once', async () => {
      const ext = await openFirefoxExtensionPage(firefox, pages.url('shadow-churn.html'));
      await ext.evaluate(countTabWrites);
      const page: FirefoxPage = await firefox.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(pages.url(PAGE));
      expect(await waitFor(() => paintedTexts(page), includesAll(LISTED))).toEqual(LISTED);
      const painted = Date.now();
      const badge = await timeUntil(firefoxToolbar(ext, page), '3', painted, BADGE_WITHIN_MS);
      console.info(`Firefox ESR: toolbar badge '${badge.value}' ${badge.ms} ms after the names were painted`);
      expect(badge.value).toBe('3');
      const summary = await timeUntil(firefoxSummary(page), summaryText(3), painted, SUMMARY_WITHIN_MS);
      expect(summary.value).toBe(summaryText(3));
      const ticks = await page.evaluate(() => Number(/(\d+) bids/.exec(document.getElementById('ticker')?.textContent ?? '')?.[1] ?? 0));
      expect(ticks).toBeGreaterThan(50);
      expect(await ext.evaluate(tabWrites, page.url())).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
      await ext.close();
    });
  });
});
