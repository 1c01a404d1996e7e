/**
 * `wro-screen --min-confidence` (what is printed and what --fail-on-match counts) and empty inputs
 * (warned about on stderr; status 2 with --fail-on-match, so a script never passes an empty export).
 */
import { describe, expect, it } from 'vitest';
import { findingLines, inProcess } from './in-process';
import Papa from 'papaparse';
import { parseArgs } from '../../../src/cli/args';

const fixture = (name: string) => `tests/unit/cli/fixtures/${name}`;


const confidences = (json: string) => (JSON.parse(json) as Array<{ confidence: string; recordName: string }>).map((f) => [f.recordName, f.confidence]);

describe('wro-screen --min-confidence', { timeout: 60_000 }, () => {
  it('defaults to possible and accepts only match or possible', () => {
    expect(parseArgs([]).minConfidence).toBe('possible');
    expect(parseArgs(['--min-confidence', 'match']).minConfidence).toBe('match');
    expect(parseArgs(['--min-confidence=possible']).minConfidence).toBe('possible');
    expect(() => parseArgs(['--min-confidence', 'high'])).toThrow(/--min-confidence must be match or possible/);
    expect(() => parseArgs(['--min-confidence'])).toThrow(/needs a value/);
  });

  it('prints possible matches by default and leaves them out with match, in every format', async () => {
    // A misspelt name is a possible match; a name spelt right is a match.
    const stdin = 'Gloves from Supermex Corporation.\nSilicon metal from Hoshine Silicon Industry Co., Ltd.\n';
    const all = await inProcess(['--json', '-'], stdin);
    expect(confidences(all.stdout)).toEqual([
      ['Supermax Corporation Bhd.', 'possible'],
      ['Hoshine Silicon Industry Co. Ltd.', 'match'],
    ]);
    const sure = await inProcess(['--json', '--min-confidence', 'match', '-'], stdin);
    expect(confidences(sure.stdout)).toEqual([['Hoshine Silicon Industry Co. Ltd.', 'match']]);

    const csv = await inProcess(['--csv', '--min-confidence', 'match', '-'], stdin);
    const rows = Papa.parse<Record<string, string>>(csv.stdout.trim(), { header: true }).data;
    expect(rows.map((r) => r.confidence)).toEqual(['match']);

    const text = await inProcess(['--min-confidence', 'match', '-'], stdin);
    expect(findingLines(text.stdout)).toHaveLength(1);
    expect(text.stdout).toMatch(/MATCH Hoshine/);
    expect(text.stdout).not.toMatch(/possible/);
    expect(text.stderr).toMatch(/1 finding/);
  });

  it('--fail-on-match counts only what would be printed', async () => {
    expect((await inProcess(['--fail-on-match', fixture('misspelt.txt')])).status).toBe(1);
    const sure = await inProcess(['--fail-on-match', '--min-confidence', 'match', fixture('misspelt.txt')]);
    expect(sure.status).toBe(0);
    expect(findingLines(sure.stdout)).toEqual([]);
    expect(sure.stderr).toMatch(/0 finding/);
    expect((await inProcess(['--fail-on-match', '--min-confidence', 'match', fixture('quote.txt')])).status).toBe(1);
  });
});

describe('wro-screen on empty inputs', { timeout: 60_000 }, () => {
  const cases: Array<[string, string[], string, RegExp]> = [
    ['an empty file', [fixture('empty.txt')], '', /^wro-screen: warning: tests\/unit\/cli\/fixtures\/empty\.txt is empty: nothing to screen$/m],
    ['a whitespace-only file', [fixture('blank.txt')], '', /blank\.txt is empty \(only whitespace\)/],
    ['empty standard input', ['-'], '', /^wro-screen: warning: standard input is empty: nothing to screen$/m],
    ['whitespace on standard input', [], ' \n\n', /standard input is empty \(only whitespace\)/],
    ['a CSV with a header and no rows', [fixture('header-only.csv')], '', /header-only\.csv has a header but no rows/],
    ['a CSV with no rows, screened by column', ['--column', 'Supplier', fixture('header-only.csv')], '', /header-only\.csv has a header but no rows/],
  ];

  for (const [what, args, stdin, warning] of cases) {
    it(`warns about ${what}, and exits 2 with --fail-on-match`, async () => {
      const plain = await inProcess(['--json', ...args], stdin);
      expect(plain.status).toBe(0);
      expect(plain.stdout).toBe('[]\n');
      expect(plain.stderr.trim().split('\n')).toHaveLength(1);
      expect(plain.stderr.trim()).toMatch(warning);

      const strict = await inProcess(['--fail-on-match', ...args], stdin);
      expect(strict.status).toBe(2);
      expect(strict.stderr).toMatch(warning);
    });
  }

  it('names only the empty input among several, and still prints the others\' findings', async () => {
    const r = await inProcess(['--json', '--fail-on-match', fixture('quote.txt'), fixture('empty.txt'), fixture('clean.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n').filter((line) => !line.includes('product note'))).toEqual([`wro-screen: warning: ${fixture('empty.txt')} is empty: nothing to screen`]);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(0);
  });

  it('does not warn about inputs that have text but no findings', async () => {
    const r = await inProcess(['--fail-on-match', fixture('clean.txt'), fixture('suppliers.csv')]);
    expect(r.stderr).not.toMatch(/warning/);
  });
});
