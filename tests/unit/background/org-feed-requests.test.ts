import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The background's browser glue, faked: storage areas in memory, no policy.
const session = new Map<string, unknown>();
const area = (store: Map<string, unknown>) => ({
  get: async (keys: string | string[]) => Object.fromEntries([keys].flat().filter((k) => store.has(k)).map((k) => [k, structuredClone(store.get(k))])),
  set: async (items: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
  },
  remove: async (keys: string | string[]) => {
    for (const k of [keys].flat()) store.delete(k);
  },
});
vi.mock('../../../src/platform/browser', () => ({
  default: { storage: { local: area(new Map()), session: area(session), managed: { get: async () => ({}) } } },
}));

const { contentOrgFeedHandlers, orgFeedRequests } = await import('../../../src/background/org-feed-requests');
const { setFrameFindings } = await import('../../../src/background/tab-findings');
const { currentList } = await import('../../../src/background/list-cache');
const { openWroDb, writeMeta } = await import('../../../src/platform/db');
const { DEFAULT_SETTINGS } = await import('../../../src/core/settings');
const { decision } = await import('../platform/decision-fixtures');

const FEED = 'https://intranet.example/wro/decisions.json';
const SUPERMAX = 'cbp-wro-2021-10-21-supermax-corporation-bhd';
const HOSHINE = 'cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd';
const TOP_GLOVE = 'cbp-finding-2021-03-29-top-glove-corporation-bhd';
const PORTAL = 'https://portal.example.gov.uk';

const sender = (frameId = 0, url = `${PORTAL}/quote/7`) => ({ id: 'ext', url, frameId, tab: { id: 4, url: `${PORTAL}/quote/7`, title: 'Quote', index: 0, highlighted: false, active: true, pinned: false, incognito: false } });

/** The feed as kept after a good read: a decision on Supermax for every site, and a dismissal of it on another site. */
async function keptFeed(url = FEED): Promise<void> {
  const { version } = (await currentList()).list;
  await writeMeta('org:decisions', {
    url,
    fetchedAt: '2026-12-02T08:00:00.000Z',
    exportedAt: '2026-12-01T09:00:00.000Z',
    decisions: [
      decision({ uid: 'aaaaaaaa-0001', recordId: SUPERMAX, outcome: 'supplier-confirmed-not-listed', by: 'Category team', listVersion: version, recordStatus: 'modified' }),
      decision({ uid: 'aaaaaaaa-0002', recordId: SUPERMAX, outcome: 'not-this-company', site: 'https://elsewhere.example', scope: 'site', listVersion: version }),
      decision({ uid: 'aaaaaaaa-0003', recordId: HOSHINE, outcome: 'escalated', listVersion: version }),
    ],
    validators: null,
    checkedAt: '2026-12-02T08:00:00.000Z',
    error: null,
  });
}

async function reported(frameId: number, recordIds: string[]): Promise<void> {
  await setFrameFindings(4, frameId, {
    url: `${PORTAL}/quote/7`,
    title: 'Quote',
    frameUrl: `${PORTAL}/quote/7`,
    listVersion: 'v1-tab',
    findings: recordIds.map((recordId) => ({ recordId, matchedText: 'Supermax Corporation Berhad', confidence: 'match' as const, score: 1, why: 'name' })),
  });
}

beforeEach(async () => {
  session.clear();
  const db = await openWroDb();
  await db.clear('meta');
  await writeMeta('settings', { ...DEFAULT_SETTINGS, decisionsFeedUrl: FEED });
});

describe('the organisation’s decisions, as pages and the card ask for them', () => {
  it('answers the card only for a record its own frame reported, as the decisions apply on its site', async () => {
    await keptFeed();
    await reported(0, [SUPERMAX]);
    const ask = contentOrgFeedHandlers['get-org-decisions'];
    const mine = await ask({ recordId: SUPERMAX }, sender());
    // The dismissal taken on another site does not reach this page.
    expect(mine?.shown.map((d) => d.uid)).toEqual(['aaaaaaaa-0001']);
    expect(mine?.shown[0]).not.toHaveProperty('pageUrl');
    // Another frame of the same tab, which reported nothing, and a record this frame did not report.
    expect(await ask({ recordId: SUPERMAX }, sender(3, 'https://widget.example/embed'))).toBeNull();
    expect(await ask({ recordId: HOSHINE }, sender())).toBeNull();
  });

  it('answers the popup for the tab’s page and the screening page for every decision, leaving out records without any', async () => {
    await keptFeed();
    await reported(0, [SUPERMAX, TOP_GLOVE]);
    const onTab = await orgFeedRequests['get-org-decisions']({ recordIds: [SUPERMAX, TOP_GLOVE], tabId: 4 });
    expect(onTab.configured).toBe(true);
    expect(Object.keys(onTab.byRecord)).toEqual([SUPERMAX]);
    expect(onTab.byRecord[SUPERMAX]!.shown).toHaveLength(1);
    const screening = await orgFeedRequests['get-org-decisions']({ recordIds: [SUPERMAX] });
    expect(screening.byRecord[SUPERMAX]!.shown).toHaveLength(2);
  });

  it('shows nothing of a feed kept for an address no longer configured, and says when none is', async () => {
    await keptFeed('https://old.example/decisions.json');
    expect((await orgFeedRequests['get-org-decisions']({ recordIds: [SUPERMAX] })).byRecord).toEqual({});
    expect(await orgFeedRequests['get-org-feed']()).toMatchObject({ url: FEED, fetchedAt: null, decisionCount: 0, checkedAt: null });
    await writeMeta('settings', { ...DEFAULT_SETTINGS, decisionsFeedUrl: '' });
    expect(await orgFeedRequests['get-org-feed']()).toBeNull();
    expect(await orgFeedRequests['get-org-decisions']({ recordIds: [SUPERMAX] })).toEqual({ configured: false, byRecord: {} });
  });
});
