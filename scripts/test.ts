/**
 * `npm test`: everything, in order: browsers present, type check, build, then unit and
 * real-browser tests. A missing browser is named with how to get it, before anything runs.
 */
import { spawnSync } from 'node:child_process';
import { missingBrowsers } from '../tests/e2e/harness/browsers';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const missing = missingBrowsers();
if (missing.length > 0) {
  for (const line of missing) console.error(line);
  process.exit(1);
}

const extra = process.argv.slice(2);
run('npx', ['tsc', '--noEmit']);
run('npx', ['tsx', 'scripts/build.ts']);
run('npx', ['vitest', 'run', ...extra]);
