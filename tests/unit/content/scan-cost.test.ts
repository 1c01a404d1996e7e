/**
 * The scan cost the benchmark reports (the content script's `wro-check:painted` mark): a scan is
 * charged the scanner's task time from the previous scan's end to its own, including the slice that
 * finishes it, and never the painting after it nor the slice that finished the scan before.
 */
import { describe, expect, it } from 'vitest';
import { ScanCostMeter } from '../../../src/content/scan-cost';

/** A meter on a clock the test moves. */
function meterAt(): { meter: ScanCostMeter; at(ms: number): void } {
  let now = 0;
  return { meter: new ScanCostMeter(() => now), at: (ms) => void (now = ms) };
}

describe('scan cost', () => {
  it('charges a scan its tasks up to the moment it settles, the settling slice included', () => {
    const { meter, at } = meterAt();
    meter.begin(); // a first slice, 0–5 ms
    at(5);
    meter.end();
    at(10);
    meter.begin(); // the slice that finishes the scan: reads until 13 ms, then settles
    at(13);
    expect(meter.settle()).toEqual({ busyMs: 8, longestMs: 5 });
  });

  it('charges the next scan neither the painting after a settle nor the slice before it', () => {
    const { meter, at } = meterAt();
    meter.begin();
    at(4);
    meter.settle(); // the first scan ends 4 ms into its slice
    at(11); // the listener paints its findings for 7 ms
    meter.resume();
    at(12); // the slice ends 1 ms later
    meter.end();
    at(50);
    meter.begin(); // an append: its observer task and one slice, 2 ms in all
    at(52);
    expect(meter.settle()).toEqual({ busyMs: 3, longestMs: 2 });
  });
});
