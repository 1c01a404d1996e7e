/**
 * What one page has said so far: a document or frame (text added later included), or one input of
 * `wro-screen`. Once a page names a record in full, its short names and acronyms anywhere later on
 * the same page are read as that record ("Hoshine said…" after "Hoshine Silicon Industry Co., Ltd.").
 */
import { hashString } from '../text/tokenize';

/**
 * A name the page made good for a record: a term it defined in brackets after the full name
 * ("… Co., Ltd. (HSI)"), or a listed short name without its leading place ("Pantum").
 */
export interface PageTerm {
  /** Folded words of the term. */
  tokens: string[];
  /** Their hashes (`hashString`), compared before the words. */
  hashes?: number[];
  record: number;
  /** Written in capitals (an acronym): only read in capitals. */
  acronym: boolean;
  /** The page defined it in brackets (not a listed short name). */
  defined: boolean;
  /** The full mention that made it good. */
  namedBy: string;
  /** The group of that full mention: the records it named too (one firm on two lists, "XPCC"). */
  group?: number;
  /** A listed short name with a word nobody else's: read in lower case too ("tongbao" in typed notes). */
  lower?: boolean;
  /** A word anyone uses ("apex"): read only in a list beside another firm the page names. */
  listOnly?: boolean;
}

export interface PageMemory {
  /** Record index → the text of the first confident full mention of it on this page. */
  named: Map<number, string>;
  /** Terms by the hash of their first word. */
  terms: Map<number, PageTerm[]>;
  /** A bit per first-word hash of its terms and of the short names of the firms it named: most words are ruled out with one read. */
  firstWords: Uint8Array;
  /** Terms the page itself defined, at most MAX_DEFINED_TERMS. */
  definedCount: number;
  /** Acronyms the page spelt out as something else ("JWD = J. W. Dunmore"): not the firm anywhere on it. */
  otherMeanings: Set<string>;
  /** Whether a text the page decided on named an order or listing (WRO, CBP, UFLPA, the Entity List). */
  ordersNamed: boolean;
  /** Whether the page named a record (`named.has`, made once for the pre-filter). */
  isNamed: (record: number) => boolean;
  /** What was learnt, in order: a record named, or a term added (for `rollBack`). */
  journal: Array<{ record: number } | { term: PageTerm; key: number }>;
}

/** A page defines at most this many terms in brackets: a page cannot grow our memory without bound. */
export const MAX_DEFINED_TERMS = 64;

export function newPage(): PageMemory {
  const named = new Map<number, string>();
  return { named, terms: new Map(), firstWords: new Uint8Array(1 << 13), definedCount: 0, otherMeanings: new Set(), ordersNamed: false, isNamed: (r) => named.has(r), journal: [] };
}

/** Empties a page for reuse (a text scanned as a page of its own); cheap when it learnt nothing. */
export function clearPage(page: PageMemory): void {
  // Clearing allocates: most texts teach a page nothing, so most calls here do nothing.
  if (page.terms.size > 0 || page.named.size > 0) page.firstWords.fill(0);
  if (page.terms.size > 0) page.terms.clear();
  if (page.named.size > 0) page.named.clear();
  page.definedCount = 0;
  page.ordersNamed = false;
  if (page.otherMeanings.size > 0) page.otherMeanings.clear();
  if (page.journal.length > 0) page.journal.length = 0;
}

/** Records that the page named `record` in full; its `shortNames` are looked for from now on. */
export function nameRecord(page: PageMemory, record: number, text: string, shortNames: readonly PageTerm[] = []): void {
  page.named.set(record, text);
  page.journal.push({ record });
  for (const term of shortNames) setBit(page.firstWords, term.hashes![0]!);
}

/**
 * Forgets what the page learnt since `mark` (`page.journal.length` then): a text read one way and
 * then read again another way (its boxes apart) must not teach the page what the first reading saw.
 */
export function rollBack(page: PageMemory, mark: number): void {
  while (page.journal.length > mark) {
    const entry = page.journal.pop()!;
    if ('record' in entry) {
      page.named.delete(entry.record);
      continue;
    }
    const list = page.terms.get(entry.key)!;
    list.splice(list.indexOf(entry.term), 1);
    if (list.length === 0) page.terms.delete(entry.key);
    if (entry.term.defined) page.definedCount--;
  }
}

function setBit(bits: Uint8Array, h: number): void {
  bits[(h >>> 3) & 0x1fff]! |= 1 << (h & 7);
}

/** Adds a term unless the page has it already; false when the page may define no more. */
export function addTerm(page: PageMemory, term: PageTerm): boolean {
  if (term.defined && page.definedCount >= MAX_DEFINED_TERMS) return false;
  term.hashes = term.tokens.map(hashString);
  const key = term.hashes[0]!;
  const list = page.terms.get(key) ?? [];
  if (list.some((t) => t.record === term.record && t.tokens.join(' ') === term.tokens.join(' '))) return true;
  list.push(term);
  page.terms.set(key, list);
  page.journal.push({ term, key });
  setBit(page.firstWords, key);
  if (term.defined) page.definedCount++;
  return true;
}
