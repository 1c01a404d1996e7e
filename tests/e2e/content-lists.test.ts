/**
 * Long lists, in Chromium and Firefox (content-lists.html): the scanner passes over list items
 * whose whole text names no one (its pre-filter), and must still find every name an item holds in
 * a way that text does not show plainly: inside a web component's shadow root, in a shadow root
 * the page attached to an empty element, misspelt right after another element's text, in dotted
 * initials, misspelt next to a name word, in a table cell, and in rows the page adds later.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveContentFixtures, type ContentFixtures } from './content-helpers';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { includesAll, paintedTexts } from './harness/highlights';
import { waitFor } from './harness/wait';

const PAGE = 'content-lists.html';
const FOUND = [
  'Brigthway Holdings Sdn Bhd', // misspelt, right after "Leeds" in the item's text
  'F.G.V. Holdings Berhad', // dotted initials
  'Hoshine Silicon Industry Co., Ltd.', // in the component's shadow root
  'Hoshnie Silicon Industry Co., Ltd.', // misspelt next to a name word
  'Supermax Corporation Berhad', // in a shadow root on an empty <div>
  'Top Glove Corporation Bhd', // a table cell
].sort();
const ADDED = 'Sime Darby Plantation Berhad';

interface AnyPage {
  frames(): Array<{ evaluate(fn: never): Promise<never> }>;
  evaluate<T>(fn: () => T): Promise<T>;
}

async function checkPage(page: AnyPage): Promise<void> {
  const texts = await waitFor(() => paintedTexts(page as never), includesAll(FOUND));
  expect(texts).toEqual(FOUND);
  await page.evaluate(() => (window as unknown as { addRows(): void }).addRows());
  const after = await waitFor(() => paintedTexts(page as never), includesAll([ADDED]));
  expect(after).toEqual([...FOUND, ADDED].sort());
  expect(await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors)).toEqual([]);
}

let fixtures: ContentFixtures;

beforeAll(async () => {
  fixtures = await serveContentFixtures();
});

afterAll(async () => {
  await fixtures?.close();
});

describe('Chromium content script: long lists', () => {
  let chromium: ChromiumWithExtension;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => chromium?.close());

  it('finds the names list items hold in shadow roots, misspelt or run into other text, and in rows added later', async () => {
    const page = await chromium.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(fixtures.pages.url(PAGE));
    await checkPage(page as unknown as AnyPage);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Firefox content script: long lists', () => {
  let firefox: Awaited<ReturnType<typeof launchFirefox>>;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => firefox?.close());

  it('finds the names list items hold in shadow roots, misspelt or run into other text, and in rows added later', async () => {
    const page = await firefox.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(fixtures.pages.url(PAGE));
    await checkPage(page as unknown as AnyPage);
    expect(errors).toEqual([]);
    await page.close();
  });
});
