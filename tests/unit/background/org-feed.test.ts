import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { orgFeedFor, orgFeedSettingsChanged, refreshOrgFeed, type OrgFeedDeps } from '../../../src/background/org-feed';
import { english } from '../../../src/cli/english';
import { decisionsToJson } from '../../../src/core/decision-export';
import { openWroDb } from '../../../src/platform/db';
import { decision } from '../platform/decision-fixtures';

const FEED = 'https://intranet.example/wro/decisions.json';
const OTHER = 'https://other.example/decisions.json';
const good = (n = 2) => decisionsToJson(Array.from({ length: n }, (_, i) => decision({ uid: `3f2c8a1e-0000-4000-8000-00000000000${i}`, by: 'Category team' })), '2026-12-01T09:00:00.000Z');

type Reply = { status?: number; body?: string; headers?: Record<string, string> };
function fakeFetch(reply: () => Reply) {
  const log: Array<{ url: string; ifNoneMatch: string | null; redirect: string | undefined; credentials: string | undefined }> = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    log.push({ url: String(input), ifNoneMatch: new Headers(init?.headers).get('if-none-match'), redirect: init?.redirect, credentials: init?.credentials });
    const r = reply();
    const status = r.status ?? 200;
    return new Response(status === 304 || status === 302 ? null : (r.body ?? ''), { status, headers: { 'content-type': 'application/json', ...r.headers } });
  }) as typeof globalThis.fetch;
  return { fetch, log };
}

let time = 0;
const deps = (fetch: typeof globalThis.fetch, url = FEED, granted = true): OrgFeedDeps => ({
  url,
  fetch,
  hostGranted: async () => granted,
  now: () => new Date(Date.parse('2026-12-02T08:00:00.000Z') + 60_000 * time++),
});

beforeEach(async () => {
  await (await openWroDb()).clear('meta');
});

describe('reading the organisation’s decisions feed', () => {
  it('keeps what a good read gave: the decisions, when, the document’s date; asked with no cookies and no redirects', async () => {
    const { fetch, log } = fakeFetch(() => ({ body: good(), headers: { etag: '"d1"' } }));
    const feed = await refreshOrgFeed(deps(fetch));
    expect(feed).toMatchObject({ url: FEED, exportedAt: '2026-12-01T09:00:00.000Z', error: null, fetchedAt: expect.stringMatching(/^2026-12-02/) });
    expect(feed?.decisions.map((d) => d.by)).toEqual(['Category team', 'Category team']);
    expect(await orgFeedFor(FEED)).toEqual(feed);
    expect(log).toEqual([{ url: FEED, ifNoneMatch: null, redirect: 'manual', credentials: 'omit' }]);
  });

  it('asks conditionally the next time; “not modified” keeps the decisions and counts as read', async () => {
    let calls = 0;
    const { fetch, log } = fakeFetch(() => (calls++ === 0 ? { body: good(), headers: { etag: '"d1"' } } : { status: 304 }));
    const first = await refreshOrgFeed(deps(fetch));
    const second = await refreshOrgFeed(deps(fetch));
    expect(log.map((l) => l.ifNoneMatch)).toEqual([null, '"d1"']);
    expect(second?.decisions).toEqual(first?.decisions);
    expect(second?.fetchedAt! > first?.fetchedAt!).toBe(true);
    expect(second?.error).toBeNull();
  });

  it.each([
    ['a file that is not a decisions file', { body: '{"format":"wro-list"}' }, /^https:\/\/intranet\.example\/wro\/decisions\.json is not a decisions file WRO Check can read: Not a WRO Check decisions file/],
    ['a decision with an unknown outcome', { body: good().replace('"asked-for-evidence"', '"cleared-by-magic"') }, /can read: Decision 1: .*outcome/],
    ['an error page', { status: 500, body: 'oops' }, /The server answered 500 Internal Server Error/],
    ['a redirect', { status: 302, headers: { location: 'http://evil.example/decisions.json' } }, /Refused: the server redirected/],
  ])('keeps the last good decisions after %s, and says why', async (_name, bad, error) => {
    let calls = 0;
    const { fetch } = fakeFetch(() => (calls++ === 0 ? { body: good() } : (bad as Reply)));
    const first = await refreshOrgFeed(deps(fetch));
    const second = await refreshOrgFeed(deps(fetch));
    expect(english(second!.error!)).toMatch(error);
    expect(second?.decisions).toEqual(first?.decisions);
    expect(second?.fetchedAt).toBe(first?.fetchedAt);
    expect(second!.checkedAt > first!.checkedAt).toBe(true);
  });

  it('does not contact a host it was not granted, and says how to grant it', async () => {
    const { fetch, log } = fakeFetch(() => ({ body: good() }));
    const feed = await refreshOrgFeed(deps(fetch, FEED, false));
    expect(log).toEqual([]);
    expect(english(feed!.error!)).toBe('Access to intranet.example has not been granted, so the decisions feed was not read. Use “Grant access” beside its address.');
    expect(feed?.decisions).toEqual([]);
  });

  it('drops the kept decisions when the address is emptied or changed, and never shows another address’s', async () => {
    const { fetch } = fakeFetch(() => ({ body: good() }));
    await refreshOrgFeed(deps(fetch));
    expect(await orgFeedFor(OTHER)).toBeNull();
    expect(await orgFeedFor('')).toBeNull();
    await orgFeedSettingsChanged(FEED);
    expect(await orgFeedFor(FEED)).not.toBeNull();
    await orgFeedSettingsChanged(OTHER);
    expect(await orgFeedFor(FEED)).toBeNull();

    await refreshOrgFeed(deps(fetch));
    expect(await refreshOrgFeed(deps(fetch, ''))).toBeNull();
    expect(await (await openWroDb()).get('meta', 'org:decisions')).toBeUndefined();
  });

  it('a failing new address starts empty rather than showing the old address’s decisions', async () => {
    await refreshOrgFeed(deps(fakeFetch(() => ({ body: good() })).fetch));
    const feed = await refreshOrgFeed(deps(fakeFetch(() => ({ status: 404 })).fetch, OTHER));
    expect(feed).toMatchObject({ url: OTHER, decisions: [], fetchedAt: null });
    expect(english(feed!.error!)).toMatch(/404 Not Found/);
  });
});
