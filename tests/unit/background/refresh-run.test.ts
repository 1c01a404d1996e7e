import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyHeld, discardHeld, importListFile, rollBack, runRefresh, type RefreshDeps } from '../../../src/background/refresh-run';
import { getHeld, getLastRun, getSourceLists, getSourceResults, getValidators } from '../../../src/background/refresh-state';
import { DEFAULT_SETTINGS, type Settings, type SourceSetting } from '../../../src/core/settings';
import type { WroList } from '../../../src/core/record';
import { openWroDb } from '../../../src/platform/db';
import { ensureSeeded, getCurrentList, getPreviousList } from '../../../src/platform/list-store';
import { feedList, NEW_COMPANY, newRecord, revokedTopGlove, seed } from './feed-fixtures';
import { english } from '../../../src/cli/english';

const FEED = 'https://feed.example/list.json';
const OTHER = 'https://other.example/list.json';
const source = (url = FEED, id = 'org'): SourceSetting => ({ id, kind: 'wro-json', url, label: `Feed ${id}`, enabled: true });

type Reply = { status?: number; body?: string; headers?: Record<string, string> };
/** A fake server: one reply per URL, and a log of each request with its conditional headers. */
function fakeFetch(replies: Record<string, Reply | (() => Reply)>) {
  const log: Array<{ url: string; ifNoneMatch: string | null }> = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    log.push({ url, ifNoneMatch: headers.get('if-none-match') });
    const entry = replies[url];
    if (!entry) throw new TypeError('Failed to fetch');
    const r = typeof entry === 'function' ? entry() : entry;
    const status = r.status ?? 200;
    return new Response(status === 304 ? null : (r.body ?? ''), { status, headers: { 'content-type': 'application/json', ...r.headers } });
  }) as typeof globalThis.fetch;
  return { fetch, log };
}

function deps(settings: Partial<Settings>, fetch: typeof globalThis.fetch, granted = (url: string) => url.startsWith('https://')): RefreshDeps {
  return {
    settings: { ...DEFAULT_SETTINGS, sources: [], ...settings },
    seed,
    fetch,
    hostGranted: async (url) => granted(url),
    now: () => new Date('2026-11-28T06:00:00.000Z'),
  };
}

const json = (list: WroList) => JSON.stringify(list);
const names = (list: WroList | undefined) => list?.records.map((r) => r.name) ?? [];

beforeEach(async () => {
  const db = await openWroDb();
  await Promise.all([db.clear('lists'), db.clear('meta')]);
  await ensureSeeded(seed);
});

describe('runRefresh', () => {
  it('merges a feed over the bundled list, replaces the current list, keeps the previous, and says what changed', async () => {
    const { fetch } = fakeFetch({ [FEED]: { body: json(feedList(5, [newRecord(), revokedTopGlove()])), headers: { etag: '"v1"' } } });
    const run = await runRefresh(deps({ sources: [source()] }, fetch));
    expect(run.outcome).toBe('applied');
    expect(run.lines.map(english)).toEqual(expect.arrayContaining([`Added: ${NEW_COMPANY} (WRO, effective 2026-11-02)`, 'Top Glove Corporation Bhd: Finding revoked, effective 2026-11-10']));
    const current = await getCurrentList();
    expect(current?.records).toHaveLength(seed.records.length + 1);
    expect(current?.records.find((r) => r.name === 'Top Glove Corporation Bhd')?.status).toBe('revoked');
    expect((await getPreviousList())?.version).toBe(seed.version);
    expect((await getValidators()).org).toMatchObject({ url: FEED, etag: '"v1"' });
    const result = (await getSourceResults()).org!;
    expect(result).toMatchObject({ outcome: 'updated', recordCount: 6, time: expect.stringMatching(/^2026-11-28/) });
    expect(result.lines.map(english)).toContain(`Added: ${NEW_COMPANY} (WRO, effective 2026-11-02)`);
  });

  it('asks conditionally the next time and keeps everything on 304', async () => {
    let calls = 0;
    const { fetch, log } = fakeFetch({ [FEED]: () => (calls++ === 0 ? { body: json(feedList(5, [newRecord()])), headers: { etag: '"v1"' } } : { status: 304 }) });
    await runRefresh(deps({ sources: [source()] }, fetch));
    const before = await getCurrentList();
    const run = await runRefresh(deps({ sources: [source()] }, fetch));
    expect(log.map((l) => l.ifNoneMatch)).toEqual([null, '"v1"']);
    expect(run.outcome).toBe('unchanged');
    expect((await getCurrentList())?.version).toBe(before?.version);
    expect((await getSourceResults()).org?.outcome).toBe('unchanged');
  });

  it('keeps the list when the feed is an HTML error page served with 200, with a specific message', async () => {
    const { fetch } = fakeFetch({ [FEED]: { body: '<!doctype html><html><body><h1>Service unavailable</h1></body></html>', headers: { 'content-type': 'text/html' } } });
    const run = await runRefresh(deps({ sources: [source()] }, fetch));
    expect(run.outcome).toBe('failed');
    expect(english(run.message)).toMatch(/web page instead of the list/);
    expect((await getCurrentList())?.version).toBe(seed.version);
    expect(await getPreviousList()).toBeUndefined();
    const org = (await getSourceResults()).org!;
    expect([org.outcome, english(org.message)]).toEqual(['failed', expect.stringMatching(/web page/)]);
  });

  it.each([
    ['truncated JSON', { body: json(feedList(5)).slice(0, 200) }, /JSON/i],
    ['a 404', { status: 404, body: 'nope' }, /404/],
    ['an empty list', { body: json({ ...feedList(0) }) }, /no records/],
  ])('keeps the list on %s', async (_, reply, message) => {
    const { fetch } = fakeFetch({ [FEED]: reply });
    const run = await runRefresh(deps({ sources: [source()] }, fetch));
    expect([run.outcome, english(run.message)]).toEqual(['failed', expect.stringMatching(message)]);
    expect((await getCurrentList())?.version).toBe(seed.version);
  });

  it('contacts no host the admin has not granted', async () => {
    const { fetch, log } = fakeFetch({ [FEED]: { body: json(feedList(5, [newRecord()])) } });
    const run = await runRefresh(deps({ sources: [source()] }, fetch, () => false));
    expect(log).toEqual([]);
    expect(run.outcome).toBe('failed');
    const org = (await getSourceResults()).org!;
    expect([org.outcome, english(org.message)]).toEqual(['not-granted', expect.stringMatching(/feed\.example.*not been granted/)]);
  });

  it('keeps a failing source contributing its previous list while another source updates', async () => {
    let broken = false;
    const { fetch } = fakeFetch({
      [FEED]: () => (broken ? { status: 500 } : { body: json(feedList(3, [newRecord()])) }),
      [OTHER]: () => ({ body: json(feedList(3, broken ? [newRecord('Brindlecot Ceramics Co., Ltd.', 'org-brindlecot')] : [])) }),
    });
    const settings = { sources: [source(FEED, 'a'), source(OTHER, 'b')] };
    await runRefresh(deps(settings, fetch));
    broken = true;
    const run = await runRefresh(deps(settings, fetch));
    expect(run.outcome).toBe('applied');
    expect(english(run.message)).toMatch(/500/);
    expect(run.lines.map(english)).toEqual(['Added: Brindlecot Ceramics Co., Ltd. (WRO, effective 2026-11-02)']);
    expect(names(await getCurrentList())).toEqual(expect.arrayContaining([NEW_COMPANY, 'Brindlecot Ceramics Co., Ltd.']));
    const results = await getSourceResults();
    expect([results.a?.outcome, results.b?.outcome]).toEqual(['failed', 'updated']);
  });

  it('holds a download that drops more than half of its source for confirmation; Apply anyway applies it', async () => {
    let shrunk = false;
    const { fetch } = fakeFetch({ [FEED]: () => ({ body: json(shrunk ? feedList(0, [newRecord('Brindlecot Ceramics Co., Ltd.', 'org-brindlecot')]) : feedList(5, [newRecord()])) }) });
    await runRefresh(deps({ sources: [source()] }, fetch));
    const before = await getCurrentList();
    shrunk = true;
    const run = await runRefresh(deps({ sources: [source()] }, fetch));
    expect(run.outcome).toBe('held');
    expect(english(run.message)).toMatch(/^Feed org: This update would remove 6 of 6 records \(100%\)/);
    expect((await getCurrentList())?.version).toBe(before?.version);
    expect((await getHeld())?.reason).toEqual(run.message);
    expect((await getSourceResults()).org?.outcome).toBe('held');

    const applied = await applyHeld();
    expect(applied.outcome).toBe('applied');
    const after = await getCurrentList();
    // Carried over: the dropped records stay, marked as no longer in the source's file.
    expect(after?.records.find((r) => r.name === NEW_COMPANY)?.delistedSince).toBe('2026-11-28');
    expect(await getHeld()).toBeNull();
    expect((await getPreviousList())?.version).toBe(before?.version);
  });

  it('holds a merged list removing more than the admin allows; Discard keeps the current list', async () => {
    const { fetch } = fakeFetch({ [FEED]: { body: json(feedList(5)) } });
    const run = await runRefresh(deps({ sources: [source()], includeBundled: false }, fetch));
    expect(run.outcome).toBe('held');
    expect(english(run.message)).toMatch(new RegExp(`would remove \\d+ of ${seed.records.length} records`));
    const discarded = await discardHeld();
    expect(discarded.outcome).toBe('discarded');
    expect(await getHeld()).toBeNull();
    expect((await getCurrentList())?.version).toBe(seed.version);
    expect((await getSourceResults()).org?.outcome).toBe('failed');
    expect((await getLastRun())?.outcome).toBe('discarded');
  });

  it('rolls back to the previous list and forgets validators, so the next refresh downloads in full', async () => {
    const { fetch, log } = fakeFetch({ [FEED]: { body: json(feedList(5, [newRecord()])), headers: { etag: '"v1"' } } });
    await runRefresh(deps({ sources: [source()] }, fetch));
    const run = await rollBack();
    expect(run.outcome).toBe('rolled-back');
    expect(run.lines.map(english)).toEqual([`Removed: ${NEW_COMPANY} (WRO)`]);
    expect((await getCurrentList())?.version).toBe(seed.version);
    expect(await getSourceLists()).toEqual({});
    await runRefresh(deps({ sources: [source()] }, fetch));
    expect(log.at(-1)?.ifNoneMatch).toBeNull();
    expect(names(await getCurrentList())).toContain(NEW_COMPANY);
  });

  it('says so when there is nothing to roll back to', async () => {
    const failed = await rollBack();
    expect([failed.outcome, english(failed.message)]).toEqual(['failed', 'There is no previous list to roll back to.']);
  });
});

describe('importListFile', () => {
  const csv = (text: string) => new TextEncoder().encode(text);

  it('imports an admin CSV through the same path, merged over the bundled list', async () => {
    const run = await importListFile(deps({}, fakeFetch({}).fetch), csv(`name,country,products,source_url\nBrindlecot Ceramics Co. Ltd,China,tableware,${FEED}\n`), 'watch.csv');
    expect(run.outcome).toBe('applied');
    expect(run.lines.map(english)).toEqual([expect.stringMatching(/^Added: Brindlecot Ceramics Co\. Ltd \(/)]);
    expect(names(await getCurrentList())).toContain('Brindlecot Ceramics Co. Ltd');
    expect((await getSourceResults()).import).toMatchObject({ outcome: 'updated', label: 'watch.csv', recordCount: 1 });
  });

  it('keeps an imported file contributing through later refreshes', async () => {
    await importListFile(deps({}, fakeFetch({}).fetch), csv(`name,source_url\nBrindlecot Ceramics Co. Ltd,${FEED}\n`), 'watch.csv');
    const { fetch } = fakeFetch({ [FEED]: { body: json(feedList(5, [newRecord()])) } });
    await runRefresh(deps({ sources: [source()] }, fetch));
    expect(names(await getCurrentList())).toEqual(expect.arrayContaining(['Brindlecot Ceramics Co. Ltd', NEW_COMPANY]));
  });

  it('rejects a file it cannot read, with the reason, and keeps the list', async () => {
    const run = await importListFile(deps({}, fakeFetch({}).fetch), csv('\u0000\u0001\u0002'), 'garbage.bin');
    expect(run.outcome).toBe('failed');
    expect(english(run.message)).toMatch(/^garbage\.bin: .+ The current list was kept\.$/);
    expect((await getCurrentList())?.version).toBe(seed.version);
  });
});
