/** Open pages learn that the background re-screened kept screenings (after a list refresh). */
import browser from '../platform/browser';

// The key the background's re-screen sets (`RESCREENED_KEY` in background/screening-rescreen.ts);
// pages do not import background code.
const RESCREENED_KEY = 'screeningsRescreened';

/** Calls `then` after each re-screen; returns the unsubscribe function. */
export function onRescreened(then: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && RESCREENED_KEY in changes) then();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
