import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_STYLE } from '../../../src/content/highlight-style';

const rules = (css: string): string[] =>
  css.replace(/\/\*[\s\S]*?\*\//g, '').split('\n').map((line) => line.trim()).filter(Boolean);

describe('highlight styles', () => {
  it('are the same in the injected content.css and in the copy given to shadow roots', () => {
    const injected = readFileSync(resolve(import.meta.dirname, '../../../public/content.css'), 'utf8');
    expect(rules(injected)).toEqual(rules(HIGHLIGHT_STYLE));
  });

  it('style every severity class with a text colour and a background', () => {
    for (const cls of ['active', 'unknown', 'lifted', 'possible']) {
      const rule = rules(HIGHLIGHT_STYLE).find((r) => r.startsWith(`::highlight(wro-${cls})`));
      expect(rule).toMatch(/background-color: #[0-9a-f]{6};.*color: #[0-9a-f]{6};/);
    }
  });
});
