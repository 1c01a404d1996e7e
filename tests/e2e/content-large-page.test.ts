/**
 * A very large page (a supplier directory of thousands of rows inside a scrolling panel): badges go
 * in one layer outside the page's table (BadgeOverlay), so the table is never laid out again for
 * them. They must still stand beside their names, follow them when the panel scrolls or content
 * opens above it, and work by keyboard like inline badges. In Chromium and Firefox ESR.
 */
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabTo } from './content-helpers';
import { AXE_ON_COPY, type AxeOnCopy, type ClosedRoot } from './harness/closed-roots';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';
import { includesAll } from './harness/highlights';
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

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wro-large-page-'));
  writeFileSync(join(dir, 'large.html'), directoryPage());
  copyFileSync(join(FIXTURE_PAGES, 'portal.css'), join(dir, 'portal.css'));
  server = await serveFixtures(dir);
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The badge for `name` stands just after it, on its line. */
function besideName(badge: Box, name: Box): boolean {
  const middle = (badge.top + badge.bottom) / 2;
  return Math.abs(badge.left - (name.right + 4)) <= 2 && middle >= name.top && middle <= name.bottom;
}

describe.each(BROWSERS)('in %s: content script on a very large page', (_name, kind) => {
  let ext: ExtensionBrowser;
  let page: TestPage;

  beforeAll(async () => {
    ext = await launchExtension(kind);
    page = await ext.newPage(server.url('large.html'));
    await page.waitForPainted(includesAll(LISTED));
    await page.waitForScan();
  });

  afterAll(async () => {
    await ext?.close();
  });

  /** The on-screen box of the name in the first cell of row `id`. */
  const nameBox = (id: string): Promise<Box> =>
    page.evaluate((rowId) => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(`#${rowId} td`) as Element);
      const { left, right, top, bottom } = range.getBoundingClientRect();
      return { left, right, top, bottom };
    }, id);

  async function layerRoot(): Promise<ClosedRoot> {
    const roots = await page.closedRoots();
    const layer = roots.find((r) => r.host === 'WRO-CHECK-LAYER');
    if (!layer) throw new Error(`no badge layer among ${roots.map((r) => r.host).join(', ')}`);
    return layer;
  }

  /** Each badge in the layer: its accessible label and on-screen box. */
  async function layerBadges(): Promise<Array<Box & { label: string; hidden: boolean }>> {
    return (await layerRoot()).call(`function () {
      return [...this.querySelectorAll('button')].map((b) => {
        const { left, right, top, bottom } = b.getBoundingClientRect();
        return { label: b.getAttribute('aria-label'), hidden: b.hidden, left, right, top, bottom };
      });
    }`);
  }

  const badgeFor = async (name: string) => (await layerBadges()).find((b) => b.label.includes(name));

  /** What the page itself finds (hit-testing) where the badge for row `id`'s name should stand. */
  const atBadgePlace = (id: string) =>
    page.evaluate((rowId) => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(`#${rowId} td`) as Element);
      const box = range.getBoundingClientRect();
      const at = document.elementFromPoint(box.right + 4 + 12, (box.top + box.bottom) / 2);
      const kind = at?.getAttribute('data-wro-check-ui');
      return kind ? `wro-check-${kind}` : (at?.localName ?? null);
    }, id);

  it('puts every badge in one layer outside the table, each beside its name', async () => {
    const badges = await waitFor(layerBadges, (b) => b.length === LISTED.length);
    expect(badges.map((b) => b.label.split(',')[0]).sort()).toEqual(LISTED.map((n) => `WRO Check: ${n}`).sort());
    // Nothing of ours inside the page's table.
    expect(await page.evaluate(() => document.querySelectorAll('#directory [data-wro-check-ui]').length)).toBe(0);
    await page.evaluate(() => document.querySelector('#r450')?.scrollIntoView({ block: 'center' }));
    const placed = await waitFor(async () => [await badgeFor(LISTED[0] as string), await nameBox('r450')] as const, ([b, n]) => b !== undefined && besideName(b, n));
    expect(besideName(placed[0] as Box, placed[1])).toBe(true);
    // The page's own hit-testing finds the layer there.
    expect(await waitFor(() => atBadgePlace('r450'), (tag) => tag === 'wro-check-layer')).toBe('wro-check-layer');
    // The names scrolled out of the panel have no badge floating over the page, nor stretching it.
    const others = await layerBadges();
    expect(others.filter((b) => b.hidden).map((b) => b.label.split(',')[0])).toEqual(LISTED.slice(1).map((n) => `WRO Check: ${n}`));
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(1500);
  });

  it('follows its name when the panel scrolls and when content opens above it', async () => {
    await page.evaluate(() => document.querySelector('#panel')?.scrollBy(0, 120));
    const scrolled = await waitFor(async () => [await badgeFor(LISTED[0] as string), await nameBox('r450')] as const, ([b, n]) => b !== undefined && besideName(b, n));
    expect(besideName(scrolled[0] as Box, scrolled[1])).toBe(true);
    expect(await waitFor(() => atBadgePlace('r450'), (tag) => tag === 'wro-check-layer')).toBe('wro-check-layer');
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
    const activeTag = () => page.activeTag();
    expect(await tabTo((k) => page.press(k), activeTag, 'wro-check-layer')).toBe(true);
    await page.press('Enter');
    await waitFor(activeTag, (tag) => tag === 'wro-check-card');
    const [card] = (await page.closedRoots()).filter((r) => r.host === 'WRO-CHECK-CARD');
    expect(await card!.call<string>('function () { return this.textContent; }')).toContain(LISTED[0]);
    await page.press('Escape');
    expect(await waitFor(activeTag, (tag) => tag === 'wro-check-layer')).toBe('wro-check-layer');
    expect(page.errors).toEqual([]);
  });

  it('passes axe-core on the layer of badges', async () => {
    await page.addAxe();
    const result = await (await layerRoot()).call<AxeOnCopy>(AXE_ON_COPY);
    expect(result.violations).toEqual([]);
    expect(result.checkedNodes).toBeGreaterThan(0);
    expect(result.passes).toContain('button-name');
  });
});
