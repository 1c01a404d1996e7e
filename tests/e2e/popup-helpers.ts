/** Shared steps of the popup end-to-end tests, for either browser. */
import type { TestPage } from './harness/extension';

/** A message as the popup shows it: the extension's own translation, with its substitutions. */
export function extensionMessage(page: TestPage, key: string, substitutions: string[] = []): Promise<string> {
  return page.evaluate(([k, s]) => chrome.i18n.getMessage(k, s), [key, substitutions] as [string, string[]]);
}

/**
 * Starts keeping each text the page's live regions (`role="status"`) show, in the order first
 * shown. The popup replaces "Scanning…" with the findings within a quarter second, so polling the
 * DOM on a loaded machine could miss a status a user would have seen or heard.
 */
export async function recordStatusTexts(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { statusTexts: string[] }).statusTexts = seen;
    const note = () => {
      for (const el of document.querySelectorAll('[role="status"]')) {
        const text = el.textContent?.trim() ?? '';
        if (text !== '' && !seen.includes(text)) seen.push(text);
      }
    };
    note();
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** Every status text shown since `recordStatusTexts`, first shown first. */
export function statusTexts(page: TestPage): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
}
