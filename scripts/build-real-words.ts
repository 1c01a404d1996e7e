/**
 * Derives `src/core/text/real-words.json` from SCOWL's word lists as Debian ships them
 * (`apt-get install wbritish wamerican`: /usr/share/dict/british-english and american-english,
 * size 50, with the common proper names: surnames, given names, places). Licence notice beside the
 * data in `src/core/text/real-words.LICENSE.txt`. Keeps words of at least three letters, folded as
 * page text is, sorted, one string.
 *
 *   npx tsx scripts/build-real-words.ts [list …]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { traditionalToSimplified } from '../src/core/text/cjk-variants';
import { foldedTokens } from '../src/core/text/tokenize';

const sources = process.argv.slice(2);
if (sources.length === 0) sources.push('/usr/share/dict/british-english', '/usr/share/dict/american-english');
const fold = traditionalToSimplified();
const words = new Set<string>();
for (const file of sources) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    // "Kingdom's" is "Kingdom": possessives add nothing.
    if (line.includes("'")) continue;
    const tokens = foldedTokens(line.trim(), fold);
    if (tokens.length === 1 && /^[a-z]+$/.test(tokens[0]!) && tokens[0]!.length >= 3) words.add(tokens[0]!);
  }
}
const out = {
  source: 'SCOWL size 50 with proper names, as Debian wbritish and wamerican 2020.12.07 ship it; see real-words.LICENSE.txt',
  words: [...words].sort().join(' '),
};
const target = fileURLToPath(new URL('../src/core/text/real-words.json', import.meta.url));
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`${words.size} words → ${target}`);
