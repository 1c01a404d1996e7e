// Writes the pseudo-locale `public/_locales/en_XA/messages.json`: English with every letter
// accented ("Match" → "Ṁåţçĥ"), placeholders kept. A page shown in it makes any English built in
// code stand out, and its unit test (tests/unit/platform/i18n-pseudo-locale.test.ts) renders a match
// explanation, a list change and a refresh message through it. It holds the keys listed below, the
// keys it already holds and any given on the command line; run after changing their English:
// `npx tsx scripts/pseudo-locale.ts [key…]`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MessagesFile } from '../src/core/message';

const LOWER = [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž'];
const UPPER = [...'ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];

/** The text with each ASCII letter accented, $PLACEHOLDERS$ and $1 references left as they are. */
export function pseudo(text: string): string {
  return text
    .split(/(\$[A-Za-z0-9_@]+\$|\$\d|\$\$)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/[A-Za-z]/g, (ch) => {
            const code = ch.charCodeAt(0);
            return code >= 97 ? LOWER[code - 97]! : UPPER[code - 65]!;
          }),
    )
    .join('');
}

/** The translation's language tag: the pages' `lang` and the locale their dates and numbers use. */
export const PSEUDO_TAG = 'en-XA';

/** Enough to show every path the unit test renders, and a few of the pages' own strings. */
export const PSEUDO_KEYS = [
  'extName',
  'whyMatched',
  'possibleMatch',
  'explainMatch',
  'explainPossibleMatch',
  'explainPageTerm',
  'listClauses',
  'listItems',
  'listSentences',
  'explainRoleName',
  'explainRoleAlias',
  'explainRoleSubsidiary',
  'explainNormalised',
  'explainSupported',
  'normSpellingOne',
  'normSpelling',
  'normCase',
  'normLegalForm',
  'normLegalFormOmitted',
  'supportLegalForm',
  'supportProduct',
  'diffKindWro',
  'diffKindFinding',
  'diffStatusModified',
  'diffAdded',
  'diffAddedEffective',
  'diffRemoved',
  'diffStatusEffective',
  'diffCountAddedOne',
  'diffCountAdded',
  'diffCountRemoved',
  'diffCountStatusOne',
  'diffCountStatus',
  'diffNoChanges',
  'diffHoldRemoval',
  'refreshSourceSays',
  'refreshInvalidUrl',
  'refreshHttpError',
  'runUpToDate',
  'runRolledBack',
];

const localesDir = new URL('../public/_locales/', import.meta.url);

export function pseudoMessages(en: MessagesFile, keys: readonly string[]): MessagesFile {
  const out: MessagesFile = { langTag: { message: PSEUDO_TAG, description: en.langTag?.description } };
  for (const key of keys) {
    const entry = en[key];
    if (!entry) throw new Error(`${key} is not an English message`);
    out[key] = { message: pseudo(entry.message), ...(entry.placeholders ? { placeholders: entry.placeholders } : {}) };
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const read = (path: string): MessagesFile => JSON.parse(readFileSync(new URL(path, localesDir), 'utf8')) as MessagesFile;
  const en = read('en/messages.json');
  const held = existsSync(new URL('en_XA/messages.json', localesDir)) ? Object.keys(read('en_XA/messages.json')) : [];
  const keys = [...new Set([...PSEUDO_KEYS, ...held, ...process.argv.slice(2)])].filter((k) => k !== 'langTag');
  const messages = pseudoMessages(en, keys);
  mkdirSync(new URL('en_XA/', localesDir), { recursive: true });
  writeFileSync(new URL('en_XA/messages.json', localesDir), `${JSON.stringify(messages, null, 2)}\n`);
  console.log(`public/_locales/en_XA/messages.json: ${Object.keys(messages).length} messages`);
}
