import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IFRAMES, INFINITE, PREACT, ROBUST, SPA } from './content-expectations';
import { serveContentFixtures, tabTo, type ContentFixtures } from './content-helpers';
import { launchFirefox } from './harness/firefox';
import { includesAll, paintedTexts } from './harness/highlights';
import { waitFor } from './harness/wait';

let fixtures: ContentFixtures;
let firefox: Browser;

beforeAll(async () => {
  fixtures = await serveContentFixtures();
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await fixtures?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function open(url: string, expected: string[]): Promise<{ page: Page; texts: string[]; errors: string[] }> {
  const page = await firefox.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url.startsWith('http') ? url : fixtures.pages.url(url));
  const texts = await waitFor(() => paintedTexts(page), includesAll(expected));
  return { page, texts, errors };
}

const activeTag = (page: Page) => () => page.evaluate(() => document.activeElement?.localName);
const press = (page: Page) => (key: string) => page.keyboard.press(key as 'Tab');

describe('Firefox content script: finding names on awkward pages', () => {
  it('joins names split by inline markup, reads open shadow roots, and skips fields, editors, scripts and styles', async () => {
    const { page, texts, errors } = await open(ROBUST.page, ROBUST.highlighted);
    expect(texts).toEqual([...ROBUST.highlighted].sort());
    for (const decoy of ROBUST.notHighlighted) expect(texts.join('|').toLowerCase()).not.toContain(decoy.toLowerCase());
    const badges = await page.evaluate(() => [...document.querySelectorAll('wro-check-badge')].map((b) => {
      const r = b.getBoundingClientRect();
      return { cell: b.parentElement?.id ?? '', size: Math.min(r.width, r.height) };
    }));
    expect(badges.map((b) => b.cell).sort()).toEqual(['split-bold', 'split-span']);
    for (const b of badges) expect(b.size).toBeGreaterThanOrEqual(24);
    expect(await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rescans on a single-page-app route change and on back, without a reload', async () => {
    const { page, texts } = await open(SPA.page, SPA.first);
    expect(texts).toEqual(SPA.first);
    await page.evaluate(() => ((window as unknown as { loaded: boolean }).loaded = true));
    await page.click('#to-awards');
    expect(await waitFor(() => paintedTexts(page), (t) => t.join() === SPA.afterRoute.join())).toEqual(SPA.afterRoute);
    await page.goBack();
    expect(await waitFor(() => paintedTexts(page), (t) => t.join() === SPA.first.join())).toEqual(SPA.first);
    expect(await page.evaluate(() => (window as unknown as { loaded?: boolean }).loaded)).toBe(true);
    await page.close();
  });

  it('finds rows an infinite-scroll list adds as the user scrolls', async () => {
    const { page } = await open(INFINITE.page, INFINITE.first);
    for (let i = 0; i < 4; i++) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await sleep(200);
    }
    const after = await waitFor(() => paintedTexts(page), includesAll(INFINITE.afterScroll));
    expect(after).toEqual([...INFINITE.afterScroll].sort());
    for (const decoy of INFINITE.notHighlighted) expect(after.join('|')).not.toContain(decoy);
    await page.close();
  });

  it('paints names in same-origin and cross-origin frames', async () => {
    const url = `${fixtures.pages.url(IFRAMES.page)}?other=${encodeURIComponent(fixtures.other.origin)}`;
    const { page, texts } = await open(url, IFRAMES.highlighted);
    expect(texts).toEqual([...IFRAMES.highlighted].sort());
    await page.close();
  });

  it('keeps a Preact app working while it re-renders the matched text', async () => {
    const { page, texts, errors } = await open(PREACT.page, PREACT.first);
    expect(texts).toEqual(PREACT.first);
    await sleep(1000);
    await page.click('#rename');
    expect(await waitFor(() => paintedTexts(page), includesAll(PREACT.afterRename))).toEqual(PREACT.afterRename);
    await page.click('#swap');
    await page.type('#filter', 'berhad');
    expect(await waitFor(() => paintedTexts(page), (t) => t.length === 2)).toEqual(['FGV Holdings Berhad', 'Supermax Corporation Berhad']);
    await page.click('#pick-0');
    expect(await page.$eval('#selected', (p) => p.textContent)).toBe('Selected: FGV Holdings Berhad');
    expect(await page.$$eval('wro-check-badge', (b) => b.length)).toBe(3);
    expect(await page.evaluate(() => (window as unknown as { consoleErrors: string[] }).consoleErrors)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Firefox content script: badges and cards by keyboard', () => {
  it('opens a card from a badge, Esc returns focus, and "Not this company" hides the name', async () => {
    let { page } = await open('portal-table.html', ['Sime Darby Plantation Berhad']);
    // From the first row's link, the tab order runs: Top Glove's badge, then Sime Darby's.
    const toSecondBadge = async () => {
      await page.focus('a[href="#s1"]');
      for (let i = 0; i < 2; i++) expect(await tabTo(press(page), activeTag(page), 'wro-check-badge', 1)).toBe(true);
    };
    await toSecondBadge();
    await page.keyboard.press('Enter');
    expect(await waitFor(activeTag(page), (t) => t === 'wro-check-card')).toBe('wro-check-card');
    await page.keyboard.press('Escape');
    expect(await waitFor(activeTag(page), (t) => t === 'wro-check-badge')).toBe('wro-check-badge');
    expect(await page.$$eval('wro-check-card', (c) => c.length)).toBe(0);

    // Count the card's tab stops: the last two are "Not this company" and "Close".
    await page.keyboard.press('Enter');
    await waitFor(activeTag(page), (t) => t === 'wro-check-card');
    await sleep(300);
    let stops = 0;
    while (stops < 60 && (await activeTag(page)()) === 'wro-check-card') {
      await page.keyboard.press('Tab');
      stops++;
    }
    // Tabbing out of the card moved keyboard focus to the browser window: start again in a new tab.
    await page.close();
    ({ page } = await open('portal-table.html', ['Sime Darby Plantation Berhad']));
    await toSecondBadge();
    await page.keyboard.press('Enter');
    await waitFor(activeTag(page), (t) => t === 'wro-check-card');
    await sleep(300);
    for (let i = 0; i < stops - 2; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const after = await waitFor(() => paintedTexts(page), (t) => !t.includes('Sime Darby Plantation Berhad'));
    expect(after).toEqual(['Hefei Bitland Information Technology Co., Ltd.', 'TOP GLOVE CORPORATION BHD']);
    expect(await page.$$eval('wro-check-badge', (b) => b.length)).toBe(2);
    await page.close();
  });
});
