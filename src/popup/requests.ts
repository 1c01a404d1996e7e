/** The popup's questions to the background, typed. */
import type { Decision, Outcome } from '../core/decision';
import type { DecisionFilter } from '../core/decision-filter';
import type { ListRecordsResponse } from '../background/search-requests';
import browser from '../platform/browser';
import type { TabFindingsResponse } from '../platform/messages';

const ask = <T,>(message: Record<string, unknown>): Promise<T> => browser.runtime.sendMessage(message) as Promise<T>;

export const getTabFindings = (tabId: number) => ask<TabFindingsResponse>({ type: 'get-tab-findings', tabId });

export const getListRecords = () => ask<ListRecordsResponse>({ type: 'get-list-records' });

export const listDecisions = (filter: DecisionFilter) => ask<Decision[]>({ type: 'list-decisions', filter });

export const undoDecision = (id: number) => ask<Decision>({ type: 'undo-decision', id });

export const recordTabDecision = (input: {
  tabId: number;
  recordId: string;
  matchedText: string;
  outcome: Outcome;
  note: string;
}) => ask<Decision>({ type: 'record-tab-decision', ...input });
