/**
 * The popup's "Products to ask about" for a tab: when the setting (or the policy) has it on and the
 * tab was scanned, the page's visible text is read once, in the extension's isolated world, and the
 * product risk rule (core) run over it here. Nothing is added to the page and nothing is sent to it,
 * so a page cannot learn what was noted; the notes never reach the toolbar badge.
 */
import highRiskGoods from '../../seeds/high-risk-goods.json';
import type { HighRiskGoods } from '../core/list/high-risk-goods';
import { compileProductMatcher, productNotes, type ProductMatcher } from '../core/risk/product-notes';
import browser from '../platform/browser';
import type { RequestHandlers } from '../platform/requests';
import { loadSettings } from '../platform/settings-store';
import { getTabFindings } from './tab-findings';

/** Text read from a page, at most: a product page is far shorter; a hostile one is cut here. */
const MAX_PAGE_CHARS = 1_000_000;

let matcher: ProductMatcher | undefined;

/** Runs in the page's isolated world: the page's own scripts cannot replace what it calls. */
function visibleText(max: number): string {
  return (document.body?.innerText ?? '').slice(0, max);
}

async function pageText(tabId: number): Promise<string> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: visibleText, args: [MAX_PAGE_CHARS] });
  return typeof result?.result === 'string' ? result.result : '';
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
