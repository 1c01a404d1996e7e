/** The lists put in force in this profile (meta `list:history`): what an audit pack names for each decision. */
import { listInForce, withListInForce } from '../core/org/list-history';
import type { WroList } from '../core/record';
import { readMeta, writeMeta } from './db';

/** Records that `list` is in force from `now`, unless it is already the latest entry. */
export async function noteListInForce(list: WroList, now: string): Promise<void> {
  const history = (await readMeta('list:history')) ?? [];
  if (history.at(-1)?.version === list.version) return;
  await writeMeta('list:history', withListInForce(history, listInForce(list, now)));
}
