/**
 * The decision record in IndexedDB (extension origin). Decisions are never deleted: undoing one
 * stamps `undoneAt`, so the audit trail keeps both steps.
 */
import { initialStatus, isActiveDismissal, type Decision } from '../core/decision';
import { filterDecisions, type DecisionFilter } from '../core/decision-filter';
import { openWroDb } from './db';

/** The organisation's fields a new decision may leave out: a new uid, nobody, the outcome's first status, no review date. */
type OrgDefaults = 'uid' | 'by' | 'owner' | 'status' | 'reviewDate';
export type NewDecision = Omit<Decision, 'id' | 'undoneAt' | OrgDefaults> & Partial<Pick<Decision, OrgDefaults>>;

export async function addDecision(decision: NewDecision): Promise<Decision> {
  const db = await openWroDb();
  const stored: Decision = {
    uid: crypto.randomUUID(),
    by: '',
    owner: '',
    status: initialStatus(decision.outcome),
    reviewDate: null,
    ...decision,
    undoneAt: null,
  };
  const id = await db.add('decisions', stored);
  return { ...stored, id };
}

export async function getDecision(id: number): Promise<Decision | undefined> {
  return (await openWroDb()).get('decisions', id);
}

/** Every decision that passes `filter`, newest first. */
export async function listDecisions(filter: DecisionFilter = {}): Promise<Decision[]> {
  const db = await openWroDb();
  const all = filter.recordId
    ? await db.getAllFromIndex('decisions', 'byRecord', filter.recordId)
    : filter.site
      ? await db.getAllFromIndex('decisions', 'bySite', filter.site)
      : await db.getAll('decisions');
  return filterDecisions(all, filter);
}

/** Every dismissal not undone, wherever it applies (core/dismissal-scope.ts says where). */
export async function activeDismissals(): Promise<Decision[]> {
  const all = await (await openWroDb()).getAll('decisions');
  return all.filter(isActiveDismissal);
}

export class UndoError extends Error {}

/**
 * Undoes a decision: a dismissal is lifted; any other outcome no longer says how the finding was
 * handled (the popup's "Handled: …" undo). Nothing is deleted: the decision keeps when it was
 * undone, for the audit trail.
 */
export async function undoDecision(id: number, now: string): Promise<Decision> {
  const db = await openWroDb();
  const tx = db.transaction('decisions', 'readwrite');
  const decision = await tx.store.get(id);
  if (!decision) throw new UndoError(`No decision ${id}`);
  if (decision.undoneAt !== null) throw new UndoError('Already undone');
  const undone: Decision = { ...decision, undoneAt: now };
  await tx.store.put(undone);
  await tx.done;
  return undone;
}
