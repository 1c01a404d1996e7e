/**
 * Broken text must not cost the user the tab: painting a highlight in some ill-formed text (lone
 * surrogates, NULs and bidi overrides around a listed name, as a broken import leaves) crashed
 * Chromium 150's renderer. Such text is left unpainted; its findings keep their badges.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedRoots, serveContentFixtures, type ContentFixtures } from './content-helpers';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { includesAll, paintedTexts } from './harness/highlights';
import { waitFor } from './harness/wait';

let fixtures: ContentFixtures;
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  fixtures = await serveContentFixtures();
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await fixtures?.close();
});

describe('Chromium content script on broken text', () => {
  it('keeps the tab alive, paints the clean text, and still badges the names in the broken text', async () => {
    const page = await chromium.context.newPage();
    let crashed = false;
    page.on('crash', () => {
      crashed = true;
    });
    await page.goto(fixtures.pages.url('content-broken-text.html'));
    const texts = await waitFor(() => paintedTexts(page), includesAll(['Supermax Corporation Berhad']));
    // The browser paints in the frames after the commit: give it several before looking again.
    await page.waitForTimeout(1500);
    expect(crashed).toBe(false);
    expect(await page.evaluate(() => document.getElementById('clean')?.textContent)).toBe('Shortlisted: Supermax Corporation Berhad');
    expect(texts).toEqual(['Supermax Corporation Berhad']);
    const cdp = await page.context().newCDPSession(page);
    const badges = (await closedRoots(cdp)).filter((r) => r.host === 'WRO-CHECK-BADGE');
    // One for Supermax, and at least one for a name in the broken paragraph.
    expect(badges.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
