/** The list the screening page screens against: its records, and the background's compiled matcher when it fits. */
import type { MatcherPayload } from '../core/match/payload';
import type { ListRecord } from '../core/record';
import { request } from '../platform/request-client';
import type { ListInfo } from '../platform/request-types';
import { readLocal } from '../platform/storage';

export interface PageList {
  info: ListInfo;
  records: ListRecord[];
  byId: Map<string, ListRecord>;
  /** The background's compiled matcher, when it is of this list's version. */
  payload: MatcherPayload | null;
}

export async function loadList(): Promise<PageList> {
  const info = await request('get-list-info');
  const { records, version } = await request('get-list-records');
  const published = await readLocal('matcher');
  return {
    info: { ...info, version },
    records,
    byId: new Map(records.map((r) => [r.id, r])),
    payload: published?.listVersion === version ? published.payload : null,
  };
}
