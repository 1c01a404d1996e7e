import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { importListFile, runRefresh, type RefreshDeps } from '../../../src/background/refresh-run';
import { getSourceResults } from '../../../src/background/refresh-state';
import { english } from '../../../src/cli/english';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { WroList } from '../../../src/core/record';
import { openWroDb } from '../../../src/platform/db';
import { ensureSeeded, getCurrentList } from '../../../src/platform/list-store';
import { BRAND, brandFeed, cyclicBrandFeed, MAKER_ID, unknownTargetFeed } from '../../fixtures/feeds/brand-feed';
import { seed } from './feed-fixtures';

const FEED = 'https://feed.example/brands.json';
let served: WroList = brandFeed();

function deps(includeBundled = true): RefreshDeps {
  const fetch = (async (input: RequestInfo | URL) =>
    String(input) === FEED ? new Response(JSON.stringify(served), { headers: { 'content-type': 'application/json' } }) : Promise.reject(new TypeError('Failed to fetch'))) as typeof globalThis.fetch;
  return {
    settings: { ...DEFAULT_SETTINGS, includeBundled, sources: [{ id: 'org', kind: 'wro-json', url: FEED, label: 'Brand feed', enabled: true }] },
    seed,
    fetch,
    hostGranted: async () => true,
    now: () => new Date('2026-12-03T06:00:00.000Z'),
  };
}

const brandsOfMaker = async () => (await getCurrentList())?.records.find((r) => r.id === MAKER_ID)?.brandLinks?.map((l) => l.name);

beforeEach(async () => {
  const db = await openWroDb();
  await Promise.all([db.clear('lists'), db.clear('meta')]);
  await ensureSeeded(seed);
  served = brandFeed();
});

describe('an organisation feed with brands, refreshed and imported', () => {
  it('applies a good feed: the brand leads to the bundled maker in the list in use', async () => {
    expect((await runRefresh(deps())).outcome).toBe('applied');
    expect(await brandsOfMaker()).toEqual([BRAND, 'Larkspur Medical Supplies Ltd']);
  });

  it('refuses a cycle and a record no list holds, says why, and keeps the last good list', async () => {
    await runRefresh(deps());
    const before = await getCurrentList();
    served = cyclicBrandFeed();
    expect((await runRefresh(deps())).outcome).toBe('failed');
    expect(english((await getSourceResults()).org!.message)).toContain('The relationships form a cycle');
    served = unknownTargetFeed();
    expect((await runRefresh(deps())).outcome).toBe('failed');
    expect(english((await getSourceResults()).org!.message)).toContain('Brand feed: The feed\'s relationships lead to records that are in none of the lists in use: "uflpa-no-such-entity"');
    expect((await getCurrentList())?.version).toBe(before?.version);
    expect(await brandsOfMaker()).toEqual([BRAND, 'Larkspur Medical Supplies Ltd']);
  });

  it('refuses a feed whose maker is only in the bundled list when the bundled list is not in use', async () => {
    expect((await runRefresh(deps(false))).outcome).toBe('failed');
    expect(english((await getSourceResults()).org!.message)).toContain(`"${MAKER_ID}"`);
  });

  it('imports the same feed as a file, and refuses an imported file leading nowhere, keeping the list', async () => {
    const bytes = (list: WroList) => new TextEncoder().encode(JSON.stringify(list));
    expect((await importListFile(deps(), bytes(brandFeed()), 'brands.json')).outcome).toBe('applied');
    expect(await brandsOfMaker()).toEqual([BRAND, 'Larkspur Medical Supplies Ltd']);
    const run = await importListFile(deps(), bytes(unknownTargetFeed()), 'broken-brands.json');
    expect(run.outcome).toBe('failed');
    expect(english(run.message)).toMatch(/^broken-brands\.json: The feed's relationships lead to records .+ The current list was kept\.$/);
    expect(await brandsOfMaker()).toEqual([BRAND, 'Larkspur Medical Supplies Ltd']);
  });
});
