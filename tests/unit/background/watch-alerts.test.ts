import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ListRecord, WroList } from '../../../src/core/record';
import seed from '../../../seeds/default-list.json';

// The browser glue, faked: what the toolbar badge was set to, notifications shown, the permission asked.
const badge: { text?: string; color?: string; title?: string } = {};
const notifications: Array<{ title: string; message: string }> = [];
const session = new Map<string, unknown>();
let notificationsGranted = false;
const clickListeners: Array<(id: string) => void> = [];
const opened: string[] = [];
let submissionUrl = '';
vi.mock('../../../src/platform/browser', () => ({
  default: {
    runtime: { getManifest: () => ({ version: '9.9.9' }), getURL: (p: string) => `ext://${p}` },
    storage: {
      managed: { get: async () => ({}) },
      local: { get: async () => ({}) },
      session: { set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => session.set(k, v)) },
      onChanged: { addListener: () => undefined },
    },
    permissions: {
      onAdded: { addListener: () => undefined },
      contains: async (p: { permissions?: string[] }) => (p.permissions?.includes('notifications') ? notificationsGranted : false),
    },
    notifications: {
      create: async (_id: string, n: { title: string; message: string }) => void notifications.push(n),
      onClicked: { addListener: (l: (id: string) => void) => void clickListeners.push(l) },
    },
    tabs: { create: async ({ url }: { url: string }) => void opened.push(url) },
    alarms: { clear: async () => true, create: async () => undefined },
    i18n: { getMessage: (key: string, subs?: string | string[]) => `${key}(${[subs ?? []].flat().join('|')})` },
    action: {
      setBadgeText: async ({ text }: { text: string }) => void (badge.text = text),
      setBadgeBackgroundColor: async ({ color }: { color: string }) => void (badge.color = color),
      setTitle: async ({ title }: { title: string }) => void (badge.title = title),
    },
  },
}));
vi.mock('../../../src/platform/settings-store', async () => {
  const { DEFAULT_SETTINGS } = await import('../../../src/core/settings');
  return { loadSettings: async () => ({ settings: { ...DEFAULT_SETTINGS, submissionUrl }, locked: [], policyErrors: [] }) };
});

const { checkWatch, openWatchListOnNotificationClick, watchRequests } = await import('../../../src/background/watch-alerts');
const { openWroDb } = await import('../../../src/platform/db');
const { listOutbox } = await import('../../../src/platform/outbox-store');
const { BADGE_COLOURS } = await import('../../../src/core/severity');

const bundled = seed as WroList;
const NEW_NAME = 'Quillmarsh Latex Gloves Sdn Bhd';
const supermax = bundled.records.find((r) => r.name.startsWith('Supermax'))!;
const quillmarsh: ListRecord = { ...supermax, id: 'org-quillmarsh', name: NEW_NAME, aliases: [], subsidiaries: [], formerNames: [], nameVariants: [], status: 'active' };
const list = (version: string, records: ListRecord[]): WroList => ({ ...bundled, version, records });

beforeEach(async () => {
  const db = await openWroDb();
  await Promise.all([db.clear('watch'), db.clear('meta'), db.clear('outbox'), db.clear('screenings')]);
  notifications.length = 0;
  Object.assign(badge, { text: undefined, color: undefined, title: undefined });
  notificationsGranted = false;
  submissionUrl = '';
});

describe('the watch list after a list change', () => {
  it('matches names when added, without an alert, and raises one when a later list lists a watched name', async () => {
    const added = await watchRequests['add-watch-names']({ names: ['Quillmarsh Latex Gloves', 'Supermax Corporation Berhad', 'quillmarsh  latex gloves'], origin: 'typed' });
    expect(added.entries.map((e) => [e.name, e.matchedRecordId])).toEqual([
      ['Quillmarsh Latex Gloves', null],
      ['Supermax Corporation Berhad', supermax.id],
    ]);
    expect(added.alerts).toEqual([]);

    const raised = await checkWatch(list('v2', [...bundled.records, quillmarsh]));
    expect(raised.map((a) => [a.name, a.kind, a.recordId, a.to])).toEqual([['Quillmarsh Latex Gloves', 'listed', 'org-quillmarsh', 'active']]);
    expect(badge).toMatchObject({ text: 'watchBadgeText()', color: BADGE_COLOURS.active, title: 'watchBadgeTitle(1)' });
    expect(session.has('watchChanged')).toBe(true);
    // Checked once per list version.
    expect(await checkWatch(list('v2', [...bundled.records, quillmarsh]))).toEqual([]);
  });

  it('raises a status change, tells by notification only where granted, and queues alerts only with an address', async () => {
    await watchRequests['add-watch-names']({ names: ['Supermax Corporation Berhad'], origin: 'Kept screening' });
    notificationsGranted = true;
    submissionUrl = 'https://cases.example.org/wro';
    const revoked = bundled.records.map((r) => (r.id === supermax.id ? { ...r, status: 'revoked' as const } : r));
    const raised = await checkWatch(list('v3', revoked));
    expect(raised.map((a) => [a.kind, a.from, a.to])).toEqual([['status-changed', supermax.status, 'revoked']]);
    expect(notifications).toMatchObject([{ title: 'watchNotificationTitle(1)', message: `watchNotificationChanged(Supermax Corporation Berhad|${supermax.name})` }]);
    expect((await listOutbox()).map((i) => (i.body as { kind: string; alert: { kind: string } }).alert.kind)).toEqual(['status-changed']);
  });

  it('shows nothing new when nothing changed, and clears the badge once alerts are seen', async () => {
    await watchRequests['add-watch-names']({ names: ['Quillmarsh Latex Gloves'], origin: 'typed' });
    expect(await checkWatch(list('v4', bundled.records))).toEqual([]);
    expect(notifications).toEqual([]);
    expect(await listOutbox()).toEqual([]);
    await checkWatch(list('v5', [...bundled.records, quillmarsh]));
    expect(notifications).toEqual([]);
    expect(await listOutbox()).toEqual([]);
    const seen = await watchRequests['acknowledge-alerts']({});
    expect(seen.alerts.every((a) => a.acknowledgedAt !== null)).toBe(true);
    expect(badge.text).toBe('');
    expect(badge.title).toBe('actionTitle()');
  });
});

describe('an alert’s notification', () => {
  it('opens the options page at the watch list when clicked, and nothing for another notification', () => {
    openWatchListOnNotificationClick();
    expect(clickListeners).toHaveLength(1);
    clickListeners[0]!('wro-watch-3f1c9a52');
    clickListeners[0]!('someone-else');
    expect(opened).toEqual(['ext://options.html#watch']);
  });
});
