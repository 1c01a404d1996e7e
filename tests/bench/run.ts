/**
 * Runs every `tests/bench/*.bench.ts` in this one process (each default-exports
 * `async () => BenchRow[]`) and prints one Markdown table. `npm run bench`; pass words to run only
 * the benchmarks whose file name contains one of them (`npm run bench -- matcher`).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow } from './types';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();

const format = (v: number): string =>
  Number.isInteger(v)
    ? v.toLocaleString('en-GB')
    : Math.abs(v) >= 100
      ? v.toFixed(0)
      : Math.abs(v) >= 10
        ? v.toFixed(1)
        : Math.abs(v) >= 0.1
          ? v.toFixed(2)
          : v.toPrecision(2);

const lines = ['| benchmark | measure | value | unit | note |', '|---|---|---:|---|---|'];
let failed = false;
for (const file of files) {
  const started = performance.now();
  process.stderr.write(`running ${file}…\n`);
  try {
    const mod = (await import(pathToFileURL(dir + file).href)) as { default: () => Promise<BenchRow[]> };
    for (const row of await mod.default()) {
      lines.push(`| ${file.replace('.bench.ts', '')} | ${row.name} | ${format(row.value)} | ${row.unit} | ${row.note ?? ''} |`);
    }
  } catch (e) {
    failed = true;
    lines.push(`| ${file.replace('.bench.ts', '')} | failed | | | ${String((e as Error).message ?? e).split('\n')[0]} |`);
  }
  process.stderr.write(`  ${file} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
console.log(lines.join('\n'));
process.exitCode = failed ? 1 : 0;
