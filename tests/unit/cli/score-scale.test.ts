/**
 * A finding's score means one thing whatever the input's shape: how sure the screener is that the
 * text names the listed company. The same names screened as CSV cells (`--column`, each cell a
 * name field) and in running prose rank the same way: an exact legal name above a one-word brand
 * or acronym, a misspelt name below the name spelt right, and the same words score the same.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../../src/cli/args';
import { runCli } from '../../../src/cli/wro-screen';

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function findings(args: string[], stdin: string): Promise<Map<string, { score: number; confidence: string }>> {
  let stdout = '';
  const status = await runCli(['--json', ...args, '-'], {
    readFile: (path) => readFile(new URL(path, `file://${root}`)),
    readStdin: async () => new TextEncoder().encode(stdin),
    out: (t) => void (stdout += t),
    err: () => undefined,
  });
  expect(status).toBe(0);
  const list = JSON.parse(stdout) as Array<{ matchedText: string; score: number; confidence: string }>;
  // Keyed by the words matched ("Bhd." at the end of a sentence keeps its dot in matchedText).
  return new Map(list.map((f) => [f.matchedText.replace(/\.$/, ''), f]));
}

const EXACT = ['FGV Holdings Berhad', 'Top Glove Corporation Bhd', 'Giant Manufacturing Co., Ltd.', 'Hoshine Silicon Industry Co., Ltd.'];
const SHORT = ['FGV', 'Giant', 'Top Glove'];
const TYPOS: Array<[string, string]> = [
  ['Supermex Corporation Berhad', 'Supermax Corporation Berhad'],
  ['Hoshien Silicon Industry Co., Ltd.', 'Hoshine Silicon Industry Co., Ltd.'],
];

const CELLS = ['Supplier', ...EXACT, ...SHORT, ...TYPOS.flat()].map((n) => (n.includes(',') ? `"${n}"` : n)).join('\n');

const PROSE = [
  'Palm oil: FGV Holdings Berhad; the refinery is owned by FGV.',
  'Gloves: Top Glove Corporation Bhd.',
  'Bicycles: Giant Manufacturing Co., Ltd.; frames also come from Giant.',
  'Our other gloves come from Top Glove.',
  'Silicon metal: Hoshine Silicon Industry Co., Ltd.',
  'Also quoted: Supermex Corporation Berhad, Supermax Corporation Berhad and Hoshien Silicon Industry Co., Ltd.',
].join('\n');

describe('scores on one scale', { timeout: 60_000 }, () => {
  it('rank exact legal names above one-word brands and acronyms, and typos below names spelt right, in cells and in prose', async () => {
    const cells = await findings(['--column', 'Supplier'], CELLS);
    const prose = await findings([], PROSE);
    for (const [shape, found] of [['cells', cells], ['prose', prose]] as const) {
      const score = (name: string): number => {
        const f = found.get(name.replace(/\.$/, ''));
        expect(f, `${shape}: ${name}`).toBeDefined();
        return f!.score;
      };
      const leastExact = Math.min(...EXACT.map(score));
      const mostShort = Math.max(...SHORT.map(score));
      expect(leastExact, shape).toBeGreaterThanOrEqual(0.95);
      expect(mostShort, shape).toBeLessThan(leastExact);
      for (const name of SHORT) expect(score(name), `${shape}: ${name}`).toBeGreaterThanOrEqual(0.8);
      for (const [typo, right] of TYPOS) {
        expect(found.get(typo.replace(/\.$/, ''))!.confidence, `${shape}: ${typo}`).toBe('possible');
        expect(score(typo), `${shape}: ${typo}`).toBeLessThan(score(right));
        expect(score(typo), `${shape}: ${typo}`).toBeLessThanOrEqual(0.65);
      }
    }
    // The same words score the same as a whole cell and in a sentence.
    for (const name of [...EXACT, ...SHORT, ...TYPOS.flat()]) {
      const key = name.replace(/\.$/, '');
      expect(cells.get(key)!.score, name).toBe(prose.get(key)!.score);
    }
  });

  it('says in --help what the score means', () => {
    expect(USAGE).toMatch(/score from 0 to 1/);
    expect(USAGE).toMatch(/0\.99/);
    expect(USAGE).toMatch(/0\.4-0\.65/);
    expect(USAGE).toMatch(/never\s+proof/);
  });
});
