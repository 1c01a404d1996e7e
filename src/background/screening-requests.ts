/**
 * Requests from the screening page: decisions on screening results (the background stamps the time,
 * the record's listed name and the list version, as for the popup) and "I have seen the changes".
 */
import { acknowledged } from '../core/screening/saved';
import { screeningDecisionUrl } from '../core/screening/report';
import { addDecision, listDecisions } from '../platform/decision-store';
import { getScreening, saveScreening } from '../platform/screening-store';
import type { RequestHandlers } from '../platform/requests';
import { decisionStamp, followUpOf } from './decision-requests';
import { currentList } from './list-cache';
import { submitDecisionQuietly } from './outbox-send';
import { showScreeningBadge } from './screening-rescreen';

export const screeningRequests = {
  'record-screening-decision': async (m) => {
    const { list, byId } = await currentList();
    const record = byId.get(m.recordId);
    if (!record) throw new Error(`Unknown record ${m.recordId}`);
    const saved = await addDecision({
      ...(await decisionStamp(record)),
      time: new Date().toISOString(),
      outcome: m.outcome,
      note: m.note.trim(),
      pageUrl: screeningDecisionUrl(m.screeningId, m.row, m.column),
      pageTitle: `${m.sourceName}, row ${m.row}, ${m.column}`,
      // No site: a "not this company" on a screening result must not hide the record on web pages.
      site: '',
      matchedText: m.matchedText,
      context: m.context ?? '',
      recordId: record.id,
      recordName: record.name,
      listVersion: m.listVersion || list.version,
      ...followUpOf(m),
    });
    submitDecisionQuietly(saved);
    return saved;
  },
  /** Decisions recorded on the results of one screening, oldest first (later ones supersede). */
  'list-screening-decisions': async ({ screeningId: id }) => {
    const prefix = screeningDecisionUrl(id, 0, '').split('?')[0] as string;
    const all = await listDecisions({ includeUndone: true });
    return all.filter((d) => d.pageUrl.startsWith(`${prefix}?`)).sort((a, b) => a.time.localeCompare(b.time));
  },
  'acknowledge-screening': async ({ screeningId: id }) => {
    const saved = await getScreening(id);
    if (saved?.changes) await saveScreening(acknowledged(saved));
    await showScreeningBadge();
  },
} satisfies Partial<RequestHandlers>;
