import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';

// storage.local in memory: where the compiled matcher is published.
const local = new Map<string, unknown>();
vi.mock('../../../src/platform/browser', () => ({
  default: {
    storage: {
      local: {
        get: async (keys: string | string[]) => Object.fromEntries([keys].flat().filter((k) => local.has(k)).map((k) => [k, local.get(k)])),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) local.set(k, v);
        },
      },
    },
  },
}));

// Counts compilations, which the background should not repeat for a list it already compiled.
const compiles = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/core/match/compile', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/core/match/compile')>();
  return {
    ...real,
    compileMatcher: (...args: Parameters<typeof real.compileMatcher>) => {
      compiles.count++;
      return real.compileMatcher(...args);
    },
  };
});

const { forgetCachedList, matcherOf, publishMatcher } = await import('../../../src/background/list-cache');
const { readMeta } = await import('../../../src/platform/db');
const { replaceCurrentList, getCurrentList } = await import('../../../src/platform/list-store');

describe('the lists in force', () => {
  it('are recorded, with their sources, each time a list is published, once per version', async () => {
    await publishMatcher();
    await publishMatcher(true);
    const seeded = (await getCurrentList())!;
    expect((await readMeta('list:history'))?.map((h) => h.version)).toEqual([seeded.version]);
    await replaceCurrentList({ ...seeded, version: 'v-next', sources: [{ label: 'Organisation feed', url: 'https://feeds.example.org/wro.json', retrieved: '2026-12-06' }] });
    forgetCachedList();
    await publishMatcher(true);
    const history = (await readMeta('list:history'))!;
    expect(history.map((h) => h.version)).toEqual([seeded.version, 'v-next']);
    expect(history[1]!.sources).toEqual([{ label: 'Organisation feed', url: 'https://feeds.example.org/wro.json', retrieved: '2026-12-06' }]);
  });
});

describe('the background’s own matcher', () => {
  it('is loaded from the published payload of the list in force, not compiled again, and kept for that version', async () => {
    forgetCachedList();
    await publishMatcher(true);
    const list = (await getCurrentList())!;
    const before = compiles.count;
    const matcher = await matcherOf(list);
    expect(compiles.count).toBe(before);
    expect(matcher.scan('Supermax Corporation Berhad', { nameField: true }).map((f) => f.confidence)).toEqual(['match']);
    expect(await matcherOf(list)).toBe(matcher);
  });

  it('is compiled once for a list whose payload is not published', async () => {
    const list = (await getCurrentList())!;
    const other = { ...list, version: 'v-unpublished', records: list.records.slice(0, 50) };
    const before = compiles.count;
    const matcher = await matcherOf(other);
    expect(await matcherOf(other)).toBe(matcher);
    expect(compiles.count).toBe(before + 1);
  });
});
