/**
 * The matcher benchmark's scan figures for this checkout and an older one, in paired runs:
 * `npx tsx tests/bench/matcher-pair.ts <older checkout> [rounds] [bundled|10k]`, e.g. after
 * `git worktree add /tmp/base ef56cd5 && ln -s "$PWD/node_modules" /tmp/base/node_modules`.
 *
 * On a shared machine one run of each version says little (figures move by ±20 % between runs), so
 * each round runs both, alternating which goes first, and the medians are compared. Both versions
 * scan the same text and the same records (this checkout's generator), each compiled by its own
 * version's compiler, in the benchmark's own scan process (matcher-scan.ts, bundled as the content
 * script ships) with only the matcher module taken from the older checkout: the older checkout's
 * own harness may time differently.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { bundledRecords } from '../corpus/bundled-list';
import { syntheticRecords } from './matcher.bench';
import type { BenchRow } from './types';

const [olderArg, roundsArg = '8', list = '10k'] = process.argv.slice(2);
if (!olderArg || !['10k', 'bundled'].includes(list)) {
  console.error('usage: npx tsx tests/bench/matcher-pair.ts <older checkout> [rounds] [bundled|10k]');
  process.exit(2);
}
const here = fileURLToPath(new URL('../..', import.meta.url));
const roots = { older: resolve(olderArg), this: resolve(here) };
const work = mkdtempSync(join(tmpdir(), 'matcher-pair-'));
const records = list === '10k' ? syntheticRecords(10_000) : bundledRecords();
writeFileSync(join(work, 'records.json'), JSON.stringify(records));

/** The payload `root`'s own compiler makes of the records. */
function payloadOf(name: string, root: string): string {
  const script = join(work, `compile-${name}.mts`);
  const out = join(work, `payload-${name}.json`);
  writeFileSync(script, [
    "import { readFileSync, writeFileSync } from 'node:fs';",
    `const { compileMatcher } = await import(${JSON.stringify(join(root, 'src/core/match/compile.ts'))});`,
    `writeFileSync(${JSON.stringify(out)}, JSON.stringify(compileMatcher(JSON.parse(readFileSync(${JSON.stringify(join(work, 'records.json'))}, 'utf8')))));`,
  ].join('\n'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: here, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`compiling with ${root} failed: ${run.stderr}`);
  return out;
}

/** matcher-scan.ts bundled with its matcher module taken from `root`. */
async function scannerOf(name: string, root: string): Promise<string> {
  const matcherFrom: Plugin = {
    name: 'matcher-from',
    setup(b) {
      b.onResolve({ filter: /\/src\/core\/match\/matcher$/ }, () => ({ path: join(root, 'src/core/match/matcher.ts') }));
    },
  };
  // Beside matcher-scan.ts, so the paths it reads relative to itself resolve as in the benchmark.
  const outfile = fileURLToPath(new URL(`./matcher-pair-${name}.bundled.mjs`, import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('./matcher-scan.ts', import.meta.url))],
    bundle: true, platform: 'node', format: 'esm', target: 'es2022', packages: 'external', outfile, logLevel: 'warning',
    plugins: [matcherFrom],
  });
  return outfile;
}

const versions: Array<{ name: 'older' | 'this'; payload: string; scanner: string }> = [];
for (const name of ['older', 'this'] as const) versions.push({ name, payload: payloadOf(name, roots[name]), scanner: await scannerOf(name, roots[name]) });
const results: Record<'older' | 'this', BenchRow[][]> = { older: [], this: [] };
const rounds = Number(roundsArg);
for (let i = 0; i < rounds; i++) {
  for (const v of i % 2 === 0 ? versions : [...versions].reverse()) {
    const run = spawnSync(process.execPath, ['--expose-gc', v.scanner, list, '1'], {
      input: readFileSync(v.payload, 'utf8'), encoding: 'utf8', maxBuffer: 1 << 20,
    });
    if (run.status !== 0) throw new Error(`scan failed: ${run.stderr}`);
    const rows = JSON.parse(run.stdout) as BenchRow[];
    results[v.name].push(rows);
    console.error(`round ${i + 1}/${rounds} ${v.name}: ${rows.map((r) => `${r.name} ${r.value.toFixed(1)} ${r.unit}`).join(', ')}`);
  }
}

rmSync(work, { recursive: true, force: true });

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
console.log(`| ${list} list, ${rounds} paired rounds | older (${olderArg}) | this checkout | change of medians | median of paired ratios |`);
console.log('|---|---:|---:|---:|---:|');
results.this[0]!.forEach((row, k) => {
  const older = results.older.map((rows) => rows[k]!.value);
  const mine = results.this.map((rows) => rows[k]!.value);
  const change = median(mine) / median(older) - 1;
  const paired = median(mine.map((v, i) => v / older[i]!)) - 1;
  const pct = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)} %`;
  console.log(`| ${row.name.replace(`${list}: `, '')} | ${median(older).toFixed(1)} ${row.unit} | ${median(mine).toFixed(1)} ${row.unit} | ${pct(change)} | ${pct(paired)} |`);
});
