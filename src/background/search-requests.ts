/** The whole list for the popup's search box and the screening page: records are searched where they are shown. */
import type { RequestHandlers } from '../platform/requests';
import { currentList } from './list-cache';

export const searchRequests = {
  'get-list-records': async () => {
    const { list } = await currentList();
    return { version: list.version, records: list.records };
  },
} satisfies Partial<RequestHandlers>;
