/**
 * The top frame's screen-reader summary counts the whole tab: listed companies named in the page,
 * in a same-origin frame and in a cross-origin frame, each company once — the number on the
 * toolbar badge (the background sends it to the top frame whenever the tab's findings change).
 * Chromium reads the closed shadow root through DevTools; Firefox through WebDriver BiDi, which
 * serialises closed shadow trees for automation (`includeShadowTree: 'all'`). Page scripts reach
 * neither.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Browser as Firefox, Frame as FirefoxFrame, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedRoots, inClosedRoot, serveContentFixtures, type ContentFixtures } from './content-helpers';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { bidiOf, FIREFOX_UUID, launchFirefox } from './harness/firefox';
import { includesAll, paintedTexts, readHighlights } from './harness/highlights';
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

describe('Chromium: the live summary counts every frame of the tab', () => {
  let fixtures: ContentFixtures;
  let chromium: ChromiumWithExtension;

  beforeAll(async () => {
    fixtures = await serveContentFixtures();
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
    await fixtures?.close();
  });

  async function tabIdOf(page: Page): Promise<number> {
    return chromium.worker.evaluate(async (url: string) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1, page.url());
  }

  const badgeOf = (tabId: number) => () => chromium.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);

  /** The live region's text, read in the closed shadow root through DevTools ('' before it exists). */
  async function liveText(cdp: CDPSession): Promise<string> {
    const [summary] = (await closedRoots(cdp)).filter((r) => r.host === 'WRO-CHECK-SUMMARY');
    if (!summary) return '';
    return inClosedRoot<string>(cdp, summary, "function () { return this.querySelector('[role=status]')?.textContent ?? ''; }");
  }

  it('says the distinct count over the page and its same- and cross-origin frames, as the toolbar badge does', async () => {
    const page = await chromium.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${fixtures.pages.url(FRAMES.page)}?other=${encodeURIComponent(fixtures.other.origin)}`);
    expect(await waitFor(() => paintedTexts(page), includesAll(FRAMES.all))).toEqual(FRAMES.all);
    // The top frame alone names two of them: a top-frame count would say 2, a sum over frames 4.
    expect(Object.values(await page.mainFrame().evaluate(readHighlights)).flat().sort()).toEqual(FRAMES.top);
    expect(page.frames().some((f) => f.url().startsWith(fixtures.other.origin))).toBe(true);

    const cdp = await page.context().newCDPSession(page);
    const tabId = await tabIdOf(page);
    const badge = await waitFor(badgeOf(tabId), (b) => b === '3');
    const text = await waitFor(() => liveText(cdp), (t) => t === summaryText(3));
    expect(badge).toBe('3');
    expect(text).toBe(summaryText(Number(badge)));

    // One summary, in the top frame: the frames' content scripts add none.
    for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
      expect(await frame.evaluate(() => document.querySelectorAll('[data-wro-check-ui="summary"]').length)).toBe(0);
    }
    const statuses = (await cdp.send('Accessibility.getFullAXTree', {})).nodes.filter((n) => n.role?.value === 'status');
    expect(statuses).toHaveLength(1);

    // A frame added later (the top frame's own findings do not change): badge and summary follow.
    await page.click('#add');
    const more = [...FRAMES.all, ...FRAMES.added].sort();
    expect(await waitFor(() => paintedTexts(page), includesAll(more))).toEqual(more);
    const after = await waitFor(badgeOf(tabId), (b) => b === '6');
    expect(after).toBe('6');
    expect(await waitFor(() => liveText(cdp), (t) => t === summaryText(6))).toBe(summaryText(Number(after)));
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** A serialised DOM node, as WebDriver BiDi returns it (`script.NodeRemoteValue`'s value). */
interface BidiNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: Record<string, string>;
  children?: Array<{ value?: BidiNode }>;
  shadowRoot?: { value?: BidiNode } | null;
}

/**
 * The live region's text in the top frame, read from the browser's own serialisation of the
 * summary's host (labelled `data-wro-check-ui="summary"`) with its closed shadow tree (`browsingContext.locateNodes`).
 */
async function firefoxLiveText(page: FirefoxPage): Promise<string> {
  const bidi = bidiOf(page);
  const result = await bidi.send<{ nodes: Array<{ value?: BidiNode }> }>('browsingContext.locateNodes', {
    context: bidi.context,
    locator: { type: 'css', value: '[data-wro-check-ui="summary"]' },
    serializationOptions: { maxDomDepth: 10, includeShadowTree: 'all' },
  });
  const region = (node: BidiNode | undefined): BidiNode | undefined => {
    if (!node) return undefined;
    if (node.attributes?.role === 'status') return node;
    for (const child of [node.shadowRoot?.value, ...(node.children ?? []).map((c) => c.value)]) {
      const found = region(child);
      if (found) return found;
    }
    return undefined;
  };
  const status = region(result.nodes[0]?.value);
  return (status?.children ?? []).map((c) => c.value?.nodeValue ?? '').join('');
}

describe('Firefox: the live summary counts every frame of the tab', () => {
  let fixtures: ContentFixtures;
  let firefox: Firefox;

  beforeAll(async () => {
    fixtures = await serveContentFixtures();
    firefox = await launchFirefox({ popupOpenable: true });
  });

  afterAll(async () => {
    await firefox?.close();
    await fixtures?.close();
  });

  it('says the distinct count over the page and its same- and cross-origin frames, as the toolbar badge does', async () => {
    const page = await firefox.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = `${fixtures.pages.url(FRAMES.page)}?other=${encodeURIComponent(fixtures.other.origin)}`;
    await page.goto(url);
    expect(await waitFor(() => paintedTexts(page), includesAll(FRAMES.all))).toEqual(FRAMES.all);
    expect(Object.values(await page.mainFrame().evaluate(readHighlights)).flat().sort()).toEqual(FRAMES.top);

    // The toolbar badge, asked from an extension page (the popup's document, in a tab of its own).
    const ext = await firefox.newPage();
    const popupUrl = `moz-extension://${FIREFOX_UUID}/popup.html`;
    // Firefox's WebDriver will not navigate to an extension page: a local page does (the test copy
    // makes the popup reachable from local pages). Puppeteer does not see that navigation finish.
    await ext.goto(fixtures.pages.url(FRAMES.page));
    void ext.evaluate((to: string) => void location.assign(to), popupUrl).catch(() => undefined);
    const at = await waitFor(() => ext.evaluate(() => location.href).catch(() => ''), (href) => href === popupUrl);
    expect(at).toBe(popupUrl);
    const badge = () =>
      ext.evaluate(async (pageUrl: string) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const tab = (await api.tabs.query({})).find((t) => t.url === pageUrl);
        return tab?.id === undefined ? 'no tab' : api.action.getBadgeText({ tabId: tab.id });
      }, page.url());

    expect(await waitFor(badge, (b) => b === '3')).toBe('3');
    expect(await waitFor(() => firefoxLiveText(page), (t) => t === summaryText(3))).toBe(summaryText(3));
    const frames = page.frames().filter((f: FirefoxFrame) => f !== page.mainFrame());
    expect(frames.length).toBeGreaterThanOrEqual(2);
    for (const frame of frames) {
      expect(await frame.evaluate(() => document.querySelectorAll('[data-wro-check-ui="summary"]').length)).toBe(0);
    }

    await page.click('#add');
    const more = [...FRAMES.all, ...FRAMES.added].sort();
    expect(await waitFor(() => paintedTexts(page), includesAll(more))).toEqual(more);
    expect(await waitFor(badge, (b) => b === '6')).toBe('6');
    expect(await waitFor(() => firefoxLiveText(page), (t) => t === summaryText(6))).toBe(summaryText(6));
    expect(errors).toEqual([]);
    await ext.close();
    await page.close();
  });
});
