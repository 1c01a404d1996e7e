import { defineConfig } from 'vitest/config';

/**
 * End-to-end files that time the extension (growth exponents, a report within seconds, a page
 * answered promptly under a flood): run alone, after the rest, so another browser on the same
 * cores cannot make them slow.
 */
const TIMED = [
  'tests/e2e/fuzz-scan-growth.test.ts',
  'tests/e2e/content-attack-constant-change.test.ts',
  'tests/e2e/content-attack-storage-flood.test.ts',
  'tests/e2e/content-large-page.test.ts',
];

const E2E = { environment: 'node' as const, testTimeout: 60_000, hookTimeout: 90_000, setupFiles: ['tests/e2e/harness/remove-copies.ts'] };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/fuzz/*.test.ts'],
          environment: 'node',
          // As the e2e project's (vitest runs projects of one group with one worker count).
          maxWorkers: 3,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: TIMED,
          ...E2E,
          // Each file drives real browsers, which mostly wait (on pages, timers, the extension):
          // three files at once keep two cores busy.
          maxWorkers: 3,
        },
      },
      {
        test: {
          name: 'e2e-timed',
          include: TIMED,
          ...E2E,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
