/**
 * Issue #17, attack 1: switch-off by custom element (tests/fixtures/attacks/custom-elements.html).
 * The page defines custom elements under the tag names the extension's UI used (one forbidding a
 * shadow root, one whose constructor throws). Before the fix the first badge's `attachShadow` threw
 * and the whole session stopped: nothing painted, no report, an empty toolbar badge. Now the UI is
 * hosted on built-in elements the page's registry cannot claim, each badge and card on its own, and
 * the findings are reported before anything is painted: the names are painted and badged, the
 * toolbar badge and the screen-reader summary count them, and a badge opens its card.
 */
import type { Page as FirefoxPage, Browser as Firefox } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumSummary, chromiumToolbar, firefoxSummary, firefoxToolbar, focusedUi, openFirefoxExtensionPage,
  serveAttackPages, summaryText, uiSelector,
} from './content-attack-helpers';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { includesAll, paintedTexts } from './harness/highlights';
import type { FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';

const PAGE = 'custom-elements.html';
const LISTED = ['Hoshine Silicon Industry Co., Ltd.', 'Supermax Corporation Berhad', 'Top Glove Corporation Bhd'];

interface PageView {
  badges: number;
  /** Elements of the page's claimed names in the document: the extension must have made none. */
  claimed: number;
  output: string;
}

function readPage(): PageView {
  return {
    badges: document.querySelectorAll('[data-wro-check-ui="badge"]').length,
    claimed: document.querySelectorAll('wro-check-badge, wro-check-card, wro-check-summary, wro-check-layer').length,
    output: document.getElementById('page-output')?.textContent ?? '',
  };
}

describe('Attack 1: a page that claims the extension\'s element names', () => {
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

    it('in Chromium: cannot switch it off: names painted and badged, the toolbar badge and summary count them, a card opens', async () => {
      const page = await chromium.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pages.url(PAGE));
      expect(await waitFor(() => paintedTexts(page), includesAll(LISTED))).toEqual(LISTED);
      expect(await waitFor(chromiumToolbar(chromium, page), (b) => b === '3')).toBe('3');
      const cdp = await page.context().newCDPSession(page);
      expect(await waitFor(chromiumSummary(cdp), (t) => t === summaryText(3))).toBe(summaryText(3));
      const view = await waitFor(() => page.evaluate(readPage), (v) => v.badges === 3);
      expect(view).toMatchObject({ badges: 3, claimed: 0 });

      // A badge opens its card (focus moves into it), Escape gives focus back to the badge.
      await page.click(uiSelector('badge'));
      expect(await waitFor(() => page.evaluate(focusedUi), (ui) => ui === 'card')).toBe('card');
      await page.keyboard.press('Escape');
      expect(await waitFor(() => page.evaluate(focusedUi), (ui) => ui === 'badge')).toBe('badge');

      // The page's own button still works, and none of its constructors ran for us.
      await page.click('#page-button');
      expect((await page.evaluate(readPage)).output).toBe('Quote requested');
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe('Firefox ESR', () => {
    let firefox: Firefox;
    beforeAll(async () => {
      firefox = await launchFirefox({ popupOpenable: true });
    });
    afterAll(async () => firefox?.close());

    it('in Firefox ESR: cannot switch it off: names painted and badged, the toolbar badge and summary count them, a card opens', async () => {
      const ext = await openFirefoxExtensionPage(firefox, pages.url(PAGE));
      const page: FirefoxPage = await firefox.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(pages.url(PAGE));
      expect(await waitFor(() => paintedTexts(page), includesAll(LISTED))).toEqual(LISTED);
      expect(await waitFor(firefoxToolbar(ext, page), (b) => b === '3')).toBe('3');
      expect(await waitFor(firefoxSummary(page), (t) => t === summaryText(3))).toBe(summaryText(3));
      const view = await waitFor(() => page.evaluate(readPage), (v) => v.badges === 3);
      expect(view).toMatchObject({ badges: 3, claimed: 0 });

      await page.click(uiSelector('badge'));
      expect(await waitFor(() => page.evaluate(focusedUi), (ui) => ui === 'card')).toBe('card');
      await page.keyboard.press('Escape');
      expect(await waitFor(() => page.evaluate(focusedUi), (ui) => ui === 'badge')).toBe('badge');

      await page.click('#page-button');
      expect((await page.evaluate(readPage)).output).toBe('Quote requested');
      expect(errors).toEqual([]);
      await ext.close();
      await page.close();
    });
  });
});
