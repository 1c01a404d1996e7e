/** What the screening page asks of the background and reads from extension storage. */
import type { Decision, Outcome } from '../core/decision';
import type { MatcherPayload } from '../core/match/payload';
import type { ListRecord } from '../core/record';
import browser from '../platform/browser';
import type { ListInfo } from '../platform/messages';

export interface PageList {
  info: ListInfo;
  records: ListRecord[];
  byId: Map<string, ListRecord>;
  /** The background's compiled matcher, when it is of this list's version. */
  payload: MatcherPayload | null;
}

export async function loadList(): Promise<PageList> {
  const info = (await browser.runtime.sendMessage({ type: 'get-list-info' })) as ListInfo;
  const { records, version } = (await browser.runtime.sendMessage({ type: 'get-list-records' })) as {
    version: string;
    records: ListRecord[];
  };
  const published = (await browser.storage.local.get('matcher')).matcher as
    | { listVersion: string; payload: MatcherPayload }
    | undefined;
  return {
    info: { ...info, version },
    records,
    byId: new Map(records.map((r) => [r.id, r])),
    payload: published?.listVersion === version ? published.payload : null,
  };
}

export interface ScreeningDecisionInput {
  screeningId: string;
  sourceName: string;
  row: number;
  column: string;
  recordId: string;
  matchedText: string;
  outcome: Outcome;
  note: string;
  listVersion: string;
}

export function recordScreeningDecision(input: ScreeningDecisionInput): Promise<Decision> {
  return browser.runtime.sendMessage({ type: 'record-screening-decision', ...input }) as Promise<Decision>;
}

export function listScreeningDecisions(screeningId: string): Promise<Decision[]> {
  return browser.runtime.sendMessage({ type: 'list-screening-decisions', screeningId }) as Promise<Decision[]>;
}

export function acknowledgeScreening(screeningId: string): Promise<void> {
  return browser.runtime.sendMessage({ type: 'acknowledge-screening', screeningId }) as Promise<void>;
}
