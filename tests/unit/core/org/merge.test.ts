import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../../src/core/decision';
import { decisionsToJson } from '../../../../src/core/decision-export';
import { parseDecisionsDoc } from '../../../../src/core/org/decisions-doc';
import { differingFields, planMerge, resolveConflict } from '../../../../src/core/org/merge';
import { decision } from '../../platform/decision-fixtures';

const UID_A = 'a1a1a1a1-0000-4000-8000-000000000001';
const UID_B = 'b2b2b2b2-0000-4000-8000-000000000002';
const UID_C = 'c3c3c3c3-0000-4000-8000-000000000003';

/** A file's decisions as the reader gives them (no id: that is the other profile's). */
const fromFile = (decisions: Decision[]): Decision[] => {
  const read = parseDecisionsDoc(decisionsToJson(decisions, '2026-12-01T10:00:00.000Z'));
  if (!read.ok) throw new Error(read.error);
  return read.doc.decisions;
};

/** What a profile holds after storing the plan's additions (ids given in order). */
const stored = (decisions: Decision[], firstId: number): Decision[] => decisions.map((d, i) => ({ ...d, id: firstId + i }));

describe('planMerge', () => {
  it('adds what is new without the other profile’s id, and skips what is already here', () => {
    const mine = [decision({ id: 1, uid: UID_A })];
    const theirs = fromFile([decision({ id: 9, uid: UID_A }), decision({ id: 7, uid: UID_B, note: 'Asked for certificates' })]);
    const plan = planMerge(mine, theirs);
    expect(plan.duplicates).toBe(1);
    expect(plan.conflicts).toEqual([]);
    expect(plan.undone).toEqual([]);
    expect(plan.added).toHaveLength(1);
    expect(plan.added[0]).toMatchObject({ uid: UID_B, note: 'Asked for certificates' });
    expect(plan.added[0]).not.toHaveProperty('id');
  });

  it('gives nothing to add when the same file is imported a second time', () => {
    const file = fromFile([decision({ uid: UID_A }), decision({ uid: UID_B, outcome: 'escalated' })]);
    const first = planMerge([], file);
    expect(first.added).toHaveLength(2);
    const second = planMerge(stored(first.added, 1), file);
    expect(second).toEqual({ added: [], duplicates: 2, undone: [], conflicts: [] });
  });

  it('never duplicates a version 1 file imported twice, nor the decisions of the profile that exported it', () => {
    const kept = [decision({ id: 1, uid: UID_A, time: '2026-10-01T09:00:00.000Z' }), decision({ id: 2, uid: UID_B, time: '2026-10-02T09:00:00.000Z', outcome: 'escalated' })];
    // A version 1 export: no uid, by, owner, status or review date.
    const v1 = JSON.stringify({
      format: 'wro-check-decisions',
      formatVersion: 1,
      exportedAt: '2026-10-03T00:00:00.000Z',
      decisions: kept.map(({ uid: _u, by: _b, owner: _o, status: _s, reviewDate: _r, ...rest }) => rest),
    });
    const read = parseDecisionsDoc(v1);
    if (!read.ok) throw new Error(read.error);
    const elsewhere = planMerge([], read.doc.decisions);
    expect(elsewhere.added).toHaveLength(2);
    expect(planMerge(stored(elsewhere.added, 1), read.doc.decisions)).toMatchObject({ added: [], duplicates: 2 });
    // The exporting profile, whose kept decisions were given random uids when the database was upgraded.
    expect(planMerge(kept, read.doc.decisions)).toMatchObject({ added: [], duplicates: 2, conflicts: [] });
  });

  it('shows the same decision held differently as a conflict, field by field, and overwrites nothing', () => {
    const mine = [decision({ id: 4, uid: UID_A, owner: 'Ana', status: 'open' })];
    const theirs = fromFile([decision({ uid: UID_A, owner: 'Ben', status: 'closed', updatedAt: '2026-12-02T10:00:00.000Z' })]);
    const plan = planMerge(mine, theirs);
    expect(plan.added).toEqual([]);
    expect(plan.duplicates).toBe(0);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]?.mine).toBe(mine[0]);
    expect(plan.conflicts[0]?.fields).toEqual(['status', 'owner', 'updatedAt']);
  });

  it('takes an undone mark from the file without asking, and keeps one of its own', () => {
    const undoneThere = planMerge([decision({ id: 1, uid: UID_A, outcome: 'not-this-company' })], fromFile([
      decision({ uid: UID_A, outcome: 'not-this-company', undoneAt: '2026-12-01T08:00:00.000Z' }),
    ]));
    expect(undoneThere.undone).toEqual([expect.objectContaining({ id: 1, uid: UID_A, undoneAt: '2026-12-01T08:00:00.000Z' })]);
    expect(undoneThere.duplicates).toBe(0);

    const undoneHere = planMerge([decision({ id: 1, uid: UID_A, undoneAt: '2026-12-01T08:00:00.000Z' })], fromFile([decision({ uid: UID_A })]));
    expect(undoneHere).toMatchObject({ duplicates: 1, undone: [] });

    const earlierThere = planMerge([decision({ id: 1, uid: UID_A, undoneAt: '2026-12-03T08:00:00.000Z' })], fromFile([
      decision({ uid: UID_A, undoneAt: '2026-12-01T08:00:00.000Z' }),
    ]));
    expect(earlierThere.undone[0]?.undoneAt).toBe('2026-12-01T08:00:00.000Z');
  });

  it('reads absent, empty and null as the same', () => {
    expect(differingFields(decision({ contractRef: '' }), decision())).toEqual([]);
    expect(differingFields(decision({ context: undefined }), decision({ context: '' }))).toEqual([]);
    expect(differingFields(decision({ reviewDate: null }), decision({ reviewDate: '2027-01-01' }))).toEqual(['reviewDate']);
  });

  it('counts additions, duplicates and conflicts of a mixed file', () => {
    const mine = [decision({ id: 1, uid: UID_A }), decision({ id: 2, uid: UID_B })];
    const theirs = fromFile([decision({ uid: UID_A }), decision({ uid: UID_B, note: 'Changed' }), decision({ uid: UID_C })]);
    const plan = planMerge(mine, theirs);
    expect([plan.added.length, plan.duplicates, plan.conflicts.length]).toEqual([1, 1, 1]);
  });
});

describe('resolveConflict', () => {
  const mine = decision({ id: 4, uid: UID_A, owner: 'Ana', time: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-03T09:00:00.000Z' });
  const theirs = decision({ uid: UID_A, owner: 'Ben', time: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-02T09:00:00.000Z' });

  it('keeps mine, takes theirs under this profile’s id, or takes the one changed last', () => {
    expect(resolveConflict(mine, theirs, 'mine')).toEqual(mine);
    expect(resolveConflict(mine, theirs, 'theirs')).toEqual({ ...theirs, id: 4 });
    expect(resolveConflict(mine, theirs, 'later').owner).toBe('Ana');
    expect(resolveConflict(mine, { ...theirs, updatedAt: '2026-12-04T09:00:00.000Z' }, 'later').owner).toBe('Ben');
    // Never edited: the time it was taken counts.
    expect(resolveConflict({ ...mine, updatedAt: undefined }, { ...theirs, updatedAt: undefined }, 'later').owner).toBe('Ana');
  });

  it('never loses an undone mark, whichever side is kept', () => {
    const undoneMine = { ...mine, undoneAt: '2026-12-05T00:00:00.000Z' };
    expect(resolveConflict(undoneMine, theirs, 'theirs').undoneAt).toBe('2026-12-05T00:00:00.000Z');
    const undoneBoth = { ...theirs, undoneAt: '2026-12-04T00:00:00.000Z' };
    expect(resolveConflict(undoneMine, undoneBoth, 'mine').undoneAt).toBe('2026-12-04T00:00:00.000Z');
    expect(resolveConflict(mine, theirs, 'mine').undoneAt).toBeNull();
  });
});
