/**
 * What a scan costs the page's main thread: the time spent in the scanner's own tasks from the
 * moment the previous scan settled to the moment this one settles. A task can settle a scan part
 * way through (the slice that finishes it); the rest of that task (painting the findings, which
 * the listener times itself) belongs to no scan.
 */

/** Main-thread time the scanner spent since it last settled. */
export interface ScanCost {
  busyMs: number;
  /** The longest stretch of one task counted, in ms. */
  longestMs: number;
}

export class ScanCostMeter {
  private cost: ScanCost = { busyMs: 0, longestMs: 0 };
  private from = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** A scanner task begins. */
  begin(): void {
    this.from = this.now();
  }

  /** A scanner task ends: its time since it began (or since the scan settled) is counted. */
  end(): void {
    const now = this.now();
    const spent = now - this.from;
    this.cost.busyMs += spent;
    this.cost.longestMs = Math.max(this.cost.longestMs, spent);
    this.from = now;
  }

  /** The scan settles now: its cost, this task so far included. `resume` once the findings are handed over. */
  settle(): ScanCost {
    this.end();
    const cost = this.cost;
    this.cost = { busyMs: 0, longestMs: 0 };
    return cost;
  }

  /** The task goes on after handing the findings over: counted from now, for the next scan. */
  resume(): void {
    this.from = this.now();
  }
}
