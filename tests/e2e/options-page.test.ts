/**
 * The options page's sections and navigation by keyboard, axe in light and dark colours, and the
 * design tokens in the in-page card, which a page's own custom properties cannot change. In
 * Chromium and Firefox ESR.
 *
 * Dark colours: Chromium emulates `prefers-color-scheme` per page (Playwright). WebDriver BiDi has
 * no media emulation in Firefox 153 (Puppeteer's is DevTools-only), so Firefox is launched with
 * its content colour-scheme preference set: light for this file's browser, dark for one of its own.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabTo } from './content-helpers';
import { labelled } from './harness/find';
import { BROWSERS, launchExtension, type BrowserKind, type ExtensionBrowser, type TestPage } from './harness/extension';
import { serveFixtures, type FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';

const SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override'; // 0 dark, 1 light
const LIGHT = { bg: 'rgb(255, 255, 255)', text: 'rgb(26, 26, 26)' };
const DARK = { bg: 'rgb(22, 24, 28)', text: 'rgb(232, 234, 237)' };

const NAME = 'Hoshine Silicon Industry Co., Ltd.';
// A page that sets every property the card's tokens use, on its root, on our hosts (as rules and
// inline, !important), and on everything.
const HOSTILE = 'rgb(255, 0, 0)';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quote</title>
<style>
:root, * { --wro-bg: ${HOSTILE} !important; --wro-text: ${HOSTILE} !important; --wro-border: ${HOSTILE} !important; }
div, span, [data-wro-check-ui] { --wro-bg: ${HOSTILE} !important; --wro-text: ${HOSTILE} !important; color-scheme: dark !important; }
#probe { background: var(--wro-bg); }
</style></head>
<body><main><h1>Quote Q-9</h1><p id="probe">Silicon metal from ${NAME}.</p></main>
<script>
new MutationObserver(() => {
  for (const el of document.querySelectorAll('[data-wro-check-ui]')) {
    el.style.setProperty('--wro-bg', '${HOSTILE}', 'important');
    el.style.setProperty('--wro-text', '${HOSTILE}', 'important');
  }
}).observe(document.documentElement, { subtree: true, childList: true });
</script></body></html>`;

let server: Server;
let pageUrl: string;
let fixtures: FixtureServer;

beforeAll(async () => {
  fixtures = await serveFixtures();
  server = createServer((_, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  pageUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/quote.html`;
});

afterAll(async () => {
  await new Promise((done) => server?.close(done));
  await fixtures?.close();
});

const focused = (page: TestPage) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.localName ?? '', text: el?.textContent?.trim() ?? '', section: el?.closest('section')?.id ?? '' };
  });

const currentLinks = (page: TestPage) =>
  page.evaluate(() => [...document.querySelectorAll('nav a[aria-current]')].map((a) => `${a.textContent}=${a.getAttribute('aria-current')}`));

const bodyColours = (page: TestPage) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return { bg: style.backgroundColor, text: style.color };
  });

/** Opens the card of the page's listed name by keyboard; its box's colours (read in its closed root). */
async function openCardColours(page: TestPage): Promise<{ bg: string; text: string }> {
  expect(await page.waitForPainted((t) => t.includes(NAME))).toContain(NAME);
  // The page's properties are in force in the page itself.
  expect(await page.evaluate(() => getComputedStyle(document.getElementById('probe')!).backgroundColor)).toBe(HOSTILE);
  expect(await tabTo((k) => page.press(k), () => page.activeTag(), 'wro-check-badge')).toBe(true);
  await page.press('Enter');
  await waitFor(() => page.activeTag(), (tag) => tag === 'wro-check-card');
  const card = (await page.closedRoots()).find((r) => r.host === 'WRO-CHECK-CARD');
  return card!.call<{ bg: string; text: string }>(
    'function () { const box = this.querySelector(".card") ?? this.firstElementChild; const s = getComputedStyle(box); return { bg: s.backgroundColor, text: s.color }; }',
  );
}

/** The options page with every section loaded. */
async function openOptions(ext: ExtensionBrowser): Promise<TestPage> {
  const page = await ext.openExtensionPage('options.html');
  await page.waitForText('#list', /records/);
  await page.locate('#sites-default-heading');
  await page.locate('#refresh fieldset.source');
  return page;
}

async function launchDark(kind: BrowserKind, ext: ExtensionBrowser): Promise<{ ext: ExtensionBrowser; own: boolean }> {
  if (kind === 'chromium') return { ext, own: false };
  return { ext: await launchExtension(kind, { firefoxPrefs: { [SCHEME_PREF]: 0 } }), own: true };
}

/** In Chromium, emulates the scheme on the page; in Firefox the browser was launched with it. */
async function scheme(page: TestPage, colorScheme: 'light' | 'dark'): Promise<void> {
  if (page.kind === 'chromium') await page.playwright.emulateMedia({ colorScheme });
}

describe.each(BROWSERS)('in %s: the options page and the look', (_name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension(kind, { firefoxPrefs: { [SCHEME_PREF]: 1 } });
  }, 120_000);

  afterAll(async () => {
    await ext?.close();
  });

  it('moves between its sections by keyboard and marks the current one', async () => {
    const page = await openOptions(ext);
    expect(await currentLinks(page)).toEqual(['The list=location']);
    const sections = ['The list', 'Refresh and sources', 'Organisation', 'Decisions', 'Watch list', 'Sites', 'Import'];
    const links: string[] = [];
    for (let i = 0; i < sections.length; i++) {
      await page.press('Tab');
      links.push((await focused(page)).text);
    }
    expect(links).toEqual(sections);

    // Back to Decisions, and follow it: the focus goes to its heading, the link is marked current.
    for (let i = sections.length - 1; i > sections.indexOf('Decisions'); i--) await page.press('Shift+Tab');
    expect((await focused(page)).text).toBe('Decisions');
    await page.press('Enter');
    expect(await waitFor(() => focused(page), (f) => f.tag === 'h2')).toEqual({ tag: 'h2', text: 'Decisions', section: 'decisions' });
    expect(await waitFor(() => currentLinks(page), (l) => l[0] === 'Decisions=location')).toEqual(['Decisions=location']);
    // The next Tab goes on inside that section.
    await page.press('Tab');
    expect((await focused(page)).section).toBe('decisions');

    // The last section too, though too short to scroll to the top.
    await page.focus({ css: 'nav a', hasText: 'Import' });
    await page.press('Enter');
    expect(await waitFor(() => focused(page), (f) => f.section === 'import')).toMatchObject({ tag: 'h2', text: 'Import' });
    expect(await waitFor(() => currentLinks(page), (l) => l[0] === 'Import=location')).toEqual(['Import=location']);
    // Scrolled back to the top by keyboard: the first section is the current one again.
    await page.press('Home');
    expect(await waitFor(() => currentLinks(page), (l) => l[0] === 'The list=location')).toEqual(['The list=location']);
    await page.close();
  });

  it('opens at the section its address names (options.html#refresh)', async () => {
    const page = await ext.openExtensionPage('options.html#refresh');
    await page.locate('#refresh fieldset.source');
    expect(await waitFor(() => focused(page), (f) => f.tag === 'h2')).toEqual({ tag: 'h2', text: 'Refresh and sources', section: 'refresh' });
    expect(await currentLinks(page)).toEqual(['Refresh and sources=location']);
    await page.close();
  });

  it('has no axe violations in light colours', async () => {
    const page = await openOptions(ext);
    await scheme(page, 'light');
    expect(await bodyColours(page)).toEqual(LIGHT);
    expect(await page.axe()).toEqual([]);
    await page.close();
  });

  it('has no axe violations in dark colours', async () => {
    const dark = await launchDark(kind, ext);
    try {
      const page = await openOptions(dark.ext);
      await scheme(page, 'dark');
      // The dark tokens are in force: else this test would check the light page again.
      expect(await bodyColours(page)).toEqual(DARK);
      expect(await page.axe()).toEqual([]);
      await page.close();

      // The screening page with results, and the card under a page that sets our properties: dark too.
      const screen = await dark.ext.openExtensionPage('screen.html');
      await scheme(screen, 'dark');
      await screen.fill('#pasted', `Quote 4: silicone sealant made by ${NAME}`);
      await screen.click('.input button');
      await screen.locate('main[data-state="done"] .results-table');
      expect(await bodyColours(screen)).toEqual(DARK);
      expect(await screen.axe()).toEqual([]);
      await screen.close();

      // The popup for the demo page.
      const demo = await dark.ext.newPage(fixtures.url('demo.html'));
      await demo.waitForPainted((t) => t.includes('Supermax Corporation Berhad'));
      const popup = await dark.ext.openPopupFor(demo);
      await scheme(popup, 'dark');
      await popup.locate({ css: 'h2', hasText: 'Supermax' });
      expect(await bodyColours(popup)).toEqual(DARK);
      expect(await popup.axe()).toEqual([]);
      // Opened: each finding's details, and "Not this company" asking how far and why.
      const closed = 'details.finding-more:not([open]) > summary';
      for (let i = await popup.count(closed); i > 0; i--) await popup.click(closed);
      expect(await popup.count(closed)).toBe(0);
      await popup.select(labelled('Outcome', { css: 'article', hasText: 'Supermax' }), { label: 'Not this company' });
      await popup.locate({ css: 'article fieldset.dismiss-scope' });
      expect(await popup.axe()).toEqual([]);
      await popup.close();
      await demo.close();

      const quote = await dark.ext.newPage(pageUrl);
      await scheme(quote, 'dark');
      expect(await openCardColours(quote)).toEqual(DARK);
      await quote.close();
    } finally {
      if (dark.own) await dark.ext.close();
    }
  }, 120_000);

  it("repeats the decision filter's dates in the extension's language", async () => {
    const page = await openOptions(ext);
    expect(await page.text('#decision-filter-from-shown')).toBe('no date chosen');
    await page.fill('#decision-filter-from', '2026-12-03');
    // en-GB, the English translation's own tag, whatever the browser's language.
    expect(await page.waitForText('#decision-filter-from-shown', '3 Dec 2026')).toBe('3 Dec 2026');
    await page.close();
  });

  it('lists the sites switched off and switches one back on', async () => {
    const origin = 'https://tenders.example.org';
    await ext.request({ type: 'set-site-off', origin, off: true });
    const page = await openOptions(ext);
    const off = { css: 'ul[aria-labelledby="sites-off-heading"] li', hasText: 'tenders.example.org' };
    await page.locate(off);
    await page.click({ css: 'button', hasText: 'Switch tenders.example.org back on' });
    await page.waitForText({ css: '#sites [role="status"]' }, 'tenders.example.org is switched back on.');
    expect(await page.has(off)).toBe(false);
    expect(await page.text('#sites')).toContain('Sites you switched off');
    await page.close();
  });

  it("keeps the card's colours whatever custom properties the page sets", async () => {
    const page = await ext.newPage(pageUrl);
    await scheme(page, 'light');
    expect(await openCardColours(page)).toEqual(LIGHT);
    await page.close();
  });
});
