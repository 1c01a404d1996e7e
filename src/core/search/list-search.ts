/**
 * The search box over the list: fuse.js finds candidates among every name, product and country,
 * then a name-aware similarity re-ranks them (fuse's own score knows nothing of legal forms, words
 * or typed prefixes). Not used for page scanning: that is the compiled matcher's job.
 */
import Fuse from 'fuse.js';
import { namesOf, type ListRecord, type NameRole, type RecordKind, type Status } from '../record';
import { traditionalToSimplified } from '../text/cjk-variants';
import { loadLegalForms, stripLegalForms } from '../text/legal-forms';
import { foldedTokens } from '../text/tokenize';
import { editDistance } from '../match/typo';

export interface ListSearchFilter {
  kind?: RecordKind;
  status?: Status;
  country?: string;
}

export interface ListSearchHit {
  record: ListRecord;
  /** 0..1, higher is closer. */
  score: number;
  /** The list text that made it a result, when not the record's own name (an alias, a product, the country). */
  matchedName?: string;
  matchedField: NameRole | 'product' | 'country';
}

export interface ListSearch {
  search(query: string, filter?: ListSearchFilter, limit?: number): ListSearchHit[];
}

interface Item {
  record: number;
  text: string;
  field: ListSearchHit['matchedField'];
  /** Folded tokens with legal forms stripped (names) or as written (products, country). */
  tokens: string[];
}

/** How many fuse candidates are re-ranked; fuse's order beyond this is too poor to be worth reading. */
const CANDIDATES = 200;
/**
 * fuse.js scores every item on every query: at a few thousand names that is tens of milliseconds,
 * more than a keystroke's frame. Lists with more items than this are narrowed first to the items
 * sharing trigrams with the query (a typo of one letter leaves most of them intact).
 */
const NARROW_ABOVE = 3000;
/** At most this many narrowed items go to fuse, those sharing the most trigrams first. */
const NARROWED = 250;
/** Below this name-aware similarity a fuse candidate is noise ("Nepal" inside a long unrelated name). */
const MIN_SIMILARITY = 0.55;

export function createListSearch(records: ListRecord[]): ListSearch {
  const fold = traditionalToSimplified();
  const forms = loadLegalForms(fold);
  const nameTokens = (text: string): string[] => stripLegalForms(foldedTokens(text, fold), forms).core;

  const items: Item[] = [];
  records.forEach((r, ri) => {
    const seen = new Set<string>();
    const names = [...namesOf(r), ...r.regionTerms.map((text) => ({ text, role: 'alias' as const }))];
    for (const { text, role } of names) {
      if (seen.has(text) || r.removedAliases.includes(text)) continue;
      seen.add(text);
      items.push({ record: ri, text, field: role, tokens: nameTokens(text) });
    }
    for (const p of r.products) items.push({ record: ri, text: p, field: 'product', tokens: foldedTokens(p, fold) });
    if (r.country) items.push({ record: ri, text: r.country, field: 'country', tokens: foldedTokens(r.country, fold) });
  });

  const fuseOptions = {
    keys: ['text'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.45,
    minMatchCharLength: 2,
  };
  const fuse = new Fuse(items, fuseOptions);
  const narrow = items.length > NARROW_ABOVE ? trigramNarrowing(items) : undefined;
  /** Fuse over every item, or for large lists over the items that share trigrams with the query. */
  const fuseSearch = (q: string) => {
    const candidates = narrow?.(q);
    const over = candidates ? new Fuse(candidates, fuseOptions) : fuse;
    return over.search(q, { limit: CANDIDATES });
  };

  const passes = (r: ListRecord, f: ListSearchFilter): boolean =>
    (!f.kind || r.kind === f.kind) &&
    (!f.status || r.status === f.status) &&
    (!f.country || (r.country ?? '').toLowerCase() === f.country.toLowerCase());

  return {
    search(query, filter = {}, limit = 20) {
      const q = query.trim();
      if (q === '') {
        return records
          .filter((r) => passes(r, filter))
          .slice(0, limit)
          .map((record) => ({ record, score: 1, matchedField: 'name' as const }));
      }
      const queryTokens = foldedTokens(q, fold);
      const queryCore = queryTokens.length > 1 ? stripLegalForms(queryTokens, forms).core : queryTokens;
      const best = new Map<number, { item: Item; score: number }>();
      for (const hit of fuseSearch(q)) {
        const item = hit.item;
        if (!passes(records[item.record]!, filter)) continue;
        const similarity = item.field === 'product' || item.field === 'country'
          ? wordSimilarity(queryTokens, item.tokens) * 0.85
          : nameSimilarity(queryCore, item.tokens);
        if (similarity < MIN_SIMILARITY) continue;
        const score = 0.75 * similarity + 0.25 * (1 - (hit.score ?? 1));
        const prev = best.get(item.record);
        if (!prev || score > prev.score) best.set(item.record, { item, score });
      }
      return [...best.values()]
        .sort((a, b) => b.score - a.score || records[a.item.record]!.name.localeCompare(records[b.item.record]!.name))
        .slice(0, limit)
        .map(({ item, score }) => {
          const record = records[item.record]!;
          return {
            record,
            score: Math.round(score * 1000) / 1000,
            matchedField: item.field,
            ...(item.text !== record.name ? { matchedName: item.text } : {}),
          };
        });
    },
  };
}

/** How close one typed word is to one list word: equal, a typed prefix, or a near miss. */
function tokenSimilarity(q: string, n: string): number {
  if (q === n) return 1;
  if (n.startsWith(q)) return 0.8 + 0.15 * (q.length / n.length);
  if (q.length >= 4 && (q === `${n}s` || n === `${q}s`)) return 0.95;
  const max = Math.max(q.length, n.length);
  const d = editDistance(q, n, 3);
  return d > 3 ? 0 : Math.max(0, 1 - d / max) * 0.9;
}

/** Each typed word against its best list word, averaged over the typed words. */
function wordSimilarity(query: string[], words: string[]): number {
  if (query.length === 0 || words.length === 0) return 0;
  let sum = 0;
  for (const q of query) sum += Math.max(...words.map((n) => tokenSimilarity(q, n)));
  return sum / query.length;
}

/**
 * Name-aware similarity: words matched one by one (so "glove" finds "Top Glove"), plus the whole
 * query against the whole name with spaces dropped (so "supermx" finds "Supermax", "topglove" finds
 * "Top Glove"). Covering more of the name ranks higher.
 */
function nameSimilarity(query: string[], name: string[]): number {
  if (query.length === 0 || name.length === 0) return 0;
  const coverage = Math.min(1, query.length / name.length);
  const byWord = wordSimilarity(query, name) * (0.85 + 0.15 * coverage);
  const qj = query.join('');
  const nj = name.join('');
  const joined = tokenSimilarity(qj, nj);
  return Math.max(byWord, joined);
}

const squash = (text: string): string => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) grams.add(text.slice(i, i + 3));
  return grams;
}

/**
 * An inverted trigram index over the items' texts (lower case, spaces and punctuation dropped, so
 * "topglove" meets "Top Glove"). Returns the items worth giving fuse for a query: those sharing at
 * least a third of its trigrams, most shared first; for two-character queries, the items
 * containing them.
 */
function trigramNarrowing<T extends { text: string }>(items: T[]): (query: string) => T[] {
  const squashed = items.map((item) => squash(item.text));
  const postings = new Map<string, number[]>();
  squashed.forEach((text, i) => {
    for (const gram of trigrams(text)) {
      const list = postings.get(gram);
      if (list) list.push(i);
      else postings.set(gram, [i]);
    }
  });
  const shared = new Uint16Array(items.length);
  return (query) => {
    const q = squash(query);
    // fuse's minMatchCharLength (2) finds nothing for a single character anyway.
    if (q.length < 2) return [];
    if (q.length < 3) return items.filter((_, i) => squashed[i]!.includes(q)).slice(0, NARROWED);
    const grams = trigrams(q);
    const need = Math.max(1, Math.ceil(grams.size / 3));
    shared.fill(0);
    const touched: number[] = [];
    for (const gram of grams) {
      for (const i of postings.get(gram) ?? []) {
        if (shared[i] === 0) touched.push(i);
        shared[i]! += 1;
      }
    }
    return touched
      .filter((i) => shared[i]! >= need)
      .sort((a, b) => shared[b]! - shared[a]! || a - b)
      .slice(0, NARROWED)
      .map((i) => items[i]!);
  };
}
