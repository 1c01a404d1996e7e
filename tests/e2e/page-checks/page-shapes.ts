/**
 * Page shapes that hid names from the scanner (issue #14), in Chromium and Firefox
 * (content-page-shapes.html):
 * - elements the browser renders as a break but whose text is not there (`<br>`, `<img>`, `<svg>`,
 *   `<input>`, `<canvas>`, `<hr>`) end a name; `<wbr>` does not; a footnote mark in `<sup>` does
 *   not run into the name before it;
 * - text buyers see that was skipped: button labels in an SPA's results, a pasted email in `<pre>`,
 *   `<code>`, a quote form's read-only and disabled fields, read-only textarea and selected option
 *   (badged beside the control, whose card opens by keyboard), a `contenteditable="false"` block and
 *   chip inside an editor (the editor's own text stays unread), and about:blank and srcdoc frames;
 * - the buyer's own fields, unselected options, password and hidden inputs and the decoys are not flagged.
 */
import { expect } from 'vitest';
import { activeElementName, type AnyPage, type PageCheck } from '../content-helpers';
import { includesAll, paintedTexts } from '../harness/highlights';
import { waitFor } from '../harness/wait';

const PAGE = 'content-page-shapes.html';

/** Painted in the page itself. */
const TOP = [
  'Top Glove Corporation Bhd', // <br> after the name
  'Supermax Corporation Berhad', // <br> before the name
  'Hoshine Silicon Industry Co., Ltd.', // <img> before
  'Union Kogyo Co., Ltd.', // <svg> icon before
  'Yili Zhuowan Garment Manufacturing Co., Ltd.', // <input type=checkbox> before
  'Baoding LYSZD Trade and Business Co., Ltd.', // <canvas> before
  'Natchi Apparel (P) Ltd.', // split by <wbr>: one word
  'Hetian Taida Apparel', // a footnote mark in <sup> right after
  'Tangshan Sanyou Group', // [2] in <sup> right after
  'Smart Glove Corporation Sdn Bhd', // <hr> after
  'Sime Darby Plantation Berhad', // an SPA's button label
  'Xinjiang Junggar Cotton and Linen Co., Ltd.', // a button label split by <mark>
  'Brightway Holdings Sdn Bhd', // pasted email in <pre>
  'Hefei Bitland Information Technology Co., Ltd.', // <code>
  'Zhuhai Apex Microelectronics Co., Ltd.', // contenteditable=false chip in an editor
  'Lop County Meixin Hair Products Co., Ltd.', // inside a contenteditable=false block in an editor
];
/** Painted in the frames, by the marker element each frame holds. */
const FRAMES: Record<string, string> = {
  w: 'Hubei Yinfeng Cotton Co., Ltd.', // about:blank, document.write
  d: 'Xinjiang East Hope Nonferrous Metals Co., Ltd.', // about:blank, DOM calls
  s: 'Hongyuan Green Energy Co., Ltd.', // srcdoc
};
const PAINTED = [...TOP, ...Object.values(FRAMES)].sort();
/** Where the badges of the names painted in the page stand (the ids of their cells, the editor, …). */
const PLACES = [
  'award-br-after', 'award-br-before', 'award-img', 'award-svg', 'award-input', 'award-canvas', 'award-wbr', 'award-sup', 'award-hr',
  'results', 'email', 'code-line', 'editor',
];
/** Form controls whose value names a listed company: a badge must stand right after each. */
const CONTROLS = ['q-maker', 'q-mill', 'q-dye', 'q-notes', 'q-yarn', 'q-line'];
/** Never flagged: the buyer's own fields and editor text, an unselected option, password and hidden values, look-alikes. */
const DECOYS = [
  'Hero', 'Vast Group', 'Super-Max', 'Northgate', 'Zhuhai Pantum', 'Shanghai Select', 'Western Gold', 'Tianjin Tianwei',
  'Jiangsu Meike', 'Xinjiang Daqo', 'Xinjiang Zhongtai', 'Northwood', 'Solent',
];

interface PageView {
  /** Ids of the controls followed by a badge (or whose label is, for a control inside its label). */
  besideControls: string[];
  /** Ids of elements whose next sibling is a badge, among those that must have none. */
  wrongPlaces: string[];
  /** Badges inside elements they must stay out of (buttons, the editor). */
  inside: number;
  /** Badges after the editor (its read-only chip and block). */
  afterEditor: number;
  /** Where each badge stands: the id of the element it follows (a label: its control's), else of its nearest ancestor with one. */
  places: string[];
  /** The form's values, as the page reads them: the scanner never writes them. */
  values: string[];
  pageErrors: string[];
}

function readPage(controls: string[]): PageView {
  const isBadge = (el: Element | null | undefined) => el?.getAttribute('data-wro-check-ui') === 'badge';
  const anchor = (id: string) => {
    const control = document.getElementById(id);
    return control?.closest('label') ?? control;
  };
  const wrong = ['q-secret', 'q-typing', 'plain-editor', 'decoy-br', ...(controls.includes('q-edit') ? [] : ['q-edit'])];
  let afterEditor = 0;
  for (let n = document.getElementById('editor')?.nextElementSibling; isBadge(n); n = n?.nextElementSibling) afterEditor++;
  return {
    besideControls: controls.filter((id) => isBadge(anchor(id)?.nextElementSibling)),
    wrongPlaces: wrong.filter((id) => isBadge(document.getElementById(id)?.nextElementSibling)),
    inside: document.querySelectorAll('button [data-wro-check-ui="badge"], #editor [data-wro-check-ui="badge"]').length,
    afterEditor,
    places: [...new Set([...document.querySelectorAll('[data-wro-check-ui="badge"]')].map((badge) => {
      let before = badge.previousElementSibling;
      while (isBadge(before)) before = before?.previousElementSibling ?? null;
      if (before?.localName === 'label') return before.querySelector('[id]')?.id ?? '';
      return before?.id || badge.closest('[id]')?.id || '';
    }))].sort(),
    values: [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('#quote input, #quote textarea, #quote select')].map((c) => c.value),
    pageErrors: (window as unknown as { pageErrors: string[] }).pageErrors,
  };
}

/** Each frame's marker id and painted texts. */
function readFrame(): { marker: string; texts: string[] } {
  const marker = document.querySelector('#w, #d, #s')?.id ?? '';
  const texts: string[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('wro-')) return;
    highlight.forEach((range) => {
      const r = document.createRange();
      r.setStart(range.startContainer, range.startOffset);
      r.setEnd(range.endContainer, range.endOffset);
      texts.push(r.toString());
    });
  });
  return { marker, texts };
}

/** Both drivers' pages share these for the keyboard steps. */
interface KeyPage extends AnyPage {
  focus(selector: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
  evaluate<T>(fn: () => T): Promise<T>;
}

const activeTag = (page: KeyPage) => () => page.evaluate(activeElementName);

/** From the control, Tab reaches its badge; Enter opens the card; Esc returns focus to the badge. */
async function openCardBeside(page: KeyPage, id: string): Promise<void> {
  await page.focus(`#${id}`);
  await page.keyboard.press('Tab');
  expect(await activeTag(page)()).toBe('wro-check-badge');
  const beside = (control: string) => {
    const element = document.getElementById(control);
    return document.activeElement === (element?.closest('label') ?? element)?.nextElementSibling;
  };
  expect(await page.evaluate(beside, id)).toBe(true);
  await page.keyboard.press('Enter');
  expect(await waitFor(activeTag(page), (tag) => tag === 'wro-check-card')).toBe('wro-check-card');
  await page.keyboard.press('Escape');
  expect(await waitFor(activeTag(page), (tag) => tag === 'wro-check-badge')).toBe('wro-check-badge');
}

async function checkPage(anyPage: AnyPage): Promise<void> {
  const page = anyPage as KeyPage;
  const texts = await waitFor(() => paintedTexts(page as never), includesAll(PAINTED));
  expect(texts).toEqual(PAINTED);
  for (const decoy of DECOYS) expect(texts.join('|')).not.toContain(decoy);

  // Each frame is scanned on its own: about:blank (written, built) and srcdoc.
  const frames = await Promise.all(page.frames().map((f) => (f as unknown as { evaluate(fn: typeof readFrame): Promise<ReturnType<typeof readFrame>> }).evaluate(readFrame).catch(() => undefined)));
  const byMarker = Object.fromEntries(frames.filter((f) => f?.marker).map((f) => [f?.marker, f?.texts]));
  expect(byMarker).toEqual(Object.fromEntries(Object.entries(FRAMES).map(([marker, name]) => [marker, [name]])));

  const view = await waitFor(() => page.evaluate(readPage, CONTROLS), (v) => v.besideControls.length === CONTROLS.length);
  expect(view.besideControls).toEqual(CONTROLS);
  expect(view.wrongPlaces).toEqual([]);
  expect(view.inside).toBe(0);
  expect(view.afterEditor).toBe(2);
  // Badges beside each name painted in the page and each control, and nowhere else.
  expect(view.places).toEqual([...PLACES, ...CONTROLS].sort());
  expect(view.pageErrors).toEqual([]);

  await openCardBeside(page, 'q-maker');
  await openCardBeside(page, 'q-yarn');
  await openCardBeside(page, 'q-notes');

  // Reading the form wrote nothing into it.
  const after = await page.evaluate(readPage, CONTROLS);
  expect(after.values).toEqual(view.values);
  expect(after.values).toContain('Camel Group Co., Ltd.');

  // The buyer picks another option: the badge follows what the select shows.
  const choose = (index: number) => page.evaluate((i) => {
    const select = document.getElementById('q-yarn') as HTMLSelectElement;
    select.selectedIndex = i;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, index);
  const beside = (id: string) => () => page.evaluate(readPage, [id]).then((v) => v.besideControls.length === 1);
  await choose(0);
  expect(await waitFor(beside('q-yarn'), (b) => !b)).toBe(false);
  await choose(1);
  expect(await waitFor(beside('q-yarn'), (b) => b)).toBe(true);
  // The page locks the buyer's own field (submitted), then unlocks it: read while locked only.
  const lock = (locked: boolean) => page.evaluate((on) => document.getElementById('q-edit')?.toggleAttribute('readonly', on), locked);
  await lock(true);
  expect(await waitFor(beside('q-edit'), (b) => b)).toBe(true);
  await lock(false);
  expect(await waitFor(beside('q-edit'), (b) => !b)).toBe(false);
  expect((await page.evaluate(readPage, CONTROLS)).values).toEqual(view.values);
}

export const check: PageCheck = {
  suite: 'page shapes',
  test: 'reads names across breaks, in buttons, pre, code, read-only fields, non-editable blocks and about:blank frames, and no decoy',
  page: PAGE,
  run: checkPage,
};
