/**
 * Long lists, in Chromium and Firefox (content-lists.html): the scanner passes over list items
 * whose whole text names no one (its pre-filter), and must still find every name an item holds in
 * a way that text does not show plainly: inside a web component's shadow root, in a shadow root
 * the page attached to an empty element, misspelt right after another element's text, in dotted
 * initials, misspelt next to a name word, in a table cell, and in rows the page adds later.
 */
import { expect } from 'vitest';
import type { AnyPage, PageCheck } from '../content-helpers';
import { includesAll, paintedTexts } from '../harness/highlights';
import { waitFor } from '../harness/wait';

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

async function checkPage(page: AnyPage): Promise<void> {
  const texts = await waitFor(() => paintedTexts(page as never), includesAll(FOUND));
  expect(texts).toEqual(FOUND);
  await page.evaluate(() => (window as unknown as { addRows(): void }).addRows());
  const after = await waitFor(() => paintedTexts(page as never), includesAll([ADDED]));
  expect(after).toEqual([...FOUND, ADDED].sort());
  expect(await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors)).toEqual([]);
}

export const check: PageCheck = {
  suite: 'long lists',
  test: 'finds the names list items hold in shadow roots, misspelt or run into other text, and in rows added later',
  page: PAGE,
  run: checkPage,
};
