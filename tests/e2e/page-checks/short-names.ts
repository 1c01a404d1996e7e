/**
 * A page that names a firm in full makes its short names and acronyms matches anywhere on it
 * (issue #14), in Chromium and Firefox (content-short-names.html): a news article that names
 * "Hoshine Silicon Industry Co., Ltd. (HSI)" once and then writes "Hoshine" and "HSI"; a short name
 * without its place and split by soft hyphens; one in a long list whose other items name no one; a
 * live update added after the scan; a name written with a Cyrillic look-alike letter. Another firm's name that begins the same way, a short name the
 * page never made good, and "United Kingdom" stay unflagged.
 */
import { expect } from 'vitest';
import type { AnyPage, PageCheck } from '../content-helpers';
import { includesAll, paintedTexts, readHighlights } from '../harness/highlights';
import { waitFor } from '../harness/wait';

const PAGE = 'content-short-names.html';
const SHY = '\u00ad';
const PAINTED = [
  'Hoshine Silicon Industry Co., Ltd.',
  'HSI',
  'Hoshine',
  `Zhuhai Pantum Elec${SHY}tron${SHY}ics Co. Ltd.`,
  `Pan${SHY}tum`,
  'Pantum',
  'T\u043ep Glove Corporation Bhd', // a Cyrillic "о"
].sort();
const DECOYS = ['Daqo', 'Brightway', 'Sunspeed', 'Kingdom', 'United'];

/** How many times each text is painted in the page. */
async function countPainted(page: AnyPage): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const text of Object.values(await page.evaluate(readHighlights)).flat()) out[text] = (out[text] ?? 0) + 1;
  return out;
}

async function checkPage(page: AnyPage): Promise<void> {
  const texts = await waitFor(() => paintedTexts(page as never), includesAll(PAINTED));
  expect(texts).toEqual(PAINTED);
  for (const decoy of DECOYS) expect(texts.join('|')).not.toContain(decoy);
  // Every mention is painted: two "Hoshine" after the full name, "HSI" at its definition and later,
  // and the Pantum printer in the catalogue list.
  expect(await countPainted(page)).toMatchObject({ Hoshine: 2, HSI: 2, Pantum: 1 });
  // A live update added later on the same page: its acronym is read too.
  await page.evaluate(() => (window as unknown as { addUpdate(): void }).addUpdate());
  const after = await waitFor(() => countPainted(page), (c) => c.HSI === 3);
  expect(after.HSI).toBe(3);
  expect(await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors)).toEqual([]);
}

export const check: PageCheck = {
  suite: 'short names on a page that named the firm in full',
  test: 'reads short names and acronyms after the full name, and text added later',
  page: PAGE,
  run: checkPage,
};
