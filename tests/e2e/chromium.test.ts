import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paintedDecoys, PAGES } from './fixture-expectations';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { includesAll, paintedTexts } from './harness/highlights';
import { serveFixtures, type FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';

let server: FixtureServer;
let ext: ChromiumWithExtension;

beforeAll(async () => {
  server = await serveFixtures();
  ext = await launchChromium();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openAndWait(path: string, expected: string[]): Promise<{ page: Page; texts: string[] }> {
  const page = await ext.context.newPage();
  await page.goto(server.url(path));
  const texts = await waitFor(
    () => paintedTexts(page),
    includesAll(expected),
  );
  return { page, texts };
}

describe('Chromium: highlights on fixture portals', () => {
  for (const expectation of PAGES) {
    it(`paints exactly the listed names on ${expectation.page}`, async () => {
      const { page, texts } = await openAndWait(expectation.page, expectation.highlighted);
      expect(texts).toEqual([...expectation.highlighted].sort());
      expect(paintedDecoys(texts, expectation.notHighlighted)).toEqual([]);
      await page.close();
    });
  }

  it('finds rows a single-page app adds after load and on demand, and the page keeps working', async () => {
    const { page, texts } = await openAndWait('spa-late-rows.html', ['FGV Holdings Berhad']);
    expect(texts).toEqual(['FGV Holdings Berhad']);
    await page.click('#more');
    const after = await waitFor(
      () => paintedTexts(page),
      (t) => t.includes('YTY Industry Holdings Sdn Bhd'),
    );
    expect(after).toEqual(['FGV Holdings Berhad', 'YTY Industry Holdings Sdn Bhd']);
    expect(await page.locator('#rows tr').count()).toBe(4);
    await page.close();
  });

  it('leaves the page text untouched', async () => {
    const { page } = await openAndWait('demo.html', ['Supermax Corporation Berhad']);
    const cell = await page.locator('#responses tbody tr:first-child td:nth-child(2)').evaluate((td) => ({
      text: td.textContent,
      // The badge beside the name is the extension's one element (data-wro-check-ui); the text stays as it was.
      children: td.querySelectorAll(':scope > :not([data-wro-check-ui])').length,
    }));
    expect(cell).toEqual({ text: 'Supermax Corporation Berhad', children: 0 });
    await page.close();
  });
});

describe('Chromium: toolbar badge and popup', () => {
  it('counts listed companies on the tab and shows each finding with its record and actions', async () => {
    const { page } = await openAndWait('demo.html', PAGES[0]?.highlighted ?? []);
    const tabId = await ext.worker.evaluate(async (url: string) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === url)?.id ?? -1;
    }, page.url());
    const badge = await waitFor(
      () => ext.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId),
      (text) => text === '2',
    );
    // Supermax and its listed subsidiary Maxter are one record; Hoshine is the other.
    expect(badge).toBe('2');

    const popup = await ext.openPopupFor(page);
    const supermax = popup.locator('article', { has: popup.locator('h2', { hasText: 'Supermax Corporation Bhd.' }) });
    await supermax.waitFor();
    const text = await supermax.innerText();
    expect(text).toContain('CBP Withhold Release Order');
    expect(text).toContain('Modified');
    expect(text.toLowerCase()).toContain('gloves');
    expect(text).toContain('What to do');
    expect(await supermax.locator('a[href^="https://"]').count()).toBeGreaterThan(1);
    const hoshine = popup.locator('article', { has: popup.locator('h2', { hasText: /^Hoshine Silicon Industry/ }) });
    expect(await hoshine.innerText()).toContain('Active');
    expect(await popup.locator('article').count()).toBe(2);
    await popup.close();
    await page.close();
  });
});
