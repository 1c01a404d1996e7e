/** The linear-time detector itself: it must tell linear work from quadratic work on this machine. */
import { describe, expect, it } from 'vitest';
import { growthExponent } from './growth';

function linear(items: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < items.length; i++) sum = (sum + items[i]! * 31) | 0;
  return sum;
}

function quadratic(items: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < items.length; i++) for (let j = 0; j < i; j++) sum = (sum + (items[j]! ^ i)) | 0;
  return sum;
}

const make = (n: number) => Int32Array.from({ length: n }, (_, i) => i * 7);

describe('growth exponent', () => {
  it('is near 1 for linear work', () => {
    expect(growthExponent(make, linear, 100_000).exponent).toBeLessThan(1.5);
  }, 30_000);

  it('is near 2 for quadratic work', () => {
    expect(growthExponent(make, quadratic, 200, 2).exponent).toBeGreaterThan(1.5);
  }, 30_000);
});
