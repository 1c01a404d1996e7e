import type { BrandChain, NameRole, RecordKind, Status } from '../record';

/** How sure the matcher is: a `possible` match is a near miss (typo) or weakly supported. */
export type Confidence = 'match' | 'possible';

/**
 * What made the page text equal to the listed name, as codes (`explain.ts` words them through
 * `_locales`): letters that differ, case, full-width characters, accents, "&" for "and", traditional
 * for simplified characters, punctuation, and the list name's own derived forms.
 */
export type Normalisation =
  | 'spelling'
  | 'case'
  | 'full-width'
  | 'diacritics'
  | 'ampersand'
  | 'ideographs'
  | 'punctuation'
  | 'abbreviated-descriptor'
  | 'short-name'
  | 'short-name-place'
  | 'place-moved'
  | 'joined-words'
  | 'split-word'
  | 'plural'
  | 'hyphen'
  | 'parenthesis-omitted'
  | 'leading-the-omitted'
  | 'cut-at-legal-form'
  | 'cut-off'
  | 'number-in-words'
  | 'legal-form'
  | 'legal-form-omitted';

/** What nearby text supported a name, with the page's own words where it has them. */
export type Support =
  /** The text's legal form, a product of the record, or a surer mention of the same record nearby. */
  | { kind: 'legal form' | 'product' | 'related'; text: string }
  /** Another listed firm named surely beside it in a list (making the same goods, unless its name is specific). */
  | { kind: 'beside'; text: string }
  /** Nearby, the record's goods (`goods`) and another listed maker of them named surely (`text`). */
  | { kind: 'same goods'; goods: string; text: string }
  /** Where the text says goods come from the place: origin words, an address, or a place in brackets. */
  | { kind: 'origin'; how: 'words' | 'address' | 'brackets'; text: string }
  /**
   * The whole supplier field is the name, or a field labelled "Manufacturer:"; ship context; a
   * stock-exchange listing; an order or listing in the sentence; one named elsewhere on the page
   * (`orders`, for a short name with a word of its own).
   */
  | { kind: 'field' | 'vessel' | 'listing' | 'restriction' | 'orders' }
  /** A short name of `name`, named in full (`text`) earlier or later on this page. */
  | { kind: 'page'; name: string; when: 'earlier' | 'later'; text: string }
  /** An acronym or short name this page gave `name` in brackets after its full name (`namedBy`). */
  | { kind: 'acronym' | 'short name'; name: string; namedBy: string; text: string };

export interface MatchExplanation {
  /** The list name (alias, subsidiary…) that matched, as the list spells it. */
  matchedName: string;
  /** The listed record's name, as the explanation names it. */
  recordName: string;
  role: NameRole;
  /** Only a possible match (a near miss, weak support). */
  possible: boolean;
  /** What was normalised to make the text equal to the name. */
  normalisations: Normalisation[];
  /** Letters that differ, with 'spelling'; 0 otherwise. */
  typo: number;
  /** What nearby text supported a weak name (legal form, product, full name), empty when none was needed. */
  context: Support[];
  /** The name is one the page itself gave the record (its context says how): no list name matched. */
  byPage?: true;
  /** Role `brand`: the organisation's feed's way from the brand to the listed record. */
  brand?: BrandChain;
  /** An unlisted firm that goes by the matched name too ("Sime Darby Berhad"): the page may mean it. */
  sharedWith?: string;
}

/** One mention of a listed record in a text. Offsets are UTF-16 indices into the scanned text. */
export interface Finding {
  recordId: string;
  recordName: string;
  kind: RecordKind;
  status: Status;
  matchedText: string;
  start: number;
  end: number;
  confidence: Confidence;
  /** 0..1; higher is surer. */
  score: number;
  explanation: MatchExplanation;
  /** Other records the same name maps to (a WRO and its later Finding, a WRO and a UFLPA listing). */
  relatedRecordIds?: string[];
}
