/**
 * The top frame's screen-reader summary counts the whole tab: listed companies named in the page,
 * in a same-origin frame and in a cross-origin frame, each company once — the number on the
 * toolbar badge (the background sends it to the top frame whenever the tab's findings change).
 * The harness reads the closed shadow root through DevTools in Chromium and through WebDriver
 * BiDi in Firefox ESR (harness/closed-roots.ts); page scripts reach neither.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveContentFixtures, type ContentFixtures } from './content-helpers';
import { cdpOf, ui } from './harness/closed-roots';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';
import { includesAll, readHighlights } from './harness/highlights';
import { waitFor } from './harness/wait';

/** content-summary-frames.html: what each frame names, and what the tab shows. */
const FRAMES = {
  page: 'content-summary-frames.html',
  top: ['Brightway Holdings Sdn Bhd', 'Supermax Corporation Berhad'],
  // quote-preview.html (same origin) names Brightway again; quote-cross.html (the other origin) Hoshine.
  all: ['Brightway Holdings Sdn Bhd', 'Hoshine Silicon Industry Co., Ltd.', 'Supermax Corporation Berhad'],
  // The "award" frame the page adds later (portal-table.html, the other origin).
  added: ['Hefei Bitland Information Technology Co., Ltd.', 'Sime Darby Plantation Berhad', 'TOP GLOVE CORPORATION BHD'],
};

const summaryText = (count: number): string =>
  count === 1 ? '1 supplier on this page is on US forced-labour import lists' : `${count} suppliers on this page are on US forced-labour import lists`;

let fixtures: ContentFixtures;

beforeAll(async () => {
  fixtures = await serveContentFixtures();
});

afterAll(async () => {
  await fixtures?.close();
});

/** The live region's text, read in the summary's closed shadow root ('' before it exists). */
async function liveText(page: TestPage): Promise<string> {
  const summary = (await page.closedRoots()).find((r) => r.host === 'WRO-CHECK-SUMMARY');
  if (!summary) return '';
  return summary.call<string>("function () { return this.querySelector('[role=status]')?.textContent ?? ''; }");
}

describe.each(BROWSERS)('in %s: the live summary counts every frame of the tab', (_name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension(kind);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('says the distinct count over the page and its same- and cross-origin frames, as the toolbar badge does', async () => {
    const page = await ext.newPage(`${fixtures.pages.url(FRAMES.page)}?other=${encodeURIComponent(fixtures.other.origin)}`);
    expect(await page.waitForPainted(includesAll(FRAMES.all))).toEqual(FRAMES.all);
    // The top frame alone names two of them: a top-frame count would say 2, a sum over frames 4.
    expect(Object.values(await page.evaluate(readHighlights)).flat().sort()).toEqual(FRAMES.top);
    expect(page.frames().some((f) => f.url().startsWith(fixtures.other.origin))).toBe(true);

    const tabId = await ext.tabIdOf(page);
    const badge = await waitFor(() => ext.badgeText(tabId), (b) => b === '3');
    const text = await waitFor(() => liveText(page), (t) => t === summaryText(3));
    expect(badge).toBe('3');
    expect(text).toBe(summaryText(Number(badge)));

    // One summary, in the top frame: the frames' content scripts add none.
    const frames = page.frames().slice(1);
    expect(frames.length).toBeGreaterThanOrEqual(2);
    for (const frame of frames) {
      expect(await frame.evaluate(() => document.querySelectorAll('[data-wro-check-ui="summary"]').length)).toBe(0);
    }
    expect(await page.count(ui('summary'))).toBe(1);
    if (kind === 'chromium') {
      // As a screen reader gets it: Chromium's accessibility tree has the one live region.
      const { nodes } = await (await cdpOf(page.playwright)).send('Accessibility.getFullAXTree', {});
      expect(nodes.filter((n) => n.role?.value === 'status')).toHaveLength(1);
    }

    // A frame added later (the top frame's own findings do not change): badge and summary follow.
    await page.click('#add');
    const more = [...FRAMES.all, ...FRAMES.added].sort();
    expect(await page.waitForPainted(includesAll(more))).toEqual(more);
    const after = await waitFor(() => ext.badgeText(tabId), (b) => b === '6');
    expect(after).toBe('6');
    expect(await waitFor(() => liveText(page), (t) => t === summaryText(6))).toBe(summaryText(Number(after)));
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
