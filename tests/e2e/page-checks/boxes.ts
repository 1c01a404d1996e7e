/**
 * Closed shadow roots and CSS boxes, in Chromium and Firefox (content-boxes.html):
 * - names inside a web component's CLOSED shadow root (one defined at load, one defined later, and
 *   text the component adds afterwards) are highlighted, styled and badged inside that root;
 * - spans the page's CSS lays out as separate boxes (flex, grid, table-cell, inline-block) are not
 *   glued into a listed name, while names split by inline markup (or through display: contents)
 *   inside one box still are, and an alias alone in its cell is still found (a name without its
 *   place, alone in its cell, as a possible match).
 */
import { expect } from 'vitest';
import type { AnyPage, PageCheck } from '../content-helpers';
import { includesAll, paintedTexts } from '../harness/highlights';
import { waitFor } from '../harness/wait';

const PAGE = 'content-boxes.html';
const CARD = 'Xinjiang Junggar Cotton and Linen Co., Ltd.';
const LATE = 'Yili Zhuowan Garment Manufacturing Co., Ltd.';
const ADDED = 'Baoding LYSZD Trade and Business Co., Ltd.';
/** Everything the page must show painted before it changes; nothing else (the cell decoys). */
const HIGHLIGHTED = [
  'Brightway Holdings Sdn Bhd', // split through display: contents
  CARD, // closed root
  'Hefei Bitland Information Technology Co., Ltd.', // split by <b> inside one flex cell
  'Kingtom', // an alias alone in its grid cell (the full name would cross into the next cell)
  'Sunfar Silicon Company', // the name without its place, alone in its table cell: a possible match
  'Union Kogyo Co., Ltd.', // split by plain inline spans
  LATE, // closed root attached after load
].sort();
/** Texts that read as listed names only when cells are glued. */
const DECOYS = ['Top Glove', 'Glove Corporation', 'Aluminio', 'Tangshan', 'Coal and Iron'];

/** What the page can see of its own closed roots and of what was painted inside them. */
interface ClosedView {
  /** Highlighted texts whose range lies in a closed root, by host id. */
  painted: Record<string, string[]>;
  /** Badges inside each closed root, by host id: the id of the element holding each. */
  badges: Record<string, string[]>;
  /** The closed root's text, as the component wrote it (badges add none). */
  text: Record<string, string>;
  /** The highlight colour the closed root's own copy of the rules gives its paragraph. */
  colour: string;
  /** Badges in the document itself: the id of the element holding each. */
  lightBadges: string[];
  pageErrors: string[];
}

function readClosed(): ClosedView {
  const w = window as unknown as { closedRoots: Record<string, ShadowRoot>; pageErrors: string[] };
  const painted: Record<string, string[]> = {};
  const badges: Record<string, string[]> = {};
  const text: Record<string, string> = {};
  const hostOf = new Map<Node, string>(Object.entries(w.closedRoots).map(([id, root]) => [root as Node, id]));
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('wro-')) return;
    highlight.forEach((range) => {
      const id = hostOf.get(range.startContainer.getRootNode());
      if (id === undefined) return;
      const r = document.createRange();
      r.setStart(range.startContainer, range.startOffset);
      r.setEnd(range.endContainer, range.endOffset);
      (painted[id] ??= []).push(r.toString());
    });
  });
  for (const [id, root] of Object.entries(w.closedRoots)) {
    badges[id] = [...root.querySelectorAll('[data-wro-check-ui="badge"]')].map((b) => b.parentElement?.id ?? '');
    text[id] = [...root.querySelectorAll('p')].map((p) => p.textContent).join('|');
  }
  const mill = w.closedRoots.card?.querySelector('#card-mill');
  return {
    painted,
    badges,
    text,
    colour: mill ? getComputedStyle(mill, '::highlight(wro-active)').backgroundColor : '',
    lightBadges: [...document.querySelectorAll('[data-wro-check-ui="badge"]')].map((b) => b.parentElement?.id ?? '').sort(),
    pageErrors: w.pageErrors,
  };
}

/** The steps shared by both browsers. */
async function checkPage(page: AnyPage): Promise<void> {
  const texts = await waitFor(() => paintedTexts(page as never), includesAll(HIGHLIGHTED));
  expect(texts).toEqual(HIGHLIGHTED);
  for (const decoy of DECOYS) expect(texts.join('|')).not.toContain(decoy);
  // The closed roots' findings are painted in those roots, badged there, in the active-order colour.
  const view = await waitFor(() => page.evaluate(readClosed), (v) => (v.badges.card?.length ?? 0) > 0 && (v.badges.late?.length ?? 0) > 0);
  expect(view.painted).toEqual({ card: [CARD], late: [LATE] });
  expect(view.badges).toEqual({ card: ['card-mill'], late: [''] });
  expect(view.colour).toBe('rgb(253, 226, 225)');
  expect(view.text).toEqual({ card: `Ginning partner: ${CARD}`, late: `Dyeing: ${LATE}` });
  expect(view.lightBadges).toEqual(['contents', 'flex-split', 'grid', 'inline', 'table-cells']);
  // The component changes its closed tree: the scanner observes the root like an open one.
  await page.evaluate(() => (window as unknown as { addToCard(): void }).addToCard());
  const after = await waitFor(() => paintedTexts(page as never), includesAll([ADDED]));
  expect(after).toEqual([...HIGHLIGHTED, ADDED].sort());
  const changed = await waitFor(() => page.evaluate(readClosed), (v) => (v.badges.card?.length ?? 0) > 1);
  expect(changed.painted.card?.sort()).toEqual([ADDED, CARD].sort());
  expect(changed.badges.card?.sort()).toEqual(['card-added', 'card-mill']);
  expect(changed.pageErrors).toEqual([]);
}

export const check: PageCheck = {
  suite: 'closed shadow roots and CSS boxes',
  test: 'reads closed roots and reads no name across boxes the page CSS made',
  page: PAGE,
  run: checkPage,
};
