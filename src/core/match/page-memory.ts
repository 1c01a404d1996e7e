/**
 * What one page has said so far: a document or frame (text added later included), or one input of
 * `wro-screen`. Once a page names a record in full, its short names and acronyms anywhere later on
 * the same page are read as that record ("Hoshine said…" after "Hoshine Silicon Industry Co., Ltd.").
 */

/** A short name or acronym the page itself gave a record: "Hoshine Silicon Industry Co., Ltd. (HSI)". */
export interface DefinedTerm {
  /** Folded tokens of the term. */
  tokens: string[];
  record: number;
  /** Written in capitals (an acronym): only read in capitals. */
  acronym: boolean;
  /** The full mention that defined it. */
  definedBy: string;
}

export interface PageMemory {
  /** Record index → the text of the first confident full mention of it on this page. */
  named: Map<number, string>;
  defined: DefinedTerm[];
}

/** A page defines at most this many terms: a page cannot grow our memory without bound. */
export const MAX_DEFINED_TERMS = 64;

export function newPage(): PageMemory {
  return { named: new Map(), defined: [] };
}
