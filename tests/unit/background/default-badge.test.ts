import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The toolbar's default badge, faked: what it was last set to.
const badge: { text?: string; color?: string; title?: string } = {};
vi.mock('../../../src/platform/browser', () => ({
  default: {
    i18n: { getMessage: (key: string, sub?: string) => `${key}${sub ? `:${sub}` : ''}` },
    action: {
      setBadgeText: async ({ text }: { text: string }) => void (badge.text = text),
      setBadgeBackgroundColor: async ({ color }: { color: string }) => void (badge.color = color),
      setTitle: async ({ title }: { title: string }) => void (badge.title = title),
    },
  },
}));

const { showDefaultBadge } = await import('../../../src/background/default-badge');
const { openWroDb, writeMeta } = await import('../../../src/platform/db');
const { BADGE_COLOURS } = await import('../../../src/core/severity');

const alert = (seen: boolean) => ({
  id: `a-${String(seen)}`, time: '2026-12-06T10:00:00.000Z', watchId: 'w', name: 'n', recordId: 'r', recordName: 'R', kind: 'listed' as const, from: null, to: 'active', listVersion: 'v', acknowledgedAt: seen ? '2026-12-06T11:00:00.000Z' : null,
});

async function flagScreening(): Promise<void> {
  const db = await openWroDb();
  await db.put('screenings', { id: 's1', changes: { at: '2026-12-06T10:00:00.000Z' } } as never);
}

beforeEach(async () => {
  const db = await openWroDb();
  await Promise.all([db.clear('meta'), db.clear('screenings')]);
  Object.assign(badge, { text: undefined, color: undefined, title: undefined });
});

describe('the toolbar’s default badge', () => {
  it('is empty with the extension’s title when nothing needs a look', async () => {
    await writeMeta('watch:alerts', [alert(true)]);
    await showDefaultBadge();
    expect(badge).toEqual({ text: '', color: undefined, title: 'actionTitle' });
  });

  it('shows kept screenings’ changes in their colour', async () => {
    await flagScreening();
    await showDefaultBadge();
    expect(badge).toEqual({ text: 'screenBadgeText', color: '#0b4fa8', title: 'screenBadgeTitle:1' });
  });

  it('puts unseen watch-list alerts first, in the in-force colour, and names both in its title', async () => {
    await flagScreening();
    await writeMeta('watch:alerts', [alert(false), alert(true)]);
    await showDefaultBadge();
    expect(badge).toEqual({ text: 'watchBadgeText', color: BADGE_COLOURS.active, title: 'watchBadgeTitle:1\nscreenBadgeTitle:1' });
  });
});
