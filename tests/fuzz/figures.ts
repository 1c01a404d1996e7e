/**
 * What each fuzz suite tried, for the README's "Reliability and security" figures. `npm run fuzz`
 * sets FUZZ_REPORT_DIR and prints the totals; in `npm test` nothing is written.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function recordFigure(suite: string, category: string, count: number, detail = ''): void {
  const dir = process.env.FUZZ_REPORT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, 'figures.jsonl'), `${JSON.stringify({ suite, category, count, detail })}\n`);
}
