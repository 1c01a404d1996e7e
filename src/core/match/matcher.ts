/**
 * The page scanner. One tokenising pass, one automaton pass over token ids, then a decision per
 * candidate from the text around it. Bundled into the content script: it imports only the tokeniser,
 * the automaton, the typo index and the explanation builder, never the compile-time tables.
 */
import { ocrRepaired, type OcrRepair } from '../text/ocr-digits';
import { tokenize, type TokenStream } from '../text/tokenize';
import { consumeLegal, findCandidates, termStarts } from './candidates';
import { brandExplainer } from './brand-chain';
import { decide } from './decide';
import { REGION, type MatcherPayload } from './payload';
import { buildPrefilter, type Prefilter } from './prefilter';
import { clearPage, newPage, rollBack, type PageMemory } from './page-memory';
import { prepare } from './runtime';
import type { Finding } from './types';

export interface ScanOptions {
  /**
   * The text is one supplier-name field (a CSV cell, a form field), not running prose: a weak name
   * that fills the whole field ("Top Glove", "FGV") needs no further context.
   */
  nameField?: boolean;
  /**
   * The page this text is part of (`Matcher.newPage()`): a record it named in full makes its short
   * names and acronyms anywhere later on the page matches. Without it, the text is a page of its own.
   */
  page?: PageMemory;
}

export interface Matcher {
  /** Every mention of a listed record in `text`, in text order. Offsets are UTF-16 indices. */
  scan(text: string, options?: ScanOptions): Finding[];
  /**
   * False when no part of `text` can name a listed record: `text` is a block's `textContent`, and
   * the parts are its elements' texts, alone or run together (`prefilter.ts` says what it cannot
   * see). True when one might. Much cheaper than `scan`.
   */
  mayName(text: string, page?: PageMemory): boolean;
  /** A new page's memory, for `scan`'s `page` option: one per document or frame, or per input file. */
  newPage(): PageMemory;
}

const patterns = new WeakMap<PageMemory, { size: number; re: RegExp }>();

/**
 * The first words of the terms a page defined in brackets ("(HSI)"), as one pattern a block's text
 * is tested with before the block is passed over: the pre-filter knows only names compiled from
 * the list. It does not see a term split by soft hyphens or written in look-alike letters.
 */
function definedPattern(page: PageMemory): RegExp {
  let cached = patterns.get(page);
  if (!cached || cached.size !== page.terms.size) {
    const words = new Set([...page.terms.values()].map((terms) => terms[0]!.tokens[0]!));
    const escaped = [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    cached = { size: page.terms.size, re: new RegExp(escaped.join('|'), 'i') };
    patterns.set(page, cached);
  }
  return cached.re;
}

export function loadMatcher(payload: MatcherPayload): Matcher {
  const rt = prepare(payload);
  let buffer: TokenStream | undefined;
  let idBuffer = new Int32Array(0);
  let typoBuffer = new Uint8Array(0);
  // Built on first use: only the page scanner asks.
  let prefilter: Prefilter | undefined;
  // A text scanned without a page is a page of its own: this one, emptied each time.
  const ownPage = newPage();
  const explainBrands = brandExplainer(payload);

  const scanOnce = (text: string, options: ScanOptions, page: PageMemory): Finding[] => {
    const s = tokenize(text, rt.fold, buffer, rt.knownIdeographs);
    buffer = s;
    // Reused between scans (content scripts scan many small texts); findCandidates writes every
    // entry below s.count, so nothing is cleared here.
    if (idBuffer.length < s.count) {
      idBuffer = new Int32Array(s.start.length);
      typoBuffer = new Uint8Array(s.start.length);
    }
    const candidates = findCandidates(rt, text, s, idBuffer, typoBuffer);
    // A text that is a page of its own and names no listed name has nothing to decide or to teach.
    if (candidates.length === 0 && page === ownPage) return [];
    // Named in a block with no listed name (a heading, "UFLPA Entity List additions"), the orders still
    // are the page's: later blocks' names may lean on them.
    if (!page.ordersNamed && (rt.orderWordSeen || text.includes('Entity List'))) page.ordersNamed = true;
    // Where no listed name is, only the page's own terms can be: most texts have none of their words.
    let starts: number[] | undefined;
    if (candidates.length === 0) {
      if (page.terms.size === 0 && page.named.size === 0) return [];
      starts = termStarts(s, page.firstWords);
      if (starts.length === 0) return [];
    }
    // Views sized to this text, made only when there is something to decide (subarray is slow).
    const ids = idBuffer.subarray(0, s.count);
    const typo = typoBuffer.subarray(0, s.count);
    // A place's legal form is the firm's that bears its name ("Hoshine Silicon Industry (Shihezi) Co., Ltd."), not the place's.
    for (const c of candidates) if ((rt.p.groups[c.group]![1] & REGION) === 0) c.end = consumeLegal(rt, text, s, ids, c.b);
    return decide(rt, text, s, ids, typo, candidates, options.nameField === true, page, starts);
  };

  return {
    scan(text: string, options: ScanOptions = {}): Finding[] {
      let page = options.page;
      if (!page) {
        clearPage(ownPage);
        page = ownPage;
      }
      const findings = scanOnce(text, options, page);
      const repair = rt.scanDigits ? ocrRepaired(text) : null;
      if (repair) {
        // Read again with the digits as letters, teaching the page nothing: a misread name is a possible match.
        const mark = page.journal.length;
        const ordersNamed = page.ordersNamed;
        const again = scanOnce(repair.text, options, page);
        rollBack(page, mark);
        // Nor that it names the orders: a reference "WR0-2231" read back as "WRO" is still a code.
        page.ordersNamed = ordersNamed;
        const misread = misreadFindings(text, repair, findings, again);
        if (misread.length > 0) {
          findings.push(...misread);
          findings.sort((x, y) => x.start - y.start);
        }
      }
      return explainBrands && findings.length > 0 ? explainBrands(findings) : findings;
    },
    newPage,
    mayName(text: string, page?: PageMemory): boolean {
      if (mayNameAsWritten(text, page)) return true;
      const repair = ocrRepaired(text);
      return repair !== null && mayNameAsWritten(repair.text, page);
    },
  };

  function mayNameAsWritten(text: string, page?: PageMemory): boolean {
    prefilter ??= buildPrefilter(rt);
    if (page === undefined) return prefilter(text);
    if (prefilter(text, page.named.size > 0 ? page.isNamed : undefined)) return true;
    return page.terms.size > 0 && definedPattern(page).test(text);
  }
}

/**
 * The findings of the text read with a scan's digits as letters (`again`) that cover a digit so read
 * and no finding of the text as written: possible matches, spelt as the page wrote them.
 */
function misreadFindings(text: string, repair: OcrRepair, asWritten: readonly Finding[], again: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of again) {
    let misread = 0;
    for (let k = f.start; k < f.end; k++) misread += repair.changed[k]!;
    if (misread === 0 || asWritten.some((w) => w.start < f.end && f.start < w.end)) continue;
    const matchedText = text.slice(f.start, f.end);
    out.push({
      ...f, matchedText, confidence: 'possible', score: Math.min(f.score, 0.55),
      explanation: {
        ...f.explanation, matchedName: matchedText, possible: true, typo: Math.max(f.explanation.typo, misread),
        normalisations: f.explanation.normalisations.includes('spelling') ? f.explanation.normalisations : ['spelling', ...f.explanation.normalisations],
      },
    });
  }
  return out;
}
