import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The background's browser glue, faked: storage.local in memory (where pages are told to look again).
const local = new Map<string, unknown>();
vi.mock('../../../src/platform/browser', () => ({
  default: {
    storage: {
      local: {
        get: async () => ({}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) local.set(k, v);
        },
      },
    },
  },
}));

const { decisionImportRequests } = await import('../../../src/background/decision-import-requests');
const { decisionsToJson } = await import('../../../src/core/decision-export');
const { openWroDb } = await import('../../../src/platform/db');
const { addDecision, listDecisions } = await import('../../../src/platform/decision-store');
const { decision, newDecision } = await import('../platform/decision-fixtures');

beforeEach(async () => {
  local.clear();
  await (await openWroDb()).clear('decisions');
  await (await openWroDb()).delete('meta', 'decisions:conflicts');
});

describe('import-decisions', () => {
  it('refuses a file that is not a decisions export, or has one bad decision, and changes nothing', async () => {
    await addDecision(newDecision());
    const before = await listDecisions();
    expect(await decisionImportRequests['import-decisions']({ text: '{"format":"wro-check-list"}' })).toEqual({ ok: false, error: expect.stringContaining('Not a WRO Check decisions file') });
    const oneBad = decisionsToJson([decision({ uid: 'aaaaaaaa-1' }), decision({ uid: 'bbbbbbbb-2', outcome: 'approved' as never })], '2026-12-01T00:00:00.000Z');
    expect(await decisionImportRequests['import-decisions']({ text: oneBad })).toEqual({ ok: false, error: expect.stringContaining('Decision 2') });
    expect(await listDecisions()).toEqual(before);
    expect(local.has('dismissalsChanged')).toBe(false);
  });

  it('adds a colleague’s dismissal and tells pages to ask again; a second import adds nothing', async () => {
    const text = decisionsToJson([decision({ id: 5, uid: 'cafecafe-0000-4000-8000-000000000001', outcome: 'not-this-company', by: 'Ben Ode' })], '2026-12-01T00:00:00.000Z');
    expect(await decisionImportRequests['import-decisions']({ text })).toEqual({ ok: true, added: 1, duplicates: 0, undone: 0, conflicts: 0 });
    expect(local.get('dismissalsChanged')).toEqual(expect.any(Number));
    local.clear();
    expect(await decisionImportRequests['import-decisions']({ text })).toEqual({ ok: true, added: 0, duplicates: 1, undone: 0, conflicts: 0 });
    expect(local.has('dismissalsChanged')).toBe(false);
    expect((await listDecisions()).map((d) => d.by)).toEqual(['Ben Ode']);
  });

  it('lists a conflict side by side and resolves it by the one changed last', async () => {
    const mine = await addDecision(newDecision({ owner: 'Ana', outcome: 'escalated' }));
    const text = decisionsToJson([{ ...mine, owner: 'Ben', updatedAt: '2030-01-01T00:00:00.000Z' }], '2026-12-01T00:00:00.000Z');
    expect(await decisionImportRequests['import-decisions']({ text })).toMatchObject({ ok: true, conflicts: 1 });
    const [conflict] = await decisionImportRequests['list-decision-conflicts']();
    expect(conflict).toMatchObject({ mine: { owner: 'Ana' }, theirs: { owner: 'Ben' }, fields: ['owner', 'updatedAt'] });
    expect(await decisionImportRequests['resolve-decision-conflict']({ uid: mine.uid, choice: 'later' })).toMatchObject({ id: mine.id, owner: 'Ben' });
    expect(await decisionImportRequests['list-decision-conflicts']()).toEqual([]);
  });
});
