/**
 * `npm run fuzz`: every fuzz, fault and privacy suite at full count (FUZZ_SCALE=full), seeded
 * (FUZZ_SEED, default fixed), then the figures for the README's "Reliability and security"
 * section. The Node suites and the browser suites run side by side: one core each.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingBrowsers } from '../tests/e2e/harness/browsers';

const missing = missingBrowsers();
if (missing.length > 0) {
  for (const line of missing) console.error(line);
  process.exit(1);
}

const reportDir = mkdtempSync(join(tmpdir(), 'wro-fuzz-'));
const env = { ...process.env, FUZZ_SCALE: process.env.FUZZ_SCALE ?? 'full', FUZZ_REPORT_DIR: reportDir };
const started = Date.now();

const build = spawnSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

function run(label: string, args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn('npx', ['vitest', 'run', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    const prefix = (chunk: Buffer) => chunk.toString().replace(/^(?=.)/gm, `[${label}] `);
    child.stdout.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
    child.stderr.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
    child.on('close', (code) => done(code ?? 1));
  });
}

const [node, browser] = await Promise.all([
  run('node', ['--project', 'unit', 'tests/fuzz/', 'tests/unit/security/']),
  run('browser', ['--project', 'e2e', 'tests/e2e/fuzz-', 'tests/e2e/privacy-']),
]);

interface Figure {
  suite: string;
  category: string;
  count: number;
  detail: string;
}
const file = join(reportDir, 'figures.jsonl');
const figures: Figure[] = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Figure) : [];
const totals = new Map<string, { count: number; details: string[] }>();
for (const f of figures) {
  const key = `${f.suite} | ${f.category}`;
  const t = totals.get(key) ?? { count: 0, details: [] };
  t.count += f.count;
  if (f.detail) t.details.push(f.detail);
  totals.set(key, t);
}
console.log(`\nFuzz figures (FUZZ_SEED=${process.env.FUZZ_SEED ?? 'default'}, FUZZ_SCALE=${env.FUZZ_SCALE}):`);
console.log('| suite | category | inputs | detail |\n|---|---|---:|---|');
for (const [key, t] of totals) console.log(`| ${key} | ${t.count.toLocaleString('en-GB')} | ${t.details.join('; ')} |`);
console.log(`\nTotal time: ${Math.round((Date.now() - started) / 1000)} s. Node suites: ${node === 0 ? 'passed' : 'FAILED'}; browser suites: ${browser === 0 ? 'passed' : 'FAILED'}.`);
rmSync(reportDir, { recursive: true, force: true });
process.exit(node === 0 && browser === 0 ? 0 : 1);
