/**
 * Product risk notes: a high-risk good named on a product line (a listing, a tender lot, a
 * catalogue row, a screened row) is a prompt to ask the supplier where it comes from. Not a finding
 * about any company, so notes are counted and shown apart from listed companies.
 *
 * Read line by line: a good and an origin count together only on the same line (a product word is
 * never borrowed from the line above). A UFLPA high-priority sector gets a note whatever origin the
 * line states (its inputs may come from Xinjiang through another country); a DOL entry only when the
 * line states its country or no country at all. Words that name the good without offering it are
 * passed over (`decoys.ts`): a care label's "cotton cycle", a recipe's "two chopped tomatoes", "PVC-free".
 */
import type { GoodSource, HighRiskGood, HighRiskGoods } from '../list/high-risk-goods';
import { COUNTRY_BY_NAME } from './countries';
import { isDecoy, type LineFacts } from './decoys';

export interface ProductNote {
  goodId: string;
  kind: 'uflpa' | 'dol';
  /** The good as the source names it ("silica-based products, including polysilicon"). */
  label: string;
  /** The words on the line that named it, as written ("Polysilicon"). */
  matchedText: string;
  /** DOL entries: the listed country. */
  country?: string;
  /** The countries the line states, if any. */
  origins: string[];
  year: number;
  source: GoodSource;
  /** How many lines named the good. */
  lines: number;
}

export interface ProductMatcher {
  goods: HighRiskGood[];
  /** Every term of every good, longest first, whole words, case-insensitive. */
  terms: RegExp;
  byTerm: Map<string, HighRiskGood[]>;
  countries: RegExp;
  /**
   * The same two for ASCII text once lower-cased, which most rows are: no Unicode case folding or
   * letter classes to test at each character, so a scan is several times faster, with the same
   * matches (the data's terms are lower-case ASCII; names with other letters cannot match it).
   */
  asciiTerms: RegExp;
  asciiCountries: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words for Latin text; Chinese has no word edges to find, so its names match anywhere. */
function wordRegExp(alternatives: string[], flags: string): RegExp {
  const cjk = alternatives.filter((a) => /\p{Script=Han}/u.test(a)).map(escape);
  const latin = alternatives.filter((a) => !/\p{Script=Han}/u.test(a)).map(escape);
  const words = `(?<![\\p{L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{N}])`;
  return new RegExp(cjk.length ? `${words}|${cjk.join('|')}` : words, flags);
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** `wordRegExp` for lower-cased ASCII text: its names in ASCII, word edges an ASCII letter or digit. */
function asciiWordRegExp(alternatives: string[]): RegExp {
  const ascii = alternatives.filter((a) => ASCII_ONLY.test(a)).map((a) => escape(a.toLowerCase()));
  return new RegExp(`(?<![a-z0-9])(?:${ascii.join('|')})(?![a-z0-9])`, 'g');
}

/**
 * Each match of `full` in `text` (or of `ascii` in it lower-cased, when it is ASCII: the same
 * places), as [start, end]. One expression is reused through exec: matchAll would copy it per call.
 */
function matchesOf(text: string, full: RegExp, ascii: RegExp, limit = Infinity): Array<[number, number]> {
  const [re, haystack] = ASCII_ONLY.test(text) ? [ascii, text.toLowerCase()] : [full, text];
  const found: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(haystack); m !== null && found.length < limit; m = re.exec(haystack)) found.push([m.index, m.index + m[0].length]);
  re.lastIndex = 0;
  return found;
}

export function compileProductMatcher(data: HighRiskGoods): ProductMatcher {
  const byTerm = new Map<string, HighRiskGood[]>();
  for (const good of data.goods) {
    for (const term of good.terms) byTerm.set(term, [...(byTerm.get(term) ?? []), good]);
  }
  // A longer term is matched first and hides the shorter ones inside it: "nitrile gloves" (Malaysia's
  // rubber gloves) is also "gloves" (China's), so a term gives the goods of its last words too.
  for (const term of [...byTerm.keys()]) {
    const words = term.split(' ');
    for (let i = 1; i < words.length; i++) {
      for (const good of byTerm.get(words.slice(i).join(' ')) ?? []) {
        const goods = byTerm.get(term)!;
        if (!goods.includes(good)) goods.push(good);
      }
    }
  }
  const terms = [...byTerm.keys()].sort((a, b) => b.length - a.length);
  const names = [...COUNTRY_BY_NAME.keys()].sort((a, b) => b.length - a.length);
  return {
    goods: data.goods,
    terms: wordRegExp(terms, 'giu'),
    byTerm,
    countries: wordRegExp(names, 'giu'),
    asciiTerms: asciiWordRegExp(terms),
    asciiCountries: asciiWordRegExp(names),
  };
}

/** Short forms of a country, read only in capitals ("uk" and "eu" are also parts of words; "Peru" and "Mali" are not short forms). */
const ABBREVIATIONS = new Set(['prc', 'uk', 'eu', 'usa', 'u.s.a.', 'drc', 'dprk', 'xuar']);

/** How far before a country the words that say what it is are read (bounded for hostile lines). */
const CUE_REACH = 40;
/** Words just before a country that give it as where goods were made ("Made in", "Country of origin:", "产地："). */
const ORIGIN_CUE = /(?:\b(?:made|produced|manufactured|grown|sourced|mined|refined|smelted|harvested|woven|spun|assembled|origin|originating|coo)\b[\s:\-–—]*(?:in|from|of)?|产地|原产地?|产于)[\s:：\-–—]*(?:the\s+)?$/i;
/**
 * Words just before a country that make it where goods go or leave from, not where they were made:
 * "Delivery to United Kingdom", "shipped via the UK", "Ships from Germany", "for the Malaysian market".
 */
const ELSEWHERE_CUE = /\b(?:to|into|for|via|destination|delivery|delivered|deliver|dispatched\s+from|dispatches\s+from|ships\s+from|shipped\s+from|ship\s+from|warehouse\s+in|warehoused\s+in|stocked\s+in|stock\s+in|sold\s+in|available\s+in|office\s+in|offices\s+in)[\s:\-–—]*(?:the\s+)?$/i;

/**
 * Countries a line gives as the origin of its goods. Listings capitalise them, so a lower-case word
 * is not one ("bone china", "furniture polish", "turkey breast"); short forms count only in capitals
 * ("PRC", "UK", "EU"); "Brazil nuts" names a nut, not where it grew. A country the line sends goods to or from ("Delivery to United Kingdom",
 * "Ships from Germany") is not an origin; where the line says outright where goods were made
 * ("Made in Bangladesh", "Origin: PRC"), only the countries it says that of are.
 */
export function statedOrigins(line: string, matcher: ProductMatcher): string[] {
  const said = new Set<string>();
  const plain = new Set<string>();
  for (const [start, end] of matchesOf(line, matcher.countries, matcher.asciiCountries)) {
    const text = line.slice(start, end);
    const key = text.toLowerCase();
    if (ABBREVIATIONS.has(key) ? text !== text.toUpperCase() : /^\p{Ll}/u.test(text)) continue;
    const country = COUNTRY_BY_NAME.get(key);
    if (!country || (key === 'brazil' && /^[\s-]*nuts?\b/i.test(line.slice(end, end + 8)))) continue;
    const before = line.slice(Math.max(0, start - CUE_REACH), start);
    if (ORIGIN_CUE.test(before)) said.add(country);
    else if (!ELSEWHERE_CUE.test(before)) plain.add(country);
  }
  return [...(said.size > 0 ? said : plain)];
}

/** A good's name on a line that offers it, with the notes it gives (none when its origin rules it out). */
export interface ProductMention {
  start: number;
  end: number;
  notes: ProductNote[];
}

/** A product line names a good a few times; a hostile one a million times, and only these are read. */
export const MAX_MENTIONS_PER_LINE = 200;

/** Every name of a good on one line (the first MAX_MENTIONS_PER_LINE), decoys left out, in order. */
export function lineMentions(line: string, matcher: ProductMatcher): ProductMention[] {
  const mentions: ProductMention[] = [];
  const facts: LineFacts = {};
  let origins: string[] | undefined;
  for (const [start, end] of matchesOf(line, matcher.terms, matcher.asciiTerms, MAX_MENTIONS_PER_LINE)) {
    const matchedText = line.slice(start, end);
    const term = matchedText.toLowerCase();
    if (isDecoy(line, start, end, term, facts)) continue;
    origins ??= statedOrigins(line, matcher);
    const notes: ProductNote[] = [];
    for (const good of matcher.byTerm.get(term) ?? []) {
      if (good.kind === 'dol' && origins.length > 0 && !origins.includes(good.country ?? '')) continue;
      notes.push({
        goodId: good.id,
        kind: good.kind,
        label: good.label,
        matchedText,
        ...(good.country ? { country: good.country } : {}),
        origins,
        year: good.year,
        source: good.source,
        lines: 1,
      });
    }
    mentions.push({ start, end, notes });
  }
  return mentions;
}

/** The notes for one line of text, one per good. */
export function lineNotes(line: string, matcher: ProductMatcher): ProductNote[] {
  const notes = new Map<string, ProductNote>();
  for (const mention of lineMentions(line, matcher)) {
    for (const note of mention.notes) if (!notes.has(note.goodId)) notes.set(note.goodId, note);
  }
  return [...notes.values()];
}

/**
 * The notes for a text (a page, a document), one per good, in the order the goods first appear,
 * UFLPA sectors before DOL entries.
 */
export function productNotes(text: string, matcher: ProductMatcher): ProductNote[] {
  const notes = new Map<string, ProductNote>();
  for (const line of text.split(/\r?\n|\u2028|\u2029/)) {
    if (line.trim() === '') continue;
    for (const note of lineNotes(line, matcher)) {
      const seen = notes.get(note.goodId);
      if (seen) {
        seen.lines++;
        for (const origin of note.origins) if (!seen.origins.includes(origin)) seen.origins = [...seen.origins, origin];
      } else notes.set(note.goodId, { ...note });
    }
  }
  const all = [...notes.values()];
  return [...all.filter((n) => n.kind === 'uflpa'), ...all.filter((n) => n.kind === 'dol')];
}

/** The popup's answer for a tab: whether notes are on for pages, and the notes (none when off or not scanned). */
export interface PageProductNotes {
  enabled: boolean;
  notes: ProductNote[];
}
