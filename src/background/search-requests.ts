/** The whole list for the popup's search box: records are searched where they are shown. */
import { z } from 'zod';
import type { ListRecord } from '../core/record';
import { currentList } from './list-cache';
import { defineRequest } from './requests';

export interface ListRecordsResponse {
  version: string;
  records: ListRecord[];
}

export const getListRecords = defineRequest(
  'get-list-records',
  z.object({ type: z.literal('get-list-records') }),
  async (): Promise<ListRecordsResponse> => {
    const { list } = await currentList();
    return { version: list.version, records: list.records };
  },
);
