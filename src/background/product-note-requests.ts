/**
 * The popup's "Products to ask about" for a tab: when the setting (or the policy) has it on and the
 * tab was scanned, the visible text of each frame the content script scans is read once, in the
 * extension's isolated world, and the product risk rule (core) run over it here: the top page, then
 * its frames in order, each on lines of its own. Frames the extension does not scan (a site
 * switched off, another site) are not read. Nothing is added to a page and nothing is sent to it,
 * so a page cannot learn what was noted; the notes never reach the toolbar badge.
 */
import highRiskGoods from '../../seeds/high-risk-goods.json';
import type { HighRiskGoods } from '../core/list/high-risk-goods';
import { compileProductMatcher, productNotes, type ProductMatcher } from '../core/risk/product-notes';
import browser from '../platform/browser';
import { CONTENT_SESSION_KEY } from '../platform/content-session';
import type { RequestHandlers } from '../platform/requests';
import { loadSettings } from '../platform/settings-store';
import { getTabFindings } from './tab-findings';

/** Text read from a page, at most, its frames' included: a product page is far shorter; a hostile one is cut here. */
export const MAX_PAGE_CHARS = 1_000_000;
/** Text read from one frame below the top page, at most (a product's description or a seller's widget). */
export const MAX_FRAME_CHARS = 100_000;

let matcher: ProductMatcher | undefined;

/**
 * Runs in a frame's isolated world, where that frame's content script keeps its session (the page's
 * own scripts can neither reach it nor replace what this calls): the frame's visible text, up to
 * `topMax` on the top page and `frameMax` in a frame, if the content script is scanning it; else null.
 */
export function scannedFrameText(topMax: number, frameMax: number, sessionKey: string): string | null {
  const session = (globalThis as unknown as Record<string, { scanning?: () => boolean } | undefined>)[sessionKey];
  if (typeof session?.scanning !== 'function' || !session.scanning()) return null;
  return (document.body?.innerText ?? '').slice(0, window.top === window ? topMax : frameMax);
}

/** Every scanned frame's text, the top page first and then by frame, cut to MAX_PAGE_CHARS in all. */
export async function pageText(tabId: number): Promise<string> {
  const read = (target: { tabId: number; allFrames: true } | { tabId: number; frameIds: number[] }) =>
    browser.scripting.executeScript({ target, func: scannedFrameText, args: [MAX_PAGE_CHARS, MAX_FRAME_CHARS, CONTENT_SESSION_KEY] });
  // Should the browser refuse the frames, the top page is still read.
  const results = await read({ tabId, allFrames: true }).catch(() => read({ tabId, frameIds: [0] }));
  const texts = [...results]
    .sort((a, b) => a.frameId - b.frameId)
    .map((r) => r.result)
    .filter((t): t is string => typeof t === 'string');
  // Frames never share a line: a good in one is never read with an origin in another.
  return texts.join('\n').slice(0, MAX_PAGE_CHARS);
}

export const productNoteRequests = {
  'get-product-notes': async ({ tabId }) => {
    const { settings } = await loadSettings();
    if (!settings.productNotesOnPages) return { enabled: false, notes: [] };
    // Only a page the extension scanned (its site, or "Scan this page"): others are not read.
    if ((await getTabFindings(tabId)) === undefined) return { enabled: true, notes: [] };
    const text = await pageText(tabId).catch(() => '');
    matcher ??= compileProductMatcher(highRiskGoods as HighRiskGoods);
    return { enabled: true, notes: productNotes(text, matcher) };
  },
} satisfies Partial<RequestHandlers>;
