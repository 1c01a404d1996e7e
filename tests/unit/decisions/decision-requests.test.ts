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

const { handleContentDecisionMessage, recordTabDecision, undoDecisionRequest, listDecisionsRequest } = await import(
  '../../../src/background/decision-requests'
);
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
    const saved = await handleContentDecisionMessage(sender('https://portal.example.gov.uk/quote/7'), {
      type: 'record-decision',
      recordId: SUPERMAX,
      matchedText: 'Supermax Corporation Berhad',
      outcome: 'not-this-company',
      note: '  Our Supermax is a razor brand  ',
    });
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
    expect(await handleContentDecisionMessage(sender('https://portal.example.gov.uk/other'), { type: 'get-site-state' })).toEqual({
      dismissed: [SUPERMAX],
    });
    expect(await handleContentDecisionMessage(sender('https://elsewhere.example.com/'), { type: 'get-site-state' })).toEqual({
      dismissed: [],
    });
  });

  it('rejects records that are not on the list', async () => {
    await expect(
      handleContentDecisionMessage(sender('https://portal.example.gov.uk/'), {
        type: 'record-decision',
        recordId: 'made-up',
        matchedText: 'x',
        outcome: 'escalated',
        note: '',
      }),
    ).rejects.toThrow(/Unknown record/);
  });

  it('does not announce a dismissal change for other outcomes', async () => {
    await handleContentDecisionMessage(sender('https://portal.example.gov.uk/'), {
      type: 'record-decision',
      recordId: SUPERMAX,
      matchedText: 'Supermax',
      outcome: 'asked-for-evidence',
      note: '',
    });
    expect(local.has('dismissalsChanged')).toBe(false);
  });
});

describe('decisions from the popup and the options page', () => {
  it('records on a tab with the current list version when the tab has no findings stored, then undoes', async () => {
    const { list } = await currentList();
    const saved = (await recordTabDecision.handle(
      { type: 'record-tab-decision', tabId: 4, recordId: SUPERMAX, matchedText: 'Supermax', outcome: 'not-this-company', note: '' },
      { id: 'ext' },
    )) as { id: number; listVersion: string; pageTitle: string };
    expect(saved.listVersion).toBe(list.version);
    expect(saved.pageTitle).toBe('Quote 7');
    const before = local.get('dismissalsChanged');
    await new Promise((r) => setTimeout(r, 2));
    await undoDecisionRequest.handle({ type: 'undo-decision', id: saved.id }, { id: 'ext' });
    expect(local.get('dismissalsChanged')).not.toBe(before);
    const listed = (await listDecisionsRequest.handle({ type: 'list-decisions', filter: {} }, { id: 'ext' })) as Array<{ undoneAt: string | null }>;
    expect(listed[0]?.undoneAt).toEqual(expect.any(String));
  });

  it('validates requests: unknown outcomes and malformed filters are refused', () => {
    expect(recordTabDecision.schema.safeParse({ type: 'record-tab-decision', tabId: 1, recordId: 'r', matchedText: '', outcome: 'ignored', note: '' }).success).toBe(false);
    expect(listDecisionsRequest.schema.safeParse({ type: 'list-decisions', filter: { from: '1/2/2026' } }).success).toBe(false);
    expect(listDecisionsRequest.schema.safeParse({ type: 'list-decisions' }).success).toBe(true);
  });
});
