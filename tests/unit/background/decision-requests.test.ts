import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The background's browser glue, faked: storage areas in memory, one tab.
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
vi.mock('../../../src/platform/browser', () => ({
  default: {
    storage: { local: area(local), session: area(session) },
    tabs: { get: async (id: number) => ({ id, url: 'https://portal.example.gov.uk/quote/7', title: 'Quote 7' }) },
  },
}));

const { contentDecisionHandlers, decisionRequests, pendingDismissalRequests, senderSite } = await import('../../../src/background/decision-requests');
const { clearPendingDismissals, forgetTabDismissals, MAX_PENDING_PER_TAB, takeDismissalAsk } = await import('../../../src/background/pending-dismissals');
const { setFrameFindings } = await import('../../../src/background/tab-findings');
const { REQUESTS } = await import('../../../src/platform/requests');
const { openWroDb } = await import('../../../src/platform/db');
const { currentList } = await import('../../../src/background/list-cache');

const SUPERMAX = 'cbp-wro-2021-10-21-supermax-corporation-bhd';
const HOSHINE = 'cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd';
const PORTAL = 'https://portal.example.gov.uk/quote/7';
const WIDGET = 'https://supplier-widget.example.com/embed/3';

/** A content script's sender: the tab (its top page) and the frame that sent the message. */
function sender(url: string, options: { tabId?: number; frameId?: number; frameUrl?: string; origin?: string } = {}) {
  return {
    id: 'ext',
    url: options.frameUrl ?? url,
    frameId: options.frameId ?? 0,
    ...(options.origin === undefined ? {} : { origin: options.origin }),
    tab: { id: options.tabId ?? 4, url, title: 'Gloves quote', index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  };
}

/** The row each record was named in, as the content script reads it. */
const ROWS: Record<string, string> = { [SUPERMAX]: 'Bidder: Northgate Medical Supplies Ltd · Product: Nitrile gloves', [HOSHINE]: 'Bidder: Solent Facilities Group' };

/** What a frame's content script reported: one mention of each record, in its row. */
async function reported(tabId: number, frameId: number, frameUrl: string, recordIds: string[], listVersion = 'v1-tab'): Promise<void> {
  await setFrameFindings(tabId, frameId, {
    url: PORTAL,
    title: 'Gloves quote',
    frameUrl,
    listVersion,
    findings: recordIds.map((recordId) => ({ recordId, matchedText: recordId === SUPERMAX ? 'Supermax Corporation Berhad' : 'Hoshine Silicon', confidence: 'match', score: 1, why: 'name', context: ROWS[recordId] })),
  });
}

/** The names a card sends for each record: the one that matched. */
const NAMES: Record<string, string> = { [SUPERMAX]: 'Supermax Corporation Berhad', [HOSHINE]: 'Hoshine Silicon' };
type Choice = { name?: string; scope?: 'site' | 'everywhere' | 'page'; reason?: 'different-company' | 'not-supplier' | 'already-checked' | 'other' };
const dismiss = (recordId: string, seen: boolean, from: ReturnType<typeof sender>, choice: Choice = {}) =>
  contentDecisionHandlers['dismiss-record'](
    { type: 'dismiss-record', recordId, name: choice.name ?? NAMES[recordId] ?? 'Hoshine Silicon', scope: choice.scope ?? 'site', reason: choice.reason ?? 'different-company', seen },
    from,
  );
const siteState = (from: ReturnType<typeof sender>) => contentDecisionHandlers['get-site-state']({ type: 'get-site-state' }, from);
/** What a page hides: Supermax under the name it was dismissed by. */
const hidesSupermax = { records: [], names: [{ recordId: SUPERMAX, name: 'supermax corporation berhad' }] };
const hidesNothing = { records: [], names: [] };
const decisions = () => decisionRequests['list-decisions']({ filter: {} });

beforeEach(async () => {
  local.clear();
  session.clear();
  await (await openWroDb()).clear('decisions');
});

describe('dismissals from in-page cards (content scripts; issue #17, attack 3)', () => {
  it('takes only the record id from the page: the text from the frame\'s own report, the site from the frame, the rest from the background', async () => {
    await reported(4, 0, PORTAL, [SUPERMAX]);
    expect(await dismiss(SUPERMAX, true, sender(PORTAL))).toEqual({ outcome: 'recorded' });
    const [saved] = await decisions();
    expect(saved).toMatchObject({
      outcome: 'not-this-company',
      pageUrl: PORTAL,
      pageTitle: 'Gloves quote',
      site: 'https://portal.example.gov.uk',
      matchedText: 'Supermax Corporation Berhad',
      // The row comes from the frame's own report: the message carries none.
      context: ROWS[SUPERMAX],
      recordName: 'Supermax Corporation Bhd.',
      listVersion: 'v1-tab',
      note: '',
      undoneAt: null,
    });
    expect(typeof local.get('dismissalsChanged')).toBe('number');
    expect(await siteState(sender('https://portal.example.gov.uk/other'))).toEqual(hidesSupermax);
    expect(await siteState(sender('https://elsewhere.example.com/'))).toEqual(hidesNothing);
  });

  it('refuses a record the asking frame did not report: another frame\'s, one not on the page, one not on the list', async () => {
    await reported(5, 0, PORTAL, [SUPERMAX]);
    await reported(5, 3, WIDGET, [HOSHINE]);
    // Frame 3 reported Hoshine only; the top frame Supermax only.
    await expect(dismiss(SUPERMAX, true, sender(PORTAL, { tabId: 5, frameId: 3, frameUrl: WIDGET }))).rejects.toThrow(/has not reported/);
    await expect(dismiss(HOSHINE, true, sender(PORTAL, { tabId: 5 }))).rejects.toThrow(/has not reported/);
    await expect(dismiss('made-up', true, sender(PORTAL, { tabId: 5 }))).rejects.toThrow(/has not reported/);
    // A frame that never reported, and a tab that never did.
    await expect(dismiss(SUPERMAX, true, sender(PORTAL, { tabId: 5, frameId: 9, frameUrl: WIDGET }))).rejects.toThrow(/has not reported/);
    await expect(dismiss(SUPERMAX, true, sender(PORTAL, { tabId: 77 }))).rejects.toThrow(/has not reported/);
    expect(await decisions()).toEqual([]);
  });

  it('records a dismissal from an iframe against the iframe\'s site, not the top page\'s', async () => {
    await reported(6, 0, PORTAL, [SUPERMAX]);
    await reported(6, 7, WIDGET, [SUPERMAX]);
    const fromWidget = sender(PORTAL, { tabId: 6, frameId: 7, frameUrl: WIDGET });
    expect(await dismiss(SUPERMAX, true, fromWidget)).toEqual({ outcome: 'recorded' });
    expect(await decisions()).toMatchObject([{ site: 'https://supplier-widget.example.com', pageUrl: WIDGET }]);
    // The frame sees its own site's dismissals; the top page does not.
    expect(await siteState(fromWidget)).toEqual(hidesSupermax);
    expect(await siteState(sender(PORTAL, { tabId: 6 }))).toEqual(hidesNothing);
  });

  it('takes an about:blank frame\'s site from its origin (Chrome), and refuses a frame with no site at all', async () => {
    expect(senderSite(sender(PORTAL, { frameUrl: 'about:blank', origin: 'https://supplier-widget.example.com' }))).toBe('https://supplier-widget.example.com');
    expect(senderSite(sender(PORTAL, { frameUrl: 'about:srcdoc', origin: 'null' }))).toBe('');
    expect(senderSite(sender(PORTAL, { frameUrl: 'about:blank' }))).toBe('');
    expect(senderSite(sender(PORTAL))).toBe('https://portal.example.gov.uk');
    await reported(8, 2, 'about:blank', [SUPERMAX]);
    await expect(dismiss(SUPERMAX, true, sender(PORTAL, { tabId: 8, frameId: 2, frameUrl: 'about:blank' }))).rejects.toThrow(/no site/);
    expect(await decisions()).toEqual([]);
  });

  it('waits for the buyer\'s confirmation in the popup when the card was not seen uncovered', async () => {
    await reported(10, 0, PORTAL, [SUPERMAX, HOSHINE]);
    expect(await dismiss(SUPERMAX, false, sender(PORTAL, { tabId: 10 }))).toEqual({ outcome: 'confirm-in-popup' });
    expect(await dismiss(HOSHINE, false, sender(PORTAL, { tabId: 10 }))).toEqual({ outcome: 'confirm-in-popup' });
    expect(await decisions()).toEqual([]);
    expect(local.has('dismissalsChanged')).toBe(false);
    const pending = await pendingDismissalRequests['list-pending-dismissals']({ tabId: 10 });
    expect(pending).toMatchObject([
      { recordId: SUPERMAX, recordName: 'Supermax Corporation Bhd.', matchedText: 'Supermax Corporation Berhad', context: ROWS[SUPERMAX], site: 'https://portal.example.gov.uk', pageUrl: PORTAL },
      { recordId: HOSHINE, site: 'https://portal.example.gov.uk' },
    ]);
    // Other tabs see none of it.
    expect(await pendingDismissalRequests['list-pending-dismissals']({ tabId: 11 })).toEqual([]);

    const confirmed = await pendingDismissalRequests['confirm-dismissal']({ tabId: 10, id: pending[0]!.id });
    expect(confirmed).toMatchObject({ outcome: 'not-this-company', recordId: SUPERMAX, site: 'https://portal.example.gov.uk', matchedText: 'Supermax Corporation Berhad', context: ROWS[SUPERMAX], listVersion: 'v1-tab' });
    expect(typeof local.get('dismissalsChanged')).toBe('number');
    await pendingDismissalRequests['cancel-dismissal']({ tabId: 10, id: pending[1]!.id });
    expect(await pendingDismissalRequests['list-pending-dismissals']({ tabId: 10 })).toEqual([]);
    expect((await decisions()).map((d) => d.recordId)).toEqual([SUPERMAX]);
    // Confirmed or discarded once only.
    await expect(pendingDismissalRequests['confirm-dismissal']({ tabId: 10, id: pending[1]!.id })).rejects.toThrow(/no longer waiting/);
  });

  it('keeps one ask per record and site, and the last few per tab', async () => {
    const { list } = await currentList();
    const records = list.records.slice(0, MAX_PENDING_PER_TAB + 2).map((r) => r.id);
    await reported(12, 0, PORTAL, records);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // Four asks, one of them again (it replaces the first), then a minute later three more.
      for (const id of records.slice(0, 3)) await dismiss(id, false, sender(PORTAL, { tabId: 12 }));
      await dismiss(records[0]!, false, sender(PORTAL, { tabId: 12 }));
      vi.setSystemTime(Date.now() + 61_000);
      for (const id of records.slice(3)) await dismiss(id, false, sender(PORTAL, { tabId: 12 }));
    } finally {
      vi.useRealTimers();
    }
    const pending = await pendingDismissalRequests['list-pending-dismissals']({ tabId: 12 });
    expect(pending.map((p) => p.recordId)).toEqual([records[2], records[0], records[3], records[4], records[5], records[6]].slice(-MAX_PENDING_PER_TAB));
    expect(new Set(pending.map((p) => p.id)).size).toBe(MAX_PENDING_PER_TAB);
  });

  it('limits how often a tab may ask: five a minute, another tab unaffected', async () => {
    await reported(13, 0, PORTAL, [SUPERMAX]);
    await reported(14, 0, PORTAL, [SUPERMAX]);
    for (let i = 0; i < 5; i++) await expect(dismiss(SUPERMAX, false, sender(PORTAL, { tabId: 13 }))).resolves.toEqual({ outcome: 'confirm-in-popup' });
    await expect(dismiss(SUPERMAX, true, sender(PORTAL, { tabId: 13 }))).rejects.toThrow(/Too many/);
    await expect(dismiss(SUPERMAX, true, sender(PORTAL, { tabId: 14 }))).resolves.toEqual({ outcome: 'recorded' });
  });

  it('hides the one name that matched, on the site, everywhere or on the one page, as chosen (issue #18)', async () => {
    await reported(20, 0, PORTAL, [SUPERMAX]);
    // "This name on this site": Supermax's own name only; its listed subsidiary Maxter stays shown.
    await dismiss(SUPERMAX, true, sender(PORTAL, { tabId: 20 }), { scope: 'site', reason: 'not-supplier' });
    expect(await decisions()).toMatchObject([{ scope: 'site', dismissedName: 'Supermax Corporation Berhad', reason: 'not-supplier', site: 'https://portal.example.gov.uk' }]);
    expect(await siteState(sender('https://portal.example.gov.uk/other'))).toEqual(hidesSupermax);
    expect(await siteState(sender('https://elsewhere.example.com/'))).toEqual(hidesNothing);
    await (await openWroDb()).clear('decisions');

    // "This name everywhere": every site, still that name only.
    await reported(21, 0, PORTAL, [SUPERMAX]);
    await dismiss(SUPERMAX, true, sender(PORTAL, { tabId: 21 }), { scope: 'everywhere' });
    expect(await siteState(sender('https://elsewhere.example.com/'))).toEqual(hidesSupermax);
    await (await openWroDb()).clear('decisions');

    // "Just this page": its address (any fragment), not the site's other pages.
    await reported(22, 0, PORTAL, [SUPERMAX]);
    await dismiss(SUPERMAX, true, sender(PORTAL, { tabId: 22 }), { scope: 'page' });
    expect(await siteState(sender(`${PORTAL}#lot-2`))).toEqual(hidesSupermax);
    expect(await siteState(sender('https://portal.example.gov.uk/quote/8'))).toEqual(hidesNothing);
  });

  it('takes as the name only one of the record\'s names or a text the frame reported for it', async () => {
    await reported(23, 0, PORTAL, [SUPERMAX]);
    // A listed subsidiary of the record, not on this page: a name of the record, so taken as the list spells it.
    await dismiss(SUPERMAX, true, sender(PORTAL, { tabId: 23 }), { name: 'MAXTER GLOVE MANUFACTURING SDN BHD' });
    expect((await decisions())[0]).toMatchObject({ dismissedName: 'Maxter Glove Manufacturing Sdn. Bhd.' });
    // Words of the page's choosing are refused.
    await expect(dismiss(SUPERMAX, true, sender(PORTAL, { tabId: 23 }), { name: 'Northgate Medical Supplies' })).rejects.toThrow(/not a name of the record/);
    expect(await decisions()).toHaveLength(1);
  });

  it('keeps the choices of a dismissal waiting for the popup, and records them once confirmed', async () => {
    await reported(24, 0, PORTAL, [SUPERMAX]);
    await dismiss(SUPERMAX, false, sender(PORTAL, { tabId: 24 }), { scope: 'page', reason: 'already-checked' });
    const [pending] = await pendingDismissalRequests['list-pending-dismissals']({ tabId: 24 });
    expect(pending).toMatchObject({ scope: 'page', reason: 'already-checked', dismissedName: 'Supermax Corporation Berhad' });
    expect(await pendingDismissalRequests['confirm-dismissal']({ tabId: 24, id: pending!.id })).toMatchObject({ scope: 'page', reason: 'already-checked', dismissedName: 'Supermax Corporation Berhad' });
  });

  it('the limit is a sliding window per tab', async () => {
    const asks = (tabId: number, at: number, n: number) => Promise.all(Array.from({ length: n }, () => takeDismissalAsk(tabId, at)));
    expect(await asks(91, 1_000, 6)).toEqual([true, true, true, true, true, false]);
    expect(await takeDismissalAsk(92, 1_000)).toBe(true);
    expect(await takeDismissalAsk(91, 60_999)).toBe(false);
    // A minute after the first five, five more.
    expect(await asks(91, 61_000, 6)).toEqual([true, true, true, true, true, false]);
  });

  it('keeps its count where a restarted background and a reloaded page find it, and forgets it with the tab', async () => {
    // In storage.session, not in the background's memory: the browser stops an idle background.
    await Promise.all(Array.from({ length: 5 }, () => takeDismissalAsk(93, 5_000)));
    expect(session.get('dismissal-asks-93')).toEqual([5_000, 5_000, 5_000, 5_000, 5_000]);
    await clearPendingDismissals(93);
    expect(await takeDismissalAsk(93, 6_000)).toBe(false);
    await forgetTabDismissals(93);
    expect(session.has('dismissal-asks-93')).toBe(false);
    expect(await takeDismissalAsk(93, 7_000)).toBe(true);
  });
});

describe('decisions from the popup and the options page', () => {
  it('keeps with a popup decision the rows the tab\'s frames reported for the record, and undoes any outcome', async () => {
    await reported(41, 0, PORTAL, [SUPERMAX, HOSHINE]);
    await reported(41, 2, WIDGET, [SUPERMAX]);
    const saved = await decisionRequests['record-tab-decision']({ tabId: 41, recordId: SUPERMAX, matchedText: 'Supermax Corporation Berhad', outcome: 'asked-for-evidence', note: '' });
    // The same row reported by two frames is named once.
    expect(saved.context).toBe(ROWS[SUPERMAX]);
    const before = local.get('dismissalsChanged');
    const undone = await decisionRequests['undo-decision']({ id: saved.id as number });
    expect(undone.undoneAt).toEqual(expect.any(String));
    // Not a dismissal: pages are not told to look again.
    expect(local.get('dismissalsChanged')).toBe(before);
  });

  it('records the owner, status, review date and contract given under "More details", and changes them later with when', async () => {
    const saved = await decisionRequests['record-tab-decision']({
      tabId: 43,
      recordId: SUPERMAX,
      matchedText: 'Supermax',
      outcome: 'supplier-confirmed-not-listed',
      note: '',
      owner: 'Category team',
      status: 'open',
      reviewDate: '2027-01-31',
      contractRef: 'CCS-RM6281',
    });
    expect(saved).toMatchObject({ owner: 'Category team', status: 'open', reviewDate: '2027-01-31', contractRef: 'CCS-RM6281' });
    expect(saved.updatedAt).toBeUndefined();
    // Left empty: nobody, the outcome's first status (settled: closed), no review date, no contract.
    const plain = await decisionRequests['record-tab-decision']({ tabId: 43, recordId: SUPERMAX, matchedText: 'Supermax', outcome: 'supplier-confirmed-not-listed', note: '', owner: '', contractRef: '' });
    expect(plain).toMatchObject({ owner: '', status: 'closed', reviewDate: null });
    expect(plain.contractRef).toBeUndefined();

    const edited = await decisionRequests['update-decision']({ id: saved.id as number, status: 'closed', reviewDate: null, owner: 'Ana Lopez' });
    expect(edited).toMatchObject({ status: 'closed', reviewDate: null, owner: 'Ana Lopez', contractRef: 'CCS-RM6281', outcome: 'supplier-confirmed-not-listed', time: saved.time });
    expect(edited.updatedAt).toEqual(expect.any(String));
    expect(REQUESTS['update-decision'].payload.safeParse({ id: 1, status: 'pending' }).success).toBe(false);
    expect(REQUESTS['update-decision'].payload.safeParse({ id: 1, reviewDate: '31/01/2027' }).success).toBe(false);
    await expect(decisionRequests['update-decision']({ id: 99999, owner: 'x' })).rejects.toThrow('No decision 99999');
  });

  it('records on a tab with the current list version when the tab has no findings stored, then undoes', async () => {
    const { list } = await currentList();
    const saved = (await decisionRequests['record-tab-decision'](
      { tabId: 40, recordId: SUPERMAX, matchedText: 'Supermax', outcome: 'not-this-company', note: '' },
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

  it('hides the popup\'s "not this company" as far and for the reason chosen, the matched text only; this site when not chosen (issue #18)', async () => {
    await reported(42, 0, PORTAL, [SUPERMAX]);
    const popupDismiss = (scope?: 'site' | 'everywhere' | 'page') =>
      decisionRequests['record-tab-decision']({ tabId: 42, recordId: SUPERMAX, matchedText: 'Supermax Corporation Berhad', outcome: 'not-this-company', note: '', ...(scope ? { scope, reason: 'already-checked' as const } : {}) });
    expect(await popupDismiss('page')).toMatchObject({ scope: 'page', reason: 'already-checked', dismissedName: 'Supermax Corporation Berhad', pageUrl: PORTAL });
    expect(await siteState(sender(`${PORTAL}#lot-2`))).toEqual(hidesSupermax);
    expect(await siteState(sender('https://portal.example.gov.uk/quote/8'))).toEqual(hidesNothing);
    await (await openWroDb()).clear('decisions');

    await popupDismiss('everywhere');
    expect(await siteState(sender('https://elsewhere.example.com/'))).toEqual(hidesSupermax);
    await (await openWroDb()).clear('decisions');

    // Not chosen (an older popup): this text on this site, as before.
    const plain = await popupDismiss();
    expect(plain).toMatchObject({ scope: 'site', dismissedName: 'Supermax Corporation Berhad' });
    expect(plain.reason).toBeUndefined();
    expect(await siteState(sender('https://portal.example.gov.uk/quote/8'))).toEqual(hidesSupermax);
    expect(await siteState(sender('https://elsewhere.example.com/'))).toEqual(hidesNothing);

    // Another outcome keeps no scope or reason.
    const asked = await decisionRequests['record-tab-decision']({ tabId: 42, recordId: SUPERMAX, matchedText: 'Supermax Corporation Berhad', outcome: 'asked-for-evidence', note: '', scope: 'everywhere', reason: 'other' });
    expect(asked.scope).toBeUndefined();
    expect(asked.reason).toBeUndefined();
  });

  it('validates requests: unknown outcomes, scopes and reasons and malformed filters are refused', () => {
    expect(REQUESTS['record-tab-decision'].payload.safeParse({ tabId: 1, recordId: 'r', matchedText: '', outcome: 'ignored', note: '' }).success).toBe(false);
    const dismissal = { tabId: 1, recordId: 'r', matchedText: 'A', outcome: 'not-this-company', note: '' };
    expect(REQUESTS['record-tab-decision'].payload.safeParse({ ...dismissal, scope: 'page', reason: 'not-supplier' }).data).toMatchObject({ scope: 'page', reason: 'not-supplier' });
    expect(REQUESTS['record-tab-decision'].payload.safeParse({ ...dismissal, scope: 'record' }).success).toBe(false);
    expect(REQUESTS['record-tab-decision'].payload.safeParse({ ...dismissal, reason: 'because' }).success).toBe(false);
    expect(REQUESTS['list-decisions'].payload.safeParse({ filter: { from: '1/2/2026' } }).success).toBe(false);
    expect(REQUESTS['list-decisions'].payload.safeParse({}).success).toBe(true);
  });
});
