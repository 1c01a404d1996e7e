/**
 * Turns a decision into what a buyer can check: which listed name matched, what was normalised to
 * make the page text equal to it, and what nearby text supported it, as codes and the page's own
 * words; `explanationMessage` words them through `_locales`, so each UI says it in its language.
 */
import { joined, msg, type Message } from '../message';
import type { BrandChain, NameRole, RelationType } from '../record';
import {
  CUT_OFF, FROM_ABBREVIATED, FROM_CUT_AT_LEGAL_FORM, FROM_DESCRIPTOR_DROPPED, FROM_HYPHEN_JOINED, FROM_JOINED_WORDS,
  FROM_LEADING_THE_DROPPED, FROM_NUMBER_IN_WORDS, FROM_PARENTHESIS_DROPPED, FROM_PLACE_DROPPED, FROM_PLACE_MOVED, FROM_PLURAL, FROM_SPLIT_WORD, RESPELT,
} from './payload';
import type { MatchExplanation, Normalisation, Support } from './types';

export type { Support } from './types';

export interface ExplainInput {
  recordName: string;
  listedName: string;
  role: NameRole;
  how: number;
  /** The page text of the name itself, without a following legal form. */
  coreText: string;
  legalText: string;
  listedSuffix: string;
  textSuffix: string;
  typo: number;
  ideographFolded: boolean;
  supports: Support[];
  possible: boolean;
  /** An unlisted firm that bears the matched name too. */
  sharedWith?: string | undefined;
}

const lettersOnly = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');
const hasMarks = (s: string): boolean => /\p{M}/u.test(s.normalize('NFD'));

function normalisations(x: ExplainInput): Normalisation[] {
  const out: Normalisation[] = [];
  const listed = x.listedName;
  if (x.typo > 0) out.push('spelling');
  if (!listed.includes(x.coreText)) {
    const a = lettersOnly(x.coreText);
    const b = lettersOnly(listed);
    if (a !== a.toLowerCase() || b !== b.toLowerCase() || a.toLowerCase() !== a) {
      if (!b.includes(a) && b.toLowerCase().includes(a.toLowerCase())) out.push('case');
    }
    if (/[\uff01-\uff5e]/.test(x.coreText)) out.push('full-width');
    if (hasMarks(x.coreText) !== hasMarks(listed)) out.push('diacritics');
    if (x.coreText.includes('&') !== listed.includes('&')) out.push('ampersand');
    if (x.ideographFolded) out.push('ideographs');
    // A space added or dropped is said by 'split-word' or 'joined-words'.
    if (b.toLowerCase().includes(a.toLowerCase()) && !listed.toLowerCase().includes(x.coreText.toLowerCase()) && (x.how & RESPELT) === 0) {
      out.push('punctuation');
    }
  }
  if (x.how & FROM_ABBREVIATED) out.push('abbreviated-descriptor');
  if (x.how & FROM_DESCRIPTOR_DROPPED) out.push(x.how & FROM_PLACE_DROPPED ? 'short-name-place' : 'short-name');
  if (x.how & FROM_PLACE_MOVED) out.push('place-moved');
  if (x.how & FROM_JOINED_WORDS) out.push('joined-words');
  if (x.how & FROM_SPLIT_WORD) out.push('split-word');
  if (x.how & FROM_PLURAL) out.push('plural');
  if (x.how & FROM_HYPHEN_JOINED) out.push('hyphen');
  if (x.how & FROM_PARENTHESIS_DROPPED) out.push('parenthesis-omitted');
  if (x.how & FROM_LEADING_THE_DROPPED) out.push('leading-the-omitted');
  if (x.how & FROM_CUT_AT_LEGAL_FORM) out.push('cut-at-legal-form');
  if (x.how & CUT_OFF) out.push('cut-off');
  if (x.how & FROM_NUMBER_IN_WORDS) out.push('number-in-words');
  if (x.listedSuffix !== x.textSuffix) out.push(x.textSuffix ? 'legal-form' : 'legal-form-omitted');
  return [...new Set(out)];
}

export function explain(x: ExplainInput): MatchExplanation {
  return {
    matchedName: x.listedName,
    recordName: x.recordName,
    role: x.role,
    possible: x.possible,
    normalisations: normalisations(x),
    typo: x.typo,
    context: x.supports,
    ...(x.sharedWith ? { sharedWith: x.sharedWith } : {}),
  };
}

/** The message key of each normalisation (`spelling` has one for a single letter and one for more). */
export const NORMALISATION_KEYS: Record<Normalisation, string> = {
  spelling: 'normSpelling',
  case: 'normCase',
  'full-width': 'normFullWidth',
  diacritics: 'normDiacritics',
  ampersand: 'normAmpersand',
  ideographs: 'normIdeographs',
  punctuation: 'normPunctuation',
  'abbreviated-descriptor': 'normAbbreviatedDescriptor',
  'short-name': 'normShortName',
  'short-name-place': 'normShortNamePlace',
  'place-moved': 'normPlaceMoved',
  'joined-words': 'normJoinedWords',
  'split-word': 'normSplitWord',
  plural: 'normPlural',
  hyphen: 'normHyphen',
  'parenthesis-omitted': 'normParenthesisOmitted',
  'leading-the-omitted': 'normLeadingTheOmitted',
  'cut-at-legal-form': 'normCutAtLegalForm',
  'cut-off': 'normCutOff',
  'number-in-words': 'normNumberInWords',
  'legal-form': 'normLegalForm',
  'legal-form-omitted': 'normLegalFormOmitted',
};

/** The message key of each role's clause: "Listed name …", "“…”, an alias of …". */
export const ROLE_KEYS: Record<NameRole, string> = {
  name: 'explainRoleName',
  alias: 'explainRoleAlias',
  subsidiary: 'explainRoleSubsidiary',
  former: 'explainRoleFormer',
  variant: 'explainRoleVariant',
  brand: 'explainRoleBrand',
};

/** The message key of each step of a brand's chain: "made by …", "a private label of …". */
export const RELATION_KEYS: Record<RelationType, string> = {
  'made-by': 'chainMadeBy',
  'brand-of': 'chainBrandOf',
  'private-label-of': 'chainPrivateLabelOf',
  'distributor-for': 'chainDistributorFor',
};

/** A brand's way to its record and who says so: never worded as an official listing of the brand. */
function brandMessage(name: string, chain: BrandChain): Message {
  const steps = joined('listItems', chain.steps.map((s) => msg(RELATION_KEYS[s.type], s.name)));
  return chain.asOf
    ? msg('explainBrandChain', name, steps, chain.feed, chain.asOf, chain.sourceLabel, chain.sourceUrl)
    : msg('explainBrandChainUndated', name, steps, chain.feed, chain.sourceLabel, chain.sourceUrl);
}

function normalisationMessage(n: Normalisation, typo: number): Message {
  return n === 'spelling' ? (typo === 1 ? msg('normSpellingOne') : msg('normSpelling', typo)) : msg(NORMALISATION_KEYS[n]);
}

export function supportMessage(s: Support): Message {
  switch (s.kind) {
    case 'legal form':
      return msg('supportLegalForm', s.text);
    case 'product':
      return msg('supportProduct', s.text);
    case 'related':
      return msg('supportRelated', s.text);
    case 'beside':
      return msg('supportBeside', s.text);
    case 'same goods':
      return msg('supportSameGoods', s.goods, s.text);
    case 'origin':
      return msg(s.how === 'address' ? 'supportOriginAddress' : s.how === 'brackets' ? 'supportOriginBrackets' : 'supportOriginWords', s.text);
    case 'field':
      return msg('supportField');
    case 'vessel':
      return msg('supportVessel');
    case 'listing':
      return msg('supportListing');
    case 'restriction':
      return msg('supportRestriction');
    case 'orders':
      return msg('supportOrdersOnPage');
    case 'page':
      return msg(s.when === 'later' ? 'supportPageLater' : 'supportPageEarlier', s.name, s.text);
    case 'acronym':
      return msg('supportPageAcronym', s.name, s.namedBy, s.text);
    case 'short name':
      return msg('supportPageShortName', s.name, s.namedBy, s.text);
  }
}

/**
 * The explanation as one sentence for people: "Match: “…”, a subsidiary listed under …; after
 * normalising case; supported by legal form “Co., Ltd.”." Rendered by each UI in its language.
 */
export function explanationMessage(e: MatchExplanation): Message {
  if (e.byPage) return msg('explainPageTerm', e.matchedName, joined('listItems', e.context.map(supportMessage)));
  const clauses: Message[] = [e.brand ? brandMessage(e.matchedName, e.brand) : msg(ROLE_KEYS[e.role], e.matchedName, e.recordName)];
  if (e.normalisations.length > 0) clauses.push(msg('explainNormalised', joined('listItems', e.normalisations.map((n) => normalisationMessage(n, e.typo)))));
  if (e.context.length > 0) clauses.push(msg('explainSupported', joined('listItems', e.context.map(supportMessage))));
  if (e.sharedWith) clauses.push(msg('explainSharedName', e.sharedWith));
  return msg(e.possible ? 'explainPossibleMatch' : 'explainMatch', joined('listClauses', clauses));
}
