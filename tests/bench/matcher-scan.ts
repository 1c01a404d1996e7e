/**
 * Scans the benchmark text in a fresh process that only loads a compiled payload (from stdin), as
 * a content script does: compiling names in the same process leaves JIT feedback in the tokeniser
 * that slows page scanning, which no content script pays. Prints BenchRow JSON on stdout.
 * Run by matcher.bench.ts: `tsx tests/bench/matcher-scan.ts <label> < payload.json`.
 */
import { readFileSync } from 'node:fs';
import { loadMatcher } from '../../src/core/match/matcher';
import { benchText, time } from './matcher.bench';
import type { BenchRow } from './types';

const label = process.argv[2] ?? 'list';
const bareSeconds = Number(process.argv[3]);
const text = benchText();
const mb = Buffer.byteLength(text, 'utf8') / 1e6;
const matcher = loadMatcher(JSON.parse(readFileSync(0, 'utf8')));
const rows: BenchRow[] = [];

const scan = time(() => matcher.scan(text));
rows.push({
  name: `${label}: this matcher`, value: mb / scan.seconds, unit: 'MB/s',
  note: `${scan.result.length} findings; ${(scan.seconds / bareSeconds).toFixed(1)}× the time of toLowerCase; process that only loads the payload, median of 3 first scans, main-thread CPU time`,
});

// Blocks of page text as the content script passes them: 20–60 characters each, many calls.
const pieces: string[] = [];
for (let at = 0; at + 60 < text.length && pieces.length < 100_000; ) {
  const n = 20 + ((at * 7) % 41);
  pieces.push(text.slice(at, at + n));
  at += n + 97;
}
const piecesMb = pieces.reduce((sum, p) => sum + Buffer.byteLength(p, 'utf8'), 0) / 1e6;
// Each timing passes over the blocks SHORT_PASSES times: one pass takes about 50 ms, and the
// thread's CPU time (matcher.bench.ts) is counted in 4 ms ticks on this kernel.
const SHORT_PASSES = 5;
const short = time(() => {
  let found = 0;
  for (let pass = 0; pass < SHORT_PASSES; pass++) found = pieces.reduce((n, p) => n + matcher.scan(p).length, 0);
  return found;
});
const perPass = short.seconds / SHORT_PASSES;
rows.push({
  name: `${label}: short texts`, value: piecesMb / perPass, unit: 'MB/s',
  note: `${pieces.length.toLocaleString('en-GB')} calls on 20–60 characters: ${((perPass / pieces.length) * 1e6).toFixed(2)} µs per call; ${short.result} findings; ${SHORT_PASSES} passes a timing`,
});
process.stdout.write(JSON.stringify(rows));
