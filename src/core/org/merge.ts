/**
 * Merging a colleague's decisions (their JSON export, read by `decisions-doc.ts`) into this
 * profile's. Pure. Decisions are matched by uid, so importing a file twice adds nothing; version 1
 * files' content-derived uids are also matched against this profile's decisions of the same
 * content. Nothing is overwritten silently: the same decision with different content is a
 * conflict for the user to resolve, and an undone mark is never lost.
 */
import type { Decision } from '../decision';
import { contentUid } from './decisions-doc';

export type DecisionField = Exclude<keyof Decision, 'id'>;

/** The order fields are compared and shown side by side in: what people decided first, then where. */
export const MERGE_FIELDS = [
  'outcome',
  'status',
  'by',
  'owner',
  'reviewDate',
  'contractRef',
  'note',
  'time',
  'updatedAt',
  'recordName',
  'recordId',
  'matchedText',
  'context',
  'pageTitle',
  'pageUrl',
  'site',
  'scope',
  'dismissedName',
  'reason',
  'listVersion',
  'recordStatus',
  'undoneAt',
] as const satisfies readonly DecisionField[];

/** The same decision, held differently here and in the file. */
export interface DecisionConflict {
  /** This profile's, with its id. */
  mine: Decision;
  /** The file's. */
  theirs: Decision;
  /** The fields that differ, in `MERGE_FIELDS` order (an undone mark alone is merged, never a conflict). */
  fields: DecisionField[];
}

export interface MergePlan {
  /** New here: stored with an id of this profile's. */
  added: Decision[];
  /** Already here and the same. */
  duplicates: number;
  /** Already here, the same but undone in the file: this profile's decision with the undone mark. */
  undone: Decision[];
  conflicts: DecisionConflict[];
}

/** How a conflict is resolved: keep this profile's, take the file's, or the one changed last. */
export const CONFLICT_CHOICES = ['mine', 'theirs', 'later'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

// Absent, null and empty say the same thing (no owner, no review date) in files of either version.
const same = (a: unknown, b: unknown): boolean => (a ?? '') === (b ?? '');

/** The fields (undone mark and uid aside) on which two decisions differ. */
export function differingFields(a: Decision, b: Decision): DecisionField[] {
  return MERGE_FIELDS.filter((f) => f !== 'undoneAt' && !same(a[f], b[f]));
}

/** The earlier of two undone marks: once undone on either side, undone since the first time. */
function earliestUndone(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/** When a decision last changed: its edit, else when it was taken. */
const changedAt = (d: Decision): number => Date.parse(d.updatedAt ?? d.time);

/** What this profile keeps for a conflict: the chosen side, under this profile's id and uid, undone if either side was. */
export function resolveConflict(mine: Decision, theirs: Decision, choice: ConflictChoice): Decision {
  const takeTheirs = choice === 'theirs' || (choice === 'later' && changedAt(theirs) > changedAt(mine));
  const base = takeTheirs ? theirs : mine;
  return { ...base, id: mine.id, uid: mine.uid, undoneAt: earliestUndone(mine.undoneAt, theirs.undoneAt) };
}

/** What importing `theirs` into a profile holding `mine` adds, skips, marks undone and leaves to the user. */
export function planMerge(mine: readonly Decision[], theirs: readonly Decision[]): MergePlan {
  const byUid = new Map(mine.map((d) => [d.uid, d]));
  // Built only if the file has version 1 decisions: this profile may hold them under uids of its own.
  let byContent: Map<string, Decision> | undefined;
  const plan: MergePlan = { added: [], duplicates: 0, undone: [], conflicts: [] };
  for (const incoming of theirs) {
    let here = byUid.get(incoming.uid);
    if (!here && incoming.uid.startsWith('v1-')) {
      byContent ??= new Map(mine.map((d) => [contentUid(d), d]));
      here = byContent.get(incoming.uid);
    }
    // An id is the exporting profile's: never kept.
    const theirsOnly: Decision = { ...incoming };
    delete theirsOnly.id;
    if (!here) {
      plan.added.push(theirsOnly);
      continue;
    }
    const fields = differingFields(here, theirsOnly);
    if (fields.length > 0) {
      plan.conflicts.push({ mine: here, theirs: theirsOnly, fields });
      continue;
    }
    const undoneAt = earliestUndone(here.undoneAt, theirsOnly.undoneAt);
    if (undoneAt === here.undoneAt) plan.duplicates += 1;
    else plan.undone.push({ ...here, undoneAt });
  }
  return plan;
}
