/**
 * Derives `src/core/text/legal-forms.json` from OpenSanctions' org_types.yml (MIT, notice shipped
 * beside the data in `src/core/text/legal-forms.LICENSE.txt`). Keeps company-type descriptors only
 * (state bodies, NGOs, religious and military types would strip real words off the end of names), in
 * Latin or Han script, of at most four tokens, stored already folded and tokenised ("co ltd") so
 * compiling the matcher does not re-tokenise a thousand forms.
 *
 *   npx tsx scripts/build-legal-forms.ts [path/to/org_types.yml]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { traditionalToSimplified } from '../src/core/text/cjk-variants';
import { foldedTokens } from '../src/core/text/tokenize';

interface OrgType {
  display?: string;
  compare?: string;
  generic?: string;
  aliases?: string[];
}

const KEPT_GENERIC = new Set(['JSC', 'LLC', 'LP', 'SP', 'LLP', 'GP', 'JV', '']);
// Two-letter forms are mostly English words ("in", "as", "pe"); keep only the unambiguous ones.
const TWO_LETTER_KEPT = new Set(['sa', 'ag', 'bv', 'nv', 'ab', 'oy', 'kg', 'kk', 'pt', 'sl']);
const source = process.argv[2] ?? '../shared/data/legal-forms/org_types.yml';
const doc = yaml.load(readFileSync(source, 'utf8')) as { types: OrgType[] };

const fold = traditionalToSimplified();
const forms = new Set<string>();
const usable = (tokens: string[]): boolean =>
  tokens.length > 0 && tokens.length <= 4 && tokens.every((t) => /^[a-z0-9]+$/.test(t) || /^\p{Script=Han}$/u.test(t));
for (const type of doc.types) {
  if (!KEPT_GENERIC.has(type.generic ?? '')) continue;
  for (const alias of [type.display, type.compare, ...(type.aliases ?? [])]) {
    const trimmed = alias?.trim();
    const letters = trimmed?.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') ?? '';
    if (!trimmed || (letters.length <= 2 && !TWO_LETTER_KEPT.has(letters))) continue;
    const tokens = foldedTokens(trimmed, fold);
    if (usable(tokens)) forms.add(tokens.join(' '));
  }
}

const out = {
  source: 'OpenSanctions org_types.yml (https://github.com/opensanctions/rigour), MIT licence: see legal-forms.LICENSE.txt',
  forms: [...forms].sort(),
};
const target = fileURLToPath(new URL('../src/core/text/legal-forms.json', import.meta.url));
writeFileSync(target, JSON.stringify(out, null, 0) + '\n');
console.log(`${out.forms.length} legal forms → ${target}`);
