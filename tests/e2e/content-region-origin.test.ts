/**
 * A product page that gives Xinjiang as the origin of its goods (issue #19), in Chromium and
 * Firefox ESR: the origin row and "made in Urumqi" are found as the UFLPA region presumption, with
 * the origin as the reason in the popup; the restaurant and the weather headline stay unflagged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchExtension, type ExtensionBrowser } from './harness/extension';
import { includesAll } from './harness/highlights';
import { serveFixtures, type FixtureServer } from './harness/server';

const PRESUMPTION = 'Goods made wholly or in part in the Xinjiang Uyghur Autonomous Region (UFLPA presumption)';
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('in %s: a product page naming Xinjiang as the origin', (_name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension(kind);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('finds the origin row and "made in Urumqi", not the restaurant or the weather, and the popup explains the presumption', async () => {
    const page = await ext.newPage(server.url('product-origin-xinjiang.html'));
    await page.waitForPainted(includesAll(['Xinjiang', 'Urumqi']));
    await page.waitForScan();
    // Painted once each: the origin row's "Xinjiang" and "Urumqi"; the blog's and the headline's "Xinjiang" not.
    const painted = await page.painted();
    expect(painted).toEqual(['Urumqi', 'Xinjiang']);
    const report = await ext.waitForReport(page, (f) => f.entries.length > 0);
    expect(report.entries.map((e) => e.record.name)).toEqual([PRESUMPTION]);
    expect(report.entries[0]?.mentions.map((m) => m.matchedText).sort()).toEqual(['Urumqi', 'Xinjiang']);

    const popup = await ext.openPopupFor(page);
    const presumption = { css: 'article', hasText: 'UFLPA presumption' };
    // Why it matched is under the finding's details.
    await popup.click({ css: 'details.finding-more > summary', within: presumption });
    const card = await popup.text(presumption);
    expect(card).toContain('Active');
    expect(card).toMatch(/origin given \((“made in”|an address \(“Xinjiang, China”\))\)/);
    await popup.close();
    await page.close();
  });
});
