import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, MAX_RETRY_MS, nextAttemptAfter, retryDelay, tryOutcome } from '../../../../src/core/org/retry';

describe('submission retries', () => {
  it('wait a minute, then twice as long each time, never more than six hours', () => {
    expect([1, 2, 3, 4, 5].map(retryDelay)).toEqual([1, 2, 4, 8, 16].map((m) => m * FIRST_RETRY_MS));
    expect(retryDelay(9)).toBe(256 * FIRST_RETRY_MS);
    expect(retryDelay(10)).toBe(MAX_RETRY_MS);
    expect(retryDelay(10_000)).toBe(MAX_RETRY_MS);
    expect(retryDelay(0)).toBe(FIRST_RETRY_MS);
  });

  it('are the same time for the same failure (no jitter)', () => {
    const now = new Date('2026-12-06T10:00:00.000Z');
    expect(nextAttemptAfter(3, now)).toBe('2026-12-06T10:04:00.000Z');
    expect(nextAttemptAfter(3, now)).toBe(nextAttemptAfter(3, now));
  });

  it.each([
    [200, 'delivered'],
    [201, 'delivered'],
    [204, 'delivered'],
    [400, 'refused'],
    [401, 'refused'],
    [403, 'refused'],
    [404, 'refused'],
    [422, 'refused'],
    [408, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
    [301, 'retry'],
    [null, 'retry'],
  ] as const)('reads an answer of %s as %s', (status, outcome) => {
    expect(tryOutcome(status)).toBe(outcome);
  });
});
