/**
 * The extension's UI lives in closed shadow roots (badges, cards, the screen-reader summary, the
 * badge layer of very large pages), which page scripts cannot enter. The drivers can: Chromium
 * through DevTools (`DOM.getDocument` with `pierce`), Firefox through WebDriver BiDi, which
 * serialises closed shadow trees for automation (`includeShadowTree: 'all'`) and runs a function
 * with a root as `this`. Both give the same thing here: each root's host, and a way to run a
 * function inside it that returns JSON-safe values.
 */
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { bidiOf } from './firefox';

/** The kinds of UI host the content script adds, each labelled `data-wro-check-ui="<kind>"`. */
export type UiKind = 'badge' | 'card' | 'summary' | 'layer';

/** CSS for the extension's UI hosts of one kind (built-in elements labelled by kind, issue #17). */
export const ui = (kind: UiKind): string => `[data-wro-check-ui="${kind}"]`;

/**
 * Runs in the page: the focused element's name, the extension's UI hosts named by kind
 * (`wro-check-badge`, `wro-check-card`, `wro-check-layer`), anything else by its tag.
 */
export function activeElementName(): string | undefined {
  const active = document.activeElement;
  const kind = active?.getAttribute('data-wro-check-ui');
  return kind ? `wro-check-${kind}` : active?.localName;
}

/** A host's name as `ClosedRoot.host` gives it: `WRO-CHECK-<KIND>` for the extension's UI, else its tag. */
function hostName(tag: string, kind: string | null | undefined): string {
  return kind ? `WRO-CHECK-${kind.toUpperCase()}` : tag.toUpperCase();
}

export interface ClosedRoot {
  /** `WRO-CHECK-BADGE`, `WRO-CHECK-CARD`, `WRO-CHECK-SUMMARY`, `WRO-CHECK-LAYER` (the host's kind), or another host's tag. */
  host: string;
  /** Runs `fn` (the source of a function; `this` is the shadow root) in the page; its JSON-safe result. */
  call<T>(fn: string): Promise<T>;
}

const sessions = new WeakMap<PlaywrightPage, Promise<CDPSession>>();

/** One DevTools session per Playwright page. */
export function cdpOf(page: PlaywrightPage): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** Chromium: every closed shadow root of the main frame, in document order, nested ones included. */
export async function chromiumClosedRoots(page: PlaywrightPage): Promise<ClosedRoot[]> {
  const cdp = await cdpOf(page);
  const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const found: ClosedRoot[] = [];
  const walk = (node: typeof doc): void => {
    for (const shadow of node.shadowRoots ?? []) {
      if (shadow.shadowRootType === 'closed') {
        const backendNodeId = shadow.backendNodeId;
        const attributes = node.attributes ?? [];
        const kind = attributes[attributes.indexOf('data-wro-check-ui') + 1];
        found.push({ host: hostName(node.nodeName, attributes.includes('data-wro-check-ui') ? kind : null), call: (fn) => callOnNode(cdp, backendNodeId, fn) });
      }
      walk(shadow);
    }
    for (const child of node.children ?? []) if (child.nodeName !== 'IFRAME') walk(child);
  };
  walk(doc);
  return found;
}

async function callOnNode<T>(cdp: CDPSession, backendNodeId: number, fn: string): Promise<T> {
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
  const result = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId as string,
    functionDeclaration: fn,
    awaitPromise: true,
    returnByValue: true,
  });
  if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
  return result.result.value as T;
}

type BidiValue = { type: string; sharedId?: string; value?: unknown };
type CallResult = { type: 'success'; result: BidiValue } | { type: 'exception'; exceptionDetails: { text: string } };
interface BidiNode {
  localName?: string;
  attributes?: Record<string, string>;
  shadowRoot?: { sharedId?: string; value?: { mode?: string } } | null;
}

/** `script.callFunction` in the page's main frame; the result's remote value, or the page's exception. */
async function bidiCall(page: PuppeteerPage, params: object): Promise<BidiValue> {
  const bidi = bidiOf(page);
  const call = await bidi.send<CallResult>('script.callFunction', { target: { context: bidi.context }, resultOwnership: 'none', ...params });
  if (call.type === 'exception') throw new Error(call.exceptionDetails.text);
  return call.result;
}

/** Runs `fn` with the node `sharedId` as `this`; the result crosses as JSON (BiDi returns it as one string). */
async function callOnShared<T>(page: PuppeteerPage, sharedId: string, fn: string): Promise<T> {
  const result = await bidiCall(page, {
    functionDeclaration: `async function () { const value = await (${fn}).call(this); return value === undefined ? 'undefined' : JSON.stringify(value); }`,
    this: { sharedId },
    awaitPromise: true,
  });
  const text = String(result.value);
  return (text === 'undefined' ? undefined : JSON.parse(text)) as T;
}

function firefoxRoot(page: PuppeteerPage, node: BidiNode | undefined): ClosedRoot | undefined {
  const root = node?.shadowRoot;
  if (!root?.sharedId || root.value?.mode !== 'closed') return undefined;
  const sharedId = root.sharedId;
  return { host: hostName(node?.localName ?? '', node?.attributes?.['data-wro-check-ui']), call: (fn) => callOnShared(page, sharedId, fn) };
}

/** Firefox: the closed shadow roots of the extension's UI elements in the main frame, in document order. */
export async function firefoxClosedRoots(page: PuppeteerPage): Promise<ClosedRoot[]> {
  const bidi = bidiOf(page);
  const result = await bidi.send<{ nodes: Array<{ value?: BidiNode }> }>('browsingContext.locateNodes', {
    context: bidi.context,
    locator: { type: 'css', value: '[data-wro-check-ui]' },
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  return result.nodes.map((n) => firefoxRoot(page, n.value)).filter((r): r is ClosedRoot => r !== undefined);
}

/** Chromium: the closed root of the focused element (the page sees only its host focused). */
export async function chromiumFocusedRoot(page: PlaywrightPage): Promise<ClosedRoot | undefined> {
  for (const root of await chromiumClosedRoots(page)) {
    if (await root.call<boolean>('function () { return this.host === document.activeElement; }')) return root;
  }
  return undefined;
}

/** Firefox: the closed root of the focused element, from BiDi's serialisation of `document.activeElement`. */
export async function firefoxFocusedRoot(page: PuppeteerPage): Promise<ClosedRoot | undefined> {
  const focused = await bidiCall(page, {
    functionDeclaration: '() => document.activeElement',
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  return firefoxRoot(page, focused.value as BidiNode | undefined);
}

/**
 * axe-core reads open trees only, so the check copies a closed root's nodes and style sheets
 * into an open shadow root on a host of the same name and runs axe there. The copy goes in the
 * body, where it takes the original's place (its inline position) on screen: axe measures colour
 * contrast only there. `checkedNodes` counts the nodes axe checked: none would mean nothing was
 * tested. Needs axe-core in the page (`TestPage.addAxe`).
 */
export const AXE_ON_COPY = `async function () {
  const host = document.createElement(this.host.localName);
  host.setAttribute('style', this.host.getAttribute('style') ?? '');
  document.body.append(host);
  const open = host.attachShadow({ mode: 'open' });
  open.adoptedStyleSheets = [...this.adoptedStyleSheets];
  for (const node of this.childNodes) open.append(node.cloneNode(true));
  try {
    const result = await axe.run(host, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return {
      violations: result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.failureSummary).join(' | ')),
      passes: result.passes.map((p) => p.id),
      checkedNodes: [...result.passes, ...result.violations].reduce((n, rule) => n + rule.nodes.length, 0),
    };
  } finally {
    host.remove();
  }
}`;

export interface AxeOnCopy {
  violations: string[];
  passes: string[];
  checkedNodes: number;
}
