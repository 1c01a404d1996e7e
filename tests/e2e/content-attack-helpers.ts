/**
 * Helpers for the attack-page suites (issue #17: tests/fixtures/attacks): the attack pages served
 * on 127.0.0.1, and what the extension shows for a tab, read where a page cannot reach it:
 * - the toolbar badge's text, from the background (Chromium) or from an extension page in a tab of
 *   its own (Firefox: a local page navigates there, see `withPopupOpenableLocally`);
 * - the screen-reader summary's live text, from the closed shadow root, through DevTools
 *   (Chromium) or WebDriver BiDi's serialisation of closed trees (Firefox);
 * - a full garbage collection of the page's process: DevTools' `HeapProfiler.collectGarbage`
 *   (Chromium); in Firefox the parent process's system scope (`--remote-allow-system-access`)
 *   asks every content process to collect garbage and cycles (what about:memory's buttons do).
 *
 * The extension's UI hosts are found by tag name (the names it used before issue #17) or by the
 * `data-wro-check-ui` kind it gives them now, so the same test runs against either build.
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { Browser as Firefox, Page as FirefoxPage } from 'puppeteer-core';
import { type ChromiumWithExtension } from './harness/chromium';
import { bidiOf, FIREFOX_UUID, launchFirefox } from './harness/firefox';
import { serveFixtures, type FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';

export const ATTACK_PAGES = resolve(import.meta.dirname, '../fixtures/attacks');

export function serveAttackPages(): Promise<FixtureServer> {
  return serveFixtures(ATTACK_PAGES);
}

export type UiKind = 'badge' | 'card' | 'summary' | 'layer';

/** A CSS selector for the extension's UI hosts of one kind, whichever way the build names them. */
export const uiSelector = (kind: UiKind): string => `wro-check-${kind}, [data-wro-check-ui="${kind}"]`;

/** Runs in the page: the kind of extension UI that has the focus (focus inside a closed root shows as its host), else the tag. */
export function focusedUi(): string | undefined {
  const active = document.activeElement;
  if (!active) return undefined;
  const kind = active.getAttribute('data-wro-check-ui');
  if (kind) return kind;
  return active.localName.startsWith('wro-check-') ? active.localName.slice('wro-check-'.length) : active.localName;
}

export const summaryText = (count: number): string =>
  count === 1 ? '1 supplier on this page is on US forced-labour import lists' : `${count} suppliers on this page are on US forced-labour import lists`;

// ---------------------------------------------------------------------------------------------
// Chromium

export async function chromiumTabId(chromium: ChromiumWithExtension, page: Page): Promise<number> {
  return chromium.worker.evaluate(async (url: string) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1, page.url());
}

/** Reads the toolbar badge's text for the tab showing `page` ('' when it shows nothing). */
export function chromiumToolbar(chromium: ChromiumWithExtension, page: Page): () => Promise<string> {
  let tabId: number | undefined;
  return async () => {
    if (tabId === undefined || tabId < 0) tabId = await chromiumTabId(chromium, page);
    if (tabId < 0) return 'no tab';
    return chromium.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
  };
}

interface CdpNode {
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string; backendNodeId: number }>;
}

/** The closed shadow root of the first extension UI host of `kind` in the main frame, through DevTools. */
async function chromiumClosedRoot(cdp: CDPSession, kind: UiKind): Promise<number | undefined> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const isHost = (node: CdpNode): boolean => {
    if (node.nodeName === `WRO-CHECK-${kind.toUpperCase()}`) return true;
    const attributes = node.attributes ?? [];
    for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === 'data-wro-check-ui' && attributes[i + 1] === kind) return true;
    return false;
  };
  const walk = (node: CdpNode): number | undefined => {
    for (const shadow of node.shadowRoots ?? []) {
      if (shadow.shadowRootType === 'closed' && isHost(node)) return shadow.backendNodeId;
      const inner = walk(shadow);
      if (inner !== undefined) return inner;
    }
    for (const child of node.children ?? []) {
      if (child.nodeName === 'IFRAME') continue;
      const found = walk(child);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(root as unknown as CdpNode);
}

/** The screen-reader summary's live text in the top frame ('' before the summary exists). */
export function chromiumSummary(cdp: CDPSession): () => Promise<string> {
  return async () => {
    const backendNodeId = await chromiumClosedRoot(cdp, 'summary');
    if (backendNodeId === undefined) return '';
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
    const result = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId as string,
      functionDeclaration: "function () { return this.querySelector('[role=status]')?.textContent ?? ''; }",
      returnByValue: true,
    });
    return (result.result.value as string | undefined) ?? '';
  };
}

/** The renderer's DOM node count and JavaScript heap after a full garbage collection. */
export async function chromiumMemory(cdp: CDPSession): Promise<{ nodes: number; documents: number; heapMB: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { nodes: counters.nodes, documents: counters.documents, heapMB: Math.round((heap.usedSize / 2 ** 20) * 10) / 10 };
}

// ---------------------------------------------------------------------------------------------
// Firefox

/**
 * An extension page (the popup's document in a tab of its own), reached from `localUrl` (any page
 * of the fixture server): Firefox's WebDriver will not navigate to a moz-extension: URL itself.
 * Needs a browser whose copy of the extension lets local pages open the popup.
 */
export async function openFirefoxExtensionPage(firefox: Firefox, localUrl: string): Promise<FirefoxPage> {
  const ext = await firefox.newPage();
  const popupUrl = `moz-extension://${FIREFOX_UUID}/popup.html`;
  await ext.goto(localUrl);
  void ext.evaluate((to: string) => void location.assign(to), popupUrl).catch(() => undefined);
  const at = await waitFor(() => ext.evaluate(() => location.href).catch(() => ''), (href) => href === popupUrl);
  if (at !== popupUrl) throw new Error(`Could not open ${popupUrl} (at ${at})`);
  return ext;
}

/** Reads the toolbar badge's text for the tab showing `page`, from an extension page. */
export function firefoxToolbar(ext: FirefoxPage, page: FirefoxPage): () => Promise<string> {
  return () =>
    ext.evaluate(async (pageUrl: string) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const tab = (await api.tabs.query({})).find((t) => t.url === pageUrl);
      return tab?.id === undefined ? 'no tab' : api.action.getBadgeText({ tabId: tab.id });
    }, page.url());
}

/** A serialised DOM node, as WebDriver BiDi returns it (`script.NodeRemoteValue`'s value). */
interface BidiNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: Record<string, string>;
  children?: Array<{ value?: BidiNode }>;
  shadowRoot?: { value?: BidiNode } | null;
}

/** The screen-reader summary's live text in the top frame, from the browser's serialisation of its closed tree. */
export function firefoxSummary(page: FirefoxPage): () => Promise<string> {
  return async () => {
    const bidi = bidiOf(page);
    const result = await bidi.send<{ nodes: Array<{ value?: BidiNode }> }>('browsingContext.locateNodes', {
      context: bidi.context,
      locator: { type: 'css', value: uiSelector('summary') },
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
  };
}

/**
 * Firefox ESR with the extension (popup openable from local pages) and system access for the
 * automation (`--remote-allow-system-access`), so a test can ask for garbage collection.
 */
export function launchFirefoxWithSystemAccess(): Promise<Firefox> {
  return launchFirefox({ popupOpenable: true, args: ['--remote-allow-system-access'] });
}

/**
 * Asks every Firefox process to collect garbage and then cycles (DOM nodes are freed by the cycle
 * collector), from the browser window's system scope. Asynchronous in the content processes: the
 * caller polls for the effect.
 */
export async function firefoxCollectGarbage(page: FirefoxPage): Promise<void> {
  const bidi = bidiOf(page);
  const tree = await bidi.send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeWindow = tree.contexts.find((c) => c.url.startsWith('chrome://browser/'));
  if (!chromeWindow) throw new Error('No browser window in the chrome scope: is system access enabled?');
  await bidi.send('script.evaluate', {
    target: { context: chromeWindow.context },
    awaitPromise: false,
    expression: `
      Services.obs.notifyObservers(null, 'child-gc-request');
      Cu.forceGC();
      Services.obs.notifyObservers(null, 'child-cc-request');
      Cu.forceCC();
      Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager).minimizeMemoryUsage(() => {});
      'asked'`,
  });
}
