import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The background's browser glue, faked: storage in memory, tab 4 shown in its window (tab 5 behind it).
const local = new Map<string, unknown>();
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
const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
const captureVisibleTab = vi.fn(async () => `data:image/png;base64,${Buffer.from(PNG).toString('base64')}`);
vi.mock('../../../src/platform/browser', () => ({
  default: {
    storage: { local: area(local), session: area(session) },
    tabs: { get: async (id: number) => ({ id, windowId: 9, active: id === 4 }), captureVisibleTab },
  },
}));

const { evidenceRequests } = await import('../../../src/background/evidence-requests');
const { setFrameFindings } = await import('../../../src/background/tab-findings');
const { openWroDb } = await import('../../../src/platform/db');
const { addDecision } = await import('../../../src/platform/decision-store');
const { attachFile, getEvidence, listEvidence } = await import('../../../src/platform/evidence-store');
const { newDecision } = await import('../platform/decision-fixtures');

const SUPERMAX = 'cbp-wro-2021-10-21-supermax-corporation-bhd';

async function tabShows(tabId: number): Promise<void> {
  await setFrameFindings(tabId, 0, {
    url: 'https://portal.example.gov.uk/quote/7',
    title: 'Gloves quote',
    frameUrl: 'https://portal.example.gov.uk/quote/7',
    listVersion: 'v1',
    findings: [{ recordId: SUPERMAX, matchedText: 'Supermax Corporation Berhad', confidence: 'match', score: 1, why: 'name', context: 'Bidder: Northgate · Product: Nitrile gloves' }],
  });
}

beforeEach(async () => {
  const db = await openWroDb();
  await Promise.all([db.clear('decisions'), db.clear('evidence')]);
  local.clear();
  captureVisibleTab.mockClear();
});

describe('page capture', () => {
  it('keeps the address, time, matched text and row the tab reported, and a screenshot of the visible tab', async () => {
    await tabShows(4);
    const d = await addDecision(newDecision({ recordId: SUPERMAX }));
    const { item, screenshotError } = await evidenceRequests['capture-page']({ tabId: 4, decisionId: d.id as number, screenshot: true });
    expect(screenshotError).toBeNull();
    expect(captureVisibleTab).toHaveBeenCalledWith(9, { format: 'png' });
    expect(item).toMatchObject({
      decisionUid: d.uid,
      kind: 'screenshot',
      type: 'image/png',
      size: PNG.length,
      capture: { url: 'https://portal.example.gov.uk/quote/7', title: 'Gloves quote', matchedText: 'Supermax Corporation Berhad', context: 'Bidder: Northgate · Product: Nitrile gloves' },
    });
    expect(new Uint8Array(await (await getEvidence(item.id))!.blob!.arrayBuffer())).toEqual(PNG);
  });

  it('without a screenshot when none is asked, or the tab is not the one shown (saying why)', async () => {
    await tabShows(5);
    const d = await addDecision(newDecision({ recordId: SUPERMAX }));
    const plain = await evidenceRequests['capture-page']({ tabId: 5, decisionId: d.id as number, screenshot: false });
    expect(plain).toMatchObject({ screenshotError: null, item: { kind: 'capture', size: 0 } });
    const refused = await evidenceRequests['capture-page']({ tabId: 5, decisionId: d.id as number, screenshot: true });
    expect(refused.screenshotError).toMatch(/not the one/);
    expect(refused.item.kind).toBe('capture');
    expect(captureVisibleTab).not.toHaveBeenCalled();
    expect(await listEvidence(d.uid)).toHaveLength(2);
  });

  it('refuses a tab that does not show the decision’s record', async () => {
    const d = await addDecision(newDecision({ recordId: 'uflpa-other' }));
    await tabShows(4);
    await expect(evidenceRequests['capture-page']({ tabId: 4, decisionId: d.id as number, screenshot: false })).rejects.toThrow(/no longer shows/);
  });
});

describe('delete-decision', () => {
  it('deletes a dismissal with its evidence and tells pages to ask again what they hide', async () => {
    const d = await addDecision(newDecision({ outcome: 'not-this-company', scope: 'site', dismissedName: 'Supermax' }));
    await attachFile(d.uid, new File([new Uint8Array(2)], 'a.pdf'), 't');
    expect(await evidenceRequests['delete-decision']({ id: d.id as number, deleteEvidence: true })).toEqual({ evidenceDeleted: 1 });
    expect(local.has('dismissalsChanged')).toBe(true);
  });

  it('another outcome, its evidence kept, changes nothing pages hide', async () => {
    const d = await addDecision(newDecision());
    await attachFile(d.uid, new File([new Uint8Array(2)], 'a.pdf'), 't');
    expect(await evidenceRequests['delete-decision']({ id: d.id as number, deleteEvidence: false })).toEqual({ evidenceDeleted: 0 });
    expect(local.has('dismissalsChanged')).toBe(false);
    expect(await listEvidence(d.uid)).toHaveLength(1);
  });
});
