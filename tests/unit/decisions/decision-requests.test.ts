import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The background's browser glue, faked: storage areas in memory, one tab.
const local = new Map<string, unknown>();
const session = new Map<string, unknown>();
const area = (store: Map<string, unknown>) => ({
  get: async (key: string) => (store.has(key) ? { [key]: store.get(key) } : {}),
  set: async (items: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(items)) store.set(k, v);
  },
  remove: async (key: string) => void store.delete(key),
});
vi.mock('../../../src/platform/browser', () => ({
  default: {
    storage: { local: area(local), session: area(session) },
    tabs: { get: async (id: number) => ({ id, url: 'https://portal.example.gov.uk/quote/7', title: 'Quote 7' }) },
  },
}));

const { contentDecisionHandlers, decisionRequests } = await import('../../../src/background/decision-requests');
const { REQUESTS } = await import('../../../src/platform/requests');
const { openWroDb } = await import('../../../src/platform/db');
const { currentList } = await import('../../../src/background/list-cache');

const SUPERMAX = 'cbp-wro-2021-10-21-supermax-corporation-bhd';
const sender = (url: string) => ({ id: 'ext', tab: { id: 4, url, title: 'Gloves quote', index: 0, highlighted: false, active: true, pinned: false, incognito: false } });

beforeEach(async () => {
  local.clear();
  session.clear();
  await (await openWroDb()).clear('decisions');
});

describe('decisions from in-page cards (content scripts)', () => {
  it('takes the page and site from the sender, the name and list version from the background', async () => {
    session.set('tab-4', { url: 'https://portal.example.gov.uk/quote/7', title: 'Gloves quote', listVersion: 'v1-tab', frames: {} });
    const saved = await contentDecisionHandlers['record-decision'](
      {
        type: 'record-decision',
        recordId: SUPERMAX,
        matchedText: 'Supermax Corporation Berhad',
        outcome: 'not-this-company',
        note: '  Our Supermax is a razor brand  ',
      },
      sender('https://portal.example.gov.uk/quote/7'),
    );
    expect(saved).toMatchObject({
      pageUrl: 'https://portal.example.gov.uk/quote/7',
      pageTitle: 'Gloves quote',
      site: 'https://portal.example.gov.uk',
      recordName: 'Supermax Corporation Bhd.',
      listVersion: 'v1-tab',
      note: 'Our Supermax is a razor brand',
      undoneAt: null,
    });
    expect(typeof local.get('dismissalsChanged')).toBe('number');
    expect(await contentDecisionHandlers['get-site-state']({ type: 'get-site-state' }, sender('https://portal.example.gov.uk/other'))).toEqual({
      dismissed: [SUPERMAX],
    });
    expect(await contentDecisionHandlers['get-site-state']({ type: 'get-site-state' }, sender('https://elsewhere.example.com/'))).toEqual({
      dismissed: [],
    });
  });

  it('rejects records that are not on the list', async () => {
    await expect(
      contentDecisionHandlers['record-decision'](
        {
          type: 'record-decision',
          recordId: 'made-up',
          matchedText: 'x',
          outcome: 'escalated',
          note: '',
        },
        sender('https://portal.example.gov.uk/'),
      ),
    ).rejects.toThrow(/Unknown record/);
  });

  it('does not announce a dismissal change for other outcomes', async () => {
    await contentDecisionHandlers['record-decision'](
      {
        type: 'record-decision',
        recordId: SUPERMAX,
        matchedText: 'Supermax',
        outcome: 'asked-for-evidence',
        note: '',
      },
      sender('https://portal.example.gov.uk/'),
    );
    expect(local.has('dismissalsChanged')).toBe(false);
  });
});

describe('decisions from the popup and the options page', () => {
  it('records on a tab with the current list version when the tab has no findings stored, then undoes', async () => {
    const { list } = await currentList();
    const saved = (await decisionRequests['record-tab-decision'](
      { tabId: 4, recordId: SUPERMAX, matchedText: 'Supermax', outcome: 'not-this-company', note: '' },
    )) as { id: number; listVersion: string; pageTitle: string };
    expect(saved.listVersion).toBe(list.version);
    expect(saved.pageTitle).toBe('Quote 7');
    const before = local.get('dismissalsChanged');
    await new Promise((r) => setTimeout(r, 2));
    await decisionRequests['undo-decision']({ id: saved.id });
    expect(local.get('dismissalsChanged')).not.toBe(before);
    const listed = (await decisionRequests['list-decisions']({ filter: {} })) as Array<{ undoneAt: string | null }>;
    expect(listed[0]?.undoneAt).toEqual(expect.any(String));
  });

  it('validates requests: unknown outcomes and malformed filters are refused', () => {
    expect(REQUESTS['record-tab-decision'].payload.safeParse({ tabId: 1, recordId: 'r', matchedText: '', outcome: 'ignored', note: '' }).success).toBe(false);
    expect(REQUESTS['list-decisions'].payload.safeParse({ filter: { from: '1/2/2026' } }).success).toBe(false);
    expect(REQUESTS['list-decisions'].payload.safeParse({}).success).toBe(true);
  });
});
