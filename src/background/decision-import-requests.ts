/**
 * Colleagues' decisions imported from the options page: the file is read and checked whole
 * (core/org/decisions-doc.ts) before anything is stored, then merged (core/org/merge.ts). Imported
 * dismissals take effect, as the user chose to import them, so pages are told to ask again.
 */
import { parseDecisionsDoc } from '../core/org/decisions-doc';
import { importDecisions, listConflicts, resolveDecisionConflict } from '../platform/decision-store';
import type { RequestHandlers } from '../platform/requests';
import { announceDismissalsChanged } from './decision-requests';

export const decisionImportRequests = {
  'import-decisions': async ({ text }) => {
    const read = parseDecisionsDoc(text);
    if (!read.ok) return read;
    const { dismissalsChanged, ...merged } = await importDecisions(read.doc.decisions);
    if (dismissalsChanged) await announceDismissalsChanged();
    return { ok: true as const, ...merged };
  },
  'list-decision-conflicts': async () => listConflicts(),
  'resolve-decision-conflict': async ({ uid, choice }) => {
    const { kept, dismissalsChanged } = await resolveDecisionConflict(uid, choice);
    if (dismissalsChanged) await announceDismissalsChanged();
    return kept;
  },
} satisfies Partial<RequestHandlers>;
