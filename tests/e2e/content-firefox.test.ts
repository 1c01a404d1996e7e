import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IFRAMES, INFINITE, PREACT, ROBUST, SPA } from './content-expectations';
import { AXE_ON_COPY, AXE_SOURCE, serveContentFixtures, tabTo, type ContentFixtures } from './content-helpers';
import { bidiOf, launchFirefox } from './harness/firefox';
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

/** Focuses the `n`th badge of portal-table.html by keyboard: the tab order runs from the first row's link. */
async function tabToBadge(page: Page, n: number): Promise<void> {
  await page.focus('a[href="#s1"]');
  for (let i = 0; i < n; i++) expect(await tabTo(press(page), activeTag(page), 'wro-check-badge', 1)).toBe(true);
}

/**
 * The browser's Back, as the toolbar button does it. Puppeteer's `goBack` then waits for a
 * navigation that Firefox does not report for a same-document (pushState) entry, and times out.
 */
async function historyBack(page: Page): Promise<void> {
  const bidi = bidiOf(page);
  await bidi.send('browsingContext.traverseHistory', { context: bidi.context, delta: -1 });
}

type BidiValue = { type: string; sharedId?: string; value?: unknown };
type CallResult = { type: 'success'; result: BidiValue } | { type: 'exception'; exceptionDetails: { text: string } };

/** `script.callFunction` in the page's main frame; the result's remote value, or the page's exception. */
async function callInPage(page: Page, params: object): Promise<BidiValue> {
  const bidi = bidiOf(page);
  const call = await bidi.send<CallResult>('script.callFunction', {
    target: { context: bidi.context },
    resultOwnership: 'none',
    ...params,
  });
  if (call.type === 'exception') throw new Error(call.exceptionDetails.text);
  return call.result;
}

/**
 * The closed shadow root of the focused element, as a BiDi node reference. Page scripts cannot
 * reach a closed root; BiDi serialises it with `includeShadowTree: 'all'`, as DevTools' `pierce`
 * does in Chromium, and its `sharedId` can then be the `this` of a function run in the page.
 */
async function focusedClosedRoot(page: Page): Promise<{ host: string; sharedId: string }> {
  const focused = await callInPage(page, {
    functionDeclaration: '() => document.activeElement',
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
  });
  const node = focused.value as { localName?: string; shadowRoot?: BidiValue & { value?: { mode?: string } } } | undefined;
  const root = node?.shadowRoot;
  if (!root?.sharedId || root.value?.mode !== 'closed') throw new Error(`The focused <${node?.localName}> has no closed shadow root`);
  return { host: node?.localName ?? '', sharedId: root.sharedId };
}

interface AxeOnCopy {
  violations: string[];
  passes: string[];
  /** Nodes inside our UI that axe checked (passed or failed): none would mean nothing was tested. */
  checkedNodes: number;
}

/** The Chromium suite's AXE_ON_COPY, its result as JSON (BiDi returns it as one string). */
const AXE_ON_COPY_JSON = `async function () {
  return JSON.stringify(await (${AXE_ON_COPY}).call(this));
}`;

async function axeOnClosedRoot(page: Page, sharedId: string): Promise<AxeOnCopy> {
  const result = await callInPage(page, { functionDeclaration: AXE_ON_COPY_JSON, this: { sharedId }, awaitPromise: true });
  return JSON.parse(String(result.value)) as AxeOnCopy;
}

describe('Firefox content script: finding names on awkward pages', () => {
  it('joins names split by inline markup, reads open shadow roots, and skips fields, editors, scripts and styles', async () => {
    const { page, texts, errors } = await open(ROBUST.page, ROBUST.highlighted);
    expect(texts).toEqual([...ROBUST.highlighted].sort());
    for (const decoy of ROBUST.notHighlighted) expect(texts.join('|').toLowerCase()).not.toContain(decoy.toLowerCase());
    const badges = await page.evaluate(() => [...document.querySelectorAll('wro-check-badge')].map((b) => {
      const r = b.getBoundingClientRect();
      return { cell: b.parentElement?.id ?? '', size: Math.min(r.width, r.height) };
    }));
    expect(badges.map((b) => b.cell).sort()).toEqual(ROBUST.badgeParents);
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
    await historyBack(page);
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
    // Top Glove's badge comes first, then Sime Darby's.
    const toSecondBadge = () => tabToBadge(page, 2);
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

describe('Firefox content script: accessibility of the badge and the card', () => {
  it('passes axe-core on a portal page after the scan, on the badge and on the open card', async () => {
    // On the other origin: the test before dismissed a name on the first.
    const { page } = await open(fixtures.other.url('portal-table.html'), ['TOP GLOVE CORPORATION BHD']);
    // axe measures contrast only of text on screen: a taller window shows more of the card.
    const bidi = bidiOf(page);
    await bidi.send('browsingContext.setViewport', { context: bidi.context, viewport: { width: 1280, height: 1000 } });
    await page.addScriptTag({ content: AXE_SOURCE });
    await tabToBadge(page, 1);
    const badge = await focusedClosedRoot(page);
    await page.keyboard.press('Enter');
    await waitFor(activeTag(page), (t) => t === 'wro-check-card');
    const card = await focusedClosedRoot(page);
    expect([badge.host, card.host]).toEqual(['wro-check-badge', 'wro-check-card']);

    const badgeResult = await axeOnClosedRoot(page, badge.sharedId);
    expect(badgeResult.violations).toEqual([]);
    expect(badgeResult.checkedNodes).toBeGreaterThan(0);
    expect(badgeResult.passes).toContain('button-name');

    const cardResult = await axeOnClosedRoot(page, card.sharedId);
    expect(cardResult.violations).toEqual([]);
    expect(cardResult.checkedNodes).toBeGreaterThan(badgeResult.checkedNodes);
    // Rules only the card's own dialog and text can satisfy: axe saw into it.
    expect(cardResult.passes).toEqual(expect.arrayContaining(['aria-dialog-name', 'color-contrast']));
    await page.keyboard.press('Escape');
    expect(await waitFor(activeTag(page), (t) => t === 'wro-check-badge')).toBe('wro-check-badge');
    await page.close();
  });
});
