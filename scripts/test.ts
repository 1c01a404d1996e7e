/**
 * `npm test`: everything, in order: browsers present, type check, build, then unit and
 * real-browser tests. A missing browser is named with how to get it, before anything runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { missingBrowsers } from '../tests/e2e/harness/browsers';

function run(command: string, args: string[], exit = true): number {
  const status = spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
  if (exit && status !== 0) process.exit(status);
  return status;
}

const missing = missingBrowsers();
if (missing.length > 0) {
  for (const line of missing) console.error(line);
  process.exit(1);
}

const extra = process.argv.slice(2);
run('npx', ['tsc', '--noEmit']);
run('npx', ['tsx', 'scripts/build.ts']);
// The JSON report gives the closing count line CI reads ("N passed, N failed"); the stall watch
// fails a run that hangs, naming the file and test, instead of letting CI wait out its budget.
const report = resolve(import.meta.dirname, '../.artifacts/vitest.json');
mkdirSync(resolve(report, '..'), { recursive: true });
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--reporter=./scripts/stall-watch.ts', `--outputFile.json=${report}`, ...extra], false);
try {
  const totals = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  console.log(`Tests: ${totals.numPassedTests} passed, ${totals.numFailedTests} failed`);
} catch {
  console.log('Tests: no report was written');
}
process.exit(status);
