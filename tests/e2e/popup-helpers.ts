/** Shared steps of the popup and options end-to-end tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ChromiumWithExtension } from './harness/chromium';
import { paintedTexts } from './harness/highlights';
import { waitFor } from './harness/wait';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function openFixture(
  chrome: ChromiumWithExtension,
  url: string,
  expected: string[],
): Promise<{ page: Page; texts: string[] }> {
  const page = await chrome.context.newPage();
  await page.goto(url);
  const texts = await waitFor(
    () => paintedTexts(page),
    (t) => expected.every((e) => t.includes(e)),
  );
  return { page, texts };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules) in the page. Extension pages forbid inline scripts
 * (CSP `script-src 'self'`), so the source is evaluated through the debugging protocol instead of
 * a <script> tag.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    type Rule = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> };
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    const violations = result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
    return { violations, passed: result.passes.map((p) => p.id) };
  });
  // An empty answer must mean "checked and clean", not "nothing ran".
  for (const rule of ['color-contrast', 'html-has-lang', 'landmark-one-main']) {
    if (!result.passed.includes(rule) && !result.violations.some((v) => v.id === rule)) {
      throw new Error(`axe-core did not check ${rule}`);
    }
  }
  return result.violations;
}

/** UI updates after a message round trip: generous on a loaded machine (expect.poll defaults to 1 s). */
export const POLL = { timeout: 15_000 };

/** A message as the popup shows it: the extension's own translation, with its substitutions. */
export function extensionMessage(page: Page, key: string, substitutions: string[] = []): Promise<string> {
  return page.evaluate(([k, s]) => chrome.i18n.getMessage(k, s), [key, substitutions] as const);
}

/**
 * Starts keeping each text the page's live regions (`role="status"`) show, in the order first
 * shown. The popup replaces "Scanning…" with the findings within a quarter second, so polling the
 * DOM on a loaded machine could miss a status a user would have seen or heard.
 */
export async function recordStatusTexts(page: Page): Promise<void> {
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
export function statusTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
}
