import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openWroDb } from '../../../src/platform/db';
import { DeleteError, deleteDecision } from '../../../src/platform/decision-delete';
import { addDecision, getDecision } from '../../../src/platform/decision-store';
import { attachFile, listEvidence } from '../../../src/platform/evidence-store';
import { newDecision } from './decision-fixtures';

beforeEach(async () => {
  const db = await openWroDb();
  await Promise.all([db.clear('decisions'), db.clear('evidence')]);
});

async function decidedWithTwoFiles() {
  const d = await addDecision(newDecision());
  await attachFile(d.uid, new File([new Uint8Array(2)], 'a.pdf'), 't1');
  await attachFile(d.uid, new File([new Uint8Array(2)], 'b.png'), 't2');
  return d;
}

describe('deleting a decision', () => {
  it('deletes it and its evidence when asked to', async () => {
    const d = await decidedWithTwoFiles();
    expect((await deleteDecision(d.id as number, true)).evidenceDeleted).toBe(2);
    expect(await getDecision(d.id as number)).toBeUndefined();
    expect(await listEvidence(d.uid)).toEqual([]);
  });

  it('keeps the evidence under the decision’s uid when asked to keep it', async () => {
    const d = await decidedWithTwoFiles();
    expect((await deleteDecision(d.id as number, false)).evidenceDeleted).toBe(0);
    expect(await getDecision(d.id as number)).toBeUndefined();
    expect((await listEvidence(d.uid)).map((e) => e.name)).toEqual(['a.pdf', 'b.png']);
  });

  it('refuses a decision it does not hold', async () => {
    await expect(deleteDecision(999, true)).rejects.toBeInstanceOf(DeleteError);
  });
});
