/**
 * Seeded randomness for the fuzz suites: every run with the same FUZZ_SEED tries the same inputs,
 * so a failure names a seed and a case index that reproduce it exactly.
 */

/** mulberry32: tiny, fast, and good enough to spread inputs; not for anything secret. */
export class Rng {
  private state: number;
  private readonly seed: number;
  constructor(seed: number) {
    this.seed = seed >>> 0;
    this.state = this.seed;
  }
  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  /** A child generator for case `index`: cases stay reproducible alone, whatever ran before them. */
  fork(index: number): Rng {
    return new Rng(Math.imul(this.seed ^ Math.imul(index + 1, 0x9e3779b9), 0x85ebca6b) ^ index);
  }
}

/** The run's seed: FUZZ_SEED, or a fixed default so `npm test` is repeatable. */
export const FUZZ_SEED = Number.parseInt(process.env.FUZZ_SEED ?? '20261128', 10) >>> 0;

/**
 * FUZZ_SCALE: `full` (what `npm run fuzz` sets) runs the counts the issue asks for; unset runs the
 * quick slice in `npm test`; a number in (0, 1] scales the full counts.
 */
export const FUZZ_FULL = process.env.FUZZ_SCALE === 'full';
const SCALE = FUZZ_FULL ? 1 : Number.parseFloat(process.env.FUZZ_SCALE ?? '') || 0;

/** How many cases to run: `full` in the full run, `quick` in `npm test` (or the scaled share). */
export function fuzzCount(quick: number, full: number): number {
  if (SCALE > 0) return Math.max(quick, Math.round(full * Math.min(1, SCALE)));
  return quick;
}

/** The message a failing case carries, so it can be run again alone. */
export function caseLabel(suite: string, index: number): string {
  return `${suite} case ${index} (FUZZ_SEED=${FUZZ_SEED})`;
}
