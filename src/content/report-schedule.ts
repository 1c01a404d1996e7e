/**
 * When a frame's findings are reported to the background (which shows them on the toolbar badge,
 * in the popup, and has the top frame's screen-reader summary say them): once the page has been
 * quiet for REPORT_QUIET_MS, and at the latest REPORT_MAX_WAIT_MS after the first change not yet
 * reported, however often the page changes after it (`SettleTimer`). A report that says exactly
 * what the last one sent said is not sent: a page changing every 20 ms without naming anyone new
 * costs the background nothing.
 */
import { SettleTimer } from './settle-timer';

export const REPORT_QUIET_MS = 100;
export const REPORT_MAX_WAIT_MS = 1_000;

export class ReportSchedule<T> {
  /** What the last report sent said (`keyOf`); undefined when the next must be sent whatever it says. */
  private lastSent: string | undefined;

  /**
   * `guard` runs each due report (the content session's guard): the report is built from a timer,
   * long after the call that asked for it, and building it reads the extension's messages, which
   * throw once the extension is updated under the page. Unguarded, that reached the page as an
   * uncaught "Extension context invalidated".
   */
  constructor(
    private readonly send: (report: T) => void,
    private readonly keyOf: (report: T) => string,
    private readonly guard: (task: () => void) => void,
    private readonly timer: SettleTimer = new SettleTimer(REPORT_QUIET_MS, REPORT_MAX_WAIT_MS),
  ) {}

  /** The findings changed: `build` makes the report when it is due (once, not on every change). */
  update(build: () => T): void {
    this.timer.schedule(() => this.guard(() => {
      const report = build();
      const key = this.keyOf(report);
      if (key === this.lastSent) return;
      this.lastSent = key;
      this.send(report);
    }));
  }

  /**
   * The next report is sent even if it says what the last one did: the background may not have it
   * (the send failed, the page navigated and the tab's findings were cleared, or a scan was asked for).
   */
  resend(): void {
    this.lastSent = undefined;
  }

  cancel(): void {
    this.timer.cancel();
  }
}
