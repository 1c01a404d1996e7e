/**
 * Near-miss benchmark: a ~6 MB text with 200,000 misspelt mentions of listed names ("Brigthway
 * Precision", "Supermex Corporation", "Hoshien Silicon Industry Co., Ltd."), each a `possible`
 * finding the matcher has to decide and explain, as an export of free-text supplier notes full of
 * typos would give `wro-screen`. Same-run baselines: the same file with the names spelt right (the
 * same number of findings, no typo path), and the tokenise-only pass over the near-miss file.
 * Times are CPU seconds (user + system), median of 3, in a process that compiled the list, as the
 * CLI runs. `npm run bench -- nearmiss`, or alone: `npx tsx tests/bench/nearmiss.bench.ts`.
 */
import { resolve } from 'node:path';
import { runCli } from '../../src/cli/wro-screen';
import { compileMatcher } from '../../src/core/match/compile';
import { loadMatcher } from '../../src/core/match/matcher';
import { ideographFold, tokenize } from '../../src/core/text/tokenize';
import { bundledRecords } from '../corpus/bundled-list';
import { prng, time } from './matcher.bench';
import type { BenchRow } from './types';

export const MENTIONS = 200_000;


/** Listed names as a supplier note writes them; the word in brackets is the one misspelt. */
const NAMES: Array<[string, number]> = [
  ['Brightway Precision', 0],
  ['Supermax Corporation', 0],
  ['Hoshine Silicon Industry Co., Ltd.', 0],
  ['Xinjiang Zhongtai Chemical', 1],
  ['Hoshine Silicon Industry', 1],
  ['Supermax Corporation Berhad', 0],
  ['Brightway Group', 0],
  ['Changji Esquel Textile Co., Ltd.', 1],
  ['Hetian Taida Apparel Co., Ltd.', 2],
  ['Tangshan Sunfar Silicon Company', 1],
  ['Dalian Sunspeed Foods Co., Ltd.', 1],
  ['Baotou Meike Silicon Energy Co., Ltd.', 2],
];

/** One- or two-edit misspellings of `word` (transposition, doubled or dropped letter, substitution), varied by `rand`. */
function misspell(word: string, rand: () => number): string {
  const inner = 1 + Math.floor(rand() * (word.length - 2));
  const letter = 'aeiounrst'[Math.floor(rand() * 9)]!;
  switch (Math.floor(rand() * 4)) {
    case 0:
      return word.slice(0, inner) + word[inner + 1]! + word[inner]! + word.slice(inner + 2);
    case 1:
      return word.slice(0, inner) + word[inner]! + word.slice(inner);
    case 2:
      return word.slice(0, inner) + word.slice(inner + 1);
    default:
      return word.slice(0, inner) + (word[inner] === letter ? 'y' : letter) + word.slice(inner + 1);
  }
}

const FILLER = ['Ref', 'PO', 'Note', 'Vendor', 'Item', 'Line'];
const AFTER = [', gloves', ', parts', '', '', ' (pending)'];

/**
 * The benchmark file: `count` lines, each a short note naming one listed company, misspelt
 * (`spelt: 'wrong'`) or spelt right (the same lines otherwise, for the baseline).
 */
export function nearMissText(count = MENTIONS, spelt: 'wrong' | 'right' = 'wrong'): string {
  const rand = prng(14);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const [name, at] = NAMES[Math.floor(rand() * NAMES.length)]!;
    const words = name.split(' ');
    const wrong = misspell(words[at]!, rand);
    if (spelt === 'wrong') words[at] = wrong;
    const filler = FILLER[Math.floor(rand() * FILLER.length)]!;
    const after = AFTER[Math.floor(rand() * AFTER.length)]!;
    // A reference before one note in five, as exported notes have.
    const ref = rand() < 0.2 ? `${filler} ${Math.floor(rand() * 10000)}: ` : '';
    lines.push(`${ref}${words.join(' ')}${after}`);
  }
  const text = lines.join('\n') + '\n';
  // Flatten the rope now, so no method pays for it.
  text.charCodeAt(text.length >> 1);
  return text;
}

export default async function nearMissBench(): Promise<BenchRow[]> {
  const wrong = nearMissText(MENTIONS, 'wrong');
  const right = nearMissText(MENTIONS, 'right');
  const mb = Buffer.byteLength(wrong, 'utf8') / 1e6;
  const matcher = loadMatcher(compileMatcher(bundledRecords()));
  const note = `${MENTIONS.toLocaleString('en-GB')} mentions in ${mb.toFixed(1)} MB, CPU time, median of 3`;
  const perMention = (seconds: number): number => (seconds / MENTIONS) * 1e6;

  const fold = ideographFold([]);
  const tokens = time(() => tokenize(wrong, fold).count);
  const exact = time(() => matcher.scan(right));
  const near = time(() => matcher.scan(wrong));
  const possible = near.result.filter((f) => f.confidence === 'possible').length;
  // The same file through `wro-screen` (text output), as a script runs it: reading, scanning, the
  // line number of each finding and printing. Once: it is the slowest row.
  const bytes = new TextEncoder().encode(wrong);
  let printed = 0;
  const cliStart = process.cpuUsage();
  await runCli(['nearmiss.txt'], {
    readFile: async () => bytes,
    readStdin: async () => new Uint8Array(0),
    out: (t) => void (printed += t.length),
    err: () => undefined,
  });
  const cliUsed = process.cpuUsage(cliStart);
  const cli = { seconds: (cliUsed.user + cliUsed.system) / 1e6 };
  return [
    { name: 'near misses: tokenise only (baseline)', value: tokens.seconds * 1000, unit: 'ms', note: `${tokens.result.toLocaleString('en-GB')} tokens; ${note}` },
    { name: 'near misses: names spelt right (baseline)', value: exact.seconds * 1000, unit: 'ms', note: `${exact.result.length.toLocaleString('en-GB')} findings; ${perMention(exact.seconds).toFixed(2)} µs a mention; ${note}` },
    { name: 'near misses: misspelt names', value: near.seconds * 1000, unit: 'ms', note: `${near.result.length.toLocaleString('en-GB')} findings (${possible.toLocaleString('en-GB')} possible); ${note}` },
    { name: 'near misses: per misspelt mention', value: perMention(near.seconds), unit: 'µs', note: `${(near.seconds / exact.seconds).toFixed(1)}× the names spelt right, ${(near.seconds / tokens.seconds).toFixed(1)}× tokenising alone` },
    { name: 'near misses: wro-screen on the file', value: cli.seconds, unit: 's', note: `${perMention(cli.seconds).toFixed(1)} µs a mention; ${(printed / 1e6).toFixed(1)} MB of text output; CPU time, one run` },
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const row of await nearMissBench()) {
    console.log(`${row.name}: ${row.value} ${row.unit}${row.note ? `  (${row.note})` : ''}`);
  }
}
