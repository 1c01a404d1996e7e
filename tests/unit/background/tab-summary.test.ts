/**
 * The tab-wide count: distinct listed companies over every frame of a tab, the number both the
 * toolbar badge and the top frame's screen-reader summary say. The background sends it to frame 0
 * only, in the order the frames' reports were stored, and a top frame that cannot be told is no error.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { blankRecord } from '../../../src/core/list/make-list';
import type { ListRecord } from '../../../src/core/record';
import { badgeText, listedOnTab } from '../../../src/core/tab-count';
import { parseBackgroundMessage } from '../../../src/platform/background-messages';
import type { PageFinding } from '../../../src/platform/messages';

// The background's browser glue, faked: storage.session in memory, the badge and messages recorded.
const session = new Map<string, unknown>();
const fake = vi.hoisted(() => ({
  badge: [] as Array<{ tabId: number; text: string | null }>,
  sent: [] as Array<{ tabId: number; message: unknown; options: unknown }>,
  sendMessage: undefined as undefined | ((tabId: number, message: unknown, options: unknown) => Promise<unknown>),
}));
vi.mock('../../../src/platform/browser', () => ({
  default: {
    storage: {
      session: {
        get: async (keys: string | string[]) =>
          Object.fromEntries([keys].flat().filter((k) => session.has(k)).map((k) => [k, structuredClone(session.get(k))])),
        set: async (items: Record<string, unknown>) => {
          // Frames' reports interleave at storage's await: a slow write is where a lost update would show.
          await new Promise((r) => setTimeout(r, 1));
          for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
        },
        remove: async (keys: string | string[]) => {
          for (const key of [keys].flat()) session.delete(key);
        },
      },
    },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string | null }) => void fake.badge.push({ tabId, text }),
      setBadgeTextColor: async () => undefined,
      setBadgeBackgroundColor: async () => undefined,
    },
    tabs: {
      sendMessage: (tabId: number, message: unknown, options: unknown) => {
        fake.sent.push({ tabId, message, options });
        return fake.sendMessage ? fake.sendMessage(tabId, message, options) : Promise.resolve(undefined);
      },
    },
  },
}));

const { setFrameFindings } = await import('../../../src/background/tab-findings');
const { forgetTabCount, showTabCount } = await import('../../../src/background/tab-summary');

const record = (id: string, name: string): ListRecord => ({ ...blankRecord(id, 'wro', name), status: 'active' });
const byId = new Map(
  [record('supermax', 'Supermax Corporation Bhd.'), record('brightway', 'Brightway Holdings Sdn Bhd'), record('hoshine', 'Hoshine Silicon Industry Co., Ltd.')].map((r) => [r.id, r]),
);
const finding = (recordId: string): PageFinding => ({ recordId, matchedText: recordId, confidence: 'match', score: 1, why: 'name' });
const page = { url: 'https://portal.example.gov.uk/tender/4', title: 'Lot 4', listVersion: 'v1' };

beforeEach(() => {
  // Each test starts from tabs whose badge was never set.
  for (const tabId of [5, 6, 12]) forgetTabCount(tabId);
  session.clear();
  fake.badge.length = 0;
  fake.sent.length = 0;
  fake.sendMessage = undefined;
});

describe('listedOnTab (pure)', () => {
  const listed = (id: string) => byId.has(id);

  it('counts each listed company once over all frames, however often and wherever it is named', () => {
    const frames = {
      0: [finding('supermax'), finding('brightway'), finding('supermax')],
      3: [finding('brightway')],
      7: [finding('hoshine'), finding('hoshine')],
    };
    expect(listedOnTab(frames, listed).sort()).toEqual(['brightway', 'hoshine', 'supermax']);
    // Not the top frame's count (2), nor a sum over frames (2 + 1 + 1).
    expect(listedOnTab({ 0: frames[0] }, listed)).toHaveLength(2);
  });

  it('leaves out ids the current list no longer holds, and counts nothing on an empty or unknown tab', () => {
    expect(listedOnTab({ 0: [finding('supermax'), finding('dropped-from-list')], 1: [finding('gone')] }, listed)).toEqual(['supermax']);
    expect(listedOnTab({}, listed)).toEqual([]);
    expect(listedOnTab({ 0: [], 2: [] }, listed)).toEqual([]);
    expect(listedOnTab(undefined, listed)).toEqual([]);
  });

  it('badge text: none for zero, the number up to 99, then "99+"', () => {
    expect([0, 1, 3, 99, 100, 5000].map(badgeText)).toEqual([null, '1', '3', '99', '99+', '99+']);
  });
});

describe('showTabCount: the badge and the top frame are told one number', () => {
  it('sets the badge and sends frame 0 a valid tab-summary with the same distinct count', async () => {
    const tab = { ...page, frames: { 0: [finding('supermax'), finding('brightway')], 5: [finding('brightway')], 9: [finding('hoshine')] } };
    expect(await showTabCount(12, tab, byId)).toBe(3);
    expect(fake.badge).toEqual([{ tabId: 12, text: '3' }]);
    expect(fake.sent).toEqual([{ tabId: 12, message: { type: 'tab-summary', count: 3 }, options: { frameId: 0 } }]);
    // What travels is a count only, and the content script's own check accepts it as sent.
    expect(parseBackgroundMessage(fake.sent[0]?.message)).toEqual({ type: 'tab-summary', count: 3 });
  });

  it('tells the top frame zero when the findings go, so a summary never outlives them', async () => {
    expect(await showTabCount(12, { ...page, frames: { 0: [], 4: [] } }, byId)).toBe(0);
    expect(fake.badge).toEqual([{ tabId: 12, text: null }]);
    expect(fake.sent.map((s) => s.message)).toEqual([{ type: 'tab-summary', count: 0 }]);
  });

  it('does not fail when the top frame has no content script to answer, or the call itself throws', async () => {
    const tab = { ...page, frames: { 2: [finding('hoshine')] } };
    fake.sendMessage = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(showTabCount(12, tab, byId)).resolves.toBe(1);
    fake.sendMessage = () => {
      throw new Error('No tab with id: 12');
    };
    await expect(showTabCount(12, tab, byId)).resolves.toBe(1);
    // The badge already says 1: set once.
    expect(fake.badge.map((b) => b.text)).toEqual(['1']);
    expect(fake.sent).toHaveLength(2);
  });
});

describe('frames reporting at once', () => {
  it('runs the badge and summary update after each stored report, in order, ending on the whole tab', async () => {
    const reports: Array<[number, PageFinding[]]> = [
      [0, [finding('supermax'), finding('brightway')]],
      [3, [finding('brightway')]],
      [7, [finding('hoshine')]],
      [3, [finding('brightway'), finding('unlisted')]],
    ];
    const shown: number[] = [];
    await Promise.all(reports.map(([frameId, findings]) =>
      setFrameFindings(5, frameId, { ...page, frameUrl: page.url, findings }, {
        afterwards: async (tab, from) => shown.push(await showTabCount(5, tab, byId, from)),
      })));
    // Each count covers every report stored before it: it never goes back, and the last is the tab's.
    expect(shown).toEqual([2, 2, 3, 3]);
    // Told when it changed (and always after the top frame's own report), never otherwise.
    expect(fake.sent.map((s) => (s.message as { count: number }).count)).toEqual([2, 3]);
    expect(fake.badge.map((b) => b.text)).toEqual(['2', '3']);
    expect(fake.sent.every((s) => s.tabId === 5 && JSON.stringify(s.options) === '{"frameId":0}')).toBe(true);
  });

  it('a frame reporting again and again without changing the count sets no badge and tells the top frame nothing; the top frame\'s own report is always answered', async () => {
    const report = (frameId: number, findings: PageFinding[]) =>
      setFrameFindings(6, frameId, { ...page, frameUrl: page.url, findings }, { afterwards: (tab, from) => showTabCount(6, tab, byId, from) });
    await report(0, [finding('supermax')]);
    for (let i = 0; i < 50; i++) await report(4, [{ ...finding('supermax'), count: i + 1 }]);
    expect(fake.badge.map((b) => b.text)).toEqual(['1']);
    expect(fake.sent).toHaveLength(1);
    // A new top document (same count): told again. A navigation forgets what the badge said.
    await report(0, [finding('supermax')]);
    expect(fake.sent).toHaveLength(2);
    forgetTabCount(6);
    await report(4, [finding('supermax')]);
    expect(fake.badge.map((b) => b.text)).toEqual(['1', '1']);
    expect(fake.sent).toHaveLength(3);
  });
});
