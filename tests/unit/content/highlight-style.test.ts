import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_STYLE } from '../../../src/content/highlight-style';

const root = resolve(import.meta.dirname, '../../..');
const rules = (css: string): string[] =>
  css.replace(/\/\*[\s\S]*?\*\//g, '').split('\n').map((line) => line.trim()).filter(Boolean);

describe('highlight styles', () => {
  it('style every severity class with a text colour and a background', () => {
    for (const cls of ['active', 'unknown', 'lifted', 'possible']) {
      const rule = rules(HIGHLIGHT_STYLE).find((r) => r.startsWith(`::highlight(wro-${cls})`));
      expect(rule).toMatch(/background-color: #[0-9a-f]{6};.*color: #[0-9a-f]{6};/);
    }
  });

  // Issue #17, attack 6: a stylesheet the browser injects into every scanned page answers a page's
  // getComputedStyle(element, '::highlight(wro-active)') even where nothing was found: the
  // extension is installed. The content script adds the styles to a tree only once it paints there.
  it('are never injected into pages by the manifest, a registered content script or "Scan this page"', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as { content_scripts: Array<Record<string, unknown>> };
    for (const script of manifest.content_scripts) expect(script.css).toBeUndefined();
    expect(existsSync(resolve(root, 'public/content.css'))).toBe(false);
    const sites = readFileSync(resolve(root, 'src/background/sites.ts'), 'utf8');
    expect(sites).not.toMatch(/insertCSS|css:\s*\[/);
  });
});
