/**
 * The extension is updated (reloaded) while a portal page is open, in Chromium and Firefox ESR:
 * the old content script loses its extension. Nothing may reach the page (no error, its own script
 * keeps working, its text untouched), and the page recovers: it is scanned again by the new version
 * (a new copy of the content script starts, settles and reports to the new background), shows one
 * set of badges (never a stale one from the old copy beside the new), and names the page adds
 * afterwards are found. Chromium leaves the page with the old, stopped content script and the
 * background puts the new one in (src/background/reinject.ts); Firefox injects the new one itself.
 *
 * A browser of its own: in Chromium 156 an unpacked extension reloaded (chrome.runtime.reload)
 * after its background has answered some page requests (get-list-info, set-site-off) stays
 * disabled, which a suite that made such requests first would cause.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFigure } from '../fuzz/figures';
import { ui } from './harness/closed-roots';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';
import { includesAll } from './harness/highlights';
import { serveFixtures, type FixtureServer } from './harness/server';

let fixtures: FixtureServer;

beforeAll(async () => {
  fixtures = await serveFixtures();
});

afterAll(async () => {
  await fixtures?.close();
});

/** The page's own text, without what the extension adds (its elements are marked). */
const pageText = (page: TestPage) =>
  page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const ui of copy.querySelectorAll('[data-wro-check-ui]')) ui.remove();
    return copy.textContent;
  });

describe.each(BROWSERS)('in %s: extension updated while a page is open', (_name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension(kind);
  }, 120_000);

  afterAll(async () => {
    await ext?.close();
  });

  it('throws nothing into the page, leaves its text alone, scans it again, and scans what the page adds afterwards', async () => {
    const page = await ext.newPage();
    const errors: string[] = [];
    if (kind === 'chromium') {
      // An error logged from the extension's own script (an uncaught exception in the content script).
      page.playwright.on('console', (m) => {
        if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) errors.push(`content script: ${m.text()}`);
      });
    }
    await page.goto(fixtures.url('spa-late-rows.html'));
    await page.waitForPainted(includesAll(['FGV Holdings Berhad']));
    await page.waitForScan();
    const textBefore = await pageText(page);

    // The update: the background restarts with a new extension context.
    await ext.reloadExtension();

    // Scanned again by the new version: a second copy of the content script starts, settles, and
    // reports the page's findings to the new background.
    await page.waitUntil(async () => (await page.scanMarks()).started === 2, 'the new content script to start', 30_000);
    await page.waitForScan();
    expect(await page.painted()).toEqual(['FGV Holdings Berhad']);
    // The old copy took its badge away: never a stale one beside the new one.
    expect(await page.count(ui('badge'))).toBe(1);
    const report = await ext.waitForReport(page, (r) => r.entries.length > 0);
    expect(report.entries.flatMap((e) => e.mentions.map((m) => m.matchedText))).toEqual(['FGV Holdings Berhad']);

    // The page keeps changing itself, through its own button, as before the update.
    expect(await pageText(page)).toBe(textBefore);
    await page.click('#more');
    await page.waitForCount('#rows tr', 4);
    const after = await page.waitForPainted(includesAll(['YTY Industry Holdings Sdn Bhd']));
    expect(after).toEqual(['FGV Holdings Berhad', 'YTY Industry Holdings Sdn Bhd']);
    expect(await page.waitForCount(ui('badge'), after.length)).toBe(after.length);
    expect([...errors, ...page.errors]).toEqual([]);
    recordFigure('faults', `extension updated with a page open (${kind})`, 1, 'page kept working, no error, page scanned again and new rows scanned by the new version');
    await page.close();
  });
});
