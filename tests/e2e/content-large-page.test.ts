/**
 * A very large page (a supplier directory of thousands of rows inside a scrolling panel): badges go
 * in one layer outside the page's table (BadgeOverlay), so the table is never laid out again for
 * them. They must still stand beside their names, follow them when the panel scrolls or content
 * opens above it, and work by keyboard like inline badges.
 */
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { KeyInput, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeElementName, AXE_ON_COPY, AXE_SOURCE, closedRoots, inClosedRoot, tabTo } from './content-helpers';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { includesAll, paintedTexts } from './harness/highlights';
import { FIXTURE_PAGES, serveFixtures, type FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';

const ROWS = 4_500;
/** Names of companies on the bundled list, as the page writes them, one every 900 rows. */
const LISTED = ['Supermax Corporation Bhd.', 'Top Glove Corporation Bhd', 'Smart Glove Corporation Sdn Bhd', 'YTY Industry Holdings Sdn Bhd', 'FGV Holdings Berhad'];
const listedRow = (i: number): number => i * 900 + 450;

/** The page: a header, then the directory in a panel of its own that scrolls (as e-sourcing suites lay out). */
function directoryPage(): string {
  const rows: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const k = LISTED.findIndex((_, j) => listedRow(j) === i);
    const name = k >= 0 ? LISTED[k] : `Northgate Supplies ${i} Ltd`;
    rows.push(`<tr id="r${i}"><td>${name}</td><td>${i} High Street, Leeds</td><td>Medical consumables</td><td>0113 496 ${String(i).padStart(4, '0')}</td></tr>`);
  }
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Large directory</title>
<link rel="stylesheet" href="portal.css">
<style>#panel { height: 480px; overflow: auto; border: 1px solid #b1b4b6; } td:first-child { width: 40%; }</style></head>
<body><header class="portal">Supplier directory</header><main><h1>Registered suppliers</h1>
<div id="panel"><table id="directory"><tbody>${rows.join('')}</tbody></table></div></main></body></html>`;
}

let dir: string;
let server: FixtureServer;
let chromium: ChromiumWithExtension;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wro-large-page-'));
  writeFileSync(join(dir, 'large.html'), directoryPage());
  copyFileSync(join(FIXTURE_PAGES, 'portal.css'), join(dir, 'portal.css'));
  server = await serveFixtures(dir);
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  await page.goto(server.url('large.html'));
  cdp = await page.context().newCDPSession(page);
  await waitFor(() => paintedTexts(page), includesAll(LISTED));
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The on-screen box of the name in the first cell of row `id`. */
const nameBox = (id: string): Promise<Box> =>
  page.evaluate((rowId) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(`#${rowId} td`) as Element);
    const { left, right, top, bottom } = range.getBoundingClientRect();
    return { left, right, top, bottom };
  }, id);

async function layerRoot() {
  const roots = await closedRoots(cdp);
  const layer = roots.find((r) => r.host === 'WRO-CHECK-LAYER');
  if (!layer) throw new Error(`no badge layer among ${roots.map((r) => r.host).join(', ')}`);
  return layer;
}

/** Each badge in the layer: its accessible label and on-screen box. */
async function layerBadges(): Promise<Array<Box & { label: string; hidden: boolean }>> {
  return inClosedRoot(cdp, await layerRoot(), `function () {
    return [...this.querySelectorAll('button')].map((b) => {
      const { left, right, top, bottom } = b.getBoundingClientRect();
      return { label: b.getAttribute('aria-label'), hidden: b.hidden, left, right, top, bottom };
    });
  }`);
}

/** The badge for `name` stands just after it, on its line. */
function besideName(badge: Box, name: Box): boolean {
  const middle = (badge.top + badge.bottom) / 2;
  return Math.abs(badge.left - (name.right + 4)) <= 2 && middle >= name.top && middle <= name.bottom;
}

const badgeFor = async (name: string) => (await layerBadges()).find((b) => b.label.includes(name));

describe('Chromium content script on a very large page', () => {
  it('puts every badge in one layer outside the table, each beside its name', async () => {
    const badges = await waitFor(layerBadges, (b) => b.length === LISTED.length);
    expect(badges.map((b) => b.label.split(',')[0]).sort()).toEqual(LISTED.map((n) => `WRO Check: ${n}`).sort());
    // Nothing of ours inside the page's table.
    expect(await page.evaluate(() => document.querySelectorAll('#directory [data-wro-check-ui]').length)).toBe(0);
    await page.evaluate(() => document.querySelector('#r450')?.scrollIntoView({ block: 'center' }));
    const placed = await waitFor(async () => [await badgeFor(LISTED[0] as string), await nameBox('r450')] as const, ([b, n]) => b !== undefined && besideName(b, n));
    expect(besideName(placed[0] as Box, placed[1])).toBe(true);
    // The names scrolled out of the panel have no badge floating over the page, nor stretching it.
    const others = await layerBadges();
    expect(others.filter((b) => b.hidden).map((b) => b.label.split(',')[0])).toEqual(LISTED.slice(1).map((n) => `WRO Check: ${n}`));
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(1500);
  });

  it('follows its name when the panel scrolls and when content opens above it', async () => {
    await page.evaluate(() => document.querySelector('#panel')?.scrollBy(0, 120));
    const scrolled = await waitFor(async () => [await badgeFor(LISTED[0] as string), await nameBox('r450')] as const, ([b, n]) => b !== undefined && besideName(b, n));
    expect(besideName(scrolled[0] as Box, scrolled[1])).toBe(true);
    // A notice opens above the panel: everything in it moves down.
    await page.evaluate(() => window.scrollTo(0, 0));
    const before = await nameBox('r450');
    await page.evaluate(() => {
      const notice = document.createElement('p');
      notice.textContent = 'Prices on this page were updated today.';
      notice.style.height = '90px';
      document.querySelector('#panel')?.before(notice);
    });
    const moved = await waitFor(async () => [await badgeFor(LISTED[0] as string), await nameBox('r450')] as const, ([b, n]) => b !== undefined && n.top > before.top && besideName(b, n));
    expect(moved[1].top).toBeGreaterThan(before.top);
    expect(besideName(moved[0] as Box, moved[1])).toBe(true);
  });

  it('reaches a layer badge by keyboard, opens its card, and Esc returns focus to it', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const activeTag = () => page.evaluate(activeElementName);
    expect(await tabTo((k) => page.keyboard.press(k), activeTag, 'wro-check-layer')).toBe(true);
    await page.keyboard.press('Enter');
    await waitFor(activeTag, (tag) => tag === 'wro-check-card');
    const [card] = (await closedRoots(cdp)).filter((r) => r.host === 'WRO-CHECK-CARD');
    const text = await inClosedRoot<string>(cdp, card!, 'function () { return this.textContent; }');
    expect(text).toContain(LISTED[0]);
    await page.keyboard.press('Escape');
    expect(await waitFor(activeTag, (tag) => tag === 'wro-check-layer')).toBe('wro-check-layer');
  });

  it('passes axe-core on the layer of badges', async () => {
    await page.addScriptTag({ content: AXE_SOURCE });
    const result = await inClosedRoot<{ violations: string[]; passes: string[] }>(cdp, await layerRoot(), AXE_ON_COPY);
    expect(result.violations).toEqual([]);
    expect(result.passes).toContain('button-name');
  });
});

/**
 * Firefox: page scripts cannot read into the layer's closed root, but hit-testing can: the point
 * just after a name, on its line, must be one of our badges (the layer host, as the page sees it).
 */
describe('Firefox content script on a very large page', () => {
  let firefox: Awaited<ReturnType<typeof launchFirefox>>;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => firefox?.close());

  /** What the page finds at the middle of where the badge for row `id`'s name should stand. */
  const atBadgePlace = (ffPage: FirefoxPage, id: string) =>
    ffPage.evaluate((rowId) => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(`#${rowId} td`) as Element);
      const box = range.getBoundingClientRect();
      const at = document.elementFromPoint(box.right + 4 + 12, (box.top + box.bottom) / 2);
      const kind = at?.getAttribute('data-wro-check-ui');
      return kind ? `wro-check-${kind}` : (at?.localName ?? null);
    }, id);

  it('puts badges in the layer beside their names, following a panel scroll, and opens a card by keyboard', async () => {
    const ffPage = await firefox.newPage();
    const errors: string[] = [];
    ffPage.on('pageerror', (e) => errors.push(String(e)));
    await ffPage.goto(server.url('large.html'));
    await waitFor(() => paintedTexts(ffPage), includesAll(LISTED));
    expect(await ffPage.evaluate(() => document.querySelectorAll('#directory [data-wro-check-ui]').length)).toBe(0);
    await ffPage.evaluate(() => document.querySelector('#r450')?.scrollIntoView({ block: 'center' }));
    expect(await waitFor(() => atBadgePlace(ffPage, 'r450'), (tag) => tag === 'wro-check-layer')).toBe('wro-check-layer');
    await ffPage.evaluate(() => document.querySelector('#panel')?.scrollBy(0, 120));
    expect(await waitFor(() => atBadgePlace(ffPage, 'r450'), (tag) => tag === 'wro-check-layer')).toBe('wro-check-layer');
    const activeTag = () => ffPage.evaluate(activeElementName);
    expect(await tabTo((k) => ffPage.keyboard.press(k as KeyInput), activeTag, 'wro-check-layer')).toBe(true);
    await ffPage.keyboard.press('Enter');
    expect(await waitFor(activeTag, (tag) => tag === 'wro-check-card')).toBe('wro-check-card');
    await ffPage.keyboard.press('Escape');
    expect(await waitFor(activeTag, (tag) => tag === 'wro-check-layer')).toBe('wro-check-layer');
    expect(errors).toEqual([]);
    await ffPage.close();
  });
});
