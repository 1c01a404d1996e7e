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
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words for Latin text; Chinese has no word edges to find, so its names match anywhere. */
function wordRegExp(alternatives: string[], flags: string): RegExp {
  const cjk = alternatives.filter((a) => /\p{Script=Han}/u.test(a)).map(escape);
  const latin = alternatives.filter((a) => !/\p{Script=Han}/u.test(a)).map(escape);
  const words = `(?<![\\p{L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{N}])`;
  return new RegExp(cjk.length ? `${words}|${cjk.join('|')}` : words, flags);
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
  return { goods: data.goods, terms: wordRegExp(terms, 'giu'), byTerm, countries: wordRegExp(names, 'giu') };
}

/**
 * Countries named on a line. Listings capitalise them, so a lower-case word is not one ("bone china",
 * "furniture polish", "turkey breast"); short forms count only in capitals ("PRC", "UK", "EU").
 */
export function statedOrigins(line: string, matcher: ProductMatcher): string[] {
  const found = new Set<string>();
  for (const m of line.matchAll(matcher.countries)) {
    const text = m[0];
    const key = text.toLowerCase();
    const short = key.length <= 4 && /^[a-z.]+$/.test(key);
    if (short ? text !== text.toUpperCase() : /^\p{Ll}/u.test(text)) continue;
    const country = COUNTRY_BY_NAME.get(key);
    if (country) found.add(country);
  }
  return [...found];
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
  let read = 0;
  for (const m of line.matchAll(matcher.terms)) {
    if (++read > MAX_MENTIONS_PER_LINE) break;
    const start = m.index;
    const end = start + m[0].length;
    const term = m[0].toLowerCase();
    if (isDecoy(line, start, end, term, facts)) continue;
    origins ??= statedOrigins(line, matcher);
    const notes: ProductNote[] = [];
    for (const good of matcher.byTerm.get(term) ?? []) {
      if (good.kind === 'dol' && origins.length > 0 && !origins.includes(good.country ?? '')) continue;
      notes.push({
        goodId: good.id,
        kind: good.kind,
        label: good.label,
        matchedText: m[0],
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
