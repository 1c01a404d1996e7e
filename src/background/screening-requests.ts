/**
 * Requests from the screening page: decisions on screening results (the background stamps the time,
 * the record's listed name and the list version, as for the popup) and "I have seen the changes".
 */
import { z } from 'zod';
import { OUTCOMES, type Decision } from '../core/decision';
import { acknowledged } from '../core/screening/saved';
import { screeningDecisionUrl } from '../core/screening/report';
import { addDecision, listDecisions } from '../platform/decision-store';
import { getScreening, saveScreening } from '../platform/screening-store';
import { currentList } from './list-cache';
import { defineRequest } from './requests';
import { showScreeningBadge } from './screening-rescreen';

const screeningId = z.string().min(1).max(100);

export const recordScreeningDecision = defineRequest(
  'record-screening-decision',
  z.object({
    type: z.literal('record-screening-decision'),
    screeningId,
    sourceName: z.string().max(300),
    row: z.number().int().nonnegative(),
    column: z.string().max(300),
    recordId: z.string().min(1).max(200),
    matchedText: z.string().max(500),
    outcome: z.enum(OUTCOMES),
    note: z.string().max(2000),
    listVersion: z.string().max(200),
  }),
  async (m): Promise<Decision> => {
    const { list, byId } = await currentList();
    const record = byId.get(m.recordId);
    if (!record) throw new Error(`Unknown record ${m.recordId}`);
    return addDecision({
      time: new Date().toISOString(),
      outcome: m.outcome,
      note: m.note.trim(),
      pageUrl: screeningDecisionUrl(m.screeningId, m.row, m.column),
      pageTitle: `${m.sourceName}, row ${m.row}, ${m.column}`,
      // No site: a "not this company" on a screening result must not hide the record on web pages.
      site: '',
      matchedText: m.matchedText,
      recordId: record.id,
      recordName: record.name,
      listVersion: m.listVersion || list.version,
    });
  },
);

/** Decisions recorded on the results of one screening, oldest first (later ones supersede). */
export const listScreeningDecisions = defineRequest(
  'list-screening-decisions',
  z.object({ type: z.literal('list-screening-decisions'), screeningId }),
  async ({ screeningId: id }): Promise<Decision[]> => {
    const prefix = screeningDecisionUrl(id, 0, '').split('?')[0] as string;
    const all = await listDecisions({ includeUndone: true });
    return all.filter((d) => d.pageUrl.startsWith(`${prefix}?`)).sort((a, b) => a.time.localeCompare(b.time));
  },
);

export const acknowledgeScreening = defineRequest(
  'acknowledge-screening',
  z.object({ type: z.literal('acknowledge-screening'), screeningId }),
  async ({ screeningId: id }): Promise<void> => {
    const saved = await getScreening(id);
    if (saved?.changes) await saveScreening(acknowledged(saved));
    await showScreeningBadge();
  },
);
