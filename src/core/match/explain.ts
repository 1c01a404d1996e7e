/**
 * Turns a decision into words a buyer can check: which listed name matched, what was normalised to
 * make the page text equal to it, and what nearby text supported it.
 */
import type { NameRole } from '../record';
import {
  FROM_ABBREVIATED, FROM_CUT_AT_LEGAL_FORM, FROM_DESCRIPTOR_DROPPED, FROM_HYPHEN_JOINED, FROM_JOINED_WORDS,
  FROM_LEADING_THE_DROPPED, FROM_PARENTHESIS_DROPPED, FROM_PLACE_DROPPED,
} from './payload';
import type { MatchExplanation } from './types';

export interface Support {
  kind: 'legal form' | 'product' | 'listing' | 'restriction' | 'vessel' | 'related' | 'field' | 'page' | 'origin';
  text: string;
}

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
}

const lettersOnly = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');
const hasMarks = (s: string): boolean => /\p{M}/u.test(s.normalize('NFD'));

function normalisations(x: ExplainInput): string[] {
  const out: string[] = [];
  const listed = x.listedName;
  if (x.typo > 0) out.push(`spelling (${x.typo} letter${x.typo > 1 ? 's' : ''} differ)`);
  if (!listed.includes(x.coreText)) {
    const a = lettersOnly(x.coreText);
    const b = lettersOnly(listed);
    if (a !== a.toLowerCase() || b !== b.toLowerCase() || a.toLowerCase() !== a) {
      if (!b.includes(a) && b.toLowerCase().includes(a.toLowerCase())) out.push('case');
    }
    if (/[\uff01-\uff5e]/.test(x.coreText)) out.push('full-width characters');
    if (hasMarks(x.coreText) !== hasMarks(listed)) out.push('diacritics');
    if (x.coreText.includes('&') !== listed.includes('&')) out.push('& / and');
    if (x.ideographFolded) out.push('traditional/simplified characters');
    if (b.toLowerCase().includes(a.toLowerCase()) && !listed.toLowerCase().includes(x.coreText.toLowerCase())) {
      out.push('punctuation and spacing');
    }
  }
  if (x.how & FROM_ABBREVIATED) out.push('a descriptor written another way (such as "Mfg." for "Manufacturing")');
  if (x.how & FROM_DESCRIPTOR_DROPPED) out.push(x.how & FROM_PLACE_DROPPED ? 'short name (place and descriptors omitted)' : 'short name (descriptors omitted)');
  if (x.how & FROM_JOINED_WORDS) out.push('words written together');
  if (x.how & FROM_HYPHEN_JOINED) out.push('hyphen');
  if (x.how & FROM_PARENTHESIS_DROPPED) out.push('parenthesised part omitted');
  if (x.how & FROM_LEADING_THE_DROPPED) out.push('leading "The" omitted');
  if (x.how & FROM_CUT_AT_LEGAL_FORM) out.push('text after the legal form omitted');
  if (x.listedSuffix !== x.textSuffix) out.push(x.textSuffix ? 'legal form' : 'legal form omitted');
  return [...new Set(out)];
}

const ROLE_TEXT: Record<NameRole, (listed: string, record: string) => string> = {
  name: (_l, r) => `Listed name ${r}`,
  alias: (l, r) => `"${l}", an alias of ${r}`,
  subsidiary: (l, r) => `"${l}", a subsidiary listed under ${r}`,
  former: (l, r) => `"${l}", a former name of ${r}`,
  variant: (l, r) => `"${l}", a name reported elsewhere (not an official alias) for ${r}`,
};

function supportText(s: Support): string {
  switch (s.kind) {
    case 'legal form':
      return `legal form "${s.text}"`;
    case 'product':
      return `product "${s.text}" nearby`;
    case 'related':
      return `"${s.text}" nearby`;
    default:
      return s.text;
  }
}

export function explain(x: ExplainInput): MatchExplanation {
  const norms = normalisations(x);
  const context = x.supports.map(supportText);
  const parts = [ROLE_TEXT[x.role](x.listedName, x.recordName)];
  if (norms.length > 0) parts.push(`after normalising ${norms.join(', ')}`);
  if (context.length > 0) parts.push(`supported by ${context.join(', ')}`);
  const verdict = x.possible ? 'Possible match' : 'Match';
  return { matchedName: x.listedName, role: x.role, normalisations: norms, context, summary: `${verdict}: ${parts.join('; ')}.` };
}
