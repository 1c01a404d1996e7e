/**
 * The highlight painter's registry work. Firefox's `Highlight.delete` costs time in proportion to
 * the highlight's size: a page replacing a block that named a listed company 16,000 times kept
 * its tab busy for 16 s while the ranges were deleted one by one. Many removals at once now build
 * the highlight again from what it keeps. Browser globals are small fakes here: the registry, a
 * Highlight that counts its deletes, a text node and its document.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

class FakeHighlight extends Set<object> {
  static deletes = 0;
  override delete(value: object): boolean {
    FakeHighlight.deletes++;
    return super.delete(value);
  }

  // In a Firefox content script a highlight's own iteration hands back other wrappers of the
  // ranges added, which match none of ours: the painter must never rely on it.
  override forEach(): void {
    throw new Error('iterated a highlight');
  }
}

const doc = { adoptedStyleSheets: [] as unknown[] };
const text = { data: 'Hoshine Silicon Industry Co., Ltd. shipped', getRootNode: () => doc };
const range = (): StaticRange => ({ startContainer: text, endContainer: text, startOffset: 0, endOffset: 7 }) as unknown as StaticRange;
const globals = globalThis as Record<string, unknown>;

beforeEach(() => {
  FakeHighlight.deletes = 0;
  globals.CSS = { highlights: new Map<string, FakeHighlight>() };
  globals.Highlight = FakeHighlight;
  globals.ShadowRoot = class {};
  globals.CSSStyleSheet = class {
    replaceSync(): void {}
  };
});
afterEach(() => {
  for (const name of ['CSS', 'Highlight', 'ShadowRoot', 'CSSStyleSheet']) delete globals[name];
});

// Read once when the painter's module loads (its untouchable copies of DOM methods).
for (const name of ['Node', 'Element', 'EventTarget']) globals[name] ??= class {};

const registry = () => (globals.CSS as { highlights: Map<string, FakeHighlight> }).highlights;

describe('HighlightPainter', async () => {
  const { HighlightPainter } = await import('../../../src/content/highlights');
  const painter = () => new HighlightPainter(doc as unknown as Document);

  it('takes 16,000 ranges away in one rebuild, not 16,000 deletes, and keeps the others painted', () => {
    const p = painter();
    const gone = Array.from({ length: 16_000 }, range);
    const kept = Array.from({ length: 3 }, range);
    for (const r of [...gone, ...kept]) p.add('active', r);
    p.commit();
    expect(registry().get('wro-active')?.size).toBe(16_003);
    for (const r of gone) p.delete('active', r);
    p.commit();
    expect(FakeHighlight.deletes).toBe(0);
    expect([...(registry().get('wro-active') ?? [])]).toEqual(kept);
  });

  it('deletes a few ranges one by one, and takes the name out of the registry once nothing is left', () => {
    const p = painter();
    const ranges = Array.from({ length: 40 }, range);
    for (const r of ranges) p.add('possible', r);
    p.commit();
    for (const r of ranges.slice(0, 5)) p.delete('possible', r);
    p.commit();
    expect(FakeHighlight.deletes).toBe(5);
    expect(registry().get('wro-possible')?.size).toBe(35);
    for (const r of ranges.slice(5)) p.delete('possible', r);
    p.commit();
    expect(registry().has('wro-possible')).toBe(false);
  });

  it('keeps a range deleted and painted again in the same commit', () => {
    const p = painter();
    const ranges = Array.from({ length: 100 }, range);
    for (const r of ranges) p.add('lifted', r);
    p.commit();
    for (const r of ranges) p.delete('lifted', r);
    p.add('lifted', ranges[0] as StaticRange);
    p.commit();
    expect([...(registry().get('wro-lifted') ?? [])]).toEqual([ranges[0]]);
  });
});
