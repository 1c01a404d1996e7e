/**
 * Failures the fuzz and fault suites found, each reduced to the smallest input that showed it.
 * Each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { parseAnyList } from '../../src/core/list/detect';

describe('fuzz regressions', () => {
  it('names at most a few columns when a CSV has no "name" column (a 2,000-cell header gave a 44 KB message)', () => {
    const header = Array.from({ length: 2000 }, (_, i) => `column ${i}`).join(',');
    const parsed = parseAnyList(new TextEncoder().encode(`${header}\nx\n`), 'wide.csv');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatch(/no "name" column/);
    expect(parsed.error).toContain('"column 0"');
    expect(parsed.error.length).toBeLessThanOrEqual(2000);
  });
});
