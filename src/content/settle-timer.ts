/**
 * Waits for the page to settle before acting, but never for ever. A plain debounce (start again on
 * every change) never fires on a page whose text changes faster than its delay: a reverse auction's
 * countdown or a ticker, every 16 to 90 ms, kept the report from ever being sent (issue #17). Here
 * the task runs once nothing new has come for `quietMs`, and at the latest `maxWaitMs` after the
 * first call since it last ran, whatever comes after.
 */
export class SettleTimer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first call not yet acted on came; undefined when nothing waits. */
  private since: number | undefined;
  private task: (() => void) | undefined;

  constructor(
    private readonly quietMs: number,
    private readonly maxWaitMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Runs `task` when the page settles (see above); a later call before then replaces it. */
  schedule(task: () => void): void {
    const now = this.now();
    this.since ??= now;
    this.task = task;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.quietMs, this.since + this.maxWaitMs - now));
    this.timer = setTimeout(() => this.fire(), wait);
  }

  /** Drops the waiting task, if any. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.since = undefined;
    this.task = undefined;
  }

  private fire(): void {
    const task = this.task;
    this.cancel();
    task?.();
  }
}
