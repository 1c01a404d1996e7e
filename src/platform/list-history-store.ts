/** The lists put in force in this profile (meta `list:history`): what an audit pack names for each decision. */
import { listInForce, withImportedLists, withListInForce, type ListInForce } from '../core/org/list-history';
import type { WroList } from '../core/record';
import { readMeta, writeMeta } from './db';

/** Records that `list` is in force from `now`, unless it is already the latest entry. */
export async function noteListInForce(list: WroList, now: string): Promise<void> {
  const history = (await readMeta('list:history')) ?? [];
  if (history.at(-1)?.version === list.version) return;
  await writeMeta('list:history', withListInForce(history, listInForce(list, now)));
}

/** Adds the lists an imported audit pack names that this profile has no record of, so a pack made here again names them too. */
export async function importListHistory(incoming: readonly ListInForce[]): Promise<void> {
  if (incoming.length === 0) return;
  await writeMeta('list:history', withImportedLists((await readMeta('list:history')) ?? [], incoming));
}
