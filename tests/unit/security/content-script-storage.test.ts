/**
 * Issue #17, attack 6: what content scripts can read. A content script (and a compromised renderer
 * running it) reads `storage.local`; the settings, whose feed addresses may carry access tokens,
 * and the site lists must not be there. Here the background's storage code runs against storage
 * areas in memory and a real IndexedDB (fake-indexeddb): whatever the settings and site choices,
 * `storage.local` only ever holds the compiled matcher and two change signals; a version that kept
 * them there has them moved out on update; and a content script's `get-page-mode` is answered for
 * the frame the browser says sent it, from the lists content scripts never see.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';

const local = new Map<string, unknown>();
const session = new Map<string, unknown>();
let managed: Record<string, unknown> = {};
const area = (store: Map<string, unknown>) => ({
  get: async (keys?: string | string[] | null) =>
    Object.fromEntries((keys === null || keys === undefined ? [...store.keys()] : [keys].flat()).filter((k) => store.has(k)).map((k) => [k, structuredClone(store.get(k))])),
  set: async (items: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
  },
  remove: async (keys: string | string[]) => {
    for (const k of [keys].flat()) store.delete(k);
  },
});
vi.mock('../../../src/platform/browser', () => ({
  default: {
    storage: {
      local: area(local),
      session: area(session),
      managed: { get: async () => structuredClone(managed) },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
    runtime: { getManifest: () => ({ content_scripts: [{ matches: ['https://portal.example.gov.uk/*'] }] }) },
    scripting: { getRegisteredContentScripts: async () => [], registerContentScripts: async () => undefined, unregisterContentScripts: async () => undefined },
    permissions: { contains: async () => true },
  },
}));

const { LOCAL_KEYS, FORMER_LOCAL_KEYS } = await import('../../../src/platform/storage');
type LocalItems = import('../../../src/platform/storage').LocalItems;
const { loadSettings, saveSettings, moveFromLocalStorage, readUserSites } = await import('../../../src/platform/settings-store');
const { siteRequests, pageModeFor, pageModesChanged } = await import('../../../src/background/sites');
const { openWroDb } = await import('../../../src/platform/db');
const { DEFAULT_SETTINGS } = await import('../../../src/core/settings');

const TOKEN = 'feed-token-5b1e';
const feed = { id: 'org', kind: 'wro-json' as const, url: `https://lists.example.org/wro.json?token=${TOKEN}`, label: 'Our list', enabled: true };

/** A content script's sender, as the browser describes it. */
function sender(frame: { origin?: string; url: string }, tabUrl = 'https://portal.example.gov.uk/quotes') {
  return { id: 'ext', url: frame.url, frameId: 3, ...(frame.origin ? { origin: frame.origin } : {}), tab: { id: 7, url: tabUrl, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
}

beforeEach(async () => {
  local.clear();
  session.clear();
  managed = {};
  const db = await openWroDb();
  await db.clear('meta');
});

describe('storage.local, which content scripts can read', () => {
  it('is declared with the matcher and two change signals only', () => {
    expectTypeOf<keyof LocalItems>().toEqualTypeOf<'matcher' | 'dismissalsChanged' | 'pageModeChanged'>();
    expect([...LOCAL_KEYS].sort()).toEqual(['dismissalsChanged', 'matcher', 'pageModeChanged']);
  });

  it('never gets the settings, a feed address or a site list, whatever is saved', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, sources: [...DEFAULT_SETTINGS.sources, feed], discreetMode: true, maxListAgeDays: 9 });
    await siteRequests['set-site-off']({ origin: 'https://switched-off.example.org', off: true });
    await siteRequests['set-site-always']({ origin: 'https://always.example.org', always: true });
    managed = { blockedSites: ['https://blocked-by-policy.example.org'] };
    await pageModesChanged();

    expect((await loadSettings()).settings).toMatchObject({ discreetMode: true, maxListAgeDays: 9, sources: expect.arrayContaining([feed]) });
    expect(await readUserSites()).toEqual({ always: ['https://always.example.org'], off: ['https://switched-off.example.org'] });
    expect([...local.keys()].filter((k) => !LOCAL_KEYS.includes(k as never))).toEqual([]);
    const text = JSON.stringify([...local]);
    for (const secret of [TOKEN, 'switched-off.example.org', 'always.example.org', 'blocked-by-policy.example.org', 'maxListAgeDays']) expect(text).not.toContain(secret);
  });

  it('loses what an earlier version kept there on update: the settings and the user\'s sites move to IndexedDB', async () => {
    local.set('settings', { ...DEFAULT_SETTINGS, sources: [feed] });
    local.set('userSites', { always: ['https://always.example.org'], off: ['https://switched-off.example.org', 42] });
    local.set('siteSwitches', { off: ['https://switched-off.example.org/*'] });
    local.set('refreshProgress', { running: false, done: 0, total: 0, label: '' });
    local.set('screeningsRescreened', '2026-11-01T00:00:00.000Z');
    local.set('matcher', { listVersion: 'v1', payload: {} });
    // Read before the move, as a page might ask in between.
    expect((await loadSettings()).settings.sources).toEqual([feed]);
    await moveFromLocalStorage();
    expect([...local.keys()]).toEqual(['matcher']);
    expect(FORMER_LOCAL_KEYS.some((k) => local.has(k))).toBe(false);
    expect((await loadSettings()).settings.sources).toEqual([feed]);
    expect(await readUserSites()).toEqual({ always: ['https://always.example.org'], off: ['https://switched-off.example.org'] });
  });

  it('keeps what IndexedDB already holds when an old copy is still in storage.local', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, maxListAgeDays: 12 });
    local.set('settings', { ...DEFAULT_SETTINGS, maxListAgeDays: 99 });
    await moveFromLocalStorage();
    expect((await loadSettings()).settings.maxListAgeDays).toBe(12);
    expect(local.has('settings')).toBe(false);
  });
});

describe('get-page-mode: a content script learns its own frame\'s mode only', () => {
  beforeEach(async () => {
    await siteRequests['set-site-off']({ origin: 'https://switched-off.example.org', off: true });
    managed = { blockedSites: ['https://*.blocked.example.org/*'] };
    await pageModesChanged();
  });

  it('answers for the origin the browser reports, switched off by the user or the policy', async () => {
    expect(await pageModeFor(sender({ origin: 'https://portal.example.gov.uk', url: 'https://portal.example.gov.uk/q' }))).toEqual({ scan: true, discreet: false });
    expect(await pageModeFor(sender({ origin: 'https://switched-off.example.org', url: 'https://switched-off.example.org/q' }))).toEqual({ scan: false, discreet: false });
    expect(await pageModeFor(sender({ origin: 'https://shop.blocked.example.org', url: 'https://shop.blocked.example.org/' }))).toEqual({ scan: false, discreet: false });
  });

  it('takes an about:blank or srcdoc frame as its creator\'s site, and a sandboxed frame as its address\'s', async () => {
    // Chrome reports the creator's origin; without one, the tab's page created it.
    expect((await pageModeFor(sender({ origin: 'https://switched-off.example.org', url: 'about:blank' }))).scan).toBe(false);
    expect((await pageModeFor(sender({ url: 'about:srcdoc' }, 'https://switched-off.example.org/page'))).scan).toBe(false);
    expect((await pageModeFor(sender({ origin: 'null', url: 'https://switched-off.example.org/sandboxed' }))).scan).toBe(false);
  });

  it('says discreet mode everywhere once it is set, by the options page or by policy', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, discreetMode: true });
    await pageModesChanged();
    expect(await pageModeFor(sender({ origin: 'https://portal.example.gov.uk', url: 'https://portal.example.gov.uk/q' }))).toEqual({ scan: true, discreet: true });
    await saveSettings({ ...DEFAULT_SETTINGS, discreetMode: false });
    managed = { discreetMode: true };
    await pageModesChanged();
    expect((await pageModeFor(sender({ origin: 'https://portal.example.gov.uk', url: 'https://portal.example.gov.uk/q' }))).discreet).toBe(true);
    expect((await loadSettings()).locked).toContain('discreetMode');
  });

  it('tells open pages to ask again when a switch or the mode changes, by a timestamp only', async () => {
    local.delete('pageModeChanged');
    await siteRequests['set-site-off']({ origin: 'https://switched-off.example.org', off: false });
    expect(typeof local.get('pageModeChanged')).toBe('number');
    expect((await pageModeFor(sender({ origin: 'https://switched-off.example.org', url: 'https://switched-off.example.org/q' }))).scan).toBe(true);
  });
});
