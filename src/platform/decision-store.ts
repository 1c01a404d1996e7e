/**
 * The decision record in IndexedDB (extension origin). Undoing a decision stamps `undoneAt`, so the
 * audit trail keeps both steps; a decision leaves the record only when the user deletes it from the
 * options page, which asks first (`decision-delete.ts`).
 */
import { DISMISSAL, initialStatus, isActiveDismissal, type Decision, type DecisionStatus } from '../core/decision';
import { filterDecisions, type DecisionFilter } from '../core/decision-filter';
import { differingFields, planMerge, resolveConflict, type ConflictChoice, type DecisionConflict } from '../core/org/merge';
import { openWroDb, type PendingConflict } from './db';
import type { DecisionsMerged } from './request-types';

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

/** What the options page may change on a recorded decision (its outcome, finding and time stay as recorded). */
export interface DecisionEdit {
  owner?: string;
  status?: DecisionStatus;
  reviewDate?: string | null;
  note?: string;
  contractRef?: string;
}

export class DecisionNotFound extends Error {}

/** Changes a decision's follow-up fields and stamps when; nothing else of it changes. */
export async function updateDecision(id: number, edit: DecisionEdit, now: string): Promise<Decision> {
  const db = await openWroDb();
  const tx = db.transaction('decisions', 'readwrite');
  const decision = await tx.store.get(id);
  if (!decision) throw new DecisionNotFound(`No decision ${id}`);
  const defined = Object.fromEntries(Object.entries(edit).filter(([, v]) => v !== undefined));
  const updated: Decision = { ...decision, ...defined, updatedAt: now };
  await tx.store.put(updated);
  await tx.done;
  return updated;
}

/**
 * Merges a colleague's decisions in one transaction (core/org/merge.ts): new ones stored, undone
 * marks taken, conflicts kept aside for the user (a later import of the same decision replaces
 * its waiting conflict). `dismissalsChanged` says whether pages must ask again what they hide.
 */
export async function importDecisions(theirs: readonly Decision[]): Promise<DecisionsMerged & { dismissalsChanged: boolean }> {
  const db = await openWroDb();
  const tx = db.transaction(['decisions', 'meta'], 'readwrite');
  const decisions = tx.objectStore('decisions');
  const meta = tx.objectStore('meta');
  const [mine, waiting] = await Promise.all([decisions.getAll(), meta.get('decisions:conflicts') as Promise<PendingConflict[] | undefined>]);
  const plan = planMerge(mine, theirs);
  const conflicts = new Map((waiting ?? []).map((c) => [c.mineUid, c]));
  for (const c of plan.conflicts) conflicts.set(c.mine.uid, { mineUid: c.mine.uid, theirs: c.theirs });
  await Promise.all([
    ...plan.added.map((d) => decisions.add(d)),
    ...plan.undone.map((d) => decisions.put(d)),
    meta.put([...conflicts.values()], 'decisions:conflicts'),
  ]);
  await tx.done;
  return {
    added: plan.added.length,
    duplicates: plan.duplicates,
    undone: plan.undone.length,
    conflicts: plan.conflicts.length,
    dismissalsChanged: [...plan.added, ...plan.undone].some((d) => d.outcome === DISMISSAL),
  };
}

/** The conflicts waiting for the user, against this profile's decisions as they are now (one edited to match is no longer one). */
export async function listConflicts(): Promise<DecisionConflict[]> {
  const db = await openWroDb();
  const waiting = ((await db.get('meta', 'decisions:conflicts')) as PendingConflict[] | undefined) ?? [];
  const out: DecisionConflict[] = [];
  for (const { mineUid, theirs } of waiting) {
    const mine = await db.getFromIndex('decisions', 'byUid', mineUid);
    const fields = mine ? differingFields(mine, theirs) : [];
    if (mine && fields.length > 0) out.push({ mine, theirs, fields });
  }
  return out;
}

/** Resolves one waiting conflict as chosen; the decision kept is answered, with whether it was or is a dismissal. */
export async function resolveDecisionConflict(mineUid: string, choice: ConflictChoice): Promise<{ kept: Decision; dismissalsChanged: boolean }> {
  const db = await openWroDb();
  const tx = db.transaction(['decisions', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  const waiting = ((await meta.get('decisions:conflicts')) as PendingConflict[] | undefined) ?? [];
  const conflict = waiting.find((c) => c.mineUid === mineUid);
  const mine = await tx.objectStore('decisions').index('byUid').get(mineUid);
  if (!conflict || !mine) throw new DecisionNotFound('That conflict is no longer waiting');
  const kept = resolveConflict(mine, conflict.theirs, choice);
  await Promise.all([tx.objectStore('decisions').put(kept), meta.put(waiting.filter((c) => c !== conflict), 'decisions:conflicts')]);
  await tx.done;
  return { kept, dismissalsChanged: mine.outcome === DISMISSAL || kept.outcome === DISMISSAL };
}
