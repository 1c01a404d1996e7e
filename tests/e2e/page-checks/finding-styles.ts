/**
 * The four finding styles differ by more than colour in Chromium and in Firefox ESR
 * (finding-styles.html: one name of each). Their underlines are read off the screen, not off the
 * style sheet: the page takes the decoration away, and the pixels that change under each painted
 * name are its underline. Each must be there, across the name, and each must have a shape of its
 * own (solid, dashed, dotted, wavy), so that without colour the four still differ.
 */
import { expect } from 'vitest';
import type { AnyPage, PageCheck } from '../content-helpers';
import { decorationShape, type Box } from '../harness/decoration';
import { includesAll, paintedTexts } from '../harness/highlights';
import { readPng, type Pixels } from '../harness/png';
import { waitFor } from '../harness/wait';

const PAINTED = {
  active: 'Hoshine Silicon Industry Co., Ltd.',
  unknown: 'Tangshan Sunfar Silicon Company',
  lifted: 'Sime Darby Plantation Berhad',
  possible: 'Brigthway Holdings Sdn Bhd',
};

type Screenshots = AnyPage & { screenshot(): Promise<Uint8Array> };

/** Each highlight name's one range, as a box in the viewport. */
function boxes(): { boxes: Record<string, Box>; width: number } {
  const out: Record<string, Box> = {};
  CSS.highlights.forEach((highlight, name) =>
    highlight.forEach((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const { left, top, width, height } = range.getBoundingClientRect();
      out[name] = { left, top, width, height };
    }),
  );
  return { boxes: out, width: innerWidth };
}

async function checkPage(page: AnyPage): Promise<void> {
  const shots = page as Screenshots;
  const texts = await waitFor(() => paintedTexts(page as never), includesAll(Object.values(PAINTED)));
  expect(texts).toEqual(Object.values(PAINTED).sort());
  const { boxes: painted, width } = await page.evaluate(boxes);
  const shot = async (): Promise<Pixels> => readPng(await shots.screenshot());
  const withUnderlines = await shot();
  // The page's own rule, !important, outranks ours: the same page without any underline.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = ['active', 'unknown', 'lifted', 'possible'].map((c) => `::highlight(wro-${c})`).join(', ') + ' { text-decoration: none !important; }';
    document.head.append(style);
  });
  const without = await waitFor(shot, (s) => s.data.some((v, i) => v !== withUnderlines.data[i]));
  const scale = withUnderlines.width / width;
  const shapes = Object.fromEntries(Object.keys(PAINTED).map((cls) => [cls, decorationShape(withUnderlines, without, painted[`wro-${cls}`]!, scale)]));
  for (const shape of Object.values(shapes)) expect(shape.covered, JSON.stringify(shapes)).toBeGreaterThan(0.4);
  expect(Object.fromEntries(Object.entries(shapes).map(([cls, s]) => [cls, s.kind])), JSON.stringify(shapes)).toEqual({
    active: 'solid',
    unknown: 'dashed',
    lifted: 'dotted',
    possible: 'wavy',
  });
}

export const check: PageCheck = {
  suite: 'the four finding styles',
  test: 'draw four underlines of different shapes, not only different colours',
  page: 'finding-styles.html',
  run: checkPage,
};
