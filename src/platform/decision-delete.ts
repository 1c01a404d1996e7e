/**
 * Deleting a decision, the one exception to the append-only record (a decision taken by mistake,
 * or one the organisation must not keep): the decision and, if the user chose so, its evidence go
 * in one transaction. Evidence kept stays under the decision's uid, so a pack that brings the
 * decision back finds its files.
 */
import type { Decision } from '../core/decision';
import { openWroDb } from './db';

export class DeleteError extends Error {}

export async function deleteDecision(id: number, withEvidence: boolean): Promise<{ deleted: Decision; evidenceDeleted: number }> {
  const db = await openWroDb();
  const tx = db.transaction(['decisions', 'evidence'], 'readwrite');
  tx.done.catch(() => undefined);
  const decisions = tx.objectStore('decisions');
  const deleted = await decisions.get(id);
  if (!deleted) throw new DeleteError(`No decision ${id}`);
  await decisions.delete(id);
  let evidenceDeleted = 0;
  if (withEvidence) {
    const evidence = tx.objectStore('evidence');
    for (const key of await evidence.index('byDecision').getAllKeys(deleted.uid)) {
      await evidence.delete(key);
      evidenceDeleted += 1;
    }
  }
  await tx.done;
  return { deleted, evidenceDeleted };
}
