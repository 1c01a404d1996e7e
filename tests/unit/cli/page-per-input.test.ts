/**
 * One page memory per input file: a company named in full earlier in a file (with the acronym it
 * gives itself) makes that acronym count in later lines and cells of the same file, never in
 * another file, and never before the full name (CSV cells are cached per state of the memory).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/wro-screen';

async function screen(files: Record<string, string>, args: string[]) {
  let stdout = '';
  const status = await runCli(['--json', ...args, ...Object.keys(files)], {
    readFile: async (path) => {
      if (path in files) return new TextEncoder().encode(files[path]);
      return readFile(path);
    },
    readStdin: async () => new Uint8Array(0),
    out: (t) => void (stdout += t),
    err: () => undefined,
  });
  expect(status).toBe(0);
  return (JSON.parse(stdout) as Array<{ source: string; matchedText: string; row?: number; line?: number; recordName: string }>)
    .map((f) => [f.source, f.row ?? f.line, f.matchedText]);
}

const DEFINES = 'Polysilicon from Hoshine Silicon Industry Co., Ltd. (HSI) was quoted';

describe('wro-screen: one page per input', { timeout: 60_000 }, () => {
  it('reads an acronym in later CSV cells of the file that defined it, not before and not in another file', async () => {
    const found = await screen(
      {
        'a.csv': `Notes\nHSI confirmed the order\n"${DEFINES}"\nHSI confirmed the order\nHSI confirmed the order\n`,
        'b.csv': 'Notes\nHSI confirmed the order\n',
      },
      [],
    );
    expect(found).toEqual([
      ['a.csv', 3, 'Hoshine Silicon Industry Co., Ltd.'],
      ['a.csv', 3, 'HSI'],
      ['a.csv', 4, 'HSI'],
      ['a.csv', 5, 'HSI'],
    ]);
  });

  it('reads an acronym on a later line of a text file only in that file', async () => {
    const found = await screen({ 'a.txt': `${DEFINES}.\n\nLater: HSI confirmed.\n`, 'b.txt': 'HSI confirmed.\n' }, []);
    expect(found).toEqual([
      ['a.txt', 1, 'Hoshine Silicon Industry Co., Ltd.'],
      ['a.txt', 1, 'HSI'],
      ['a.txt', 3, 'HSI'],
    ]);
  });
});
