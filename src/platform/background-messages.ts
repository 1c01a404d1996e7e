/**
 * Messages from the background to content scripts (`tabs.sendMessage`). The content script checks
 * each one on receipt, like the background checks what content scripts send (`messages.ts`), but
 * without zod: this module is bundled into the content script, which runs in every frame.
 * Only counts travel this way, never page text or another frame's findings.
 */

/** More distinct companies than any tab can show (2,000 findings per frame): a bound, not a limit in use. */
export const MAX_TAB_COUNT = 1_000_000;

/**
 * To a tab's top frame (frameId 0) whenever the tab's findings change: how many distinct listed
 * companies the whole tab shows, every frame counted — the number on the toolbar badge.
 */
export interface TabSummaryMessage {
  type: 'tab-summary';
  count: number;
}

export type BackgroundMessage = TabSummaryMessage;

/**
 * The message rebuilt from its known fields only, or null when it is not one this protocol
 * defines. Never throws, whatever it is given (getters and proxies included).
 */
export function parseBackgroundMessage(value: unknown): BackgroundMessage | null {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const { type, count } = value as { type?: unknown; count?: unknown };
    if (type !== 'tab-summary') return null;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_TAB_COUNT) return null;
    return { type, count };
  } catch {
    return null;
  }
}
