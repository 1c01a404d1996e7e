/** `wro-screen` run in this process, on files of the repository: for the many cases where spawning adds nothing but time. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../src/cli/wro-screen';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The text output's finding lines: what comes before its "Products to ask about" section. */
export function findingLines(stdout: string): string[] {
  return stdout.split('\nProducts to ask about')[0]!.split('\n').filter((line) => line.trim() !== '');
}

export async function inProcess(args: string[], stdin = ''): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, {
    readFile: (path) => readFile(new URL(path, `file://${root}`)),
    readStdin: async () => new TextEncoder().encode(stdin),
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
  });
  return { status, stdout, stderr };
}
