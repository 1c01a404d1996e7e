/**
 * When to try a submission again, and what an endpoint's answer means. Pure and deterministic (no
 * jitter): the same failures always give the same times, so tests and the options page agree.
 */

/** The first retry waits a minute, each later one twice as long, never more than six hours. */
export const FIRST_RETRY_MS = 60_000;
export const MAX_RETRY_MS = 6 * 60 * 60_000;
/** An item the endpoint refused (a 4xx other than 408 or 429) this many times is given up on, and kept listed. */
export const MAX_REFUSED_TRIES = 5;

/** The wait after the `attempts`-th failed try (1 = the first failure). */
export function retryDelay(attempts: number): number {
  const doublings = Math.max(0, attempts - 1);
  // 2^9 minutes is already past the cap; the exponent is bounded so a huge count cannot overflow.
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(doublings, 20));
}

/** When the next try is due after the `attempts`-th failure at `now`. */
export function nextAttemptAfter(attempts: number, now: Date): string {
  return new Date(now.getTime() + retryDelay(attempts)).toISOString();
}

/**
 * What one try came to: delivered (2xx), refused by the endpoint (4xx other than 408 Request
 * Timeout and 429 Too Many Requests: the payload or the credentials are wrong, and trying every
 * minute would not change it), or to be retried (5xx, 408, 429, no answer at all). `status` is
 * null when no answer came (offline, timeout, refused redirect, TLS).
 */
export type TryOutcome = 'delivered' | 'refused' | 'retry';

export function tryOutcome(status: number | null): TryOutcome {
  if (status === null) return 'retry';
  if (status >= 200 && status < 300) return 'delivered';
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return 'refused';
  return 'retry';
}
