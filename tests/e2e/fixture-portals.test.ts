/**
 * The fixture portals in Chromium and Firefox ESR: each paints exactly its listed names and none
 * of its decoys, rows a single-page app adds later are found, the page's text is left as it was,
 * and the toolbar badge and the popup show the tab's findings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paintedDecoys, PAGES } from './fixture-expectations';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';
import { headed } from './harness/find';
import { includesAll } from './harness/highlights';
import { serveFixtures, type FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';

let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('in %s: fixture portals', (_name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension(kind);
  });

  afterAll(async () => {
    await ext?.close();
  });

  /** Opens a fixture page and waits for its scan to settle with `expected` painted. */
  async function openAndWait(path: string, expected: string[]): Promise<{ page: TestPage; texts: string[] }> {
    const page = await ext.newPage(server.url(path));
    await page.waitForPainted(includesAll(expected));
    // Read once the scan has settled: nothing it paints later (a decoy) can be missed.
    await page.waitForScan();
    return { page, texts: await page.painted() };
  }

  describe('highlights on fixture portals', () => {
    for (const expectation of PAGES) {
      it(`paints exactly the listed names on ${expectation.page}`, async () => {
        const { page, texts } = await openAndWait(expectation.page, expectation.highlighted);
        expect(texts).toEqual([...expectation.highlighted].sort());
        expect(paintedDecoys(texts, expectation.notHighlighted)).toEqual([]);
        expect(page.errors).toEqual([]);
        await page.close();
      });
    }

    it('finds rows a single-page app adds after load and on demand, and the page keeps working', async () => {
      const { page, texts } = await openAndWait('spa-late-rows.html', ['FGV Holdings Berhad']);
      expect(texts).toEqual(['FGV Holdings Berhad']);
      await page.click('#more');
      const after = await page.waitForPainted((t) => t.includes('YTY Industry Holdings Sdn Bhd'));
      expect(after).toEqual(['FGV Holdings Berhad', 'YTY Industry Holdings Sdn Bhd']);
      expect(await page.count('#rows tr')).toBe(4);
      await page.close();
    });

    it('leaves the page text untouched', async () => {
      const { page } = await openAndWait('demo.html', ['Supermax Corporation Berhad']);
      const cell = await page.evaluate(() => {
        const td = document.querySelector('#responses tbody tr:first-child td:nth-child(2)') as Element;
        // The badge beside the name is the extension's one element (data-wro-check-ui); the text stays as it was.
        return { text: td.textContent, children: td.querySelectorAll(':scope > :not([data-wro-check-ui])').length };
      });
      expect(cell).toEqual({ text: 'Supermax Corporation Berhad', children: 0 });
      await page.close();
    });
  });

  describe('toolbar badge and popup', () => {
    it('counts listed companies on the tab and shows each finding with its record and actions', async () => {
      const { page } = await openAndWait('demo.html', PAGES[0]?.highlighted ?? []);
      const tabId = await ext.tabIdOf(page);
      // Supermax and its listed subsidiary Maxter are one record; Hoshine is the other.
      expect(await waitFor(() => ext.badgeText(tabId), (text) => text === '2')).toBe('2');

      const popup = await ext.openPopupFor(page);
      const supermax = headed('article', 'Supermax Corporation Bhd.');
      const text = await popup.text(supermax);
      expect(text).toContain('CBP Withhold Release Order');
      expect(text).toContain('Modified');
      expect(text.toLowerCase()).toContain('gloves');
      expect(text).toContain('What to do');
      expect(await popup.count('a[href^="https://"]', supermax)).toBeGreaterThan(1);
      expect(await popup.text(headed('article', /^Hoshine Silicon Industry/))).toContain('Active');
      expect(await popup.count('article')).toBe(2);
      await popup.close();
      await page.close();
    });
  });
});
