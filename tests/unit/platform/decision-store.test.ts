import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openWroDb } from '../../../src/platform/db';
import { hiddenOn } from '../../../src/core/dismissal-scope';
import {
  activeDismissals,
  addDecision,
  getDecision,
  importDecisions,
  listConflicts,
  listDecisions,
  resolveDecisionConflict,
  undoDecision,
  UndoError,
} from '../../../src/platform/decision-store';
import { decision, newDecision } from './decision-fixtures';
import type { Decision } from '../../../src/core/decision';

/** Record ids a page of `site` hides wholly (dismissals kept before scopes) or under some name. */
const dismissedOnSite = async (site: string): Promise<string[]> => {
  const hidden = hiddenOn(await activeDismissals(), site, `${site}/page`);
  return [...new Set([...hidden.records, ...hidden.names.map((n) => n.recordId)])].sort();
};

const PORTAL = 'https://www.find-tender.service.gov.uk';
const SHOP = 'https://business.amazon.co.uk';

beforeEach(async () => {
  await (await openWroDb()).clear('decisions');
  await (await openWroDb()).delete('meta', 'decisions:conflicts');
});

describe('decision store', () => {
  it('stores every field with an id and no undo, and reads it back', async () => {
    const input = newDecision({ note: 'Asked Northgate for the glove batch certificates' });
    const saved = await addDecision(input);
    expect(saved.id).toEqual(expect.any(Number));
    expect(saved.undoneAt).toBeNull();
    expect(await getDecision(saved.id as number)).toEqual({
      ...input,
      id: saved.id,
      undoneAt: null,
      uid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      by: '',
      owner: '',
      status: 'open',
      reviewDate: null,
    });
  });

  it('gives each decision its own uid, and a settled outcome starts closed', async () => {
    const a = await addDecision(newDecision());
    const b = await addDecision(newDecision({ outcome: 'supplier-confirmed-not-listed', by: 'Category team' }));
    expect(a.uid).not.toBe(b.uid);
    expect([a.status, b.status]).toEqual(['open', 'closed']);
    expect(b.by).toBe('Category team');
  });

  it('lists newest first and filters by outcome, site and text', async () => {
    await addDecision(newDecision({ time: '2026-11-01T10:00:00.000Z', outcome: 'escalated' }));
    await addDecision(newDecision({ time: '2026-11-03T10:00:00.000Z', site: SHOP, pageUrl: `${SHOP}/dp/1` }));
    await addDecision(
      newDecision({
        time: '2026-11-02T10:00:00.000Z',
        recordId: 'cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd',
        recordName: 'Hoshine Silicon Industry Co. Ltd.',
        matchedText: 'Hoshine',
      }),
    );
    expect((await listDecisions()).map((d) => d.time.slice(0, 10))).toEqual(['2026-11-03', '2026-11-02', '2026-11-01']);
    expect((await listDecisions({ outcome: 'escalated' })).map((d) => d.outcome)).toEqual(['escalated']);
    expect((await listDecisions({ site: SHOP })).map((d) => d.site)).toEqual([SHOP]);
    expect((await listDecisions({ text: 'hoshine' })).map((d) => d.matchedText)).toEqual(['Hoshine']);
    expect((await listDecisions({ recordId: 'cbp-wro-2021-10-21-supermax-corporation-bhd' })).map((d) => d.time.slice(0, 10))).toEqual([
      '2026-11-03',
      '2026-11-01',
    ]);
    expect(await listDecisions({ recordId: 'no-such-record' })).toEqual([]);
  });

  it('dismisses a record on its own site only, until the dismissal is undone', async () => {
    const dismissal = await addDecision(newDecision({ outcome: 'not-this-company' }));
    await addDecision(newDecision({ outcome: 'asked-for-evidence', recordId: 'other-record' }));
    expect(await dismissedOnSite(PORTAL)).toEqual(['cbp-wro-2021-10-21-supermax-corporation-bhd']);
    expect(await dismissedOnSite(SHOP)).toEqual([]);

    const undone = await undoDecision(dismissal.id as number, '2026-11-29T08:00:00.000Z');
    expect(undone.undoneAt).toBe('2026-11-29T08:00:00.000Z');
    expect(await dismissedOnSite(PORTAL)).toEqual([]);
    // The audit trail keeps the dismissal and when it was undone.
    const kept = await listDecisions({ outcome: 'not-this-company' });
    expect(kept).toHaveLength(1);
    expect(kept[0]?.undoneAt).toBe('2026-11-29T08:00:00.000Z');
    expect(await listDecisions({ outcome: 'not-this-company', includeUndone: false })).toEqual([]);
  });

  it('keeps a record dismissed while another dismissal of it on the site stands', async () => {
    const first = await addDecision(newDecision({ outcome: 'not-this-company', matchedText: 'Supermax' }));
    await addDecision(newDecision({ outcome: 'not-this-company', matchedText: 'Supermax Corporation Berhad' }));
    await undoDecision(first.id as number, '2026-11-29T08:00:00.000Z');
    expect(await dismissedOnSite(PORTAL)).toEqual(['cbp-wro-2021-10-21-supermax-corporation-bhd']);
  });

  it('undoes any outcome (a finding no longer handled), keeping it with when it was undone', async () => {
    const asked = await addDecision(newDecision({ outcome: 'asked-for-evidence' }));
    const undone = await undoDecision(asked.id as number, '2026-11-29T08:00:00.000Z');
    expect(undone).toMatchObject({ outcome: 'asked-for-evidence', undoneAt: '2026-11-29T08:00:00.000Z' });
    expect(await listDecisions({ outcome: 'asked-for-evidence' })).toEqual([undone]);
    expect(await listDecisions({ outcome: 'asked-for-evidence', includeUndone: false })).toEqual([]);
  });

  it('refuses to undo twice, or unknown decisions', async () => {
    const dismissal = await addDecision(newDecision({ outcome: 'not-this-company' }));
    await undoDecision(dismissal.id as number, '2026-11-29T08:00:00.000Z');
    await expect(undoDecision(dismissal.id as number, '2026-11-30T08:00:00.000Z')).rejects.toBeInstanceOf(UndoError);
    await expect(undoDecision(9999, '2026-11-29T08:00:00.000Z')).rejects.toBeInstanceOf(UndoError);
    expect((await getDecision(dismissal.id as number))?.undoneAt).toBe('2026-11-29T08:00:00.000Z');
  });

  it('never dismisses on pages without a site', async () => {
    await addDecision(newDecision({ outcome: 'not-this-company', site: '', pageUrl: 'file:///tmp/quote.html' }));
    expect(await dismissedOnSite('')).toEqual([]);
  });
});

describe('importing a colleague’s decisions', () => {
  const theirs = (overrides: Parameters<typeof decision>[0] = {}) => {
    const d = decision(overrides);
    delete d.id;
    return d;
  };

  it('stores what is new under ids of its own, once however often the file is imported', async () => {
    const mine = await addDecision(newDecision({ note: 'Mine' }));
    // Mine as the file holds it (the same in every field, without this profile's id), and one new dismissal.
    const same: Decision = { ...mine };
    delete same.id;
    const file = [same, theirs({ uid: 'f00dcafe-0000-4000-8000-000000000001', outcome: 'not-this-company' })];
    expect(await importDecisions(file)).toEqual({ added: 1, duplicates: 1, undone: 0, conflicts: 0, dismissalsChanged: true });
    expect(await importDecisions(file)).toEqual({ added: 0, duplicates: 2, undone: 0, conflicts: 0, dismissalsChanged: false });
    const all = await listDecisions();
    expect(all).toHaveLength(2);
    expect(new Set(all.map((d) => d.id)).size).toBe(2);
    expect(await dismissedOnSite(PORTAL)).toEqual(['cbp-wro-2021-10-21-supermax-corporation-bhd']);
  });

  it('keeps a conflict aside until the user chooses, overwriting nothing meanwhile, and forgets it once resolved', async () => {
    const mine = await addDecision(newDecision({ owner: 'Ana' }));
    const file = [{ ...theirs(), ...mine, owner: 'Ben', updatedAt: '2026-12-02T10:00:00.000Z' }];
    delete file[0]!.id;
    expect(await importDecisions(file)).toMatchObject({ added: 0, conflicts: 1 });
    // Imported again: still one conflict, not two.
    await importDecisions(file);
    const waiting = await listConflicts();
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ mine: { owner: 'Ana', id: mine.id }, theirs: { owner: 'Ben' }, fields: ['owner', 'updatedAt'] });
    expect((await getDecision(mine.id as number))?.owner).toBe('Ana');

    const { kept } = await resolveDecisionConflict(mine.uid, 'theirs');
    expect(kept).toMatchObject({ id: mine.id, uid: mine.uid, owner: 'Ben' });
    expect((await getDecision(mine.id as number))?.owner).toBe('Ben');
    expect(await listConflicts()).toEqual([]);
    await expect(resolveDecisionConflict(mine.uid, 'mine')).rejects.toThrow('no longer waiting');
  });

  it('drops a waiting conflict once this profile’s decision was changed to match', async () => {
    const mine = await addDecision(newDecision({ owner: 'Ana' }));
    const file = [{ ...mine, owner: 'Ben' }];
    delete file[0]!.id;
    await importDecisions(file);
    await (await openWroDb()).put('decisions', { ...mine, owner: 'Ben' });
    expect(await listConflicts()).toEqual([]);
  });

  it('marks a decision undone in the file undone here too', async () => {
    const mine = await addDecision(newDecision({ outcome: 'not-this-company' }));
    const file = [{ ...mine, undoneAt: '2026-12-01T08:00:00.000Z' }];
    delete file[0]!.id;
    expect(await importDecisions(file)).toMatchObject({ undone: 1, dismissalsChanged: true });
    expect((await getDecision(mine.id as number))?.undoneAt).toBe('2026-12-01T08:00:00.000Z');
    expect(await dismissedOnSite(PORTAL)).toEqual([]);
  });
});

