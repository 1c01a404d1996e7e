/**
 * Helpers for the content-script suites: fixture servers (one page origin, one other origin for
 * cross-origin frames) over a copy of the fixture pages with Preact beside them, one page check run
 * in both browsers, and Chromium DevTools access to the extension's closed shadow roots, which page
 * scripts cannot reach.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';
import { FIXTURE_PAGES, serveFixtures, type FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';
export { activeElementName, AXE_ON_COPY } from './harness/closed-roots';

const root = resolve(import.meta.dirname, '../..');
export const AXE_SOURCE = readFileSync(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface ContentFixtures {
  pages: FixtureServer;
  /** Same files on another port: another origin, for cross-origin frames. */
  other: FixtureServer;
  dir: string;
  close(): Promise<void>;
}

/** The fixture pages plus `vendor/preact.js` (the Preact fixture imports it), served twice. */
export async function serveContentFixtures(): Promise<ContentFixtures> {
  const dir = mkdtempSync(join(tmpdir(), 'wro-content-fixtures-'));
  cpSync(FIXTURE_PAGES, dir, { recursive: true });
  mkdirSync(join(dir, 'vendor'), { recursive: true });
  cpSync(resolve(root, 'node_modules/preact/dist/preact.mjs'), join(dir, 'vendor/preact.js'));
  const pages = await serveFixtures(dir);
  const other = await serveFixtures(dir);
  return {
    pages,
    other,
    dir,
    async close() {
      await pages.close();
      await other.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A page of either driver (Playwright or Puppeteer), as the checks below use it. */
export interface AnyPage {
  frames(): Array<{ evaluate(fn: never): Promise<never> }>;
  evaluate<T>(fn: () => T): Promise<T>;
}

/** One check of one fixture page: `run` drives the page (the driver's own page object). */
export interface PageCheck {
  suite: string;
  test: string;
  /** The fixture page, a path on the content fixture server. */
  page: string;
  run(page: AnyPage): Promise<void>;
}

/**
 * Registers each check as a test of its own, in a fresh tab of the browser `ext()` gives, on pages
 * `fixtures()` serves: the page must report no uncaught error. Call it inside a suite that
 * launches the browser (one per suite, shared by every check).
 */
export function pageChecks(checks: PageCheck[], ext: () => ExtensionBrowser, fixtures: () => ContentFixtures): void {
  for (const check of checks) {
    describe(check.suite, () => {
      it(check.test, async () => {
        const tab = await ext().newPage(fixtures().pages.url(check.page));
        await check.run(tab.raw as unknown as AnyPage);
        expect(tab.errors).toEqual([]);
        await tab.close();
      });
    });
  }
}

/**
 * Checks of fixture pages run in Chromium and in Firefox ESR ("in Chromium: content script, …"),
 * one browser of each for all of them.
 */
export function inBothBrowsers(checks: PageCheck[]): void {
  let fixtures: ContentFixtures;
  beforeAll(async () => {
    fixtures = await serveContentFixtures();
  });
  afterAll(async () => {
    await fixtures?.close();
  });

  describe.each(BROWSERS)('in %s: content script', (_name, kind) => {
    let ext: ExtensionBrowser;
    beforeAll(async () => {
      ext = await launchExtension(kind);
    });
    afterAll(async () => ext?.close());
    pageChecks(checks, () => ext, () => fixtures);
  });
}

interface ClosedRoot {
  /** The host's name: `WRO-CHECK-<KIND>` for the extension's UI (a span or div labelled `data-wro-check-ui`), else its tag. */
  host: string;
  backendNodeId: number;
}

/** A DevTools node's name as `closedRoots` gives it (see ClosedRoot.host). */
function hostName(node: { nodeName: string; attributes?: string[] }): string {
  const attributes = node.attributes ?? [];
  for (let i = 0; i < attributes.length; i += 2) {
    if (attributes[i] === 'data-wro-check-ui' && attributes[i + 1]) return `WRO-CHECK-${(attributes[i + 1] as string).toUpperCase()}`;
  }
  return node.nodeName;
}

/** The extension's closed shadow roots in the page (main frame), found through DevTools. */
export async function closedRoots(cdp: CDPSession): Promise<ClosedRoot[]> {
  const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const found: ClosedRoot[] = [];
  const walk = (node: typeof doc): void => {
    for (const shadow of node.shadowRoots ?? []) {
      if (shadow.shadowRootType === 'closed') found.push({ host: hostName(node), backendNodeId: shadow.backendNodeId });
      walk(shadow);
    }
    for (const child of node.children ?? []) if (child.nodeName !== 'IFRAME') walk(child);
  };
  walk(doc);
  return found;
}

/** Runs `fn` (source of a function taking the shadow root as `this`) in the page; returns its value. */
export async function inClosedRoot<T>(cdp: CDPSession, shadow: ClosedRoot, fn: string): Promise<T> {
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const result = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId as string,
    functionDeclaration: fn,
    awaitPromise: true,
    returnByValue: true,
  });
  if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
  return result.result.value as T;
}

export interface AxNode {
  role: string;
  name: string;
  focused: boolean;
}

/** The page's accessibility tree as the browser computes it (closed shadow roots included). */
export async function accessibilityTree(cdp: CDPSession): Promise<AxNode[]> {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
  return nodes.map((n) => ({
    role: String(n.role?.value ?? ''),
    name: String(n.name?.value ?? ''),
    focused: Boolean(n.properties?.some((p) => p.name === 'focused' && p.value.value === true)),
  }));
}

/** Tabs forward until an element named `tag` has focus; false if none did within `max` presses. */
export async function tabTo(
  press: (key: string) => Promise<void>,
  activeTag: () => Promise<string | undefined>,
  tag: string,
  max = 40,
): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await press('Tab');
    if ((await activeTag()) === tag) return true;
  }
  return false;
}

/** Opens the first finding's card as a keyboard user does (Tab to its badge, Enter) and returns the card's text. */
export async function openCardByKeyboard(page: TestPage): Promise<string> {
  const activeTag = () => page.activeTag();
  expect(await tabTo((k) => page.press(k), activeTag, 'wro-check-badge')).toBe(true);
  await page.press('Enter');
  await waitFor(activeTag, (tag) => tag === 'wro-check-card');
  const card = (await page.closedRoots()).find((r) => r.host === 'WRO-CHECK-CARD');
  return card!.call<string>('function () { return this.textContent; }');
}
