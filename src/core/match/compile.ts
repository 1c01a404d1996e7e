/**
 * Compiles list records into the matcher payload: every name, alias, subsidiary, former name and
 * reported variant becomes a token sequence with its legal form stripped, grouped with every other
 * name that folds to the same tokens, and flagged with what a mention of it needs to be believed.
 */
import { namesOf, type ListRecord, type NameRole } from '../record';
import { traditionalToSimplified } from '../text/cjk-variants';
import { CHINESE_SYLLABLES } from '../text/chinese-syllables';
import { COMMON_WORDS, DESCRIPTOR_WORDS, GENERIC_WORDS, PLACE_SPELLINGS, PLACE_WORDS } from '../text/common-words';
import { firstInnerFirmEnding, loadLegalForms, stripLegalForms, type LegalForms } from '../text/legal-forms';
import {
  IDEO_TOKEN, LEN_MASK, tokenHasLower, tokenIsDigits, tokenize, tokenText, type IdeographFold, type TokenStream,
} from '../text/tokenize';
import {
  ADDRESS_WORDS, LISTING_WORDS, LOOKALIKES, NEGATION_WORDS, ORIGIN_VERBS_AFTER, ORIGIN_WORDS, OTHER_FIRMS, PRODUCT_STOPWORDS, PRODUCT_SYNONYMS, numberSaid,
  RESTRICTION_WORDS, VESSEL_WORDS,
} from './context-words';
import {
  ACRONYM, FROM_CUT_AT_LEGAL_FORM, FROM_DESCRIPTOR_DROPPED, FROM_HYPHEN_JOINED, FROM_JOINED_WORDS,
  FROM_LEADING_THE_DROPPED, FROM_NUMBER_IN_WORDS, FROM_PARENTHESIS_DROPPED, FROM_PLACE_DROPPED, FROM_PLACE_MOVED, FROM_PLURAL, FROM_RUN_TOGETHER, FROM_SPLIT_WORD, GROUP_WORDS, LEFT_BY_PLACE, LISTED_ACRONYM, NOT_A_WORD, OTHER_FIRM, RESPELT, OWN_WORD, PLAIN, PLAIN_READ_LOWER, REGION, ROLES, VESSEL, WEAK, WITH_LEGAL_FORM,
  type MatcherPayload,
} from './payload';
import { brandChainsOf } from './brand-chain';
import { firstAtOrAfter, nearMissWords } from './near-miss-words';
import { MIN_TYPO_LENGTH, buildTypoIndex } from './typo';
import dictionary from '../text/real-words.json';

/** One way a listed name can appear: core tokens, the legal form it was listed with, how it was derived. */
interface NameForm {
  core: string[];
  /** Per core token: written in capitals in the list (an acronym such as FGV, XPCC). */
  caps: boolean[];
  suffix: string[];
  how: number;
  /** Read only after the full name on the same page (the page's memory), never on its own. */
  pageOnly?: boolean;
  /** Read only in a list beside another firm the page names ("apex, pantum, seine"): a word anyone uses. */
  listOnly?: boolean;
  /** With RESPELT: the core as listed and its capitals, whose flags the form takes (it needs what the name as listed needs). */
  asListed?: string[];
  asListedCaps?: boolean[];
}

/**
 * Descriptors written in more than one way. Each set compiles to one token (its first word), and
 * the scanner reads the others as that token (payload `spellings`): "Giant Mfg" is "Giant Manufacturing".
 */
const EQUIVALENT_WORDS = [
  ['manufacturing', 'mfg', 'manufacture', 'manufacturer', 'manufacturers', 'mfr'],
  ['international', 'intl'],
  ['industry', 'industrial', 'industries', 'ind', 'indus', 'inds'],
  ['technology', 'tech', 'technologies'],
  ['biotechnology', 'biotech'],
  ['products', 'product', 'prods', 'prod'],
  ['textile', 'textiles'],
  ['garment', 'garments'],
  ['material', 'materials'],
  ['chemical', 'chemicals', 'chem', 'chems'],
  ['food', 'foods'],
  ['fiber', 'fibre', 'fibers', 'fibres'],
  ['accessory', 'accessories', 'acc', 'accs', 'access'],
  ['information', 'info'],
  ['electronics', 'electronic', 'elec'],
  ['construction', 'constr'],
  ['engineering', 'eng', 'engg'],
  ['development', 'dev'],
  ['management', 'mgmt', 'mgt'],
  // The hand-rolled cigarette is written both ways, a fishing firm as a fishery (LOOSE_SPELLINGS: a possible match).
  ['beedi', 'bidi'],
  ['fishing', 'fisheries', 'fishery'],
  ['trading', 'trade'],
  // "Zhangzhou Hang Fat Imp & Exp Co Ltd", as trade documents write it.
  ['import', 'imp'],
  ['county', 'cnty'],
  ['export', 'exp'],
  // A group's words as finance systems and price lists cut them ("COFCO Sugar Hldgs Co Ltd").
  ['group', 'grp'],
  ['holdings', 'hldgs'],
  ['holding', 'hldg'],
  // A customs broker's capitals cut the last word ("SIME DARBY PLANTN", "GANESH BEEDI WKS").
  ['plantation', 'plantn'],
  ['works', 'wks'],
  // A purchase order's line: "Changzhou Guanghui Food Ingr. Co.".
  ['ingredients', 'ingredient', 'ingr', 'ingred'],
  ...PLACE_SPELLINGS,
  // British and American spellings, and the grocer's short forms.
  ['color', 'colour', 'colors', 'colours'],
  ['aluminum', 'aluminium'],
  ['center', 'centre'],
  ['specialty', 'speciality', 'specialties', 'specialities'],
  ['labor', 'labour'],
  ['tire', 'tyre', 'tires', 'tyres'],
  ['jewelry', 'jewellery'],
  ['mold', 'mould', 'molds', 'moulds'],
  ['fruits', 'fruit'],
  ['shoes', 'shoe'],
  ['carpet', 'carpets'],
  ['metals', 'metal'],
  ['vegetable', 'vegetables', 'veg'],
];
const CANONICAL = new Map<string, string>();
for (const [first, ...others] of EQUIVALENT_WORDS) for (const w of others) CANONICAL.set(w, first!);
/** A group's key: its tokens as the scanner reads them, one spelling per descriptor. */
const keyOf = (core: readonly string[]): string => core.map((t) => CANONICAL.get(t) ?? t).join(' ');

/**
 * The name without its trailing descriptors, when what remains still names someone ("Hoshine" for
 * "Hoshine Silicon Industry"): believed after a full mention on the same page, or, with its legal
 * form and a product nearby, as a possible match. Never a common word or a place on its own, and
 * never by dropping a leading place: "<Place> <Parent>" without the place is the unlisted parent.
 */
function shortForms(form: NameForm, hyphened: ReadonlySet<string> = NO_PAIRS): NameForm[] {
  const n = form.core.length;
  let end = n;
  // Trailing descriptors, and an "and" between two of them ("Fruits & Vegetable Products").
  const dropped = (i: number): boolean => !form.caps[i] && (DESCRIPTOR_WORDS.has(form.core[i]!) || (form.core[i] === 'and' && i > 0 && DESCRIPTOR_WORDS.has(form.core[i - 1]!)));
  while (end > 1 && dropped(end - 1)) end--;
  // A leading place is dropped too, but that form is read only after the full name on the same page.
  const start = leadingPlaces(form, end - 1);
  const names = (core: string[], caps: boolean[]): boolean => {
    // Not cut after a joining word ("LYSZD Trade and").
    if (core.some(isIdeographToken) || ['and', 'of', 'the', 'for', 'de'].includes(core[core.length - 1]!)) return false;
    // One word must be nobody else's: not common, nor in the dictionary on its own ("Seine", "Synergy").
    const own = (t: string, i: number): boolean => t.length >= 4 && !caps[i] && !COMMON_WORDS.has(t) && !/\d/.test(t);
    if (core.length === 1) return own(core[0]!, 0) && !isRealWord(core[0]!);
    if (ampersandAcronym(core)) return true;
    // "Seine Printing", "Xinjiang GCL": two words, one of them uncommon or an acronym; or two the
    // list joins with a hyphen into one of its own ("Pu-Tech").
    return core.some(own) || caps.some(Boolean) || (core.length === 2 && hyphened.has(core.join(' ')) && own(core.join(''), -1));
  };
  // Each number of trailing descriptors dropped ("Sigma Glove" and "Sigma" for "Sigma Glove Industries").
  const out: NameForm[] = [];
  // The initials a name begins with, in capitals among words that are not ("WRP" for "WRP Asia
  // Pacific", "TNN" for "The TNN Development Limited"): the firm's once the page has named it in full. Not where
  // an unlisted firm's name begins with them too ("GCL Technology Holdings"), nor a word.
  const [head] = form.core.slice(start);
  if (head !== undefined && form.caps[start] && head.length >= 3 && form.core.length - start >= 2 && !form.caps.every(Boolean)
    && !COMMON_WORDS.has(head) && !isRealWord(head) && !OTHER_FIRST_WORDS.has(head)) {
    out.push({ core: [head], caps: [true], suffix: form.suffix, how: form.how | FROM_DESCRIPTOR_DROPPED, pageOnly: true });
  }
  for (const from of start > 0 ? [0, start] : [0]) {
    for (let to = end; to <= n; to++) {
      if (from === 0 && to === n) continue;
      if (!names(form.core.slice(from, to), form.caps.slice(from, to))) {
        // A place and what the firm does or a common word of its name ("Dalian Ocean" for "Dalian Ocean
        // Fishing", "Dongguan Oasis" for "Dongguan Oasis Shoes"): nobody's on its own, but the firm's
        // once the page has named it in full.
        const core = form.core.slice(from, to);
        const rest = (t: string): boolean => (DESCRIPTOR_WORDS.has(t) || GENERIC_WORDS.has(t)) && !PLACE_PARTS.has(t);
        if (from === 0 && core.length >= 2 && PLACE_WORDS.has(core[0]!) && core.slice(1).every(rest) && core.at(-1) !== 'and') {
          out.push({ core, caps: form.caps.slice(from, to), suffix: form.suffix, how: form.how | FROM_DESCRIPTOR_DROPPED, pageOnly: true });
        } else if (from > 0 && to === end && core.length === 1 && core[0]!.length >= 4 && !PLACE_WORDS.has(core[0]!) && !DESCRIPTOR_WORDS.has(core[0]!)) {
          // A word anyone uses, once the place and what the firm does are gone ("Apex", "Seine" for the
          // Zhuhai firms): the firm's only in a list beside other firms the page names.
          out.push({ core, caps: form.caps.slice(from, to), suffix: form.suffix, how: form.how | FROM_DESCRIPTOR_DROPPED | FROM_PLACE_DROPPED, pageOnly: true, listOnly: true });
        }
        continue;
      }
      // Without its place, a short name begins with a word of its own ("Pantum", "Zhongtai"): one
      // that begins "Production …", "Seine …" or "No. 2 …" would be looked for in every block of a page.
      // Or with what the firm does after it, a dictionary word that is not a product ("Apex
      // Microelectronics" after "Zhuhai Apex Microelectronics"; "Apex" alone is also a word).
      const headed = to - from >= 2 && headBeforeDescriptor(form.core.slice(from, to));
      const hyphenPair = to - from === 2 && hyphened.has(form.core.slice(from, to).join(' '));
      if (from > 0 && !beginsOwnWord(form.core.slice(from, to), form.caps[from]!) && !headed && !hyphenPair) continue;
      const how = form.how | FROM_DESCRIPTOR_DROPPED | (from > 0 ? FROM_PLACE_DROPPED : 0);
      out.push({ core: form.core.slice(from, to), caps: form.caps.slice(from, to), suffix: form.suffix, how });
    }
  }
  return out;
}

/** One word, or initials joined by "&" ("g and g"): all a name has left once its place and descriptors are dropped. */
const shortHead = (core: readonly string[]): boolean => core.length === 1 || (core.length === 3 && ampersandAcronym(core));

/** The firms (by their listed name's words) that each one word or initials are all that is left of, once the place is dropped. */
function firmsByOneWordName(records: readonly ListRecord[], forms: LegalForms, fold: IdeographFold): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const record of records) {
    const firm = keyOf(nameForms(record.name, forms, fold)[0]?.core ?? []);
    for (const { text } of namesToCompile(record)) {
      for (const form of nameForms(text, forms, fold)) {
        if (!shortHead(form.core) || (form.how & FROM_PLACE_DROPPED) === 0) continue;
        const key = form.core.join(' ');
        out.set(key, (out.get(key) ?? new Set<string>()).add(firm));
      }
    }
  }
  return out;
}

/** The first words of unlisted firms' names: initials they begin with are not a listed firm's alone. */
const OTHER_FIRST_WORDS = new Set(OTHER_FIRMS.map((firm) => firm.split(/\s+/)[0]!.toLowerCase()));

const NO_PAIRS: ReadonlySet<string> = new Set();

/** How many of the name's first words, up to `limit`, are places ("Zhuhai" in "Zhuhai Pantum Electronics"). */
function leadingPlaces(form: NameForm, limit: number): number {
  let start = 0;
  while (start < limit && PLACE_WORDS.has(form.core[start]!) && !form.caps[start]) start++;
  return start;
}

/** A head word (four letters or more, not a place or a descriptor) and what the firm does after it: "Apex Microelectronics". */
function headBeforeDescriptor(words: readonly string[]): boolean {
  const head = words[0]!;
  return DESCRIPTOR_WORDS.has(words[1] ?? '') && !DESCRIPTOR_WORDS.has(head) && !PLACE_WORDS.has(head) && head.length >= 4;
}

/**
 * The name with its leading place written after the rest, as Chinese firms' English names often are
 * ("Pantum Electronics (Zhuhai)", "Apex Microelectronics, Zhuhai", "JA Solar (Donghai)" with its
 * descriptor dropped): the same firm, when the rest begins with a word of its own.
 */
function placeMovedForms(form: NameForm): NameForm[] {
  const { core, caps } = form;
  const start = leadingPlaces(form, core.length - 1);
  if (start === 0 || core.length - start < 2) return [];
  let end = core.length;
  while (end > start + 1 && !caps[end - 1] && DESCRIPTOR_WORDS.has(core[end - 1]!)) end--;
  const out: NameForm[] = [];
  for (let to = Math.max(end, start + 1); to <= core.length; to++) {
    const rest = core.slice(start, to);
    // One word of its own before the place ("Daqo Xinjiang" after "Xinjiang Daqo New Energy"); never a common one.
    if (rest.length === 1 && (COMMON_WORDS.has(rest[0]!) || isRealWord(rest[0]!) || rest[0]!.length < 3)) continue;
    const headed = rest.length > 1 && headBeforeDescriptor(rest);
    if (!beginsOwnWord(rest, caps[start]!) && !(caps[start] && rest[0]!.length >= 2) && !headed) continue;
    const moved = [...rest, ...core.slice(0, start)];
    out.push({
      core: moved, caps: [...caps.slice(start, to), ...caps.slice(0, start)], suffix: form.suffix,
      how: form.how | FROM_PLACE_MOVED | (to < core.length ? FROM_DESCRIPTOR_DROPPED : 0),
      // Cut short as well, it is read only after the full name, like the name's other short names.
      pageOnly: to < core.length,
    });
  }
  return out;
}

/** Words that make a place of a place ("Lop County", "Urumqi City"): never a firm's short name with it. */
const PLACE_PARTS = new Set(['county', 'city', 'province', 'region', 'autonomous', 'district', 'prefecture', 'town', 'township', 'village', 'zone', 'park', 'new', 'economic', 'development']);

/** "G&G", read as "g and g": single letters joined by an ampersand, an acronym of their own. */
const ampersandAcronym = (core: readonly string[]): boolean => core.length >= 3 && core[0]!.length === 1 && core[1] === 'and' && core[2]!.length === 1;

function beginsOwnWord(core: readonly string[], acronym: boolean): boolean {
  const first = core[0]!;
  if (ampersandAcronym(core)) return true;
  if (acronym) return first.length >= 3;
  return first.length >= 4 && !COMMON_WORDS.has(first) && !/\d/.test(first) && !isRealWord(first);
}

function isIdeographToken(t: string): boolean {
  return t.length === 1 && /\p{Script=Han}/u.test(t);
}

let scratch: TokenStream | undefined;

function tokensWithCaps(text: string, fold: IdeographFold): { tokens: string[]; caps: boolean[] } {
  const s = tokenize(text, fold, scratch);
  scratch = s;
  const tokens: string[] = [];
  const caps: boolean[] = [];
  for (let i = 0; i < s.count; i++) {
    const info = s.info[i]!;
    const len = info & LEN_MASK;
    tokens.push(tokenText(text, s, i, fold));
    caps.push((info & IDEO_TOKEN) === 0 && !tokenHasLower(text, s, i) && !tokenIsDigits(text, s, i) && len >= 2 && len <= 5);
  }
  return { tokens, caps };
}

/** A parenthesis holding only an acronym: "(XPCC)", "(VSETC)". The acronym is matched on its own. */
const ACRONYM_PARENS = /\s*[(（]\s*[A-Z][A-Z0-9&.-]{1,7}\s*[)）]/g;

/**
 * "Nanhu Tree Farm, Zhejiang Sanmei Tea Co., Ltd." lists two names in one. Splits at a comma when
 * the rest is a distinctive name of its own ending in a legal form; "Agriculture, Industry, and
 * Trade Co., Ltd." stays whole because "Industry and Trade" is not distinctive.
 */
function commaSplits(raw: string, forms: LegalForms, fold: IdeographFold): string[] {
  const out: string[] = [];
  const re = /,\s+(?=[A-Z])/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const head = raw.slice(0, m.index);
    const tail = raw.slice(m.index + m[0].length);
    const tailTokens = tokensWithCaps(tail, fold);
    const { core, suffix } = stripLegalForms(tailTokens.tokens, forms);
    const headCore = stripLegalForms(tokensWithCaps(head, fold).tokens, forms);
    if (suffix.length === 0 || core.length < 2 || headCore.suffix.length > 0 || headCore.core.length < 2) continue;
    if (groupFlags({ core, caps: tailTokens.caps.slice(0, core.length), suffix, how: 0 }, 'wro') & WEAK) continue;
    out.push(head, tail);
  }
  return out;
}

/** Short syllables written apart in the list and together on pages: "Zi Gong" → "Zigong", "Ya An" → "Yaan". */
function joinSyllables(tokens: readonly string[]): string[] | null {
  const out: string[] = [];
  let joined = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const syllable = (x: string | undefined): x is string => x !== undefined && /^[a-z]{1,4}$/.test(x);
    if (syllable(t) && syllable(next) && t !== 'and' && next !== 'and' && t !== 'no' && next !== 'no') {
      out.push(t + next);
      i++;
      joined = true;
    } else out.push(t);
  }
  return joined ? out : null;
}

/**
 * A vessel's number as trade journals and manifests write it: with or without "No." ("Yu Long No. 2",
 * "Lien Yi Hsing #12", "Zhen Fa No. 7" for the listed "Zhen Fa 7"), its syllables apart or together
 * ("Zhenfa 7").
 */
function withVesselNumbers(forms: NameForm[]): NameForm[] {
  const out = [...forms];
  const seen = new Set(forms.map((f) => f.core.join(' ')));
  for (const form of forms) {
    const { core } = form;
    const number = core[core.length - 1];
    if (number === undefined || !/^\d+$/.test(number) || core.length < 2 || form.asListed) continue;
    const words = core[core.length - 2] === 'no' ? core.slice(0, -2) : core.slice(0, -1);
    if (words.length === 0) continue;
    // A news reader's script writes the number out: "ZHENFA NUMBER SEVEN", "Tunago sixty-one"; a long
    // one as said aloud ("Hangton one one two", "Hangton one-twelve").
    const numbers = [[number], ['no', number], ['number', number]].map((n) => ({ n, inWords: false }));
    for (const said of numberSaid(number).map((w) => w.split(' '))) {
      numbers.push(...[said, ['no', ...said], ['number', ...said]].map((n) => ({ n, inWords: true })));
    }
    for (const spelled of [words, joinSyllables(words) ?? words]) {
      for (const { n, inWords } of numbers) {
        const core2 = [...spelled, ...n];
        const key = core2.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        const how = form.how | (spelled === words ? 0 : FROM_JOINED_WORDS) | (inWords ? FROM_NUMBER_IN_WORDS : 0);
        out.push({ core: core2, caps: core2.map(() => false), suffix: form.suffix, how });
      }
    }
  }
  return out;
}

/** A word made of a prefix that pages often hyphenate and a word of four letters or more ("non-ferrous", "micro-electronics"). */
const PREFIXED = /^(non|micro|opto|semi|multi|bio|agro|electro|hydro|petro|thermo|photo)([a-z]{4,})$/;

/** Every form a listed name compiles to. */
function nameForms(raw: string, forms: LegalForms, fold: IdeographFold): NameForm[] {
  const withoutAcronym = raw.replace(ACRONYM_PARENS, '').trim();
  const first = withoutAcronym && withoutAcronym !== raw ? withoutAcronym : raw;
  const texts: Array<{ text: string; how: number }> = [{ text: first, how: first === raw ? 0 : FROM_PARENTHESIS_DROPPED }];
  const noParens = first.replace(/\s*[(（][^()（）]*[)）]\s*/g, ' ').trim();
  if (noParens && noParens !== first) texts.push({ text: noParens, how: FROM_PARENTHESIS_DROPPED });
  // "Xingsheng (or Xinsheng)", "Wulin (or Wuling)": the list's other spelling of the word before it,
  // read in full only ("Wuling" alone is also the car maker).
  const otherSpelling = first.replace(/\S+\s*[(（]or ([^()（）]+)[)）]/g, '$1');
  const whole = otherSpelling === first ? '' : otherSpelling.replace(/\s*[(（][^()（）]*[)）]\s*/g, ' ').trim();
  if (whole) texts.push({ text: whole, how: FROM_PARENTHESIS_DROPPED });
  for (const part of commaSplits(noParens || first, forms, fold)) texts.push({ text: part, how: FROM_CUT_AT_LEGAL_FORM });
  for (const t of [...texts]) {
    // "Xiang-Yang" is also written "Xiangyang".
    const joined = t.text.replace(/(\p{L})-(\p{L})/gu, '$1$2');
    if (joined !== t.text) texts.push({ text: joined, how: t.how | FROM_HYPHEN_JOINED });
  }
  const out: NameForm[] = [];
  // Words the list joins with a hyphen ("Pu-Tech"), as folded pairs.
  const hyphened = new Set([...raw.matchAll(/\p{L}+-\p{L}+/gu)].map((m) => tokensWithCaps(m[0], fold).tokens.join(' ')));
  for (const { text, how } of texts) {
    let { tokens, caps } = tokensWithCaps(text, fold);
    let h = how;
    if (tokens[0] === 'the' && tokens.length > 1) {
      tokens = tokens.slice(1);
      caps = caps.slice(1);
      h |= FROM_LEADING_THE_DROPPED;
    }
    const variants: Array<{ tokens: string[]; caps: boolean[]; how: number }> = [];
    const inner = firstInnerFirmEnding(tokens, forms);
    if (inner) {
      variants.push({ tokens: tokens.slice(0, inner.end), caps: caps.slice(0, inner.end), how: h | FROM_CUT_AT_LEGAL_FORM });
      // A long tail is another name ("… Co., Ltd. and Baoding LYSZD …"), a short one a place or branch.
      if (tokens.length - inner.end <= 2) variants.push({ tokens, caps, how: h });
    } else {
      variants.push({ tokens, caps, how: h });
    }
    for (const v of variants) {
      const { core, suffix } = stripLegalForms(v.tokens, forms);
      if (core.length === 0) continue;
      const coreCaps = v.caps.slice(0, core.length);
      const form: NameForm = { core, caps: coreCaps, suffix, how: v.how };
      out.push(form);
      if (text !== whole) out.push(...shortForms(form, hyphened));
      out.push(...placeMovedForms(form));
      const latin = core.every((t) => !isIdeographToken(t) && !/^\d+$/.test(t));
      const joinedWord = core.join('');
      // "TopGlove", "SuperMax Corp": two or three words written as one; not where that is a word of
      // its own ("needlecraft" for "Needle Craft").
      if (latin && core.length >= 2 && core.length <= 3 && joinedWord.length >= 6 && !COMMON_WORDS.has(joinedWord) && !isRealWord(joinedWord)) {
        // Written so, it is a possible match with the support the words apart need ("TOPGLOVE SDN BHD").
        out.push({ core: [joinedWord], caps: [false], suffix, how: v.how | FROM_JOINED_WORDS | FROM_RUN_TOGETHER, asListed: core, asListedCaps: coreCaps });
      }
      const syllables = latin && core.length >= 3 ? joinSyllables(core) : null;
      if (syllables) out.push({ core: syllables, caps: syllables.map(() => false), suffix, how: v.how | FROM_JOINED_WORDS });
      // "Non-ferrous" for the listed "Nonferrous": a prefix pages write with a hyphen.
      // Only where the rest is a word itself: "electro-nics" is nobody's way of writing "electronics".
      const split = latin ? core.flatMap((t) => {
        const parts = PREFIXED.exec(t);
        return parts && isRealWord(parts[2]!) ? [parts[1]!, parts[2]!] : [t];
      }) : core;
      if (split.length > core.length) out.push({ core: split, caps: split.map(() => false), suffix, how: v.how | FROM_HYPHEN_JOINED });
    }
  }
  return [...out, ...out.flatMap(splitWordForms), ...out.flatMap(pluralForms), ...out.flatMap(letterForms)];
}

/** The cuts of each first word, made once: a name's forms share it, and each cut is two dictionary searches. */
const wordCuts = new Map<string, string[][]>();

/** Where a name's first word may be cut in two, the surest kind of cut only; none for a word of its own. */
function cutsOf(word: string): string[][] {
  let cuts = wordCuts.get(word);
  if (cuts) return cuts;
  cuts = [];
  if (word.length >= 5 && /^[a-z]+$/.test(word) && !isRealWord(word) && !PLACE_WORDS.has(word) && !CHINESE_SYLLABLES.has(word)) {
    const byKind: string[][][] = Array.from({ length: SPLIT_KINDS }, () => []);
    for (let cut = 2; cut <= word.length - 2; cut++) {
      const halves = [word.slice(0, cut), word.slice(cut)];
      const kind = splitKind(halves[0]!, halves[1]!);
      if (kind >= 0) byKind[kind]!.push(halves);
    }
    cuts = byKind.findLast((found) => found.length > 0) ?? [];
  }
  wordCuts.set(word, cuts);
  return cuts;
}

/** How many kinds of cut `splitKind` tells apart. */
const SPLIT_KINDS = 3;

/** How a word of a name may be split: both halves Chinese syllables (2) or both words (1), else mixed (0); -1 where a half is neither. */
function splitKind(head: string, tail: string): number {
  if (CHINESE_SYLLABLES.has(head) && CHINESE_SYLLABLES.has(tail)) return 2;
  const word = (part: string): boolean => isRealWord(part) || COMMON_WORDS.has(part);
  if (word(head) && word(tail)) return 1;
  return (CHINESE_SYLLABLES.has(head) || word(head)) && (CHINESE_SYLLABLES.has(tail) || word(tail)) ? 0 : -1;
}

/**
 * A name with its first word, or its first after leading places, written as two ("Ling Long",
 * "Super Max Glove", "Xinjiang Zhong He", "Hefei Bit Land"): a word of five letters or more that is
 * no word, place or syllable of its own, cut where both halves are Chinese syllables, else where
 * both are words, else where one is each ("Ho Shine"). Not for forms read only by the page's
 * memory, nor for words the list joined.
 */
function splitWordForms(form: NameForm): NameForm[] {
  if (form.pageOnly || form.listOnly || (form.how & (FROM_PLACE_DROPPED | FROM_JOINED_WORDS)) !== 0) return [];
  const { core, caps } = form;
  let i = 0;
  while (i < core.length - 1 && PLACE_WORDS.has(core[i]!) && !caps[i]) i++;
  if (caps[i]) return [];
  return cutsOf(core[i]!).map((halves) => ({
    core: [...core.slice(0, i), ...halves, ...core.slice(i + 1)], caps: [...caps.slice(0, i), false, false, ...caps.slice(i + 1)],
    suffix: form.suffix, how: form.how | FROM_SPLIT_WORD, asListed: core, asListedCaps: caps,
  }));
}

/**
 * A name of two words or more with its last word in the plural, where that is a word ("Top Gloves",
 * "Sime Darby Plantations", "Natchi Apparels"): pages write a maker by what it makes.
 */
function pluralForms(form: NameForm): NameForm[] {
  const n = form.core.length;
  const last = form.core[n - 1]!;
  if (n < 2 || form.pageOnly || form.listOnly || (form.how & (FROM_PLACE_DROPPED | FROM_JOINED_WORDS)) !== 0) return [];
  if (last.length < 4 || form.caps[n - 1] || !/^[a-z]+[^s]$/.test(last)) return [];
  const plural = /(?:ch|sh|x)$/.test(last) ? `${last}es` : `${last}s`;
  // A descriptor's plural may be one of its spellings already ("Industries").
  if (!isRealWord(plural) || CANONICAL.has(plural)) return [];
  return [{ core: [...form.core.slice(0, -1), plural], caps: form.caps, suffix: form.suffix, how: form.how | FROM_PLURAL, asListed: form.core, asListedCaps: form.caps }];
}

/**
 * A name with an acronym of two to five letters spelt out letter by letter, as a speech recogniser
 * writes it ("F G V", "x p c c", "donghai J A solar"): one form per acronym in the name.
 */
function letterForms(form: NameForm): NameForm[] {
  if (form.pageOnly || form.listOnly || (form.how & (FROM_PLACE_DROPPED | FROM_JOINED_WORDS)) !== 0) return [];
  const out: NameForm[] = [];
  form.core.forEach((word, i) => {
    if (!form.caps[i] || !/^[a-z]{2,5}$/.test(word)) return;
    const letters = [...word];
    out.push({
      core: [...form.core.slice(0, i), ...letters, ...form.core.slice(i + 1)], caps: [...form.caps.slice(0, i), ...letters.map(() => true), ...form.caps.slice(i + 1)],
      suffix: form.suffix, how: form.how | FROM_SPLIT_WORD, asListed: form.core, asListedCaps: form.caps,
    });
  });
  return out;
}

const isNotAWord = (t: string): boolean => /^[a-z]{4,}$/.test(t) && !isRealWord(t) && !PLACE_WORDS.has(t);

/** What a mention of these tokens needs before it is reported. */
function groupFlags(form: NameForm, kind: ListRecord['kind']): number {
  let flags = 0;
  if (kind === 'region') flags |= REGION;
  if (kind === 'vessel') flags |= VESSEL;
  const { core, caps } = form;
  if (core.every(isIdeographToken)) {
    if (core.length < 3) flags |= WEAK;
    return flags;
  }
  if (caps.every(Boolean)) return flags | WEAK | ACRONYM;
  if (core.length === 1 && isNotAWord(core[0]!)) flags |= NOT_A_WORD;
  // An acronym among three words or more is the firm's own too ("Donghai JA Solar", "Hetian TEDA Garment"),
  // and one of three letters or more after its place ("Xinjiang GCL": "GCL" alone is the unlisted parent).
  const placedAcronym = core.length === 2 && PLACE_WORDS.has(core[0]!) && caps[1] === true && core[1]!.length >= 3 && !/\d/.test(core[1]!);
  if (core.some((t, i) => ownWord(t, caps[i]!)) || placedAcronym || (core.length >= 3 && caps.some((c, i) => c && core[i]!.length >= 2 && !/\d/.test(core[i]!)))) flags |= OWN_WORD;
  if (core.length >= 2 && core.every((t) => COMMON_WORDS.has(t) || isRealWord(t))) {
    flags |= PLAIN;
    // Or after a leading place ("dalian ocean fishing"): a place and two words is how firms are named.
    if (core.length >= 3 && (core.some((t) => !isRealWord(t)) || PLACE_WORDS.has(core[0]!))) flags |= PLAIN_READ_LOWER;
  }
  if (core.length >= 4) return flags;
  // "Hetian TEDA Garment": an acronym inside a longer name makes it specific.
  if ((core.length >= 3 && caps.some(Boolean)) || placedAcronym) return flags;
  // Listed as an acronym and what the firm does ("HY Solar", "JWD Technology", the Entity List's
  // own short names, "TG Medical Sdn Bhd"), not cut from a group's name ("COFCO Sugar" of "COFCO Sugar Holdings").
  if (form.how === 0 && !form.suffix.some((t) => GROUP_WORDS.has(t)) && core.length === 2 && caps[0] === true && caps[1] === false
    && /^[a-z]{2,5}$/.test(core[0]!) && !COMMON_WORDS.has(core[0]!) && !isRealWord(core[0]!) && DESCRIPTOR_WORDS.has(core[1]!)) {
    flags |= LISTED_ACRONYM;
  }
  const strong = core.filter((t, i) => t.length >= 4 && !caps[i] && !/^\d+$/.test(t) && !COMMON_WORDS.has(t));
  const distinctive = strong.length >= 2 || (strong.length === 1 && (core.length >= 2 || strong[0]!.length >= 7));
  return distinctive ? flags : flags | WEAK;
}

/** A respelt form needs what the name as listed needs, and support besides: "super max" is also a razor. */
function respeltFlags(form: NameForm, kind: ListRecord['kind']): number {
  return groupFlags({ ...form, core: form.asListed!, caps: form.asListedCaps! }, kind) | WEAK;
}

function namesToCompile(record: ListRecord): Array<{ text: string; role: NameRole }> {
  if (record.kind === 'region' && record.regionTerms.length > 0) {
    return record.regionTerms.map((text) => ({ text, role: 'alias' as const }));
  }
  return namesOf(record);
}

/** Token ids; a descriptor's other spellings share its id (EQUIVALENT_WORDS). */
class Vocab {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(written: string): number {
    const token = CANONICAL.get(written) ?? written;
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(token);
      this.ids.set(token, id);
    }
    return id;
  }
  has(token: string): boolean {
    return this.ids.has(CANONICAL.get(token) ?? token);
  }
}

/** A record's goods as words: each, its synonyms, and its singular or plural. */
function productTokens(record: ListRecord, fold: IdeographFold): Set<string> {
  const words = new Set<string>();
  for (const phrase of record.products) {
    for (const t of tokensWithCaps(phrase, fold).tokens) {
      if (PRODUCT_STOPWORDS.has(t) || /^\d+$/.test(t) || t.length < 3) continue;
      words.add(t);
      for (const syn of PRODUCT_SYNONYMS[t] ?? []) words.add(syn);
      if (t.length >= 4) words.add(t.endsWith('s') ? t.slice(0, -1) : `${t}s`);
    }
  }
  return words;
}

/**
 * The dictionary (with common surnames, given names and places), sorted: words never read as a near
 * miss of a name word ("Kingdom" is not a misspelt "Kingtom"). Split once and searched by halves:
 * a set of 75,000 words would cost every new service worker its building.
 */
let dictionaryWords: string[] | undefined;
/** A word nobody else's: four letters or more, no acronym, digits, common or dictionary word, or place ("daqo", "tongbao"). */
function ownWord(t: string, caps: boolean): boolean {
  return t.length >= 4 && !caps && !/\d/.test(t) && !COMMON_WORDS.has(t) && !PLACE_WORDS.has(t) && !isIdeographToken(t) && !isRealWord(t)
    // Nor a word the dictionary has after "non" ("nonferrous metals", an industry's, not a firm's).
    && !(t.startsWith('non') && isRealWord(t.slice(3)));
}

function sortedDictionary(): string[] {
  dictionaryWords ??= dictionary.words.split(' ');
  return dictionaryWords;
}

function isRealWord(word: string): boolean {
  const words = sortedDictionary();
  return words[firstAtOrAfter(words, word)] === word;
}

/** The common-word list, sorted, for the same use. */
const COMMON_SORTED = [...COMMON_WORDS].filter((w) => w.length >= MIN_TYPO_LENGTH).sort();

export function compileMatcher(records: ListRecord[]): MatcherPayload {
  const fold = traditionalToSimplified();
  const forms = loadLegalForms(fold);
  const vocab = new Vocab();
  const groupIndex = new Map<string, number>();
  const groups: MatcherPayload['groups'] = [];
  const entries: MatcherPayload['entries'] = [];
  const products: number[][] = [];
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const nameId = (text: string): number => {
    let i = nameIndex.get(text);
    if (i === undefined) {
      i = names.length;
      names.push(text);
      nameIndex.set(text, i);
    }
    return i;
  };
  const typoCandidates = new Set<string>();
  /** Every name word, misspelt or not after a listed name ("Supermax Corporaton Bhd"), with the typo targets. */
  const ownWords = new Set<string>();
  const pageNames = new Set<string>();
  const brands: NonNullable<MatcherPayload['brands']> = [];

  // A name some source withdrew is nobody's short name ("Xinjiang Nonferrous", once East Hope's alias),
  // except as the page's for the firm it names in full ("Xinjiang Nonferrous Metals Industry Group").
  const withdrawn = new Set(records.flatMap((r) => r.removedAliases.flatMap((alias) => nameForms(alias, forms, fold).map((f) => keyOf(f.core)))));
  const oneWordFirms = firmsByOneWordName(records, forms, fold);
  records.forEach((record, ri) => {
    const removed = new Set(
      record.removedAliases.flatMap((alias) => nameForms(alias, forms, fold).map((f) => keyOf(f.core))),
    );
    const nameTokens = new Set<string>();
    const goods = productTokens(record, fold);
    const seen = new Set<string>();
    for (const { text, role } of namesToCompile(record)) {
      if (!text.trim() || record.removedAliases.includes(text)) continue;
      const compiled = nameForms(text, forms, fold);
      for (const listed of record.kind === 'vessel' ? withVesselNumbers(compiled) : compiled) {
        const key = keyOf(listed.core);
        if (removed.has(key)) continue;
        const form = (listed.how & FROM_DESCRIPTOR_DROPPED) !== 0 && withdrawn.has(key) ? { ...listed, pageOnly: true } : listed;
        // "Bone char" is what Bonechar makes (bone black), not a way of writing its name.
        if ((form.how & RESPELT) !== 0 && form.core.some((t) => goods.has(t) && !form.asListed!.includes(t))) continue;
        if ((form.how & FROM_PLACE_DROPPED) !== 0 || form.pageOnly) {
          // Read after the full name, by the page's memory, which costs pages that never name the firm
          // nothing. Only two words or more that begin with the firm's own word ("Pantum Electronics
          // Co.", "Junggar Cotton & Linen") get a group too, read as a possible match with what a short
          // name needs beside it (issue #14: a place dropped may be a possible match with support);
          // one word alone ("Taida") is too often another firm's.
          pageNames.add(`${ri}|${form.core.join(' ')}|${form.listOnly ? 2 : form.core.some((t, i) => ownWord(t, form.caps[i]!)) ? 1 : 0}`);
          // Or initials joined by "&" ("G&G Digital"). One word or the initials alone only if no other
          // firm's name leaves them too ("Meike": two listed firms'), read as a possible match beside the
          // firm's goods ("Pantum printers", "G&G toner").
          const ownHead = (form.how & FROM_PLACE_DROPPED) !== 0 && !form.pageOnly && !form.listOnly
            && (ownWord(form.core[0]!, form.caps[0]!) || ampersandAcronym(form.core))
            && (!shortHead(form.core) || oneWordFirms.get(form.core.join(' '))!.size === 1);
          // Or a dictionary word before one of the firm's own ("Apex Microelectronics"): a firm's name only
          // with a legal form written after it ("APEX MICROELECTRONICS CO LTD"), and not an unlisted firm's.
          const wordHead = !ownHead && (form.how & FROM_PLACE_DROPPED) !== 0 && !form.pageOnly && !form.listOnly && form.core.length >= 2
            && form.core.slice(1).some((t, i) => ownWord(t, form.caps[i + 1]!)) && !OTHER_FIRST_WORDS.has(form.core[0]!);
          if (!ownHead && !wordHead) continue;
          if (wordHead) form.how |= WITH_LEGAL_FORM;
        }
        const entryKey = `${key}|${role}|${text}|${form.suffix.join(' ')}`;
        if (seen.has(entryKey)) continue;
        seen.add(entryKey);
        form.core.forEach((t) => nameTokens.add(t));
        let gi = groupIndex.get(key);
        if (gi === undefined) {
          gi = groups.length;
          groupIndex.set(key, gi);
          groups.push([form.core.map((t) => vocab.id(t)), 0, []]);
        }
        const group = groups[gi]!;
        group[1] |= form.asListed ? respeltFlags(form, record.kind) : groupFlags(form, record.kind);
        if ((form.how & FROM_PLACE_DROPPED) !== 0 && shortHead(form.core) && (form.core.length > 1 || isNotAWord(form.core[0]!))) group[1] |= LEFT_BY_PLACE;
        group[2].push(entries.length);
        entries.push([ri, ROLES.indexOf(role), nameId(text), form.suffix.map((t) => vocab.id(t)), form.how]);
        form.core.forEach((t, i) => {
          if (t.length >= MIN_TYPO_LENGTH && /^\p{Ll}+$/u.test(t) && (form.how & RESPELT) === 0) ownWords.add(t);
          // A generic word is a target only as the last of three or more, the others written exactly
          // and long ("NATCHI APAREL"; shorter ones, "Branch" or "Dyeing", are a letter from words).
          const lastOfLong = i === form.core.length - 1 && form.core.length >= 3 && t.length >= 7;
          if ((form.how & (FROM_DESCRIPTOR_DROPPED | RESPELT)) === 0 && !form.caps[i] && t.length >= MIN_TYPO_LENGTH && !isIdeographToken(t) && !/\d/.test(t) && (lastOfLong || !GENERIC_WORDS.has(t))) {
            typoCandidates.add(t);
          }
        });
      }
    }
    brands.push(...brandChainsOf(record, ri, nameId));
    // A product word inside the name proves nothing ("Top Glove" next to "gloves" is a glove pick).
    products.push([...goods].filter((t) => record.kind === 'region' || !nameTokens.has(t)).map((t) => vocab.id(t)));
  });

  const sharedNames: NonNullable<MatcherPayload['sharedNames']> = [];
  for (const firm of OTHER_FIRMS) {
    const { core } = stripLegalForms(tokensWithCaps(firm, fold).tokens, forms);
    const key = keyOf(core);
    const gi = groupIndex.get(key);
    if (gi !== undefined) {
      // Over a listed short name too ("Sime Darby"), but never over a listed firm's own name.
      if (groups[gi]![2].every((e) => (entries[e]![4] & FROM_DESCRIPTOR_DROPPED) !== 0)) {
        groups[gi]![1] |= OTHER_FIRM;
        sharedNames.push([gi, firm]);
      }
      continue;
    }
    groupIndex.set(key, groups.length);
    groups.push([core.map((t) => vocab.id(t)), OTHER_FIRM, []]);
  }

  const legal = forms.sequences.map((seq) => seq.map((t) => vocab.id(t)));
  const lookalikes: MatcherPayload['lookalikes'] = [];
  groups.forEach(([tokens], gi) => {
    // A word written as two is still that word: "Super-Max" beside razor blades is the razor.
    const texts = tokens.map((id) => vocab.list[id]!);
    const words = [...texts, ...texts.slice(1).map((t, k) => texts[k] + t)].flatMap((t) => LOOKALIKES[t] ?? []);
    if (words.length > 0) lookalikes.push([gi, words.map((w) => vocab.id(w))]);
  });
  const vesselWords = VESSEL_WORDS.map((w) => vocab.id(w));
  const listingWords = LISTING_WORDS.map((w) => vocab.id(w));

  const typoTargets = [...typoCandidates].map((t) => vocab.id(t));
  // Ship only the real words a typo search would read as a name word ("romania" near "romana"), or
  // that a misspelt name or legal-form word after a listed name would be ("Shares" after "Supermax"):
  // those starting with a target's two letters (the scanner's own pre-filter) within its distance.
  // One pass over the dictionary for both: the pass, not the targets, is what compiling pays for.
  for (const seq of forms.sequences) for (const t of seq) if (t.length >= MIN_TYPO_LENGTH && /^\p{Ll}+$/u.test(t)) ownWords.add(t);
  for (const t of typoCandidates) ownWords.add(t);
  const targets = [...ownWords];
  const near = buildTypoIndex(targets.map((text, id) => ({ id, text })));
  const realWords = [...new Set([...nearMissWords(near, targets, sortedDictionary()), ...nearMissWords(near, targets, COMMON_SORTED)])]
    .filter((w) => !vocab.has(w));

  let foldPairs = '';
  fold.forEach((canonical, variant) => {
    if (canonical !== 0 && vocab.has(String.fromCharCode(canonical))) foldPairs += String.fromCharCode(variant, canonical);
  });

  return {
    format: 1,
    vocab: vocab.list,
    records: records.map((r) => [r.id, r.name, r.kind, r.status]),
    products,
    groups,
    names,
    entries,
    legal,
    vesselWords,
    listingWords,
    originWords: ORIGIN_WORDS.map((w) => vocab.id(w)),
    originVerbsAfter: ORIGIN_VERBS_AFTER.map((w) => vocab.id(w)),
    negationWords: NEGATION_WORDS.map((w) => vocab.id(w)),
    addressWords: ADDRESS_WORDS.map((w) => vocab.id(w)),
    restrictionWords: RESTRICTION_WORDS.map((w) => vocab.id(w)),
    lookalikes,
    fold: foldPairs,
    typoTargets,
    realWords,
    descriptors: [...DESCRIPTOR_WORDS].filter((w) => !forms.byLast.has(w)),
    pageNames: [...pageNames].map((k): [number, string] | [number, string, 1 | 2] => {
      const [record, words, how] = k.split('|');
      return how === '0' ? [Number(record), words!] : [Number(record), words!, how === '2' ? 2 : 1];
    }),
    spellings: [...CANONICAL].filter(([, first]) => vocab.has(first)).map(([other, first]) => [other, vocab.id(first)]),
    ...(brands.length > 0 ? { brands } : {}),
    ...(sharedNames.length > 0 ? { sharedNames } : {}),
  };
}
