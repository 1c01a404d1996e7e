/** The bundled default list compiled once for the screening tests, as the extension and CLI do. */
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import type { ListRecord, WroList } from '../../../../src/core/record';
import { ScreeningInputError } from '../../../../src/core/screening/input-error';
import seed from '../../../../seeds/default-list.json';

export const list = seed as WroList;
export const byId = new Map<string, ListRecord>(list.records.map((r) => [r.id, r]));
export const matcher = loadMatcher(compileMatcher(list.records));
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The problem code a reader's refusal carries ('none' if it read the input). */
export async function problemOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ScreeningInputError) return e.problem;
    throw e;
  }
  return 'none';
}
