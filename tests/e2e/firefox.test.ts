import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paintedDecoys, PAGES } from './fixture-expectations';
import { launchFirefox } from './harness/firefox';
import { includesAll, paintedTexts } from './harness/highlights';
import { serveFixtures, type FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';

let server: FixtureServer;
let firefox: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function openAndWait(path: string, expected: string[]): Promise<{ page: Page; texts: string[] }> {
  const page = await firefox.newPage();
  await page.goto(server.url(path));
  const texts = await waitFor(
    () => paintedTexts(page),
    includesAll(expected),
  );
  return { page, texts };
}

describe('Firefox: highlights on fixture portals', () => {
  for (const expectation of PAGES) {
    it(`paints exactly the listed names on ${expectation.page}`, async () => {
      const { page, texts } = await openAndWait(expectation.page, expectation.highlighted);
      expect(texts).toEqual([...expectation.highlighted].sort());
      expect(paintedDecoys(texts, expectation.notHighlighted)).toEqual([]);
      await page.close();
    });
  }

  it('finds rows a single-page app adds after load and on demand', async () => {
    const { page, texts } = await openAndWait('spa-late-rows.html', ['FGV Holdings Berhad']);
    expect(texts).toEqual(['FGV Holdings Berhad']);
    await page.click('#more');
    const after = await waitFor(
      () => paintedTexts(page),
      (t) => t.includes('YTY Industry Holdings Sdn Bhd'),
    );
    expect(after).toEqual(['FGV Holdings Berhad', 'YTY Industry Holdings Sdn Bhd']);
    await page.close();
  });
});
