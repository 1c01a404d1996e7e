/**
 * The design tokens' colours meet WCAG 2.2 AA in both schemes: every text colour ≥ 4.5:1 on every
 * background it may sit on, borders and the focus ring ≥ 3:1 (non-text contrast), and the button
 * pairs. Read from the file the pages and the card use.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(resolve(import.meta.dirname, '../../../src/style/tokens.css'), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--wro-([a-z-]+):\s*(#[0-9a-f]{6})\s*!important/g)].map((m) => [m[1]!, m[2]!]));
}

const [lightBlock, darkBlock] = CSS.split(/@media screen and \(prefers-color-scheme: dark\)/);
const LIGHT = tokens(lightBlock!);
const DARK = { ...LIGHT, ...tokens(darkBlock ?? '') };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

const BACKGROUNDS = ['bg', 'surface', 'problem-bg', 'warning-bg', 'info-bg', 'selected-bg'];
const TEXTS = ['text', 'muted', 'link', 'active', 'unknown', 'lifted', 'possible'];
const NON_TEXT = ['border', 'focus'];

describe('design tokens', () => {
  it('has a dark scheme that redefines every colour', () => {
    const colours = Object.keys(LIGHT);
    expect(colours.length).toBeGreaterThan(15);
    expect(Object.keys(tokens(darkBlock ?? '')).sort()).toEqual(colours.sort());
  });

  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ])('meet AA contrast in the %s scheme', (_scheme, t) => {
    const failures: string[] = [];
    for (const bg of BACKGROUNDS) {
      for (const fg of TEXTS) if (contrast(t[fg]!, t[bg]!) < 4.5) failures.push(`${fg} on ${bg}: ${contrast(t[fg]!, t[bg]!).toFixed(2)}`);
      for (const fg of NON_TEXT) if (contrast(t[fg]!, t[bg]!) < 3) failures.push(`${fg} on ${bg}: ${contrast(t[fg]!, t[bg]!).toFixed(2)}`);
    }
    for (const [fg, bg] of [['on-accent', 'accent'], ['on-accent', 'disabled'], ['bg', 'text']]) {
      if (contrast(t[fg!]!, t[bg!]!) < 4.5) failures.push(`${fg} on ${bg}: ${contrast(t[fg!]!, t[bg!]!).toFixed(2)}`);
    }
    expect(failures).toEqual([]);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
