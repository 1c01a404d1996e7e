import type { BrandChain, RecordKind, Status } from '../record';

/**
 * The compiled matcher: plain JSON, sent from the background to every content script. Everything the
 * scanner needs is here (legal forms, ideograph variants, context words), so the content script does
 * not bundle the legal-form table, the common-word list or any Unicode data.
 */
export interface MatcherPayload {
  format: 1;
  /** Folded tokens; a token's id is its index. */
  vocab: string[];
  /** [id, name, kind, status] per record. */
  records: Array<[string, string, RecordKind, Status]>;
  /** Per record: token ids of its products (context that supports a weak name or a region order). */
  products: number[][];
  /** Unique token sequences names compile to: [token ids, GroupFlags, entry indices]. */
  groups: Array<[number[], number, number[]]>;
  /** Names as listed, referenced by entries. */
  names: string[];
  /** [record index, role index (ROLES), index into `names`, legal suffix token ids, EntryFlags]. */
  entries: Array<[number, number, number, number[], number]>;
  /** Legal forms as token-id sequences. */
  legal: number[][];
  /** Words that show a ship is meant ("vessel", "fishing"). */
  vesselWords: number[];
  /** Words of a stock-exchange listing ("Bursa", "KLSE", "HKEX"). */
  listingWords: number[];
  /** Words giving where goods come from ("made in", "origin"): a region presumption on any goods needs one. */
  originWords: number[];
  /** Verbs just after a place that make it an origin ("Xinjiang produces"). */
  originVerbsAfter: number[];
  /** Last words of an address line before a place ("Industrial Zone, Shihezi"). */
  addressWords: number[];
  /** Words denying an origin just before a place ("no", "non-", "not"). */
  negationWords: number[];
  /** Words of a forced-labour order or listing ("WRO", "CBP", "order on"): support a weak name. */
  restrictionWords: number[];
  /** [group index, token ids]: words that show a look-alike is meant (razor blades for Super-Max). */
  lookalikes: Array<[number, number[]]>;
  /** Ideograph variants: pairs of characters, variant then the form names use. */
  fold: string;
  /** Token ids a typo may be corrected to (long, distinctive name tokens). */
  typoTargets: number[];
  /** Words never read as typos of a name ("Romania", "Kingston"). */
  realWords: string[];
  /** What-the-firm-does words ("logistics", "textile"): after a one-word name they make another firm's name. */
  descriptors: string[];
  /**
   * [record index, folded words, how]: short names without a leading place ("pantum" for Zhuhai
   * Pantum Electronics), read only on a page that named the record in full. `how` 1: in a chat's
   * lower case too, a word of it being nobody else's ("tongbao", "zijin copper"); 2: a word anyone
   * uses ("apex"), read only in a list beside another firm the page names, in either case.
   */
  pageNames: Array<[number, string] | [number, string, 1 | 2]>;
  /** [word, token id]: other spellings of a descriptor token ("mfg" for "manufacturing"). */
  spellings: Array<[string, number]>;
  /** [record index, index into `names`, chain]: how a brand name (role `brand`) leads to its record. */
  brands?: Array<[number, number, BrandChain]>;
  /** [group index, firm]: a listed short name an unlisted firm (OTHER_FIRMS) bears too ("Sime Darby"). */
  sharedNames?: Array<[number, string]>;
}

export const ROLES = ['name', 'alias', 'subsidiary', 'former', 'variant', 'brand'] as const;

/**
 * Other spellings of a name word that writers and the people who label pages read as misspellings
 * ("Bidi" for "Beedi"): read as the word, but the mention is a possible match, as a near miss is.
 */
export const LOOSE_SPELLINGS: ReadonlySet<string> = new Set(['bidi', 'fisheries', 'fishery']);

/**
 * A group's words: the legal forms' table strips them from a listed name as it strips "Ltd", and one
 * after a listed name the firm never carries names a group of firms ("Xinya Group").
 */
export const GROUP_WORDS: ReadonlySet<string> = new Set(['group', 'groups', 'holding', 'holdings']);

/** Group flags. */
export const WEAK = 1;
export const ACRONYM = 2;
export const REGION = 4;
export const VESSEL = 8;
/** Another, unlisted firm's name (OTHER_FIRMS): never reported, and no shorter mention inside it is either. */
export const OTHER_FIRM = 16;
/** Made of dictionary words ("Needle Craft", "Casual Wear Apparel"): read only when capitalised. */
export const PLAIN = 32;
/**
 * Of common words, three or more, one of them no English word ("Nanjing Synergy Textiles", "Hotan
 * Haolin Hair Accessories"): read in lower case too, as a buyer's chat writes it.
 */
export const PLAIN_READ_LOWER = 64;
/**
 * Holds a word nobody else's: four letters or more, no common or dictionary word, no place ("Daqo",
 * "Meike"). Cut to a short name ("Xinjiang Daqo"), it is believed with the support a weak full name needs.
 */
export const OWN_WORD = 128;
/**
 * One word that is no English word nor a place ("linglong", "esquel", "gsweet"): in a chat's lower
 * case beside its goods, on a page that names the orders, it is the brand.
 */
export const NOT_A_WORD = 256;
/**
 * Listed as an acronym and what the firm does ("HY Solar", "JWD Technology"): weak in a chat's lower
 * case, as specific as a longer name with the acronym written in capitals.
 */
export const LISTED_ACRONYM = 512;
/**
 * All that is left of a name once its place and descriptors are dropped: one word no dictionary has
 * or initials joined by "&" ("Pantum", "G&G"), one firm's alone: a possible match beside its goods.
 */
export const LEFT_BY_PLACE = 1024;

/** Entry flags: how the compiled form was derived from the listed name. */
export const FROM_PARENTHESIS_DROPPED = 1;
export const FROM_JOINED_WORDS = 2;
export const FROM_CUT_AT_LEGAL_FORM = 4;
export const FROM_LEADING_THE_DROPPED = 8;
export const FROM_HYPHEN_JOINED = 16;
/** The name's trailing descriptors dropped ("Hoshine" for "Hoshine Silicon Industry"): a short name. */
export const FROM_DESCRIPTOR_DROPPED = 32;
/** A descriptor written in its abbreviation or other form ("Mfg." for "Manufacturing"). */
export const FROM_ABBREVIATED = 64;
/** A leading place dropped too ("Pantum" for "Zhuhai Pantum Electronics"): read only after a full mention. */
export const FROM_PLACE_DROPPED = 128;
/** The leading place written after the rest ("Pantum Electronics (Zhuhai)" for "Zhuhai Pantum Electronics"). */
export const FROM_PLACE_MOVED = 256;
/** A word of the name written apart: as two ("Ling Long" for "Linglong"), or an acronym letter by letter ("F G V"). */
export const FROM_SPLIT_WORD = 512;
/** The name's last word in the plural ("Top Gloves", "Natchi Apparels"). */
export const FROM_PLURAL = 1024;
/** Two or three words of the name written as one word ("TopGlove", "SMARTGLOVE"), with FROM_JOINED_WORDS. */
export const FROM_RUN_TOGETHER = 2048;
/** Without its place and beginning with a dictionary word ("Apex Microelectronics"): read only with a legal form written after it. */
export const WITH_LEGAL_FORM = 4096;
/** Not compiled: a finding's last word cut short where its field ends ("… INFORMATION TECHNOLOG"), as its explanation says. */
export const CUT_OFF = 8192;
/** A vessel's number written in words, as a recogniser hears it ("Yu Long number two"): a possible match. */
export const FROM_NUMBER_IN_WORDS = 16384;
/** Written otherwise than the list spells the name: read as a misspelling is, a possible match. */
export const RESPELT = FROM_SPLIT_WORD | FROM_PLURAL | FROM_RUN_TOGETHER;
