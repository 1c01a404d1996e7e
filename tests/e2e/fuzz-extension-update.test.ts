/**
 * The extension is updated (reloaded) while a portal page is open: the old content script loses
 * its extension. Nothing may reach the page (no error, its own script keeps working, its text
 * untouched), and the page recovers: names the page adds afterwards are found by the new version.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFigure } from '../fuzz/figures';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { serveFixtures, type FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';
import { paintedTexts } from './harness/highlights';

let fixtures: FixtureServer;
let ext: ChromiumWithExtension;

beforeAll(async () => {
  fixtures = await serveFixtures();
  ext = await launchChromium();
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await fixtures?.close();
});

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.stack ?? e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) errors.push(`content script: ${m.text()}`);
  });
  return errors;
}

/** The page's own text, without what the extension adds (its elements are marked). */
const pageText = (page: Page) =>
  page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const ui of copy.querySelectorAll('[data-wro-check-ui]')) ui.remove();
    return copy.textContent;
  });

describe('extension updated while a page is open', () => {
  it('throws nothing into the page, leaves its text alone, and scans what the page adds afterwards', async () => {
    const page = await ext.context.newPage();
    const errors = watchErrors(page);
    await page.goto(fixtures.url('spa-late-rows.html'));
    await waitFor(() => paintedTexts(page), (t) => t.includes('FGV Holdings Berhad'));
    const textBefore = await pageText(page);

    // The update: the background restarts with a new extension context.
    const restarted = ext.context.waitForEvent('serviceworker', { timeout: 30_000 });
    await ext.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await restarted;

    // The page keeps changing itself, through its own button, as before the update.
    expect(await pageText(page)).toBe(textBefore);
    await page.click('#more');
    await page.waitForFunction(() => document.querySelectorAll('#rows tr').length === 4);
    const after = await waitFor(() => paintedTexts(page), (t) => t.includes('YTY Industry Holdings Sdn Bhd'), 15_000);
    expect(errors).toEqual([]);
    expect(after).toContain('YTY Industry Holdings Sdn Bhd');
    recordFigure('faults', 'extension updated with a page open', 1, 'page kept working, no error, new rows scanned by the new version');
    await page.close();
  });
});
