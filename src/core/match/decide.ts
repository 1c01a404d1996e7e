/**
 * Deciding with context: which candidates to believe, which listed name each means, its score and
 * its explanation. A distinctive name stands alone; a common-word name, an acronym, a vessel or a
 * region order needs support from the text around it.
 */
import {
  FIRST_UPPER, HASH_MASK, IDEO_TOKEN, LEN_MASK, foldedTokens, tokenHasLower, tokenIsDigits, tokenText, type TokenStream,
} from '../text/tokenize';
import { PLACE_SPELLINGS, PLACE_WORDS } from '../text/common-words';
import { caseOf } from '../text/fold';
import { ocrRepaired } from '../text/ocr-digits';
import { consumeLegal, gapOk, termStarts, type Candidate } from './candidates';
import { SPOKEN_NUMBER_WORDS } from './context-words';
import { explain } from './explain';
import { atFieldEnd, ellipsisAt, reportColumnAt } from './field-end';
import { groupProducts, memoExplanation, relatedRecordIds } from './finding-memo';
import { listAround } from './name-lists';
import { ACRONYM, CUT_OFF, FROM_ABBREVIATED, FROM_DESCRIPTOR_DROPPED, FROM_NUMBER_IN_WORDS, FROM_PLACE_DROPPED, FROM_PLURAL, FROM_SPLIT_WORD, LEFT_BY_PLACE, LISTED_ACRONYM, NOT_A_WORD, OTHER_FIRM, OWN_WORD, PLAIN, PLAIN_READ_LOWER, REGION, RESPELT, ROLES, VESSEL, WEAK, WITH_LEGAL_FORM, type MatcherPayload } from './payload';
import { tokenEquals, type Runtime } from './runtime';
import { BRAND_WORDS, MODEL_CODE_AFTER, MODEL_WORDS, beginsAnotherFirm, misspeltTail, oneSpaceBefore } from './firm-boundaries';
import { citedAuthor, definedAsOther, inHandle, namedAsWord, namesakeSaid, politicalSense, quotedTerm, spelledOutAsOther, toldApart } from './other-meanings';
import { addTerm, nameRecord, type PageMemory, type PageTerm } from './page-memory';
import type { Finding, Support } from './types';

/** Tokens either side searched for a product of the order (company names, then region orders). */
const PRODUCT_WINDOW = 6;
const REGION_PRODUCT_WINDOW = 8;
const LISTING_WINDOW = 4;
const RESTRICTION_WINDOW = 6;
/** `covered` marks a place's words with this, a firm's with 1: a page's longer term may still be read over a place. */
const REGION_COVER = 2;
const VESSEL_WINDOW = 10;
const VESSEL_SENTENCE_WINDOW = 30;
const LOOKALIKE_WINDOW = 8;
/** Characters either side in which a surer mention of the same record supports a weak one. */
const RELATED_WINDOW = 500;
/** Acronyms are reused by everyone, so the surer mention must be closer ("FGV Holdings Berhad (FGV)"). */
const ACRONYM_RELATED_WINDOW = 200;

/** A firm's site named after a word: the word before it is where the site is. */
const SITE_AFTER = /^ (?:plant|plants|factory|factories|mill|mills|site|sites|facility|smelter|refinery)\b/;

/** Token `k` is a model line's name: a model's code after it, or after the capitalised word it is hyphened to ("Green-Max HP010"). */
function modelLineAfter(text: string, s: TokenStream, k: number): boolean {
  const hyphened = text.charCodeAt(s.end[k]!) === 45 && k + 1 < s.count && s.start[k + 1] === s.end[k]! + 1 && (s.info[k + 1]! & FIRST_UPPER) !== 0;
  return MODEL_CODE_AFTER.test(text.slice(s.end[hyphened ? k + 1 : k]!, s.end[hyphened ? k + 1 : k]! + 24));
}

/** Legal forms that are no English word: after a name in lower case ("casual wear apparel llc") they still make it a firm's. */
const FIRM_ONLY_FORMS = new Set(['ltd', 'llc', 'bhd', 'berhad', 'plc', 'gmbh', 'srl', 'doo', 'jsc', 'pvt', 'tbk', 'ltda']);
/** A corporation's word: after a name of two words or more in lower case, the firm's. */
const CORPORATION_WORDS = new Set(['corporation', 'corp']);
/** A group's or corporation's word: after a name in lower case, the firm's only with the firm's own goods in the sentence. */
const LOWER_GROUP_WORDS = new Set(['group', 'holdings', 'corporation', 'corp']);

/** Next to a name, these show a namesake place or business ("Ninestar Hotel", "the restaurant Da Wang", "Giant's Causeway"). */
const NAMESAKE_WORDS = new Set(
  ('hotel hotels restaurant cafe bakery church school university college museum festival band street road avenue lane crescent terrace ' +
    'temple airport hospital clinic salon club bar pub causeway bridge beach bay lake island valley').split(' '),
);

/**
 * Words for a person someone knows, right before a name that is then that person's ("sister" and
 * "daughter" are left out: a sister or daughter company is a firm).
 */
const PERSON_BEFORE = new Set('mate colleague colleagues friend boss cousin uncle aunt wife husband dad mum neighbour'.split(' '));
/** A surname's particle after a one-word name, then a capitalised word: a person ("Meike van der Berg"). */
const SURNAME_PARTICLES = new Set('van von der den de da di du del della ter ten'.split(' '));

/** Capitalised words that may precede or follow a weak name without making it part of a longer name. */
const FUNCTION_WORDS = new Set(
  ('the a an and or of for from by with to in at on as is was are were has have had our their its about after before via vs ' +
    'including supplier suppliers vendor manufacturer maker buy contact ' +
    // Words that start sentences: "Later Pantum said…" is Pantum.
    'later today yesterday however meanwhile also but then now since when while although last this that these those ' +
    'both under according because if so yet still only even where why how what which who unlike despite following ' +
    'separately instead earlier recently previously currently furthermore moreover indeed thus therefore nevertheless ' +
    'whether once unless until like ' +
    // Determiners: "Any Haolin on packing lists".
    'any every each some all another either neither many most several such ' +
    // "FROZEN SQUID TUBES EX ZHENFA NO 7": shipping's "from".
    'ex ' +
    // Chat's contractions without their apostrophe: "so thats bitland, geehy", "isnt bitland the one".
    'thats whats theres heres isnt wasnt arent werent dont doesnt didnt cant wont hasnt havent ' +
    // Adverbs a chat puts beside a name, which no name runs on into: "apex microelectronics or geehy apparently".
    'apparently probably basically actually obviously definitely already literally honestly presumably supposedly allegedly reportedly ' +
    // A reply's first word: "so yes bitland is a WRO", "yep pantum".
    'yes yep yeah yup nope ok okay ' +
    // The pronoun, its contractions read as one word: "the longliner Da Wang I'd like to know about".
    'i im id ive ill ' +
    // A note's instructions: "Add Bitland check to the spec", "Ask Pantum for the audit"; a button's: "Show Pantum price schedule".
    'add ask check call email flag remove replace avoid contact chase query confirm show view see visit download compare').split(' '),
);

/**
 * What a news writer puts before a firm's name to say what it is ("Glovemaker Top Glove Corporation
 * Bhd", "Malaysian Supermax", "Rival Hartalega"): the words of a description, not of another firm's name.
 */
const DESCRIBING = new Set(
  ('rival rivals producer producers exporter exporters importer distributor miner planter grower retailer ' +
    'conglomerate firm company giant mfr oem odm factory brand shipowner operator ' +
    // A table's or memo's note on how the firm is tied in: "Subsidiary Donghai JA Solar on UFLPA list".
    'subsidiary subsidiaries affiliate parent supplier manufacturer vendor ' +
    'malaysian chinese thai taiwanese japanese korean indonesian vietnamese dominican mexican brazilian indian ' +
    'serbian singaporean american british ' +
    // A hedge on the tie: "GINNED LINT, POSSIBLE XPCC GINNERY", "suspected Hoshine feedstock".
    'possible probable likely suspected alleged potential presumed').split(' '),
);
const describing = (word: string): boolean => DESCRIBING.has(word) || /makers?$/.test(word);


interface Accepted {
  c: Candidate;
  entry: number;
  score: number;
  supports: Support[];
  possible: boolean;
  /** Of a weak group, but written so that it names the firm in full ("HY Solar": `acronymAsListed`). */
  specific?: boolean;
}

/** A weak name waiting for a surer mention of its record nearby or on the page. */
/**
 * `listOnly`: written in lower case, believed only in a list beside a listed firm (a forum's "supermax,
 * smart glove and yty"). `caseless`: in a line without capitals, read as if capitalised.
 */
type Pending = Omit<Accepted, 'score' | 'possible'> & { flags: number; listOnly?: boolean; caseless?: boolean };
/**
 * A short name ("Hoshine"), believed after its record's full mention on the page, or with its own
 * legal form. `product`: the token of the firm's goods beside it, or -1. `inListOnly`: an unlisted
 * firm's name too ("Sime Darby"), believed only listed together with other listed firms.
 */
type Short = Omit<Accepted, 'score'> & { flags: number; product: number; hasLegal: boolean; lower: boolean; inListOnly: boolean };

/** Where the text's places are: "Urumqi, Xinjiang" is an address, each place giving the other's origin. */
interface Places {
  regionStarts: Set<number>;
  inPlace: Set<number>;
  /** Tokens of places already taken as an origin here: "cotton from Xinjiang (Aksu area)" narrows it. */
  origins: Set<number>;
}

const NO_PLACES: Places = { regionStarts: new Set(), inPlace: new Set(), origins: new Set() };

function placesOf(p: MatcherPayload, candidates: readonly Candidate[]): Places {
  const placed = candidates.filter((c) => (p.groups[c.group]![1] & REGION) !== 0);
  return {
    regionStarts: new Set(placed.map((c) => c.a)),
    inPlace: new Set(placed.flatMap((c) => Array.from({ length: c.b - c.a + 1 }, (_, k) => c.a + k))),
    origins: new Set<number>(),
  };
}

export function decide(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, typo: Uint8Array, candidates: Candidate[], nameField: boolean,
  page: PageMemory, starts?: number[],
): Finding[] {
  // Short names alone ("Hoshine" for Hoshine Silicon Industry) on a page that has named nothing:
  // most are words of a longer name cut at the block's edge, and none can be believed here.
  if (page.terms.size === 0 && page.named.size === 0 && onlyBareShortNames(rt, candidates, text, ids, page.ordersNamed)) return [];
  const { p } = rt;
  const tokenStr = (k: number): string => tokenText(text, s, k, rt.fold);
  const span = (from: number, to: number): string => text.slice(s.start[from]!, s.end[to - 1]!);

  // Where places begin: "Urumqi, Xinjiang" is an address, each place giving the other's origin.
  // Most texts name no place: they share one empty record (only a place's candidate adds to it).
  const places = candidates.some((c) => (p.groups[c.group]![1] & REGION) !== 0) ? placesOf(p, candidates) : NO_PLACES;
  const out: Sorted = { firstAccepted: [], pending: [], shorts: [], others: [] };
  const written = asWritten(s, ids, typo);
  for (const c of candidates) judge(rt, text, s, ids, typo, written, c, nameField, places, tokenStr, span, out);
  const { firstAccepted, pending, shorts, others } = out;
  const { accepted, namedHere } = believeWeak(rt, text, s, ids, firstAccepted, shorts, pending, page, span);
  for (const f of accepted) {
    // A name cut at a field with words of it cut off after (`findCandidates`) may be another of the firm's names: possible.
    if (respelt(rt, f) || placeSpeltOtherwise(rt, text, s, f) || f.c.b - f.c.a + 1 < p.groups[f.c.group]![0].length) f.possible = true;
    f.score = scoreOf(rt, f, ids);
  }

  // Longest mention wins where mentions overlap ("Xinjiang Zhongtai Chemical" over the region "Xinjiang").
  // Usually none overlap: then every one is kept in any order, so no sort.
  if (!inOrderApart(accepted)) accepted.sort((x, y) => y.c.end - y.c.a - (x.c.end - x.c.a) || y.score - x.score);
  const covered = new Uint8Array(s.count);
  const findings: Finding[] = [];
  for (const f of accepted) {
    let free = true;
    for (let k = f.c.a; k < f.c.end; k++) if (covered[k]) free = false;
    // Inside another, unlisted firm's name ("Sime Darby Berhad"), only a longer mention stands; a
    // shared name read from a list is that name's own candidate, not another firm's.
    if (others.some((o) => o !== f.c && o.a < f.c.end && f.c.a < o.end && f.c.end - f.c.a <= o.end - o.a)) free = false;
    if (!free) continue;
    // A place (REGION_COVER) may still begin a longer term of the page: "Xinjiang Tianshan Wool" after the firm's full name.
    covered.fill((p.groups[f.c.group]![1] & REGION) !== 0 ? REGION_COVER : 1, f.c.a, f.c.end);
    findings.push(toFinding(rt, text, s, f));
  }
  // Words that may begin a term: after what this text taught the page (its full names, its definitions).
  const termHits = starts ?? (page.terms.size > 0 || page.named.size > 0 ? termStarts(s, page.firstWords) : []);
  if ((page.terms.size > 0 || page.named.size > 0) && termHits.length > 0) {
    const terms = pageTermFindings(rt, text, s, written, page, covered, namedHere, termHits, others);
    if (terms.length > 0) {
      // A place inside a term read over it is the term's, not an origin of its own.
      const inTerm = (f: Finding): boolean => f.kind === 'region' && terms.some((t) => t.start <= f.start && f.end <= t.end);
      return [...findings.filter((f) => !inTerm(f)), ...terms].sort((x, y) => x.start - y.start);
    }
  }
  return findings.sort((x, y) => x.start - y.start);
}


/**
 * The token ids with every near miss unread ("Corperation", read as a near miss of "Cooperation",
 * is an unknown word): where a firm's name ends is judged on the words as written. The ids
 * themselves when the text has no near miss.
 */
function asWritten(s: TokenStream, ids: Int32Array, typo: Uint8Array): Int32Array {
  let any = false;
  for (let k = 0; k < s.count && !any; k++) any = typo[k]! > 0;
  if (!any) return ids;
  const written = ids.slice(0, s.count);
  for (let k = 0; k < s.count; k++) if (typo[k]! > 0) written[k] = -1;
  return written;
}

/** What `decide` sorts its candidates into before weak names are weighed against sure ones. */
interface Sorted {
  firstAccepted: Accepted[];
  pending: Pending[];
  shorts: Short[];
  /** Other, unlisted firms' names: a listed name inside one is not read. */
  others: Candidate[];
}

/**
 * One candidate judged on the text around it and put where it belongs in `out`, or nowhere. A
 * function of its own: inside `decide` it made one body too large for the optimising compiler to
 * compile quickly (about 140 ms, billed to the page the first time `decide` became hot).
 */
function judge(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, typo: Uint8Array, written: Int32Array, c: Candidate, nameField: boolean,
  places: Places, tokenStr: (k: number) => string, span: (from: number, to: number) => string, out: Sorted,
): void {
  const { p } = rt;
  // Indexed, not destructured: array destructuring compiles to the iterator protocol.
  const group = p.groups[c.group]!;
  const groupTokens = group[0], entryIdx = group[2];
  const flags = (group[1] & LISTED_ACRONYM) !== 0 && acronymAsListed(rt, text, s, c, tokenStr) ? group[1] & ~WEAK : group[1];
  // An unlisted firm's name that is also a listed firm's short name ("Sime Darby": the former parent's
  // and the planter's) is the unlisted firm, unless the listed firm's goods stand beside it and no
  // legal form follows: then either firm's, a possible match (below).
  const bare = (flags & OTHER_FIRM) !== 0 && entryIdx.length > 0 && c.end === c.legalFrom && c.typo === 0;
  const shared = bare && findNear(ids, c.a, c.end, PRODUCT_WINDOW, (t) => groupProducts(rt, c.group).has(t), lineOf(text, s, c.a, c.end, PRODUCT_WINDOW)) >= 0;
  // Without them, the unlisted firm's; or, listed together with other listed firms the order is said
  // of ("sime darby and fgv both had the wro thing"), the listed one's (`listedTogether`).
  const inListOnly = (flags & OTHER_FIRM) !== 0 && !shared;
  if (inListOnly) {
    if (c.typo === 0) out.others.push(c);
    if (!bare || !rt.shortOnly[c.group]) return;
  }
  const entry = chooseEntry(p, entryIdx, ids, c);
  // A word written as two with a hyphen is a brand styled so ("Super-Max" razor blades on a card of
  // its own), not the name as a recogniser or a hurried writer splits it ("Super Max"). An
  // acronym's letters joined by hyphens are still the acronym ("F-G-V").
  if ((p.entries[entry]![4] & FROM_SPLIT_WORD) !== 0 && s.end[c.a]! - s.start[c.a]! > 1 && text.slice(s.end[c.a]!, s.start[c.a + 1]!).includes('-')) return;
  const supports: Support[] = [];

  // A look-alike word nearby (razor blades for Super-Max) rules a name out, however distinctive,
  // unless a legal form makes it a firm's ("Giant Manufacturing Co., Ltd." beside a giant inflatable).
  const looks = rt.lookalikes.get(c.group);
  if (looks && c.end === c.legalFrom && findNear(ids, c.a, c.end, LOOKALIKE_WINDOW, (t) => looks.has(t)) >= 0) return;

  if ((flags & REGION) === 0 && (namesake(text, s, c, tokenStr) || inProductCode(text, s.start[c.a]!, s.end[c.b]!))) return;
  const recordsOfGroup = rt.groupRecords[c.group]!;
  const start = s.start[c.a]!, end = s.end[c.b]!;
  // An acronym defined, quoted or spelt out as something else, or alone in a sentence about party
  // politics (a party's "SDP"), is not the firm. With its legal form it is the firm's name, whatever
  // a bracket after says ("FGV Holdings Berhad (formerly Felda Global Ventures)").
  if ((flags & ACRONYM) !== 0 && (definedAsOther(text, end, ownWordOf(rt, recordsOfGroup)) || quotedTerm(text, start, end)
    || (c.end === c.legalFrom && spelledOutAsOther(text, start, end, ownWordOf(rt, recordsOfGroup)))
    || (c.a === c.b && c.end === c.legalFrom && politicalSense(text, start, end)))) return;
  if (((flags & (WEAK | ACRONYM | VESSEL)) !== 0 || rt.shortOnly[c.group]) && (toldApart(text, start, end) || namesakeSaid(text, end) || cited(rt, text, s, ids, c, end))) return;

  const hasLegal = c.end > c.legalFrom;
  // A boat has no legal form: "Da Wang Trading Co." is a firm of that name.
  if (hasLegal && (flags & VESSEL) !== 0) return;
  if (hasLegal && (flags & WEAK) !== 0 && c.a === c.b && groupWordNotListed(rt, ids, c, entryIdx)) return;
  if (hasLegal) supports.push({ kind: 'legal form', text: text.slice(s.start[c.legalFrom]!, mentionEnd(text, s, c)) });

  const productWindow = (flags & REGION) !== 0 ? REGION_PRODUCT_WINDOW : PRODUCT_WINDOW;
  const products = groupProducts(rt, c.group);
  // A product on another line (the row above, the next list item) says nothing about this name.
  // Nor does a word of another firm's name: capitalised before its legal form ("Guangdong Esquel Textile Co., Ltd.").
  let product = findNear(ids, c.a, c.end, productWindow, (t, k) => products.has(t) && !beforeLegalForm(rt, text, s, ids, k), lineOf(text, s, c.a, c.end, productWindow));
  // A table's row is one item: a firm's goods may stand cells away ("Nitrile gloves blue, food safe,
  // 100 <tab> Bunzl Catering <tab> Top Glove"); not a place's, which a row's address cell holds too.
  if (product < 0 && (flags & REGION) === 0 && inCell(text, s, c)) product = goodsInRow(rt, text, s, ids, c);
  if (product >= 0) supports.push({ kind: 'product', text: tokenStr(product) });
  // "Apex Microelectronics": a dictionary word's phrase unless a legal form or the firm's goods are beside it.
  if ((p.entries[entry]![4] & WITH_LEGAL_FORM) !== 0 && c.end === c.legalFrom && product < 0) return;

  // Cut at a column's width ("HEFEI BITLAND INFORMATION TECHNOLOG" in a 35-character export field):
  // the last word written as the start of the name's, at the field's end, is the name, not a misspelling.
  if (c.typo > 0 && c.typo === typo[c.b] && c.b > c.a && c.end === c.b + 1 && cutAtField(rt, text, s, ids, c.b, c.b - c.a)) c = { ...c, typo: 0 };
  if (c.typo > 0) {
    if ((flags & (ACRONYM | REGION | VESSEL)) !== 0) return;
    const exact = c.b - c.a + 1 - countTypos(typo, c.a, c.b);
    const single = c.a === c.b;
    if (single ? c.typo > 1 : exact < 1 || (exact < 2 && groupTokens.length > 2)) return;
    // One misspelt word before another capitalised one is another firm's name ("Supermaxx Hygiene"),
    // unless that word is the listed firm's own ("Hosine Silicon").
    if (single && c.end === c.b + 1 && (s.info[c.a]! & IDEO_TOKEN) === 0 && !ownWordAfter(rt, ids, c, recordsOfGroup)
      && embedded(rt, text, s, ids, c, tokenStr)) return;
  }

  if ((flags & REGION) !== 0) {
    const region = acceptRegion(rt, text, s, ids, c, entryIdx, entry, product, supports, span, places);
    if (region) out.firstAccepted.push(region);
    return;
  }

  const latin = (s.info[c.a]! & IDEO_TOKEN) === 0;
  const wholeField = nameField && c.a === 0 && c.end === s.count;
  if (latin && c.end === c.b + 1 && beginsAnotherFirm(rt, text, s, written, c, entryIdx, recordsOfGroup, c.a === c.b || rt.shortOnly[c.group] === 1 || (group[1] & (WEAK | PLAIN)) !== 0)) return;
  // Its own words misspelt after it ("Supermax Corporaton Bhd"): the whole is a possible match.
  const tail = latin && c.typo === 0 ? misspeltTail(rt, text, s, written, c, recordsOfGroup) : null;
  if (tail) c = tail;
  // Dictionary words in lower case are a phrase ("needle craft kits"), not the firm "Needle Craft".
  // Notes written in lower case still write a firm's legal form: "camel group co ltd" is the firm.
  // Only a one-word legal form is looked at as written, and only where capitals are missing.
  // Or a group's word with the firm's own goods in its sentence ("camel group which makes lead acid
  // car batteries"), not a herd or a phrase; "corporation" after two words or more ("top glove
  // corporation") without them, which no phrase of its words goes on into ("a giant corporation" does).
  const lowerFirm = c.end - c.legalFrom >= 2 || (c.end > c.legalFrom && (s.info[c.a]! & FIRST_UPPER) === 0
    && (FIRM_ONLY_FORMS.has(tokenStr(c.end - 1)) || (product >= 0 && LOWER_GROUP_WORDS.has(tokenStr(c.end - 1)))
      || (c.b > c.a && CORPORATION_WORDS.has(tokenStr(c.end - 1)))));
  // In lower case, a phrase unless a list names it beside listed firms of the same goods.
  const inLower = latin && !wholeField && !lowerFirm && lowerCase(s, c.a, c.b);
  // A line with no capital anywhere (a transcript's, a voice memo's) says nothing by its case: its
  // names of two words or more, not all dictionary words, are read as if capitalised, with the
  // support a capitalised name needs ("jwd technology"; one word alone, "meixin", is too often a
  // first name, and dictionary words a phrase: "needle craft kits").
  // Dictionary words too, where a legal form follows them ("needle craft limited in jordan").
  const caseless = inLower && c.b > c.a && ((flags & PLAIN) === 0 || legalFormEnds(text, s, c, tokenStr)) && lineWithoutCapitals(text, start);
  let listOnly = false;
  if ((flags & (PLAIN | PLAIN_READ_LOWER)) === PLAIN && latin && !wholeField && !lowerFirm && !caseless && !capitalised(text, s, c.a, c.b, tokenStr)) {
    if (!inLower || c.a === c.b || rt.shortOnly[c.group]) return;
    listOnly = true;
  }
  if (rt.shortOnly[c.group]) {
    // A short name ("Hoshine" for "Hoshine Silicon Industry") is read as a name, capitalised, exactly,
    // and not as the start of a longer one ("Sigma-Aldrich", "Daqo New Energy Corp").
    // In lower case (a buyer's chat: "donghai ja solar" after the full name) only a short name of
    // two words or more, not all dictionary words, or of one word nobody else's ("bayi"), and only by
    // the page's full mention.
    const lower = latin && !caseless && !capitalised(text, s, c.a, c.b, tokenStr);
    // A word no dictionary has, or what a dropped place leaves, may have its goods right after it
    // ("a few pantum printers", "huafu yarn").
    const goodsAfter = (flags & (LEFT_BY_PLACE | NOT_A_WORD)) !== 0 && product === c.b + 1;
    if ((c.typo > 0 && !tail) || (lower && (c.a === c.b ? (flags & OWN_WORD) === 0 || (besideLowerWord(text, s, c.a, tokenStr) && !goodsAfter) : (flags & (PLAIN | WEAK)) !== 0))) return;
    if (latin && c.end === c.b + 1 && embedded(rt, text, s, ids, c, tokenStr)) return;
    if (latin && hyphenJoined(text, s.start[c.a]!, s.end[c.b]!)) return;
    out.shorts.push({ c, entry, supports, flags, product, hasLegal, possible: tail !== null, lower, inListOnly });
    return;
  }
  const needsContext = (flags & (WEAK | VESSEL)) !== 0;
  if (needsContext && (wholeField || labelledField(text, start, mentionEnd(text, s, c), c.b > c.a))) {
    supports.push({ kind: 'field' });
  } else if (needsContext && latin) {
    if (!caseless && !capitalised(text, s, c.a, c.b, tokenStr) && !lowerFirm && (flags & PLAIN_READ_LOWER) === 0) {
      if (!inLower) return;
      // A boat a transcript writes in lower case after "the", ships in its sentence ("vessels like
      // the da wang"): the boat, as capitalised.
      listOnly = !((flags & VESSEL) !== 0 && c.a > 0 && tokenStr(c.a - 1) === 'the' && vesselNear(rt, text, s, ids, c));
    }
    // An acronym in capitals, or in a note's lower case with a firm's legal form ("fgv holdings bhd").
    if ((flags & ACRONYM) !== 0 && !caseless && !allCaps(text, s, c.a, c.b) && !lowerFirm) {
      if (!inLower) return;
      listOnly = true;
    }
    if (embedded(rt, text, s, ids, c, tokenStr)) return;
    // A one-word weak name joined by a hyphen to a lower-case word is an adjective: "Giant-sized
    // discounts" ("Pantum-branded", "XPCC-linked" and "Da Wang-type" stay the firm's).
    if (c.a === c.b && (flags & (ACRONYM | VESSEL)) === 0 && text.charCodeAt(end) === 45 && /\p{Ll}/u.test(text.charAt(end + 1))) return;
  }
  if ((flags & VESSEL) !== 0 && otherVesselNumber(text, s, c)) return;
  // "F/V Da Wang": a fishing vessel's prefix, written with its slash, is the surest ship word of all.
  if ((flags & VESSEL) !== 0 && (vesselNear(rt, text, s, ids, c) || (c.a > 0 && vesselMark(rt, text, s, ids, c.a - 1)))) supports.push({ kind: 'vessel' });
  if (needsContext && findNear(ids, c.a, c.end, LISTING_WINDOW, (t) => rt.listingWords.has(t)) >= 0) {
    supports.push({ kind: 'listing' });
  }
  // Not for acronyms: other bodies share the letters, whatever the sentence is about; unless the order
  // is said to be on it ("WRO on FGV", "a Finding against SDP").
  if (needsContext && (flags & VESSEL) === 0 && ((flags & ACRONYM) === 0 ? restrictionInSentence(rt, text, s, ids, c) : orderOn(rt, text, s, ids, c.a))) {
    supports.push({ kind: 'restriction' });
  }
  if (listOnly) out.pending.push({ c, entry, supports, flags, listOnly });
  else if (!needsContext || supports.length > 0) {
    out.firstAccepted.push({ c, entry, score: 0, supports, possible: c.typo > 0 || memberOfGroup(rt, ids, c, entryIdx), specific: flags !== group[1] });
  } else {
    out.pending.push({ c, entry, supports, flags, caseless });
  }
}

/**
 * A legal form after the name that no phrase of its words has, ending it: "needle craft limited in
 * jordan", not "a needle craft limited edition" nor "my mum's needle craft group".
 */
function legalFormEnds(text: string, s: TokenStream, c: Candidate, tokenStr: (k: number) => string): boolean {
  return c.end > c.legalFrom && !LOWER_GROUP_WORDS.has(tokenStr(c.end - 1)) && !phraseGoesOn(text, s, c.end - 1, tokenStr);
}

/**
 * A name listed as an acronym and a trade, written so ("HY Solar", "JWD TECHNOLOGY"): as specific as
 * a longer name. In lower case ("hy solar") or with another trade after it ("JWD Technology
 * Partners") it needs the support a weak name needs.
 */
function acronymAsListed(rt: Runtime, text: string, s: TokenStream, c: Candidate, tokenStr: (k: number) => string): boolean {
  if (c.b !== c.a + 1 || tokenHasLower(text, s, c.a) || (s.info[c.b]! & FIRST_UPPER) === 0) return false;
  const next = c.b + 1;
  return !(next < s.count && (s.info[next]! & FIRST_UPPER) !== 0 && oneSpaceBefore(text, s, next) && rt.descriptors.has(tokenStr(next)));
}

/** Whether tokens `a`..`b` are written without a capital. */
function lowerCase(s: TokenStream, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if ((s.info[k]! & FIRST_UPPER) !== 0) return false;
  return true;
}

/**
 * A region order's candidate, believed with its goods nearby or an origin stated next to the place
 * (the UFLPA presumption covers any goods made there), or null. Its tokens become an origin.
 */
function acceptRegion(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, c: Candidate, entryIdx: number[], entry: number, product: number,
  supports: Support[], span: (from: number, to: number) => string, places: Places,
): Accepted | null {
  // A denied origin ("no Xinjiang tomatoes", "non-Xinjiang cotton") is not one.
  if (negatedBefore(rt, ids, c.a)) return null;
  let accepted: Accepted;
  if (product >= 0) {
    accepted = { c, entry: regionEntry(rt, entryIdx, (r) => rt.products[r]!.has(ids[product]!)) ?? entry, score: 0.75, supports, possible: false };
  } else {
    const anyGoods = regionEntry(rt, entryIdx, (r) => rt.products[r]!.size === 0);
    const origin = anyGoods === undefined ? null : originNear(rt, text, s, ids, c, span, places.regionStarts, places.inPlace, places.origins);
    if (anyGoods === undefined || origin === null) return null;
    supports.push({ kind: 'origin', ...origin });
    accepted = { c, entry: anyGoods, score: 0.75, supports, possible: false };
  }
  for (let k = c.a; k <= c.b; k++) places.origins.add(k);
  return accepted;
}

/**
 * The page learns the records this text names in full; then short and weak names are believed from
 * a surer mention of their record nearby or anywhere on the page. A function of its own, as is
 * `acceptRegion`: the JIT optimised `decide` in one piece several times slower than in parts.
 */
function believeWeak(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, firstAccepted: Accepted[], shorts: Short[], pending: Pending[], page: PageMemory,
  span: (from: number, to: number) => string,
): { accepted: Accepted[]; namedHere: Map<number, number> } {
  const { p } = rt;
  // What this page has named in full: earlier scans' memory, and this text's surer mentions.
  const namedHere = new Map<number, number>();
  // A boat's name is weak (a person's too), so its mentions as a boat name it for the page: a later
  // "the Da Wang" is that boat.
  const nameBoat = (c: Candidate): void => {
    for (const r of rt.groupRecords[c.group]!) {
      if (page.named.has(r)) continue;
      nameRecord(page, r, text.slice(s.start[c.a]!, mentionEnd(text, s, c)), rt.pageNamesOf.get(r));
      namedHere.set(r, s.start[c.a]!);
    }
  };

  // Only what will be reported names a firm: "Xinjiang Zhongtai" inside "Xinjiang Zhongtai Chemical"
  // (a name both Zhongtai firms share) names neither, or "Zhongtai" later would seem to mean either.
  const inner = inOrderApart(firstAccepted) ? null : insideLonger(firstAccepted);
  for (const f of firstAccepted) {
    if (inner?.has(f)) continue;
    if (!namesInFull(rt, f)) {
      if (namedAsBoat(rt, f)) nameBoat(f.c);
      continue;
    }
    // The firm is named, on every list it is on: "Hotan Haolin Hair Accessories" (the Entity List's
    // spelling) makes a later "Haolin" (the WRO's short name) good.
    for (const named of fullyNamed(rt, f.c.group)) for (const r of rt.sameFirm[named]!) {
      if (!page.named.has(r)) {
        const full = text.slice(s.start[f.c.a]!, mentionEnd(text, s, f.c));
        nameRecord(page, r, full, rt.pageNamesOf.get(r));
        namedHere.set(r, s.start[f.c.a]!);
      }
    }
    defineTerm(rt, text, s, f, page);
  }
  /** Support from a full mention of one of `records` on this page, if any: "short name of X, named in full earlier on this page". */
  const pageSupport = (records: number[], at: number): Support | null => {
    for (const r of records) {
      const full = page.named.get(r);
      if (full === undefined) continue;
      const here = namedHere.get(r);
      const when = here !== undefined && here > at ? 'later' : 'earlier';
      return { kind: 'page', name: p.records[r]![1], when, text: full };
    }
    return null;
  };

  // A weak name is believed when a surer mention of the same record is close by ("FGV Holdings Berhad … FGV"),
  // or anywhere on the same page.
  const accepted = [...firstAccepted];
  let byStart: Accepted[] | undefined;
  for (const w of shorts) {
    // Written with its own legal form ("Sime Darby Berhad"), a short name is a firm's full name: at
    // most a possible match, never the listed firm by page memory.
    // Another firm bears the name too: at most a possible match, whatever the page named.
    if ((w.flags & OTHER_FIRM) !== 0) w.possible = true;
    if (w.inListOnly) continue;
    const named = w.hasLegal ? null : pageSupport(rt.groupRecords[w.c.group]!, s.start[w.c.a]!);
    // One word no dictionary has, or initials joined by "&", left by dropping the place ("Taida",
    // "G&G"): not quoted as a word, nor with capitalised goods making another firm's name ("Taida
    // Garments in Anhui, a different owner").
    const leftByPlace = (w.flags & LEFT_BY_PLACE) !== 0;
    // Read beside its goods alone: what a dropped place leaves, or one word no dictionary has ("Maxter").
    const byGoods = leftByPlace || (w.c.a === w.c.b && (w.flags & NOT_A_WORD) !== 0);
    if (leftByPlace && (quotedTerm(text, s.start[w.c.a]!, s.end[w.c.b]!) || titledGoodsAfter(text, s, w.c, w.product))) continue;
    // A table's row is one item: its goods may stand a column or two away ("Tomato paste 28-30 brix,
    // 2.2kg tin   TIANWEI").
    if (w.product < 0 && !w.lower && byGoods) {
      const k = goodsInRow(rt, text, s, ids, w.c);
      if (k >= 0) {
        w.product = k;
        w.supports.push({ kind: 'product', text: span(k, k + 1) });
      }
    }
    if (named) accepted.push({ c: w.c, entry: w.entry, score: 0, supports: [named], possible: w.possible });
    else if (!w.lower && w.hasLegal && ((w.flags & WEAK) === 0 || leftByPlace) && (w.product >= 0 || w.c.b > w.c.a)) {
      accepted.push({ c: w.c, entry: w.entry, score: 0, supports: w.supports, possible: true });
    } else if (!w.hasLegal && w.c.b > w.c.a && (w.flags & (OWN_WORD | WEAK)) === OWN_WORD) {
      // Two words or more with one nobody else's ("Xinjiang Daqo", "Shuangliang Silicon") are the
      // firm, in lower case too, with what a weak full name needs: its goods, the order in the
      // sentence, or a listed firm beside it in a list; or on a page that names the orders.
      const beside = w.product >= 0 ? null : listedBeside(rt, text, s, w.c, byStart ??= [...firstAccepted].sort((x, y) => x.c.a - y.c.a));
      const support: Support | null = w.product >= 0 ? null : restrictionInSentence(rt, text, s, ids, w.c) ? { kind: 'restriction' }
        : beside ? { kind: 'beside', text: span(beside.c.a, beside.c.end) } : page.ordersNamed ? { kind: 'orders' } : null;
      // Without its place, at most a possible match: the place may be what tells it from a sister firm.
      const placeDropped = (p.entries[w.entry]![4] & FROM_PLACE_DROPPED) !== 0;
      if (w.product >= 0 || support) accepted.push({ c: w.c, entry: w.entry, score: 0, supports: support ? [...w.supports, support] : w.supports, possible: w.possible || placeDropped });
    } else if (!w.hasLegal && !w.lower && w.product >= 0 && !insideTitleCase(text, s, w.product) && !termOfAnotherNamed(rt, s, w.c, page)
      && ((w.c.a === w.c.b && (w.flags & (OWN_WORD | WEAK)) === OWN_WORD) || byGoods || (w.c.b - w.c.a >= 2 && (p.entries[w.entry]![4] & FROM_PLACE_DROPPED) === 0))) {
      // One such word alone, capitalised, beside its goods ("sea salt from Taepyung"), what is left by
      // dropping the place beside its goods ("Pantum printers", "G&G toner"; not the "Cotton" of "China
      // Cotton Association, Yinlong electric buses"), or three words or more with only descriptors
      // dropped ("aluminium ingot, Xinjiang East Hope Nonferrous"): a possible match.
      accepted.push({ c: w.c, entry: w.entry, score: 0, supports: w.supports, possible: true });
    } else if (!w.hasLegal && !w.lower && w.c.b - w.c.a >= 2 && (p.entries[w.entry]![4] & FROM_PLACE_DROPPED) === 0 && !termOfAnotherNamed(rt, s, w.c, page)
      && restrictionInSentence(rt, text, s, ids, w.c)) {
      // Three words or more with only descriptors dropped, the order named in its sentence or row
      // ("XINJIANG EAST HOPE NONFERROUS  UFLPA"): a possible match, as beside its goods.
      accepted.push({ c: w.c, entry: w.entry, score: 0, supports: [...w.supports, { kind: 'restriction' }], possible: true });
    } else if (w.lower && byGoods && page.ordersNamed && !termOfAnotherNamed(rt, s, w.c, page) && !quotedTerm(text, s.start[w.c.a]!, s.end[w.c.b]!)
      && !inHandle(text, s.start[w.c.a]!, s.end[w.c.b]!)) {
      // In a chat's lower case, as a word no dictionary has is read on a page that names the orders:
      // beside its goods, not running on into a phrase ("a few pantum printers"), or beside a listed firm.
      const goodsAt = goodsNear(rt, s, ids, w.c);
      const beside = listedBeside(rt, text, s, w.c, byStart ??= [...firstAccepted].sort((x, y) => x.c.a - y.c.a));
      const support: Support | null = beside ? { kind: 'beside', text: span(beside.c.a, beside.c.end) }
        : goodsAt >= 0 && !insideTitleCase(text, s, goodsAt) && (goodsAt === w.c.b + 1 || !lowerWordAfter(text, s, w.c.b, (k) => tokenText(text, s, k, rt.fold))) ? { kind: 'product', text: span(goodsAt, goodsAt + 1) }
        : null;
      if (support) accepted.push({ c: w.c, entry: w.entry, score: 0, supports: [support, { kind: 'orders' }], possible: true });
    }
  }
  if (pending.length > 0) {
    const byRecord = new Map<number, Accepted[]>();
    for (const f of firstAccepted) {
      // Only a full name supports: a distinctive one, or one with its legal form ("Giant bicycles" does
      // not make a later "Giant" the bicycle maker; "FGV Holdings Berhad" does make "FGV" the planter).
      const weak = (p.groups[f.c.group]![1] & WEAK) !== 0;
      if (weak && !f.supports.some((x) => x.kind === 'legal form')) continue;
      const r = p.entries[f.entry]![0];
      const list = byRecord.get(r);
      if (list) list.push(f);
      else byRecord.set(r, [f]);
    }
    for (const list of byRecord.values()) list.sort((x, y) => s.start[x.c.a]! - s.start[y.c.a]!);
    // A page that lists boats (a table of vessels under orders) names each by its number: "Hangton No
    // 112" in the row after "Tunago No. 61" needs no ship word of its own.
    let listsVessels: boolean | undefined;
    const namesVessels = (): boolean => (listsVessels ??= firstAccepted.some((f) => f.supports.some((x) => x.kind === 'vessel'))
      || namedKind(page, p, 'vessel'));
    let beside: Accepted | null;
    let boat: Support | null;
    let maker: { goods: number; by: Accepted } | null;
    let acronym: Support | null;
    let pair: Pending | null;
    let goodsAt: number;
    let byPage: Support | null;
    for (const w of pending) {
      const at = s.start[w.c.a]!;
      if (w.listOnly) {
        beside = firstAccepted.length === 0 ? null : listedBeside(rt, text, s, w.c, byStart ??= [...firstAccepted].sort((x, y) => x.c.a - y.c.a));
        if (beside) accepted.push({ c: w.c, entry: w.entry, score: 0, supports: [{ kind: 'beside', text: span(beside.c.a, beside.c.end) }], possible: w.c.typo > 0 });
        // Two words or more, a legal form's among them, with the order named in the sentence ("top glove
        // were the ones CBP did the finding on", "camel group is on that same entity list", "does the top
        // glove order still apply?"), not running on into a phrase ("top glove makers").
        else if (w.c.end - 1 > w.c.a && (w.flags & ACRONYM) === 0 && (
          (restrictionInSentence(rt, text, s, ids, w.c) && (!phraseGoesOn(text, s, w.c.end - 1, (k) => tokenText(text, s, k, rt.fold)) || rt.restrictionWords.has(ids[w.c.end]!)))
          || (w.c.end < s.count && ORDER_AFTER.has(tokenText(text, s, w.c.end, rt.fold))))) {
          accepted.push({ c: w.c, entry: w.entry, score: 0, supports: [{ kind: 'restriction' }], possible: w.c.typo > 0 });
        }
        // Two in a list, each beside its goods ("palm oil … is it sime darby or fgv"): a list of listed makers.
        else if (w.supports.some((x) => x.kind === 'product') && (pair = listOnlyPair(text, s, w, pending)) !== null) {
          accepted.push({ c: w.c, entry: w.entry, score: 0, supports: [...w.supports, { kind: 'beside', text: span(pair.c.a, pair.c.end) }], possible: w.c.typo > 0 });
        }
        // A transcript's or chat's line with no capital anywhere writes an acronym in lower case too:
        // "people call it fmt" after "firemount group" was said in full.
        else if ((w.flags & ACRONYM) !== 0 && lineWithoutCapitals(text, at) && (acronym = pageSupport(rt.groupRecords[w.c.group]!, at)) !== null) {
          accepted.push({ c: w.c, entry: w.entry, score: 0, supports: [acronym], possible: w.c.typo > 0 });
        }
        // On a page naming the orders, two words or more with their goods in the name ("top glove",
        // "sigma glove ind") or, not all dictionary words, beside it, standing on their own: not after
        // an article or adjective ("the top glove for the job"), not running on into a phrase, not quoted.
        else if (w.c.b > w.c.a && (w.flags & ACRONYM) === 0 && page.ordersNamed
          && !PHRASE_BEFORE.has(w.c.a > 0 ? tokenText(text, s, w.c.a - 1, rt.fold) : '')
          && !phraseGoesOn(text, s, w.c.b, (k) => tokenText(text, s, k, rt.fold)) && !quotedTerm(text, at, s.end[w.c.b]!)
          && ((goodsAt = goodsWithin(rt, ids, w.c)) >= 0 || ((w.flags & PLAIN) === 0 && (goodsAt = goodsNear(rt, s, ids, w.c)) >= 0))) {
          accepted.push({ c: w.c, entry: w.entry, score: 0, supports: [{ kind: 'product', text: span(goodsAt, goodsAt + 1) }, { kind: 'orders' }], possible: w.c.typo > 0 });
        }
        // After the page named the firm in full, two words or more in a chat's lower case, as listed
        // (not "green prospects" for Green Prospect), that stand on their own ("made by top glove in
        // klang") or end in a word for its stock or its own goods ("the top glove ones", "switched to
        // top glove nitrile"); after an article, only the latter ("the top glove we have tried").
        else if (w.c.b > w.c.a && (w.flags & ACRONYM) === 0 && (p.entries[w.entry]![4] & FROM_PLURAL) === 0 && !quotedTerm(text, at, s.end[w.c.b]!)
          && (byPage = pageSupport(rt.groupRecords[w.c.group]!, at)) !== null && ownedAfter(rt, text, s, ids, w.c)) {
          accepted.push({ c: w.c, entry: w.entry, score: 0, supports: [byPage], possible: w.c.typo > 0 });
        }
        // One word that is no English word, in a chat's lower case, on a page that names the orders,
        // beside its goods ("cheapest quote is linglong … tyres"), not running on into a longer name
        // ("linglong international europe"). An order alone beside it is not enough: "the meike
        // thing" is a person's or a camera's as often.
        else if ((w.flags & NOT_A_WORD) !== 0 && page.ordersNamed && !quotedTerm(text, at, s.end[w.c.b]!) && !inHandle(text, at, s.end[w.c.b]!)
          && (goodsAt = goodsNear(rt, s, ids, w.c)) >= 0 && (goodsAt === w.c.b + 1 || !phraseGoesOn(text, s, w.c.b, (k) => tokenText(text, s, k, rt.fold)))) {
          accepted.push({ c: w.c, entry: w.entry, score: 0, supports: [{ kind: 'product', text: span(goodsAt, goodsAt + 1) }, { kind: 'orders' }], possible: w.c.typo > 0 });
        }
        continue;
      }
      // A vessel's name is believed from a mention elsewhere on the page only with its number ("Yu Long
      // No. 2" in a table after the article named it): "Da Wang" alone is also a person, a boat only
      // beside another listed boat's numbered name.
      if ((w.flags & VESSEL) !== 0 && !numbered(text, s, w.c.b)) {
        if (vesselBeside(text, s, w, pending, firstAccepted, true)) {
          accepted.push({ c: w.c, entry: w.entry, score: 0, supports: [...w.supports, { kind: 'vessel' }], possible: w.c.typo > 0 });
          if (w.c.typo === 0) nameBoat(w.c);
        }
        // "the Da Wang" is a boat, not a person: once the page has named it as one, or with the order
        // in its sentence ("the most cited case is the Da Wang, where a WRO in 2020 …").
        else if (w.c.a > 0 && tokenText(text, s, w.c.a - 1, rt.fold) === 'the' && (boat = pageSupport(rt.groupRecords[w.c.group]!, at)) !== null) {
          accepted.push({ c: w.c, entry: w.entry, score: 0, supports: [...w.supports, boat], possible: w.c.typo > 0 });
        } else if (w.c.a > 0 && tokenText(text, s, w.c.a - 1, rt.fold) === 'the' && restrictionInSentence(rt, text, s, ids, w.c)
          && !lowerWordAfter(text, s, w.c.b, (k) => tokenText(text, s, k, rt.fold))) {
          accepted.push({ c: w.c, entry: w.entry, score: 0, supports: [...w.supports, { kind: 'restriction' }], possible: w.c.typo > 0 });
          if (w.c.typo === 0) nameBoat(w.c);
        }
        continue;
      }
      let near: Accepted | undefined;
      const window = (w.flags & ACRONYM) !== 0 ? ACRONYM_RELATED_WINDOW : RELATED_WINDOW;
      for (const r of rt.groupRecords[w.c.group]!) {
        near = nearest(byRecord.get(r), at, window, (f) => s.start[f.c.a]!);
        if (near) break;
      }
      if (near && (w.flags & ACRONYM) !== 0 && lineBreakBetween(text, s.start[near.c.a]!, at)) near = undefined;
      const named = near ? null : pageSupport(rt.groupRecords[w.c.group]!, at);
      if (near) w.supports.push({ kind: 'related', text: span(near.c.a, near.c.end) });
      else if (named) w.supports.push(named);
      else if ((w.flags & VESSEL) !== 0 && (namesVessels() || vesselBeside(text, s, w, pending, firstAccepted))) w.supports.push({ kind: 'vessel' });
      else if ((w.flags & VESSEL) === 0 && (beside = listedBeside(rt, text, s, w.c, byStart ??= [...firstAccepted].sort((x, y) => x.c.a - y.c.a))) !== null
        && ((w.flags & ACRONYM) === 0 || goodsNear(rt, s, ids, w.c) >= 0)) {
        // An acronym, which other bodies share, only with the goods it shares with its neighbour
        // written nearby too ("the palm oil … from FGV and Sime Darby Plantation").
        w.supports.push({ kind: 'beside', text: span(beside.c.a, beside.c.end) });
      }
      else if ((w.flags & (VESSEL | ACRONYM)) === 0 && w.c.b > w.c.a && ((s.info[w.c.a]! & FIRST_UPPER) !== 0 || w.caseless)
        && (maker = sameGoodsMaker(rt, s, ids, w.c, firstAccepted)) !== null) {
        w.supports.push({ kind: 'same goods', goods: span(maker.goods, maker.goods + 1), text: span(maker.by.c.a, maker.by.c.end) });
      }
      // On a page that names the orders, a capitalised name with its goods in the same message or
      // paragraph ("fleet place quoted Linglong again" after "4 new tyres"; "all Giant" after "bikes").
      // Not a word quoted as a word ('remove the word "Giant"'). A name may carry its goods itself ("Top Glove").
      else if (page.ordersNamed && (w.flags & (VESSEL | ACRONYM)) === 0 && ((s.info[w.c.a]! & FIRST_UPPER) !== 0 || w.caseless)
        && !quotedTerm(text, at, s.end[w.c.b]!) && ((goodsAt = goodsNear(rt, s, ids, w.c)) >= 0 || (goodsAt = goodsWithin(rt, ids, w.c)) >= 0)) {
        w.supports.push({ kind: 'product', text: span(goodsAt, goodsAt + 1) }, { kind: 'orders' });
      }
      else continue;
      accepted.push({ c: w.c, entry: w.entry, score: 0, supports: w.supports, possible: w.c.typo > 0 });
      if ((w.flags & VESSEL) !== 0 && w.c.typo === 0) nameBoat(w.c);
    }
  }

  listedTogether(rt, text, s, ids, accepted, shorts, pending, span);
  return { accepted, namedHere };
}

/**
 * Short names nothing on the page has backed, listed together ("Pantum and G&G went on the Entity
 * List", "sime darby and fgv both had the wro thing"): a list of listed firms, each read when the
 * order is named in the list's sentence or the goods they share stand beside them. Each alone
 * ("Pantum went on the Entity List") is still nothing.
 */
function listedTogether(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, accepted: Accepted[], shorts: readonly Short[], pending: readonly Pending[],
  span: (from: number, to: number) => string,
): void {
  const done = new Set<Candidate>();
  for (const f of accepted) done.add(f.c);
  const left: (Short | Pending)[] = [];
  for (const w of shorts) if (!done.has(w.c)) left.push(w);
  for (const w of pending) if (!done.has(w.c)) left.push(w);
  if (left.length === 0) return;
  // Not a name inside an accepted one ("sime darby" in "sime darby plantation"): it stands in no list.
  const taken = new Uint8Array(s.count);
  for (const f of accepted) taken.fill(1, f.c.a, f.c.end);
  const free = (x: Short | Pending): boolean => {
    for (let k = x.c.a; k < x.c.end; k++) if (taken[k]) return false;
    return true;
  };
  const items: (Accepted | Short | Pending)[] = [...accepted, ...left.filter(free)].filter((x) => (rt.p.groups[x.c.group]![1] & (REGION | VESSEL)) === 0 && x.c.typo === 0)
    .sort((x, y) => x.c.a - y.c.a);
  const leftover = new Set<Short | Pending>(left);
  // Each item's neighbours in one sorted pass: a long text's many unbacked names cost n log n, not n².
  for (let i = 0; i < items.length; i++) {
    const w = items[i] as Short | Pending;
    if (!leftover.has(w)) continue;
    const goods = groupProducts(rt, w.c.group);
    let restricted: boolean | undefined;
    for (const o of [items[i - 1], items[i + 1]]) {
      if (!o || o.c.group === w.c.group) continue;
      const [from, to] = o.c.a < w.c.a ? [mentionEnd(text, s, o.c), s.start[w.c.a]!] : [mentionEnd(text, s, w.c), s.start[o.c.a]!];
      if (to < from || to - from > 24 || !LIST_GAP.test(text.slice(from, to))) continue;
      restricted ??= restrictionInSentence(rt, text, s, ids, w.c);
      const goodsAt = !restricted && sharesGoods(groupProducts(rt, o.c.group), goods) ? goodsNear(rt, s, ids, w.c) : -1;
      const support: Support | null = restricted ? { kind: 'restriction' } : goodsAt >= 0 ? { kind: 'product', text: span(goodsAt, goodsAt + 1) } : null;
      if (!support) continue;
      // A listed acronym or short name as listed ("FGV") is the firm. What dropping a place leaves
      // ("G&G") may be a sister firm, unless the sentence says the order is on it.
      const leftByPlace = (w.flags & LEFT_BY_PLACE) !== 0 || (rt.p.entries[w.entry]![4] & FROM_PLACE_DROPPED) !== 0;
      accepted.push({ c: w.c, entry: w.entry, score: 0, supports: [{ kind: 'beside', text: span(o.c.a, o.c.end) }, support], possible: (leftByPlace && !restricted) || ('possible' in w && w.possible) });
      break;
    }
  }
}

/**
 * A listed firm named with surer support right beside a weak name in a list, making the same goods:
 * "Supermax Corporation in 2021, Smart Glove, YTY Industry Holdings" lists glove makers, one of them
 * Smart Glove; or, for a name of two words not all dictionary words, any listed firm named with its
 * legal form ("such as JWD Technology, Geehy Semiconductor Co Ltd"), and for one the list gives no
 * goods for, a firm on the same list so named. Only commas, "and" or "or" (and
 * a year the list gives each) between them.
 */
function listedBeside(rt: Runtime, text: string, s: TokenStream, c: Candidate, byStart: readonly Accepted[]): Accepted | null {
  const goods = new Set<number>();
  for (const r of rt.groupRecords[c.group]!) for (const t of rt.products[r]!) goods.add(t);
  // A name of two words or more, not all dictionary words ("JWD Technology", "HY Solar"), needs no
  // goods in common: a list of listed firms named in full is where it stands.
  const specific = c.b > c.a && (rt.p.groups[c.group]![1] & PLAIN) === 0;
  // A firm the list gives no goods for (the Entity List gives none) shares its list instead: "Kingherbs
  // Ltd and Union Biotech", two Entity List firms, the first with its legal form.
  const kinds = goods.size === 0 && !specific && c.b > c.a ? new Set(rt.groupRecords[c.group]!.map((r) => rt.p.records[r]![2])) : null;
  if (goods.size === 0 && !specific && !kinds) return null;
  const start = s.start[c.a]!, end = s.end[c.end - 1]!;
  // Only the mentions right before and after it can be its neighbours in a list: found by halving,
  // not by reading every mention of a long text for each weak name.
  let lo = 0, hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid]!.c.a < c.a) lo = mid + 1;
    else hi = mid;
  }
  for (const f of byStart.slice(Math.max(0, lo - 2), lo + 2)) {
    const weak = (rt.p.groups[f.c.group]![1] & (WEAK | REGION)) !== 0 && !f.supports.some((x) => x.kind === 'legal form');
    if (f.possible || f.c.group === c.group || weak) continue;
    const fStart = s.start[f.c.a]!, fEnd = mentionEnd(text, s, f.c);
    const gap = fEnd <= start ? text.slice(fEnd, start) : end <= fStart ? text.slice(end, fStart) : null;
    if (gap === null || gap.length > 24 || !LIST_GAP.test(gap)) continue;
    if (specific || kinds ? f.supports.some((x) => x.kind === 'legal form') && (!kinds || rt.groupRecords[f.c.group]!.some((r) => kinds.has(rt.p.records[r]![2])))
      : rt.groupRecords[f.c.group]!.some((r) => sharesGoods(rt.products[r]!, goods))) return f;
  }
  return null;
}
/** Whether the page named in full a record of this kind. */
function namedKind(page: PageMemory, p: MatcherPayload, kind: string): boolean {
  for (const r of page.named.keys()) if (p.records[r]![2] === kind) return true;
  return false;
}

function sharesGoods(products: ReadonlySet<number>, goods: ReadonlySet<number>): boolean {
  for (const t of products) if (goods.has(t)) return true;
  return false;
}

/** Words before a lower-case name that make it a phrase of its words ("the top glove", "a smart glove"). */
const PHRASE_BEFORE = new Set('the a an this that these those any some every each our your their best good new'.split(' '));

/**
 * Whether a lower-case name ends where the firm's would: a word for its stock or its own goods after
 * it ("top glove ones", "top glove nitrile"), or, not after an article or adjective, nothing that runs
 * on into a phrase ("made by top glove in klang", "top glove, supermax").
 */
function ownedAfter(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, c: Candidate): boolean {
  const tokenStr = (k: number): string => tokenText(text, s, k, rt.fold);
  const next = c.b + 1;
  if (next < s.count && oneSpaceBefore(text, s, next) && (CLAUSE_AFTER.has(tokenStr(next)) || groupProducts(rt, c.group).has(ids[next]!))) return true;
  return !PHRASE_BEFORE.has(c.a > 0 ? tokenStr(c.a - 1) : '') && !afterLowerName(text, s, c.a, tokenStr) && !lowerWordAfter(text, s, c.b, tokenStr);
}

/**
 * Words that, right after a name, make it the subject of an order: "the top glove order", "the
 * supermax finding" ("WRO" is a restriction word already).
 */
const ORDER_AFTER = new Set(['order', 'orders', 'finding', 'findings']);

/**
 * Between two items of one list, firms or boats: "Supermax Corporation in 2021, Smart Glove", "the
 * Da Wang and the Tunago No.61".
 */
const LIST_GAP = /^(?:\s+(?:in|since|from) (?:19|20)\d\d)?\s*(?:,|;|\+|\/|,? and|,? or|&)\s*(?:the\s+)?$/i;

/**
 * Another listed vessel's numbered name in the same sentence (for a name without a number, right
 * beside it in a list): "Orders against the Yu Long No.2,
 * Hangton No. 112 and Zhenfa 7 show the same pattern" names boats, not firms or places.
 */
function vesselBeside(text: string, s: TokenStream, w: Pending, pending: readonly Pending[], accepted: readonly Accepted[], inList = false): boolean {
  const at = s.start[w.c.a]!;
  const sameSentence = (o: Candidate): boolean => {
    if (o.group === w.c.group) return false;
    const [from, to] = s.start[o.a]! < at ? [s.end[o.b]!, at] : [s.end[w.c.b]!, s.start[o.a]!];
    if (inList) return to >= from && LIST_GAP.test(text.slice(from, to));
    return to - from < 120 && to >= from && noStopBetween(text, from, to);
  };
  return pending.some((o) => (o.flags & VESSEL) !== 0 && numbered(text, s, o.c.b) && sameSentence(o.c))
    || accepted.some((o) => o.supports.some((x) => x.kind === 'vessel') && numbered(text, s, o.c.b) && sameSentence(o.c));
}

/**
 * Whether there are candidates and every one is a short name without a legal form after it, and
 * none can be believed: on a page that has named no record in full and defined no term, a short name
 * needs its own legal form, or (two words with one nobody else's, one word no dictionary has, or
 * what a dropped place leaves: "Pantum") goods or an order word in the text or an order named on
 * the page. Then nothing is found and nothing is learnt.
 */
export function onlyBareShortNames(rt: Runtime, candidates: readonly Candidate[], text: string, ids: Int32Array, ordersNamed: boolean): boolean {
  if (candidates.length === 0) return false;
  let ownWord = false;
  for (const c of candidates) {
    if (!rt.shortOnly[c.group] || c.end > c.legalFrom) return false;
    const flags = rt.p.groups[c.group]![1];
    if ((c.b > c.a && (flags & (OWN_WORD | WEAK)) === OWN_WORD) || (flags & (LEFT_BY_PLACE | NOT_A_WORD)) !== 0) ownWord = true;
  }
  return !ownWord || (!ordersNamed && !goodsOrOrderIn(rt, text, ids));
}

/** Whether a word of the text is a product word or an order word (one array read a word), or it names the "Entity List". */
function goodsOrOrderIn(rt: Runtime, text: string, ids: Int32Array): boolean {
  const table = rt.goodsOrOrderWord;
  for (let k = 0; k < ids.length; k++) {
    const t = ids[k]!;
    if (t >= 0 && table[t]! !== 0) return true;
  }
  return text.includes('Entity List');
}

/** The mentions inside a longer one of the list (which the longer wins where they overlap). */
function insideLonger(accepted: readonly Accepted[]): Set<Accepted> {
  const byStart = [...accepted].sort((x, y) => x.c.a - y.c.a || y.c.end - x.c.end);
  const inner = new Set<Accepted>();
  // The furthest end of the mentions that begin before this one, and of the first (longest) beginning with it.
  let endBefore = -1;
  let sameStart = -1;
  let sameEnd = -1;
  for (let i = 0; i < byStart.length; i++) {
    const f = byStart[i]!;
    if (f.c.a !== sameStart) {
      for (let k = i - 1; k >= 0 && byStart[k]!.c.a === sameStart; k--) endBefore = Math.max(endBefore, byStart[k]!.c.end);
      sameStart = f.c.a;
      sameEnd = f.c.end;
    }
    if (endBefore >= f.c.end || sameEnd > f.c.end) inner.add(f);
  }
  return inner;
}

/** Whether no two mentions share a token: then the longest-first pass keeps them all, in any order. */
function inOrderApart(accepted: Accepted[]): boolean {
  let ordered = true;
  for (let i = 1; i < accepted.length && ordered; i++) if (accepted[i]!.c.a < accepted[i - 1]!.c.end) ordered = false;
  if (ordered) return true;
  // Mostly in order with a few appended (names believed from a fuller mention): sort the spans natively.
  const spans = new Float64Array(accepted.length);
  for (let i = 0; i < accepted.length; i++) {
    const { a, end } = accepted[i]!.c;
    if (end >= 2 ** 26) return false;
    spans[i] = a * 2 ** 26 + end;
  }
  spans.sort();
  for (let i = 1; i < spans.length; i++) if (Math.floor(spans[i]! / 2 ** 26) < spans[i - 1]! % 2 ** 26) return false;
  return true;
}

/**
 * A capitalised weak name of two words or more ("Top Glove") in a passage that names its goods and
 * another listed maker of them in full ("supermax … gloves … someone told me Top Glove got cleared"):
 * the goods word and that maker, within RELATED_WINDOW characters, or null.
 */
function sameGoodsMaker(rt: Runtime, s: TokenStream, ids: Int32Array, c: Candidate, accepted: readonly Accepted[]): { goods: number; by: Accepted } | null {
  const goods = groupProducts(rt, c.group);
  const at = s.start[c.a]!;
  const near = (k: number): boolean => Math.abs(s.start[k]! - at) <= RELATED_WINDOW;
  // The goods words around the name, read once, then matched against each maker's goods.
  const around: number[] = [];
  for (let k = c.a - 1; k >= 0 && near(k); k--) if (goods.has(ids[k]!)) around.push(k);
  for (let k = c.end; k < s.count && near(k); k++) if (goods.has(ids[k]!)) around.push(k);
  if (around.length === 0) return null;
  const records = rt.groupRecords[c.group]!;
  for (const f of accepted) {
    if (f.possible || !near(f.c.a) || (rt.p.groups[f.c.group]![1] & (WEAK | REGION)) !== 0) continue;
    const other = rt.p.entries[f.entry]![0];
    if (records.includes(other)) continue;
    const theirs = rt.products[other]!;
    const k = around.find((j) => theirs.has(ids[j]!));
    if (k !== undefined) return { goods: k, by: f };
  }
  return null;
}

/** The nearest word of the goods of the candidate's records within RELATED_WINDOW characters, or -1. */
function goodsNear(rt: Runtime, s: TokenStream, ids: Int32Array, c: Candidate): number {
  const goods = groupProducts(rt, c.group);
  const at = s.start[c.a]!;
  for (let k = c.a - 1; k >= 0 && at - s.start[k]! <= RELATED_WINDOW; k--) if (goods.has(ids[k]!)) return k;
  for (let k = c.end; k < s.count && s.start[k]! - at <= RELATED_WINDOW; k++) if (goods.has(ids[k]!)) return k;
  return -1;
}

/** A word of the name itself that is its goods, or their singular ("Top Glove": gloves). */
function goodsWithin(rt: Runtime, ids: Int32Array, c: Candidate): number {
  const goods = groupProducts(rt, c.group);
  for (let k = c.a; k <= c.b; k++) {
    const t = ids[k]!;
    if (t >= 0 && (goods.has(t) || goods.has(rt.vocabIds.get(`${rt.p.vocab[t]}s`) ?? -1))) return k;
  }
  return -1;
}

/**
 * Whether a firm the page named in full, not one of the candidate's records, has the candidate's one
 * word as its short name ("Huafu" after "Aksu Huafu Color Spinning"): the page's reading of its
 * terms says whose it is.
 */
function termOfAnotherNamed(rt: Runtime, s: TokenStream, c: Candidate, page: PageMemory): boolean {
  if (c.a !== c.b || page.named.size === 0) return false;
  const own = rt.groupRecords[c.group]!;
  return (rt.pageNames.get(s.hash[c.a]! & HASH_MASK) ?? []).some((t) => t.tokens.length === 1 && page.named.has(t.record) && !own.includes(t.record));
}

/** Tokens either side looked at for goods in a table's row. */
const ROW_WINDOW = 16;
/** Between two cells of a row: a tab, a bar, or two spaces or more. */
const CELL_GAP = /\t|\||  /;

/** Whether a cell's gap stands right before or after the candidate: most names in prose have none, and are not looked at for a row's goods. */
function inCell(text: string, s: TokenStream, c: Candidate): boolean {
  return (c.a > 0 && CELL_GAP.test(text.slice(s.end[c.a - 1]!, s.start[c.a]!))) || (c.end < s.count && CELL_GAP.test(text.slice(s.end[c.end - 1]!, s.start[c.end]!)));
}

/** A word of the candidate's goods in the same table row, a cell or more away, or -1. */
function goodsInRow(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, c: Candidate): number {
  const goods = groupProducts(rt, c.group);
  return findNear(ids, c.a, c.end, ROW_WINDOW, (t, k) => goods.has(t)
    && CELL_GAP.test(k < c.a ? text.slice(s.end[k]!, s.start[c.a]!) : text.slice(s.end[c.end - 1]!, s.start[k]!)), lineOf(text, s, c.a, c.end, ROW_WINDOW));
}

/** The firm's goods capitalised right after the name, as a firm's name is written ("Taida Garments"). */
function titledGoodsAfter(text: string, s: TokenStream, c: Candidate, product: number): boolean {
  return product === c.b + 1 && (s.info[product]! & FIRST_UPPER) !== 0 && tokenHasLower(text, s, product) && oneSpaceBefore(text, s, product);
}

/** Token `k` between two capitalised words, one space either side: a word of another's name ("China Cotton Association"). */
function insideTitleCase(text: string, s: TokenStream, k: number): boolean {
  const titled = (i: number): boolean => i >= 0 && i < s.count && (s.info[i]! & FIRST_UPPER) !== 0 && tokenHasLower(text, s, i);
  return titled(k - 1) && titled(k + 1) && s.start[k]! - s.end[k - 1]! === 1 && s.start[k + 1]! - s.end[k]! === 1;
}

/** Another name read only in a list, beside `w` in one and beside goods of its own: the list's other item, or null. */
function listOnlyPair(text: string, s: TokenStream, w: Pending, pending: readonly Pending[]): Pending | null {
  for (const o of pending) {
    if (o === w || !o.listOnly || o.c.group === w.c.group || !o.supports.some((x) => x.kind === 'product')) continue;
    const [from, to] = o.c.a > w.c.b ? [s.end[w.c.end - 1]!, s.start[o.c.a]!] : [s.end[o.c.end - 1]!, s.start[w.c.a]!];
    if (to >= from && to - from <= 24 && LIST_GAP.test(text.slice(from, to))) return o;
  }
  return null;
}

/** Cited as an author ("Da Wang & Hsu, 2021"); with a year alone, unless the sentence names the order (a list dating each firm's). */
function cited(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, c: Candidate, end: number): boolean {
  const how = citedAuthor(text, end);
  return how === 'co-authors' || (how === 'year' && !restrictionInSentence(rt, text, s, ids, c));
}

/** "WRO on", "order against", "Finding on" right before token `a`. */
function orderOn(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, a: number): boolean {
  if (a < 2 || !/^(?:on|against)$/i.test(text.slice(s.start[a - 1]!, s.end[a - 1]!))) return false;
  return rt.restrictionWords.has(ids[a - 2]!) || ORDER_AFTER.has(tokenText(text, s, a - 2, rt.fold));
}

/**
 * Whether the line holding offset `at` is written without capitals (a transcript's, a chat's),
 * looking 300 characters either way: no word begins with a capital and goes on in lower case.
 * Acronyms in capitals ("IL DC", "EVS") and the speaker or sender before a colon near the line's
 * start ("Raj Patel:", "SPEAKER_2:") are how such lines are written too.
 */
function lineWithoutCapitals(text: string, at: number): boolean {
  // Read character by character, at most 300 each way: a text of one long line is not searched whole.
  let from = at;
  while (from > 0 && from > at - 300 && text.charCodeAt(from - 1) !== 10) from--;
  let to = at;
  while (to < text.length && to < at + 300 && text.charCodeAt(to) !== 10) to++;
  const speaker = text.slice(from, Math.min(at, from + 60)).indexOf(': ');
  if (speaker >= 0) from += speaker + 2;
  for (let k = from; k < to - 1; k++) {
    if (isCapital(text.charCodeAt(k)) && isLower(text.charCodeAt(k + 1))) return false;
  }
  return true;
}

function isLower(c: number): boolean {
  return c < 128 ? c >= 97 && c <= 122 : caseOf(c) === 2;
}

function isCapital(c: number): boolean {
  return c < 128 ? c >= 65 && c <= 90 : caseOf(c) === 1;
}

/** A boat's weak name read as a boat (a ship word or a listed boat beside it), as written. */
function namedAsBoat(rt: Runtime, f: Accepted): boolean {
  return (rt.p.groups[f.c.group]![1] & VESSEL) !== 0 && !f.possible && f.supports.some((x) => x.kind === 'vessel');
}

/**
 * A name written otherwise than listed ("Ling Long", "Natchi Apparels", "F G V", "TOPGLOVE", a boat's
 * "number two"): read as a misspelling is, a possible match.
 */
function respelt(rt: Runtime, f: Accepted): boolean {
  return (rt.p.entries[f.entry]![4] & (RESPELT | FROM_NUMBER_IN_WORDS)) !== 0;
}

const PLACE_SPELLING_WORDS: ReadonlySet<string> = new Set(PLACE_SPELLINGS.flat());

/** The name's place spelt otherwise than the list spells it ("Hotan Taida" for "Hetian Taida"): a possible match, as a respelt name is. */
function placeSpeltOtherwise(rt: Runtime, text: string, s: TokenStream, f: Accepted): boolean {
  // A region's own terms are its places, each spelling listed.
  if ((rt.p.groups[f.c.group]![1] & REGION) !== 0) return false;
  for (let k = f.c.a; k <= f.c.b; k++) {
    const word = tokenText(text, s, k, rt.fold);
    if (PLACE_SPELLING_WORDS.has(word) && !namesOfGroupSpell(rt, f.c.group, word)) return true;
  }
  return false;
}

/** Whether a name of the group's records has the word ("Hotan Haolin Hair Accessories", "Akesu Huafu": aliases, one of the Entity List's record, not the WRO's). */
function namesOfGroupSpell(rt: Runtime, group: number, word: string): boolean {
  const byGroup = (rt.groupNameWords ??= new Map());
  let words = byGroup.get(group);
  if (!words) {
    const records = rt.groupRecords[group]!;
    words = new Set(rt.p.entries.filter((e) => records.includes(e[0])).flatMap((e) => foldedTokens(rt.p.names[e[2]]!, rt.fold)));
    byGroup.set(group, words);
  }
  return words.has(word);
}

/**
 * The records a group's words name in full: not those for which they are only a short name
 * ("Xinjiang Zhongtai" is Xinjiang Zhongtai Group's name less its group word, and Xinjiang
 * Zhongtai Chemical's less its trade: the page names the first, and a later "Zhongtai" is it).
 */
function fullyNamed(rt: Runtime, group: number): readonly number[] {
  const byGroup = (rt.fullyNamed ??= new Map());
  let records = byGroup.get(group);
  if (!records) {
    const { entries } = rt.p;
    const full = new Set(rt.p.groups[group]![2].filter((e) => (entries[e]![4] & FROM_DESCRIPTOR_DROPPED) === 0).map((e) => entries[e]![0]));
    records = full.size === 0 ? rt.groupRecords[group]! : [...full];
    byGroup.set(group, records);
  }
  return records;
}

/** Whether an accepted mention names its record in full: sure, not a region or short name, and not a weak name alone. */
function namesInFull(rt: Runtime, f: Accepted): boolean {
  const flags = rt.p.groups[f.c.group]![1];
  if (f.possible || respelt(rt, f) || (flags & REGION) !== 0 || rt.shortOnly[f.c.group]) return false;
  return (flags & WEAK) === 0 || f.specific === true || f.supports.some((x) => x.kind === 'legal form' || (x.kind === 'restriction' && (flags & ACRONYM) === 0));
}

/** "Full Name Co., Ltd. (HSI)" or (“Hoshine”): a term in brackets right after a full mention. */
const DEFINITION = /^\s*[(（]\s*(?:(?:the|hereafter|hereinafter|hereinafter referred to as)\s+)?["“'‘]?([\p{Lu}][\p{L}\p{N}&.-]*(?: [\p{Lu}][\p{L}\p{N}&.-]*){0,2})(?:["”'’]?\s*[)）]|["”'’]\s*[,;])/u;

/**
 * Records a short name or acronym the page gives right after a full mention: an acronym of capitals
 * ("HSI"), or words that are the record's own name words ("Hoshine"). "(Malaysia)" or "(Bursa: 7113)"
 * define nothing.
 */
function defineTerm(rt: Runtime, text: string, s: TokenStream, f: Accepted, page: PageMemory): void {
  const end = mentionEnd(text, s, f.c);
  // Most mentions are followed by no bracket at all: looked at before any regular expression runs.
  let k = end;
  while (k < text.length && k < end + 3 && text.charCodeAt(k) === 32) k++;
  const open = text.charCodeAt(k);
  if (open !== 40 && open !== 0xff08) return;
  const m = DEFINITION.exec(text.slice(end, end + 60));
  if (!m) return;
  const term = m[1]!;
  const record = rt.p.entries[f.entry]![0];
  // "Hongyuan New Materials (Baotou) Co., Ltd.": the bracket is part of the listed name, not a definition.
  if (rt.p.names[rt.p.entries[f.entry]![2]]!.includes(`(${term})`)) return;
  const tokens = foldedTokens(term, rt.fold);
  // "(SUGAR)", "(PASTE)": what the firm supplies, written in brackets after it, is not its acronym;
  // nor is a place ("(NANLING COUNTY)").
  if (tokens.length === 1 && rt.productWords.has(rt.vocabIds.get(tokens[0]!) ?? -1)) return;
  if (tokens.some((t) => rt.addressWords.has(rt.vocabIds.get(t) ?? -1))) return;
  const acronym = /^[\p{Lu}\p{N}&.]{2,8}$/u.test(term) && /\p{Lu}.*\p{Lu}/u.test(term);
  // An acronym is made from the name's letters in order, from its first ("FMT" for Firemount Group
  // Ltd., "XPCC"); "(ODM)" after a laptop maker says what it is, not what it is called.
  if (acronym && !spelledFrom(term, text.slice(s.start[f.c.a]!, end))) return;
  const own = rt.nameTokens[record]!;
  const ownWords = tokens.length > 0 && tokens.every((t) => {
    const id = rt.vocabIds.get(t) ?? -1;
    return id >= 0 && own.has(id) && !rt.legalTokens.has(id);
  });
  if (tokens.length === 0 || (!acronym && !ownWords)) return;
  // One word the mention does not hold is where the firm is ("Tanyuan Technology Co., Ltd.
  // (Changzhou)", a place of its other names), not what the page will call it.
  if (!acronym && tokens.length === 1 && !foldedTokens(text.slice(s.start[f.c.a]!, end), rt.fold).includes(tokens[0]!)) return;
  addTerm(page, { tokens, record, acronym, defined: true, namedBy: text.slice(s.start[f.c.a]!, end), group: f.c.group });
}

/** Whether the acronym's letters run through the name in order, its first letter the name's first. */
function spelledFrom(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const from = name.toLowerCase();
  if (letters.charAt(0) !== from.charAt(0)) return false;
  let at = 0;
  for (const ch of letters) {
    at = from.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Mentions of the page's terms where no other finding stands: one map lookup per word. */
function pageTermFindings(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, page: PageMemory, covered: Uint8Array, namedHere: Map<number, number>,
  at: number[], others: readonly Candidate[],
): Finding[] {
  const out: Finding[] = [];
  const tokenStr = (k: number): string => tokenText(text, s, k, rt.fold);
  const { hash, info } = s;
  for (const i of at) {
    // Every term begins with a capital (or an ideograph), or is all in lower case, outside the findings already made.
    if (covered[i] === 1) continue;
    const lower = (info[i]! & (FIRST_UPPER | IDEO_TOKEN)) === 0;
    const h = hash[i]! & HASH_MASK;
    const defined = page.terms.get(h);
    const listed = rt.pageNames.get(h);
    if (defined === undefined && listed === undefined) continue;
    const terms = defined === undefined ? listed! : listed === undefined ? defined : [...defined, ...listed];
    // The longest term that reads here: "Xinjiang Tianshan Wool", not "Xinjiang Tianshan".
    for (const term of terms.length > 1 ? [...terms].sort((x, y) => y.tokens.length - x.tokens.length) : terms) {
      if (!term.defined && !page.named.has(term.record)) continue;
      // A word anyone uses, or any short name in lower case without a word of its own, only in a list
      // beside a firm already found ("so thats bitland, geehy, apex, g&g").
      if ((term.listOnly || (lower && !term.lower)) && !listedNextTo(text, s, covered, i, i + term.tokens.length)) continue;
      const n = term.tokens.length;
      if (i + n > s.count) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        ok = covered[i + k] !== 1 && (s.hash[i + k]! & HASH_MASK) === term.hashes![k] && tokenEquals(text, s, i + k, term.tokens[k]!, rt.fold)
          && (lower ? (s.info[i + k]! & FIRST_UPPER) === 0
            : term.acronym ? !tokenHasLower(text, s, i + k) : (s.info[i + k]! & (FIRST_UPPER | IDEO_TOKEN)) !== 0 || text.charCodeAt(s.start[i + k]!) === 38);
      }
      // A short name is read as a name: not inside a longer one ("Pantum Printers Ltd", "Zhejiang
      // Huafu Dyeing Technology Co., Ltd."), nor joined to one; one the page defined too, but an
      // acronym may follow another ("the US CBP XPCC order").
      const c: Candidate = { group: -1, a: i, b: i + n - 1, end: i + n, legalFrom: i + n, typo: 0 };
      // Its own words misspelt after it ("Hetian Haolin Hair Accesories"): a possible match, as a misspelt full name is.
      const tail = ok ? misspeltTail(rt, text, s, ids, c, [term.record]) : null;
      if (ok) {
        ok = ((term.defined && term.acronym) || !embedded(rt, text, s, ids, tail ?? c, tokenStr)) && !hyphenJoined(text, s.start[i]!, s.end[i + n - 1]!)
          && !(n === 1 && (personOrPlace(text, s, i, tokenStr) || initialAfter(text, s, c))) && !lookalikeNear(rt, ids, c, term.record)
          && !(lower && afterLowerName(text, s, i, tokenStr) && !listedNextTo(text, s, covered, i, i + n))
          && !sharedByNamed(rt, terms, term, page)
          && !beginsAnotherFirm(rt, text, s, ids, c, [], [term.record], true);
      }
      // Told apart from the firm by the page ('"Meike" … is not the same firm'), or an acronym spelt
      // out as another body: there, or anywhere earlier on the page ("JWD = J. W. Dunmore" above a
      // sheet whose auditor column says "JWD").
      if (ok) {
        const start = s.start[i]!, end = s.end[i + n - 1]!;
        // Nor a handle or an address's name ("meike.schulz", "@meike"), nor "the name Xinjiang Nonferrous" talked about.
        ok = !toldApart(text, start, end) && !namesakeSaid(text, end) && !cited(rt, text, s, ids, c, end) && !inHandle(text, start, end)
          && !namedAsWord(text, start);
        if (ok && (term.acronym || allCaps(text, s, i, i + n - 1))) {
          const letters = text.slice(start, end);
          // Nor in a sentence about party politics: "the SDP amendment", "Cllr Bashir (Leader, SDP Group)".
          if (page.otherMeanings.has(letters) || politicalSense(text, start, end)) ok = false;
          else if (spelledOutAsOther(text, start, end, ownWordOf(rt, [term.record]))) {
            page.otherMeanings.add(letters);
            ok = false;
          }
        }
      }
      // Inside another, unlisted firm's name ("Daqo New Energy Corp."), only a longer term is read
      // ("East Hope Xinjiang", defined by the page, over the parent "East Hope").
      if (ok && others.some((o) => o.a < i + n && i < o.end && o.end - o.a >= n)) ok = false;
      if (!ok) continue;
      const last = tail ? tail.end - 1 : i + n - 1;
      covered.fill(1, i, last + 1);
      const record = rt.p.records[term.record]!;
      const id = record[0], name = record[1], kind = record[2], status = record[3];
      const termEnd = withClosingBracket(text, s.start[i]!, s.end[last]!);
      const matchedText = text.slice(s.start[i]!, termEnd);
      const why: Support = term.defined
        ? { kind: term.acronym ? 'acronym' : 'short name', name, namedBy: term.namedBy!, text: matchedText }
        : { kind: 'page', name, when: (namedHere.get(term.record) ?? -1) > s.start[i]! ? 'later' : 'earlier', text: page.named.get(term.record)! };
      // The term names what its full mention named: both records of a firm on two lists ("XPCC").
      const related = term.group === undefined ? null : relatedRecordIds(rt, term.group, id);
      out.push({
        recordId: id, recordName: name, kind, status, matchedText, start: s.start[i]!, end: termEnd,
        confidence: tail ? 'possible' : 'match', score: tail ? 0.55 : 0.88,
        explanation: { matchedName: matchedText, recordName: name, role: 'name', possible: tail !== null, normalisations: [], typo: tail?.typo ?? 0, context: [why], byPage: true },
        ...(related !== null ? { relatedRecordIds: related } : {}),
      });
      break;
    }
  }
  return out;
}

/** The item of `sorted` (ascending by `pos`) closest to `at` and within RELATED_WINDOW, if any. */
function nearest<T>(sorted: T[] | undefined, at: number, window: number, pos: (item: T) => number): T | undefined {
  if (!sorted) return undefined;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos(sorted[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  for (const k of [lo - 1, lo]) {
    const item = sorted[k];
    if (item !== undefined && Math.abs(pos(item) - at) <= window) return item;
  }
  return undefined;
}

/**
 * The whole of a field a page labels as a firm: "Manufacturer: Valley Carpet, Nepal", "Shipper:
 * EVEREST CARPET" in an order or a shipping document. Not "Brand:", which names goods.
 */
function labelledField(text: string, start: number, end: number, severalWords: boolean): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return (FIELD_LABEL.test(before) && NAME_FIELD_END.test(text.slice(end, end + 3)))
    || (severalWords && OTHER_NAME_LABEL.test(before) && OTHER_NAME_END.test(text.slice(end, end + 3)));
}
/**
 * What introduces a firm's other name in a vendor record or a notice: "AKA JWD TECHNOLOGY.", "trading
 * as Union Biotech". Not before one word: "Ali, also known as Giant" is a nickname.
 */
const OTHER_NAME_LABEL = /(?:^|[\s(])(?:aka|a\.k\.a\.?|also known as|dba|d\/b\/a|t\/a|trading as|fka|f\/k\/a|formerly known as)\s*[:：]?\s*$/i;
const OTHER_NAME_END = /^\s*(?:$|\n|[,;|\t().])/;
const FIELD_LABEL = /(?:^|[\s|>(])(?:manufacturer|manufactured by|made by|mfr|maker|supplier|vendor|seller|sold by|shipper|consignor|exporter|factory|producer|mill|packer|packed by|processor|processed by|payee)\s*[:：]\s*$/i;
const NAME_FIELD_END = /^\s*(?:$|\n|[,;|\t(])/;

/** Cut to a few letters ("… INFORMATION TEC"), only after two words of the name or more: `before`, the words written before it. */
function cutAtField(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, k: number, before: number): boolean {
  const written = tokenText(text, s, k, rt.fold);
  const word = rt.p.vocab[ids[k]!]!;
  // A screen's ellipsis ("WRP Asia Pac…") hides how much of the name there was: a possible match.
  return written.length >= (before >= 2 ? 1 : 4) && !ellipsisAt(text, s.end[k]!) && cutShort(written, word, text, s.end[k]!);
}

/** `written` is the start of the name's `word`, at a field's end (a column, a cell, an ellipsis). */
function cutShort(written: string, word: string, text: string, end: number): boolean {
  return word.length > written.length && word.startsWith(written) && atFieldEnd(text, end);
}

function countTypos(typo: Uint8Array, a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (typo[k]! > 0) n++;
  return n;
}

/**
 * A word for a ship near a vessel's name: within VESSEL_WINDOW tokens, or further in the same
 * sentence ("longline vessels including the Da Wang, the Yu Long No. 2 and the Tunago No 61").
 * A numbered vessel is also believed with a forced-labour order in its sentence.
 */
function vesselNear(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, c: Candidate): boolean {
  if (findNear(ids, c.a, c.end, VESSEL_WINDOW, (t) => rt.vesselWords.has(t)) >= 0) return true;
  const far = findNear(ids, c.a, c.end, VESSEL_SENTENCE_WINDOW, (t) => rt.vesselWords.has(t));
  if (far >= 0 && (far < c.a ? noStopBetween(text, s.end[far]!, s.start[c.a]!) : noStopBetween(text, s.end[c.end - 1]!, s.start[far]!))) return true;
  return tokenIsDigits(text, s, c.b) && restrictionInSentence(rt, text, s, ids, c);
}

/** Whether no sentence ends between two offsets; a vessel's "No." is not a full stop. */
function noStopBetween(text: string, from: number, to: number): boolean {
  return !/[.!?;\n]/.test(text.slice(from, to).replace(/\bNo\./gi, 'No'));
}

/**
 * Whether a word of a forced-labour order stands within RESTRICTION_WINDOW tokens, in the same
 * sentence, of the name or of the list of names it is one of.
 */
function restrictionInSentence(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, c: Candidate): boolean {
  if (restrictionBeside(rt, text, s, ids, c.a, c.end)) return true;
  const list = listAround(rt, text, s, ids, c.a, c.end, (k) => tokenText(text, s, k, rt.fold));
  if (!list) return false;
  for (let k = list.first; k <= list.last; k++) if (ids[k]! >= 0 && rt.restrictionWords.has(ids[k]!)) return true;
  return restrictionBeside(rt, text, s, ids, list.first, list.last + 1);
}

/** A word of an order within RESTRICTION_WINDOW tokens of tokens `a`..`end - 1`, no sentence ending between; or "… Entity List" after them. */
function restrictionBeside(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, a: number, end: number): boolean {
  const at = findNear(ids, a, end, RESTRICTION_WINDOW, (t) => rt.restrictionWords.has(t));
  if (at < 0) return entityListAfter(text, s.end[end - 1]!);
  const from = at < a ? s.end[at]! : s.end[end - 1]!;
  const to = at < a ? s.start[a]! : s.start[at]!;
  return !/[.!?;\n]/.test(text.slice(from, to));
}

/**
 * "HY Solar was added to the Entity List", "Top Glove is on the Entity List": the list named in
 * capitals, or as one list in a chat's lower case, a few words on in the same sentence ("entity"
 * alone is any legal person).
 */
function entityListAfter(text: string, end: number): boolean {
  // Most weak names have no "Entity List" after them: looked for by its first letter before any regular expression runs.
  for (let k = end; k < text.length && k < end + 60; k++) {
    if ((text.charCodeAt(k) === 69 && text.startsWith('Entity List', k)) || (text.charCodeAt(k) === 101 && text.startsWith('entity list', k))) {
      ENTITY_LIST.lastIndex = end;
      return ENTITY_LIST.test(text);
    }
  }
  return false;
}
// A chat's lower case too, after a word that points at one list ("on that same entity list"), not
// any legal person's ("its legal entity list").
const ENTITY_LIST = /(?:(?:[ \t]+[\p{L}\d,'’-]+){1,5}?[ \t]+Entity List|(?:[ \t]+[\p{L}\d,'’-]+){0,4}?[ \t]+(?:the|that|same|this|uflpa|dhs|us)[ \t]+entity list)\b/uy;

/** The first entry of a region group whose record passes `test` (the order with that product, the presumption on any goods). */
function regionEntry(rt: Runtime, entryIdx: readonly number[], test: (record: number) => boolean): number | undefined {
  return entryIdx.find((e) => test(rt.p.entries[e]![0]));
}

/** Tokens before a place searched for an origin word ("sourced directly from Xinjiang"). */
const ORIGIN_WINDOW = 4;
/** Tokens before a place searched for a denial ("does not buy Xinjiang cotton"). */
const NEGATION_WINDOW = 3;

function negatedBefore(rt: Runtime, ids: Int32Array, a: number): boolean {
  for (let k = a - 1; k >= Math.max(0, a - NEGATION_WINDOW); k--) if (ids[k]! >= 0 && rt.negationWords.has(ids[k]!)) return true;
  return false;
}

/**
 * Goods a Chinese product name puts right after the place they come from (库尔勒香梨 Korla pears,
 * 和田大枣 Hotan dates, 新疆多晶硅 Xinjiang polysilicon), a colour or size word allowed between.
 * Not a dish (新疆大盘鸡), a melon variety grown anywhere (哈密瓜), or a road named after a city (和田路).
 */
const CHINESE_GOODS_AFTER = /^[绿红白黑大小长细]{0,2}绒?(?:棉|番茄|多晶硅|工业硅|硅|铝|钢|铜|锂|烧碱|枣|香梨|葡萄|核桃|纱|玉)/;

/**
 * Where the text says goods come from the place at `c`: an origin word just before it ("made in",
 * "Origin:"), joined after it ("Xinjiang-made"), or an address ending in the country
 * ("Shihezi, Xinjiang, China"). Returns how the text says so and its words, or null.
 */
function originNear(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, c: Candidate, span: (from: number, to: number) => string,
  regionStarts: Set<number>, inPlace: Set<number>, origins: Set<number>,
): { how: 'words' | 'address' | 'brackets'; text: string } | null {
  if ((s.info[c.a]! & IDEO_TOKEN) !== 0) {
    const goods = CHINESE_GOODS_AFTER.exec(text.slice(s.end[c.b]!, s.end[c.b]! + 6));
    if (goods) return { how: 'words', text: text.slice(s.start[c.a]!, s.end[c.b]! + goods[0].length) };
  }
  for (let k = c.a - 1; k >= Math.max(0, c.a - ORIGIN_WINDOW); k--) {
    // Not from the sentence before: "… mines lithium. The name Xinjiang Nonferrous …".
    if (/[.!?;]\s/.test(text.slice(s.end[k]!, s.start[k + 1]!))) break;
    if (ids[k]! >= 0 && rt.originWords.has(ids[k]!)) return { how: 'words', text: span(k, c.a) };
  }
  const goods = goodsFrom(rt, text, s, ids, c);
  if (goods >= 0) return { how: 'words', text: span(goods, c.a) };
  const next = c.end;
  const gapAfter = next < s.count ? text.slice(s.end[c.b]!, s.start[next]!) : '';
  const nextId = next < s.count ? ids[next]! : -1;
  if (nextId >= 0 && ((gapAfter === '-' && rt.originWords.has(nextId)) || (/^ +$/.test(gapAfter) && rt.originVerbsAfter.has(nextId)))) {
    return { how: 'words', text: span(c.a, next + 1) };
  }
  // An address or an origin column: "Shihezi, Xinjiang, China", "Urumqi, Xinjiang", "Industrial
  // Zone, Shihezi", "China (Turpan)", "China (Hotan / Aksu)". Not a news dateline ("URUMQI, China —").
  if (/^\s*,\s*$/.test(gapAfter) && (countryWord(text, s, next) || regionStarts.has(next)) && !dateline(text, s, c, next)) {
    return { how: 'address', text: span(c.a, next + 1) };
  }
  const before = c.a - 1;
  const gapBefore = before >= 0 ? text.slice(s.end[before]!, s.start[c.a]!) : '';
  // A place alone in brackets after goods is a catalogue's origin ("concentrate (Xinjiang)"); after
  // another name of the region it is a definition ("the Uyghur Region (Xinjiang)").
  if (/^\s*\($/.test(gapBefore) && /^\)/.test(gapAfter || text.slice(s.end[c.b]!, s.end[c.b]! + 1)) && !inPlace.has(before)) {
    return { how: 'brackets', text: `${span(before, c.end)})` };
  }
  if (before >= 0 && /^\s*[,(/]\s*$/.test(gapBefore)) {
    const id = ids[before]!;
    // After another place only as a list or address ("Urumqi, Xinjiang"); in brackets it names the same place.
    if (countryWord(text, s, before) || (inPlace.has(before) && (!gapBefore.includes('(') || origins.has(before))) || (id >= 0 && rt.addressWords.has(id))) {
      return { how: 'address', text: span(before, c.end) };
    }
  }
  return null;
}

/** Tokens before "from" searched for the goods that come from the place. */
const GOODS_FROM_WINDOW = 4;
/** Words for what goods are made of, when the page does not name the goods themselves. */
const INPUT_WORDS = new Set(['inputs', 'input', 'material', 'materials', 'fibre', 'fiber', 'fibres', 'fibers', 'content', 'components', 'feedstock']);

/**
 * Goods said to come from the place just before it ("polysilicon from Xinjiang", "the concentrate
 * came from Xinjiang", "inputs from the XUAR", "cotton traced to Xinjiang"): where the goods word
 * starts, or -1. "From" alone is not an origin: people and news come from places too; nor is a
 * place that begins a firm's name ("extensions from Hetian Haolin").
 */
function goodsFrom(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, c: Candidate): number {
  if (c.end < s.count && (s.info[c.end]! & FIRST_UPPER) !== 0 && /^ +$/.test(text.slice(s.end[c.b]!, s.start[c.end]!))) return -1;
  let k = c.a - 1;
  if (k >= 0 && tokenEquals(text, s, k, 'the', rt.fold)) k--;
  if (k < 1) return -1;
  const traced = tokenEquals(text, s, k, 'to', rt.fold) && /^(?:traced?|traces|back)$/i.test(text.slice(s.start[k - 1]!, s.end[k - 1]!));
  if (!traced && !tokenEquals(text, s, k, 'from', rt.fold)) return -1;
  for (let g = k - 1; g >= Math.max(0, k - GOODS_FROM_WINDOW); g--) {
    // Within the clause: a sentence's or a field's end stops the search.
    if (/[.;:!?|\n]/.test(text.slice(s.end[g]!, s.start[g + 1]!))) return -1;
    if ((ids[g]! >= 0 && rt.productWords.has(ids[g]!)) || INPUT_WORDS.has(text.slice(s.start[g]!, s.end[g]!).toLowerCase())) return g;
  }
  return -1;
}

function countryWord(text: string, s: TokenStream, k: number): boolean {
  return /^(china|prc)$/i.test(text.slice(s.start[k]!, s.end[k]!));
}

/**
 * "URUMQI, China —" (a place in capitals, or opening a line, then the country and a dash): where a
 * story was filed, not where goods come from.
 */
function dateline(text: string, s: TokenStream, c: Candidate, country: number): boolean {
  const place = text.slice(s.start[c.a]!, s.end[c.b]!);
  const lineStart = text.lastIndexOf('\n', s.start[c.a]!) + 1;
  if (place !== place.toUpperCase() && text.slice(lineStart, s.start[c.a]!).trim() !== '') return false;
  return /^\s*(?:\([^)]{1,40}\)\s*)?[-\u2013\u2014]/.test(text.slice(s.end[country]!, s.end[country]! + 50));
}

/** The tokens on the same line as `a`..`end` within `window` either side: [first, last]. */
function lineOf(text: string, s: TokenStream, a: number, end: number, window: number): [number, number] {
  let lo = a;
  while (lo > 0 && a - lo < window && !text.slice(s.end[lo - 1]!, s.start[lo]!).includes('\n')) lo--;
  let hi = end - 1;
  while (hi + 1 < s.count && hi - end + 1 < window && !text.slice(s.end[hi]!, s.start[hi + 1]!).includes('\n')) hi++;
  return [lo, hi];
}

/** Index of a token within `window` tokens of [a, end) that satisfies `test`, nearest first; -1 if none. */
function findNear(ids: Int32Array, a: number, end: number, window: number, test: (t: number, k: number) => boolean, [lo, hi]: [number, number] = [0, ids.length - 1]): number {
  for (let d = 1; d <= window; d++) {
    const after = end - 1 + d;
    if (after <= hi && ids[after]! >= 0 && test(ids[after]!, after)) return after;
    const before = a - d;
    if (before >= lo && ids[before]! >= 0 && test(ids[before]!, before)) return before;
  }
  return -1;
}

/** A capitalised word right before a legal form: the end of a firm's name. */
function beforeLegalForm(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, k: number): boolean {
  return (s.info[k]! & FIRST_UPPER) !== 0 && k + 1 < s.count && ids[k + 1]! >= 0 && rt.legalTokens.has(ids[k + 1]!)
    && oneSpaceBefore(text, s, k + 1) && consumeLegal(rt, text, s, ids, k) > k + 1;
}

const SPOKEN_NUMBER = new Set([...SPOKEN_NUMBER_WORDS, 'number', 'no']);

/** A boat's name ends at token `k` in its number, in digits or said in words ("Zhen Fa seven", "Tunago sixty-one"). */
function numbered(text: string, s: TokenStream, k: number): boolean {
  return tokenIsDigits(text, s, k) || SPOKEN_NUMBER_WORDS.has(text.slice(s.start[k]!, s.end[k]!).toLowerCase());
}

/** Tokens `k`..`b` are a number written out ("number two", "one one two"), ending in a number word. */
function spelledNumberFrom(k: number, b: number, tokenStr: (k: number) => string): boolean {
  for (let i = k; i <= b; i++) if (!SPOKEN_NUMBER.has(tokenStr(i))) return false;
  return tokenStr(b) !== 'number' && tokenStr(b) !== 'no';
}

function capitalised(text: string, s: TokenStream, a: number, b: number, tokenStr: (k: number) => string): boolean {
  for (let k = a; k <= b; k++) {
    const info = s.info[k]!;
    if (tokenIsDigits(text, s, k)) continue;
    // A boat's number said in words ends it in lower case: "the Yu Long number two".
    if (k > a && spelledNumberFrom(k, b, tokenStr)) return true;
    if ((info & (FIRST_UPPER | IDEO_TOKEN)) !== 0) continue;
    if (k > a && k < b && FUNCTION_WORDS.has(tokenStr(k))) continue;
    // A boat's number after a lower-case "no." ("Tunago no. 61").
    if (k > a && k < b && tokenIsDigits(text, s, k + 1) && tokenStr(k) === 'no') continue;
    return false;
  }
  return true;
}

function allCaps(text: string, s: TokenStream, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (tokenHasLower(text, s, k)) return false;
  return true;
}

/** Prepositions no firm's name runs on from or into, capitalised only by a line in capitals ("CBP WRO ISSUED AGAINST GIANT"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['against', 'into', 'onto', 'upon', 'over', 'between', 'among', 'within', 'without', 'per', 'than']);

/** A word that may be part of a longer proper name, as written (folded), or null; not a model number ("Pantum P2500W"). */
function properWord(s: TokenStream, k: number, tokenStr: (k: number) => string): string | null {
  if ((s.info[k]! & FIRST_UPPER) === 0 || (s.info[k]! & IDEO_TOKEN) !== 0) return null;
  const word = tokenStr(k);
  return FUNCTION_WORDS.has(word) || PREPOSITIONS.has(word) || /\d/.test(word) ? null : word;
}

/** Clothing and glove sizes, as order lines write them before the maker's name. */
const SIZES = new Set(['xs', 's', 'm', 'l', 'xl', 'xxl', 'xxxl']);

/** Whether a weak name is only part of a longer proper name ("Shandong Linglong Tyre", "Giant Eagle"). */
function embedded(
  rt: Runtime, text: string, s: TokenStream, ids: Int32Array, c: Candidate, tokenStr: (k: number) => string,
): boolean {
  // Only a single space joins words into one name; punctuation between them separates.
  // Nor the goods before it in a line of capitals: "SOLAR PANEL KIT - CELLS HY SOLAR".
  const before = c.a - 1;
  // A name in lower case is not the tail of a capitalised one: "@GloveBuyer_Kaz top glove: the WRO…".
  const beforeWord = before >= 0 && (s.info[c.a]! & FIRST_UPPER) !== 0 && oneSpaceBefore(text, s, c.a) ? properWord(s, before, tokenStr) : null;
  // A size before it in an order line's capitals is the item's: "NITRILE EXAM GLOVE PF BLUE S TOP GLOVE SDN BHD".
  const sizeBefore = beforeWord !== null && SIZES.has(beforeWord) && allCaps(text, s, c.a, c.b);
  // Nor the last word of the column before in a fixed-width report ("Meditrade Clinical Suppl Top Glove
  // Sdn Bhd"), nor a legal form that ends another firm's name ("Pennant IT Solutions Ltd CAMEL GROUP CO LTD").
  if (beforeWord !== null && !sizeBefore && !describing(beforeWord) && !(ids[before]! >= 0 && (rt.productWords.has(ids[before]!) || rt.restrictionWords.has(ids[before]!))) && !vesselMark(rt, text, s, ids, before)
    && !FIRM_ONLY_FORMS.has(beforeWord) && !reportColumnAt(text, s.start[c.a]!, true)) return true;
  // A legal form closes the name: "Top Glove Corporation Bhd Malaysia" is not a longer name.
  const after = c.end;
  if (c.end === c.b + 1 && after < s.count && oneSpaceBefore(text, s, after) && properWord(s, after, tokenStr) !== null && !inCapsLine(rt, text, s, ids, c, tokenStr)
    && !statusAfter(text, s, c) && !reportColumnAt(text, s.start[after]!)) {
    const t = ids[after]!;
    // Nor does a word about the order, nor "brand": "FGV WRO still active?", "SDP Finding modified",
    // "LAGLOVE BRAND"; nor the
    // firm's own goods ("Supermax Gloves"), while another firm's ("GIANT Black Friday") still may be.
    const goodsOf = c.group >= 0 ? groupProducts(rt, c.group) : rt.productWords;
    const known = t >= 0 && (rt.legalTokens.has(t) || rt.vesselWords.has(t) || goodsOf.has(t) || rt.restrictionWords.has(t))
      || BRAND_WORDS.has(tokenStr(after)) || ORDER_AFTER.has(tokenStr(after)) || (c.b > c.a && MODEL_WORDS.has(tokenStr(after)))
      // A model's code ("Pantum TL-425H", "PC-211"): letters, a hyphen, a digit; or a model line's
      // name before its code ("Linglong Green-Max HP010", "Linglong Crosswind 225/65R17").
      || /^-\d/.test(text.slice(s.end[after]!, s.end[after]! + 2)) || modelLineAfter(text, s, after);
    // Nor a place before one of the firm's sites: "Linglong Serbia plant", "Top Glove Klang factory".
    if (!known && !SITE_AFTER.test(text.slice(s.end[after]!, s.end[after]! + 14))) return true;
    // Its goods then a country in brackets name another firm: "Linglong Tire (Thailand)", "Linglong
    // Tyre (UK) Distribution Ltd" (a legal form after its goods may still be the firm, loosely written).
    if (c.a === c.b && t >= 0 && goodsOf.has(t) && goodsFirmAfter(text, s, after)) return true;
  }
  // "Valley Carpets & Flooring": joined by an ampersand to a capitalised word, another firm's longer name.
  if (c.end === c.b + 1 && after + 1 < s.count && text.slice(s.end[c.b]!, s.end[after]!) === ' &' && oneSpaceBefore(text, s, after + 1)) {
    const next = ids[after + 1]!;
    if (properWord(s, after + 1, tokenStr) !== null && !(next >= 0 && rt.legalTokens.has(next))) return true;
  }
  return false;
}

/** After the goods word at `k`, a capitalised word in brackets (a country): the goods word is part of a firm's name. */
function goodsFirmAfter(text: string, s: TokenStream, k: number): boolean {
  const next = k + 1;
  return next < s.count && /^ ?\($/.test(text.slice(s.end[k]!, s.start[next]!)) && (s.info[next]! & FIRST_UPPER) !== 0;
}

/**
 * A page's short name in a line of capitals, where every word is capitalised: only a word that makes
 * a firm's or a street's name ("BAYI TRADING", "BAYI HOLDINGS", "BAYI ROAD") runs on from it, not
 * "BAYI SAID" or "BAYI PRICE VARIATION".
 */
function inCapsLine(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, c: Candidate, tokenStr: (k: number) => string): boolean {
  const after = c.end, t = ids[after]!;
  if (c.group >= 0 || !allCaps(text, s, c.a, after)) return false;
  return !rt.descriptors.has(tokenStr(after)) && !(t >= 0 && (rt.addressWords.has(t) || rt.groupWords.has(t)));
}

/**
 * A word of five letters or more in capitals after a name written in mixed case is a field of its own
 * ("Changsha Jincao SUSPENDED", "… APPROVED"), not more of the name: names keep one style.
 */
function statusAfter(text: string, s: TokenStream, c: Candidate): boolean {
  const after = c.end;
  return (s.info[after]! & LEN_MASK) >= 5 && !tokenHasLower(text, s, after) && tokenHasLower(text, s, c.b);
}

/** Whether the word after the candidate is a word of one of `records`' names. */
function ownWordAfter(rt: Runtime, ids: Int32Array, c: Candidate, records: readonly number[]): boolean {
  const t = c.end < ids.length ? ids[c.end]! : -1;
  return t >= 0 && records.some((r) => rt.nameTokens[r]!.has(t));
}

/** A word saying a boat's name follows: "F/V DA WANG", "M/V", "FV", "VESSEL". */
function vesselMark(rt: Runtime, text: string, s: TokenStream, ids: Int32Array, k: number): boolean {
  return (ids[k]! >= 0 && rt.vesselWords.has(ids[k]!)) || /^[FM]\/V$/i.test(text.slice(s.start[k]! - 2, s.end[k]!));
}

/**
 * "Shandong Meijia Co., Ltd." for the listed "Shandong Meijia Group Co., Ltd.": written with a legal
 * form but without the listed "Group" or "Holdings", it may be one member of the group, not the group.
 */
function memberOfGroup(rt: Runtime, ids: Int32Array, c: Candidate, entryIdx: number[]): boolean {
  if (c.end === c.legalFrom) return false;
  for (let k = c.legalFrom; k < c.end; k++) if (rt.groupWords.has(ids[k]!)) return false;
  let listedAsGroup = false;
  for (const e of entryIdx) {
    const suffix = rt.p.entries[e]![3];
    if (!suffix.some((t) => rt.groupWords.has(t))) return false;
    listedAsGroup = true;
  }
  return listedAsGroup;
}

/**
 * "GIANT HOLDINGS PARKING" for the listed "Giant Manufacturing Co., Ltd.": a one-word name followed
 * by "Group" or "Holdings" that the listed firm's names never carry is another firm's whole name.
 */
function groupWordNotListed(rt: Runtime, ids: Int32Array, c: Candidate, entryIdx: number[]): boolean {
  let grouped = false;
  for (let k = c.legalFrom; k < c.end; k++) if (rt.groupWords.has(ids[k]!)) grouped = true;
  if (!grouped) return false;
  for (const e of entryIdx) if (rt.p.entries[e]![3].some((t) => rt.groupWords.has(t))) return false;
  return true;
}

/** Whether a word is one of the records' own name words. */
function ownWordOf(rt: Runtime, records: readonly number[]): (word: string) => boolean {
  return (word) => {
    const folded = foldedTokens(word, rt.fold)[0] ?? '';
    // Its other spellings are its own too: "Centre" for the listed "Center" in "(VSETC)".
    const id = rt.vocabIds.get(folded) ?? rt.spellingIds.get(folded) ?? -1;
    return id >= 0 && records.some((r) => rt.nameTokens[r]!.has(id));
  };
}

/** A number after a vessel's name that is not its own: "Da Wang No. 8" is another boat than the listed "Da Wang". */
function otherVesselNumber(text: string, s: TokenStream, c: Candidate): boolean {
  if (tokenIsDigits(text, s, c.b)) return false;
  return /^\s*(?:no\.?\s*|#\s*)?\d/i.test(text.slice(s.end[c.b]!, s.end[c.b]! + 8));
}

/** Whether a line break separates two offsets: an acronym is only read in the paragraph that defines it. */
function lineBreakBetween(text: string, x: number, y: number): boolean {
  const nl = text.indexOf('\n', Math.min(x, y));
  return nl >= 0 && nl < Math.max(x, y);
}

/** Whether a namesake word stands right before or after the mention ("Ninestar Hotel"). */
function namesake(text: string, s: TokenStream, c: Candidate, tokenStr: (k: number) => string): boolean {
  if (c.a === c.b && (personOrPlace(text, s, c.a, tokenStr) || initialAfter(text, s, c))) return true;
  // Said to be someone's name: "my first name is Meixin", "hi all, i'm haolin, i do sourcing".
  if (/\b(?:(?:(?:first|last|given|my|his|her) name|surname)(?: is|'s|’s)|i(?:'|’)?m|i am|call me) $/i.test(text.slice(Math.max(0, s.start[c.a]! - 18), s.start[c.a]!))) return true;
  // Not across a sentence's end ("the port of Long Beach. Top Glove…") nor a comma, which parts an
  // address's fields ("Industrial Road, Lop County Hair Product Industrial Park").
  const before = c.a - 1;
  if (before >= 0 && gapOk(text, s, before, c.a, 2) && noStopBetween(text, s.end[before]!, s.start[c.a]!) && !commaBetween(text, s.end[before]!, s.start[c.a]!)
    && NAMESAKE_WORDS.has(tokenStr(before))) return true;
  // A person: "my mate Da Wang", "my colleague Meixin". Looked at as written before any word is read.
  if (before >= 0 && (s.info[before]! & FIRST_UPPER) === 0 && s.start[c.a]! - s.end[before]! === 1 && text.charCodeAt(s.end[before]!) === 32
    && PERSON_BEFORE.has(tokenStr(before))) return true;
  const after = c.end;
  // Or the place is the name's: "Giant's Causeway", "Ninestar Hotel". One space apart, and not after a
  // legal form: a fixed-width report's next column ("COFCO SUGAR HOLDINGS CO LTD  ISLAND FOODS") and a
  // bracket ("DALIAN OCEAN FISHING (SCHOOL MEALS)") say what comes next, not what the name is.
  return after < s.count && c.end === c.legalFrom && /^(?:['’]s)? $/.test(text.slice(s.end[c.end - 1]!, s.start[after]!))
    && NAMESAKE_WORDS.has(ocrLetters(tokenStr(after)));
}

/** A word as a scan's letters would read with its digits taken for the letters they look like ("r0ad"). */
function ocrLetters(word: string): string {
  return ocrRepaired(word)?.text ?? word;
}

function commaBetween(text: string, from: number, to: number): boolean {
  return text.slice(from, to).includes(',');
}

/**
 * A one-word name that is a person's or a place's by the words around it: after an initial ("J.
 * Camel"), a reply's handle ("@Meike"; "@" is 64), before a surname's particle ("Meike van der
 * Berg") or a team ("Meike in legal"), or a town in an address ("in Esquel, Chubut Province").
 */
function personOrPlace(text: string, s: TokenStream, a: number, tokenStr: (k: number) => string): boolean {
  return afterInitial(text, s, a, tokenStr) || handle(text, s, a) || beforeParticle(text, s, a, tokenStr) || placeInPlace(text, s, a, tokenStr)
    || inTeam(text, s, a, tokenStr);
}

/** One word, then "in" and a team or a class: a colleague ("ask Meike in legal", "Meiling in y5 found one"). */
function inTeam(text: string, s: TokenStream, a: number, tokenStr: (k: number) => string): boolean {
  const k = a + 1;
  // Read as characters first: this runs for every one-word candidate.
  if (k + 1 >= s.count || !oneSpaceBefore(text, s, k) || s.end[k]! - s.start[k]! !== 2 || tokenStr(k) !== 'in' || !oneSpaceBefore(text, s, k + 1)) return false;
  const team = tokenStr(k + 1);
  return TEAMS.has(team) || /^(?:y|yr|year)\d{1,2}$/.test(team);
}
const TEAMS = new Set(['legal', 'finance', 'procurement', 'purchasing', 'hr', 'payroll', 'accounts', 'estates', 'facilities', 'catering',
  'compliance', 'marketing', 'sales', 'comms', 'reception', 'admin', 'ops', 'operations', 'audit', 'governance', 'stores']);

/** "@" (64) before one word that ends the name: a chat's handle. LinkedIn tags a firm by its whole name ("@Esquel Group"). */
function handle(text: string, s: TokenStream, a: number): boolean {
  return text.charCodeAt(s.start[a]! - 1) === 64 && !(a + 1 < s.count && oneSpaceBefore(text, s, a + 1) && (s.info[a + 1]! & FIRST_UPPER) !== 0);
}

/** A one-word name, then a surname's particle and a capitalised word: "Meike van der Berg". */
function beforeParticle(text: string, s: TokenStream, a: number, tokenStr: (k: number) => string): boolean {
  const k = a + 1;
  if (k + 1 >= s.count || text.slice(s.end[a]!, s.start[k]!) !== ' ' || (s.info[k]! & FIRST_UPPER) !== 0 || !SURNAME_PARTICLES.has(tokenStr(k))) return false;
  let next = k + 1;
  if (SURNAME_PARTICLES.has(tokenStr(next)) && (s.info[next]! & FIRST_UPPER) === 0) next++;
  return next < s.count && oneSpaceBefore(text, s, next) && (s.info[next]! & FIRST_UPPER) !== 0;
}

/**
 * One word after "in" or "near" and before a comma and a capitalised place is a place: "a partner in
 * Kingtom, Freetown" (a district of Freetown), "a plant in Esquel, Chubut Province". So is an
 * address's field between commas before a city standing alone: "Harbour Centre, TEDA, Tianjin
 * 300457" (not a list of firms: "Hoshine, Xinjiang Daqo").
 */
function placeInPlace(text: string, s: TokenStream, a: number, tokenStr: (k: number) => string): boolean {
  // Most names are followed by no comma: ruled out by character codes before any word is read.
  if (a < 1 || a + 1 >= s.count || text.charCodeAt(s.end[a]!) !== 44 || s.start[a + 1]! - s.end[a]! !== 2) return false;
  if ((s.info[a + 1]! & FIRST_UPPER) === 0) return false;
  if (text.charCodeAt(s.end[a - 1]!) === 44 && s.start[a]! - s.end[a - 1]! === 2) {
    const city = a + 2 >= s.count || !oneSpaceBefore(text, s, a + 2) || (s.info[a + 2]! & FIRST_UPPER) === 0;
    // Or a province the list of places lacks, then a country: "Ruta 40, Esquel, Chubut, Argentina".
    return city && (PLACE_WORDS.has(tokenStr(a + 1)) || (a + 2 < s.count && text.slice(s.end[a + 1]!, s.start[a + 2]!) === ', '
      && (s.info[a + 2]! & FIRST_UPPER) !== 0 && PLACE_WORDS.has(tokenStr(a + 2)) && endsField(text, s, a + 2)));
  }
  if ((s.info[a - 1]! & FIRST_UPPER) !== 0 || s.start[a]! - s.end[a - 1]! !== 1) return false;
  const word = tokenStr(a - 1);
  return word === 'in' || word === 'near';
}

/** No capitalised word follows token `k` after one space: the country ends the address ("…, Argentina"), where a list's next firm would go on ("…, Dongguan Oasis"). */
function endsField(text: string, s: TokenStream, k: number): boolean {
  return k + 1 >= s.count || !oneSpaceBefore(text, s, k + 1) || (s.info[k + 1]! & FIRST_UPPER) === 0;
}

/**
 * A lower-case word right before a short name in lower case, not a function word or one saying what
 * a firm is: the name may be a person's ("new starter linh zijin") or part of another's.
 */
function afterLowerName(text: string, s: TokenStream, i: number, tokenStr: (k: number) => string): boolean {
  const before = i - 1;
  if (before < 0 || text.slice(s.end[before]!, s.start[i]!) !== ' ') return false;
  const word = tokenStr(before);
  return (s.info[before]! & FIRST_UPPER) === 0 && !FUNCTION_WORDS.has(word) && !describing(word) && !/\d/.test(word);
}

/** A one-word short name in lower case with a lower-case word on either side: part of a longer name ("zijin copper"), or a person's. */
function besideLowerWord(text: string, s: TokenStream, i: number, tokenStr: (k: number) => string): boolean {
  return afterLowerName(text, s, i, tokenStr) || lowerWordAfter(text, s, i, tokenStr);
}

/** Verbs and what a buyer says of a brand's stock after a name in a chat: the name is the sentence's subject or a brand ("top glove got hit", "top glove ones"). */
const CLAUSE_AFTER = new Set(
  ('got gets did does do said says sells sold makes made will would can could should may might must isnt wasnt dont doesnt didnt ' +
    'ones product products stock lots again too back instead ' +
    // A chat's asides after a name end its phrase: "my nitrile gloves are top glove lol"; and the
    // matter it names: "the xinjiang corps thing".
    'lol lmao rofl tbh imo fwiw iirc afaik btw tho though haha thing stuff issue story saga situation').split(' '),
);

/** A lower-case word after a name in lower case that makes a phrase of it ("top glove makers"), not a clause ("top glove got hit"). */
function phraseGoesOn(text: string, s: TokenStream, i: number, tokenStr: (k: number) => string): boolean {
  return lowerWordAfter(text, s, i, tokenStr) && !CLAUSE_AFTER.has(tokenStr(i + 1));
}

/** A lower-case word, not a function word, right after token `i`: the phrase goes on ("top glove makers"). */
function lowerWordAfter(text: string, s: TokenStream, i: number, tokenStr: (k: number) => string): boolean {
  const after = i + 1;
  if (after >= s.count || text.slice(s.end[i]!, s.start[after]!) !== ' ') return false;
  const word = tokenStr(after);
  return (s.info[after]! & FIRST_UPPER) === 0 && !FUNCTION_WORDS.has(word) && !/\d/.test(word);
}

/**
 * The same words are a short name of another record the page named too ("meike" after Baotou Meike
 * and Jiangsu Meike), or begin its name ("Huafu" after Aksu Huafu Color Spinning and Huafu Fashion):
 * which is meant is unsure.
 */
function sharedByNamed(rt: Runtime, terms: readonly PageTerm[], term: PageTerm, page: PageMemory): boolean {
  const words = term.tokens.join(' ');
  // Another record of the same name (a firm under a WRO and a Finding) is the same firm.
  const name = rt.p.records[term.record]![1];
  if (terms.some((t) => rt.p.records[t.record]![1] !== name && !t.defined && page.named.has(t.record) && t.tokens.join(' ') === words)) return true;
  for (const r of page.named.keys()) {
    const other = rt.p.records[r]![1];
    if (other === name) continue;
    const tokens = (rt.recordWords[r] ??= foldedTokens(other, rt.fold));
    if (tokens.length > term.tokens.length && term.tokens.every((t, k) => tokens[k] === t)) return true;
  }
  return false;
}

/** Tokens [a, end) in a list right beside a finding already made: "so thats bitland, geehy, apex, g&g". */
function listedNextTo(text: string, s: TokenStream, covered: Uint8Array, a: number, end: number): boolean {
  if (a > 0 && covered[a - 1] === 1 && LIST_GAP.test(text.slice(s.end[a - 1]!, s.start[a]!))) return true;
  return end < s.count && covered[end] === 1 && LIST_GAP.test(text.slice(s.end[end - 1]!, s.start[end]!));
}

/** A look-alike of the record's name near a short name the page gave it: "Meike camera accessories". */
function lookalikeNear(rt: Runtime, ids: Int32Array, c: Candidate, record: number): boolean {
  const looks = rt.recordLookalikes.get(record);
  return looks !== undefined && findNear(ids, c.a, c.end, LOOKALIKE_WINDOW, (t) => looks.has(t)) >= 0;
}

/**
 * A one-word name right after a person's initial is a surname: "D BRIGHTWAY" in an export's
 * changed-by column, "J. Camel". Not after "A" or "I", which are words.
 */
function afterInitial(text: string, s: TokenStream, a: number, tokenStr: (k: number) => string): boolean {
  const before = a - 1;
  if (before < 0 || s.end[before]! - s.start[before]! !== 1 || (s.info[before]! & FIRST_UPPER) === 0) return false;
  const gap = text.slice(s.end[before]!, s.start[a]!);
  return (gap === ' ' || gap === '. ') && tokenStr(before) !== 'a' && tokenStr(before) !== 'i' && !/\w/.test(text.charAt(s.start[before]! - 1));
}

/**
 * Letters in capitals inside a product code: "YTY-BLU-S" or "YTY-100" in a catalogue's code column
 * is a stock code that begins with the maker's letters, not a mention of the maker.
 */
function inProductCode(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 45 && text.charCodeAt(start - 1) !== 45) return false;
  let from = start, to = end;
  while (from > 0 && /[\p{L}\d-]/u.test(text.charAt(from - 1))) from--;
  while (to < text.length && /[\p{L}\d-]/u.test(text.charAt(to))) to++;
  const parts = text.slice(from, to).split('-');
  if (parts.some((p) => !/^[\p{Lu}\d]+$/u.test(p))) return false;
  return parts.length >= 3 || parts.some((p) => /\d/.test(p));
}

/** A one-word name before an initial is a given name: "Meixin L." signing a post (not "S.A.", a legal form). */
function initialAfter(text: string, s: TokenStream, c: Candidate): boolean {
  if (c.end !== c.b + 1) return false;
  const rest = text.slice(s.end[c.b]!, s.end[c.b]! + 40);
  if (/^ \p{Lu}\.(?:\s|$)/u.test(rest)) return true;
  // Or without its full stop where a field ends ("agent Meiling T | CLOSED"), not a size before a quantity.
  const initial = /^ \p{Lu} */u.exec(rest);
  if (initial === null) return false;
  const after = s.end[c.b]! + initial[0].length;
  return after >= text.length || '\n|,;'.includes(text.charAt(after));
}

/** Joined by a hyphen to a capitalised word: one longer name ("Sigma-Aldrich"). */
function hyphenJoined(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end + 1);
  return (text.charCodeAt(end) === 45 && next >= 65 && next <= 90) || (text.charCodeAt(start - 1) === 45 && /\p{L}/u.test(text.charAt(start - 2)));
}

/** The listed name a candidate most likely means: same legal form first, then official names, then active orders. */
function chooseEntry(p: MatcherPayload, entryIdx: number[], ids: Int32Array, c: Candidate): number {
  const suffixLength = c.end - c.legalFrom;
  let best = entryIdx[0]!;
  let bestScore = -1;
  for (const e of entryIdx) {
    const entry = p.entries[e]!;
    const role = entry[1], suffix = entry[3], how = entry[4];
    const record = p.records[entry[0]]!;
    let score = 0;
    if (suffix.length > 0 && suffix.length === suffixLength && suffix.every((t, k) => t === ids[c.legalFrom + k])) score += 8;
    score += ENTRY_ROLE_WEIGHT[role] ?? 0;
    if (how === 0) score += 1;
    if (record[3] === 'active') score += 0.5;
    if (record[2] === 'finding') score += 0.25;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

/** How much chooseEntry prefers each role (name, alias, subsidiary, former, variant). */
const ENTRY_ROLE_WEIGHT = [4, 3, 2, 2, 1];

const ROLE_SCORE = [0.97, 0.95, 0.93, 0.93, 0.9];

/**
 * How sure we are that the text names the listed company, the same whatever the input's shape (a
 * whole CSV cell read as a name field, or running prose): about 0.99 for a listed name or official
 * alias as listed, legal form included; 0.88-0.97 for a full name without its legal form, or a
 * derived or reported variant; 0.8-0.86 for a short brand, acronym or vessel name believed from its
 * context (the whole cell, a legal form other than the listed one, a product, the full name
 * nearby), so never above a full name; 0.75 a region order; 0.4-0.65 a possible match (a typo).
 */
function scoreOf(rt: Runtime, f: Accepted, ids: Int32Array): number {
  const { p } = rt;
  const flags = p.groups[f.c.group]![1];
  const entry = p.entries[f.entry]!;
  const role = entry[1], suffix = entry[3], how = entry[4];
  // A field being only this name is what admits a weak name in a cell, as a nearby full name does
  // in prose: it lets a name through but does not make it surer than the same words in prose.
  let context = 0;
  for (const x of f.supports) if (x.kind !== 'field') context++;
  // A short name: sure after a full mention on the page, a possible match with its legal form and product.
  if (rt.shortOnly[f.c.group]) return f.possible ? 0.55 : 0.88;
  // A name written otherwise than listed (apart, run together, in the plural) is as unsure as one letter wrong.
  if (f.possible) return Math.max(0.4, 0.62 - 0.06 * (Math.max(f.c.typo, respelt(rt, f) ? 1 : 0) - 1) + (context > 0 ? 0.03 : 0));
  if ((flags & REGION) !== 0) return 0.75;
  let score: number;
  // A weak name with the listed legal form is the exact legal name ("FGV Holdings Berhad", "Top
  // Glove Corporation Bhd"): as sure as a distinctive name with its legal form.
  const exactLegal = suffix.length > 0 && suffix.length === f.c.end - f.c.legalFrom && suffix.every((t, k) => t === ids[f.c.legalFrom + k]);
  if ((flags & (WEAK | VESSEL)) !== 0 && !exactLegal) score = Math.min(0.86, 0.8 + 0.02 * Math.max(0, context - 1));
  else score = Math.min(0.99, (ROLE_SCORE[role] ?? 0.9) + (f.supports.some((x) => x.kind === 'legal form') ? 0.02 : 0));
  return how === 0 ? score : score - 0.02;
}

/** The bracket a place was written in closes the mention it opened in ("Pantum Electronics (Zhuhai)"). */
function withClosingBracket(text: string, start: number, end: number): number {
  // Looked for only where a bracket follows: lastIndexOf would otherwise search back to the text's start.
  if (text.charCodeAt(end) !== 41) return end;
  const open = text.lastIndexOf('(', end);
  return open > start && text.indexOf(')', open) === end ? end + 1 : end;
}

/** End offset of a mention, keeping the dot of an abbreviated legal form ("Sdn. Bhd.", "Co., Ltd.", not "Berhad."). */
function mentionEnd(text: string, s: TokenStream, c: Candidate): number {
  const end = s.end[c.end - 1]!;
  const closed = withClosingBracket(text, s.start[c.a]!, end);
  if (closed > end) return closed;
  const abbreviation = (s.info[c.end - 1]! & LEN_MASK) <= 4;
  return c.end > c.legalFrom && abbreviation && text.charCodeAt(end) === 46 ? end + 1 : end;
}

function toFinding(rt: Runtime, text: string, s: TokenStream, f: Accepted): Finding {
  const { p } = rt;
  const entry = p.entries[f.entry]!;
  const ri = entry[0], role = entry[1], nameIdx = entry[2], listedHow = entry[4];
  const listed = p.names[nameIdx]!;
  // A descriptor written another way ("Mfg." read as "Manufacturing") is said in the explanation.
  // Groups hold one spelling per descriptor ("accessory"), so the page's word is compared with the
  // listed name's own words ("Accessories"), not with the group's.
  const groupTokens = p.groups[f.c.group]![0];
  let how = listedHow;
  // A last word cut where its field ends ("… INFORMATION TECHNOLOG", "… Printing Techn…") is said
  // as cut, not as another spelling or a misspelt letter.
  // A cut word is shorter than the listed one: most findings are ruled out before any string is made.
  const lastListed = p.vocab[groupTokens[f.c.b - f.c.a]!] ?? '';
  const lastWritten = f.c.b > f.c.a && f.c.typo <= 1 && (s.info[f.c.b]! & LEN_MASK) < lastListed.length ? tokenText(text, s, f.c.b, rt.fold) : '';
  const cut = lastWritten !== '' && !rt.vocabIds.has(lastWritten) && !rt.spellingIds.has(lastWritten) && cutShort(lastWritten, lastListed, text, s.end[f.c.b]!);
  if (cut) how |= CUT_OFF;
  let listedWords: Set<string> | undefined;
  for (let k = f.c.a; k <= (cut ? f.c.b - 1 : f.c.b); k++) {
    if (f.c.typo !== 0 || !rt.spellingsOf.has(groupTokens[k - f.c.a]!)) continue;
    listedWords ??= new Set(foldedTokens(listed, rt.fold));
    if (!listedWords.has(tokenText(text, s, k, rt.fold))) how |= FROM_ABBREVIATED;
  }
  const record = p.records[ri]!;
  const id = record[0], name = record[1], kind = record[2], status = record[3];
  const start = s.start[f.c.a]!;
  const end = mentionEnd(text, s, f.c);
  const related = relatedRecordIds(rt, f.c.group, id);
  const coreText = text.slice(start, s.end[f.c.b]!);
  const legalText = f.c.end > f.c.legalFrom ? text.slice(s.start[f.c.legalFrom]!, end) : '';
  // Everything the explanation depends on (the entry fixes the names, role and listed legal form).
  // An unlisted firm bearing the name too is said, so the buyer checks which one the page means.
  const sharedWith = p.sharedNames?.find(([g]) => g === f.c.group)?.[1];
  let key = `${f.entry}\u0000${f.c.typo}\u0000${f.possible ? 1 : 0}\u0000${coreText}\u0000${legalText}\u0000${sharedWith ?? ''}\u0000${cut ? 1 : 0}`;
  for (const x of f.supports) key += `\u0000${Object.values(x).join('\u0001')}`;
  return {
    recordId: id,
    recordName: name,
    kind,
    status,
    matchedText: text.slice(start, end),
    start,
    end,
    confidence: f.possible ? 'possible' : 'match',
    score: Math.round(f.score * 100) / 100,
    explanation: memoExplanation(rt, key, () => explain({
      recordName: name,
      listedName: listed,
      role: ROLES[role] ?? 'name',
      how,
      coreText,
      legalText,
      listedSuffix: p.entries[f.entry]![3].map((t) => p.vocab[t]).join(' '),
      textSuffix: Array.from({ length: f.c.end - f.c.legalFrom }, (_, k) => tokenText(text, s, f.c.legalFrom + k, rt.fold)).join(' '),
      typo: cut ? 0 : f.c.typo,
      ideographFolded: [...coreText].some((ch) => rt.fold[ch.charCodeAt(0)] !== 0),
      supports: f.supports,
      possible: f.possible,
      sharedWith,
    })),
    ...(related !== null ? { relatedRecordIds: related } : {}),
  };
}
