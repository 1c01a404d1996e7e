#!/usr/bin/env node
// Runs the TypeScript screener through tsx, so the CLI and the extension share one core unbuilt.
import { register } from 'tsx/esm/api';

// A closed pipe (`wro-screen … | head`) ends output quietly instead of with a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

register();
const { runCli, processIo } = await import('../src/cli/wro-screen.ts');
process.exitCode = await runCli(process.argv.slice(2), processIo);
