/**
 * Linear-time checks without wall-clock asserts: time the same work on inputs of size n, 2n, 4n …
 * in the same run and estimate the exponent k in time ~ size^k from the doubling steps. Linear
 * work gives k near 1, quadratic near 2, whatever the machine's speed. Time is this process's CPU
 * time, so other processes on a busy machine do not count; the fastest of several runs is used
 * (garbage collection only ever adds time), and the median of the
 * doubling steps, so one step into a slower cache or GC regime does not decide the result.
 */

export interface Growth {
  /** Sizes tried. */
  sizes: number[];
  /** Fastest CPU time at each size, ms. */
  times: number[];
  /** Median over doubling steps of log2(time(2n) / time(n)). */
  exponent: number;
}

/** Smallest time worth comparing: below it timer resolution dominates. */
const MIN_SMALL_MS = 8;

function fastest(work: () => unknown, repeats: number): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const t = process.cpuUsage();
    work();
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

export function growthExponent<T>(make: (n: number) => T, work: (input: T) => unknown, n0: number, doublings = 4, repeats = 3): Growth {
  // Warm the JIT, then grow n until the smallest input takes long enough to time.
  let n = n0;
  const first = make(n);
  for (let i = 0; i < 3; i++) work(first);
  while (fastest(() => work(make(n)), 2) < MIN_SMALL_MS && n < n0 * 256) n *= 2;
  const sizes = Array.from({ length: doublings + 1 }, (_, i) => n * 2 ** i);
  const inputs = sizes.map(make);
  const times = inputs.map((input) => fastest(() => work(input), repeats));
  const steps = times.slice(1).map((t, i) => Math.log2(t / times[i]!)).sort((a, b) => a - b);
  return { sizes, times, exponent: steps[Math.floor(steps.length / 2)]! };
}
