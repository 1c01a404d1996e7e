/**
 * A page element's shadow root even when the page attached it `closed`, which only extensions may
 * read: Firefox gives content scripts `element.openOrClosedShadowRoot` (on its Xray view of the
 * element), Chromium `chrome.dom.openOrClosedShadowRoot(element)`. Feature-detected; null where
 * neither exists or the element has no root.
 */
import browser from './browser';

interface DomApi {
  openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null;
}

/** `browser.dom` where the polyfill passes it through (Chromium), else the raw `chrome.dom`. */
function domApi(): DomApi | undefined {
  const viaBrowser = (browser as unknown as { dom?: DomApi }).dom;
  if (typeof viaBrowser?.openOrClosedShadowRoot === 'function') return viaBrowser;
  const viaChrome = (globalThis as { chrome?: { dom?: DomApi } }).chrome?.dom;
  return typeof viaChrome?.openOrClosedShadowRoot === 'function' ? viaChrome : undefined;
}

let api: DomApi | null | undefined;

export function openOrClosedShadowRoot(element: Element): ShadowRoot | null {
  try {
    const firefox = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    if (firefox !== undefined) return firefox ?? null;
    if (api === undefined) api = domApi() ?? null;
    return api?.openOrClosedShadowRoot?.(element as HTMLElement) ?? null;
  } catch {
    // Not an HTML element, or the API refused it: read it as before.
    return null;
  }
}
