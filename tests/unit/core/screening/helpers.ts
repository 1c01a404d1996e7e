/** The bundled default list compiled once for the screening tests, as the extension and CLI do. */
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import type { ListRecord, WroList } from '../../../../src/core/record';
import seed from '../../../../seeds/default-list.json';

export const list = seed as WroList;
export const byId = new Map<string, ListRecord>(list.records.map((r) => [r.id, r]));
export const matcher = loadMatcher(compileMatcher(list.records));
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
