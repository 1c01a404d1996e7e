/**
 * A match in plain words, for a buyer who has five seconds: which kind of name matched ("Same
 * company name", "A subsidiary named in the listing") and how the page wrote it differently
 * ("legal form written differently"), as one short sentence. The technical explanation
 * (`explanationMessage`) stays for whoever wants the detail.
 */
import { joined, msg, type Message } from '../message';
import type { NameRole } from '../record';
import type { MatchExplanation, Normalisation } from './types';

const ROLE: Record<NameRole, string> = {
  name: 'whyRoleName',
  alias: 'whyRoleAlias',
  subsidiary: 'whyRoleSubsidiary',
  former: 'whyRoleFormer',
  variant: 'whyRoleVariant',
  brand: 'whyRoleBrand',
};

/** Each normalisation as a buyer would say it; several share one phrase. */
const HOW: Record<Normalisation, string> = {
  spelling: 'whySpelling',
  case: 'whyWritten',
  'full-width': 'whyWritten',
  diacritics: 'whyWritten',
  ampersand: 'whyWritten',
  punctuation: 'whyWritten',
  hyphen: 'whyWritten',
  'joined-words': 'whyWritten',
  'split-word': 'whyWritten',
  plural: 'whySpelling',
  ideographs: 'whyScript',
  'abbreviated-descriptor': 'whyAbbreviated',
  'short-name': 'whyShortName',
  'short-name-place': 'whyShortName',
  'place-moved': 'whyWritten',
  'parenthesis-omitted': 'whyPartOmitted',
  'leading-the-omitted': 'whyPartOmitted',
  'cut-at-legal-form': 'whyPartOmitted',
  'cut-off': 'whyPartOmitted',
  'number-in-words': 'whyWritten',
  'legal-form': 'whyLegalForm',
  'legal-form-omitted': 'whyLegalFormOmitted',
};

export function plainWhy(e: MatchExplanation): Message {
  const clauses: Message[] = [msg(e.byPage ? 'whyByPage' : ROLE[e.role])];
  for (const key of new Set(e.normalisations.map((n) => HOW[n]))) clauses.push(msg(key));
  if (e.context.length > 0 && !e.byPage) clauses.push(msg('whySupported'));
  if (e.sharedWith) clauses.push(msg('whySharedName'));
  return msg(e.possible ? 'whyPlainPossible' : 'whyPlain', joined('listClauses', clauses));
}
