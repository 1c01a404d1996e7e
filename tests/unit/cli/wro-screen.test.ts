import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { inProcess, root } from './in-process';
import Papa from 'papaparse';

const fixture = (name: string) => `tests/unit/cli/fixtures/${name}`;

function run(args: string[], stdin = '') {
  const r = spawnSync(process.execPath, ['bin/wro-screen.js', ...args], { cwd: root, input: stdin, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}


interface JsonFinding {
  source: string;
  recordId: string;
  recordName: string;
  matchedText: string;
  start: number;
  end: number;
  confidence: string;
  score: number;
  explanation: { summary: string };
  row?: number;
  column?: string;
}

describe('wro-screen', { timeout: 120_000 }, () => {
  it('screens text and HTML files against the bundled list as JSON', () => {
    const r = run(['--json', fixture('quote.txt'), fixture('page.html')]);
    expect(r.status).toBe(0);
    const findings = JSON.parse(r.stdout) as JsonFinding[];
    const bySource = (s: string) => findings.filter((f) => f.source === s).map((f) => f.recordName);
    expect(bySource(fixture('quote.txt'))).toEqual(['Supermax Corporation Bhd.', 'Hoshine Silicon Industry Co. Ltd.']);
    // Markup split the name; the script's text is not page text.
    expect(bySource(fixture('page.html'))).toEqual(['Top Glove Corporation Bhd', 'Dongguan Oasis Shoes Co., Ltd.']);
    for (const f of findings) {
      expect(f).toMatchObject({ recordId: expect.any(String), confidence: expect.stringMatching(/^(match|possible)$/) });
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.score).toBeGreaterThan(0);
      expect(f.explanation.summary).toMatch(/Match/);
    }
    const quote = findings.find((f) => f.recordName.startsWith('Supermax'))!;
    expect(quote.matchedText).toBe('SUPERMAX CORPORATION BERHAD');
  });

  it('reads standard input as "-", and prints readable lines by default', () => {
    const r = run([], 'Our supplier is Hoshine Silicon Industry Co., Ltd.\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^-: line 1: MATCH Hoshine Silicon Industry Co\. Ltd\./);
    expect(r.stderr).toMatch(/1 finding/);
  });

  it('exits 0 with no findings, and 1 with --fail-on-match only when something matched', async () => {
    expect(await inProcess(['--json', fixture('clean.txt')])).toMatchObject({ status: 0, stdout: '[]\n' });
    expect((await inProcess(['--fail-on-match', fixture('clean.txt')])).status).toBe(0);
    expect(run(['--fail-on-match', fixture('quote.txt')]).status).toBe(1);
  });

  it('screens chosen CSV columns as supplier fields and writes CSV', () => {
    const r = run(['--csv', '--column', 'Manufacturer', fixture('suppliers.csv')]);
    expect(r.status).toBe(0);
    const rows = Papa.parse<Record<string, string>>(r.stdout.trim(), { header: true }).data;
    expect(rows.map((x) => [x.row, x.column, x.recordName])).toEqual([
      ['2', 'Manufacturer', 'Top Glove Corporation Bhd'],
      ['3', 'Manufacturer', 'FGV Holdings Berhad'],
      ['4', 'Manufacturer', 'Supermax Corporation Bhd.'],
    ]);
    // The Notes column was not chosen, so "Hoshine in notes" is not screened.
    expect(r.stdout).not.toMatch(/Hoshine/);
  });

  it('screens every CSV column as text when none is chosen', async () => {
    const findings = JSON.parse((await inProcess(['--json', fixture('suppliers.csv')])).stdout) as JsonFinding[];
    expect(findings.map((f) => [f.row, f.column, f.recordName])).toEqual([
      [4, 'Manufacturer', 'Supermax Corporation Bhd.'],
      [4, 'Notes', 'Hoshine Silicon Industry Co. Ltd.'],
    ]);
  });

  it('screens against lists given with --list instead of the bundled one', () => {
    const r = run(
      ['--json', '--list', fixture('watch-list.json'), '--list', fixture('admin-list.csv'), '-'],
      'Orders from Acme Widgetry and Zarnak Polymers Sdn. Bhd.; also Top Glove Corp. Bhd.',
    );
    expect(r.status).toBe(0);
    const names = (JSON.parse(r.stdout) as JsonFinding[]).map((f) => f.recordName);
    expect(names).toEqual(['Acme Widgets Ltd', 'Zarnak Polymers Sdn Bhd']);
  });

  it('fails with status 2 and one line, no stack trace, on bad input', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[fixture('missing.txt')], /cannot read input .*missing\.txt: no such file/],
      [[fixture('blob.bin')], /binary file/],
      [['--list', fixture('clean.txt'), fixture('quote.txt')], /^wro-screen: list /],
      [['--column', 'Nope', fixture('suppliers.csv')], /no column "Nope"/],
      [['--bogus'], /unknown option --bogus/],
      [['--list'], /--list needs a value/],
      [['--json', '--csv'], /choose one of --json and --csv/],
    ];
    for (const [args, message] of cases) {
      const r = await inProcess(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it('exits 2 without a stack trace as a process too', () => {
    const r = run([fixture('missing.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`wro-screen: cannot read input ${fixture('missing.txt')}: no such file\n`);
  });

  it('treats an empty file as nothing to screen', async () => {
    expect(await inProcess(['--json', fixture('empty.txt')])).toMatchObject({ status: 0, stdout: '[]\n' });
  });

  it('prints usage with --help', async () => {
    const r = await inProcess(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: wro-screen/);
  });
});
