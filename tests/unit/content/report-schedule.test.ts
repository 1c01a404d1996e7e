/**
 * When a frame's findings are reported (issue #17, attack 2: silence by constant change). A page
 * whose text changes every 16–90 ms (a reverse auction's countdown, a ticker) restarted a plain
 * 100 ms debounce for ever, and the report was never sent. Now: once the page is quiet for 100 ms,
 * at the latest a second after the first change not yet reported, and never twice the same.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPORT_MAX_WAIT_MS, REPORT_QUIET_MS, ReportSchedule } from '../../../src/content/report-schedule';
import { SettleTimer } from '../../../src/content/settle-timer';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const clock = (): number => Date.now();

/** Changes the page every `everyMs` (or at the given gaps, in turn) for `forMs`, calling `change` each time. */
function churn(forMs: number, gaps: number[], change: (at: number) => void): void {
  const start = Date.now();
  for (let i = 0; Date.now() - start < forMs; i++) {
    change(Date.now() - start);
    vi.advanceTimersByTime(gaps[i % gaps.length] as number);
  }
}

describe('SettleTimer', () => {
  it('runs the task once the calls stop for the quiet time', () => {
    const timer = new SettleTimer(100, 1000, clock);
    const runs: number[] = [];
    const start = Date.now();
    timer.schedule(() => runs.push(Date.now() - start));
    vi.advanceTimersByTime(50);
    timer.schedule(() => runs.push(Date.now() - start));
    vi.advanceTimersByTime(99);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([150]);
    vi.advanceTimersByTime(5_000);
    expect(runs).toEqual([150]);
  });

  it('runs it at the latest the maximum wait after the first call, however often it is called again', () => {
    const timer = new SettleTimer(100, 1000, clock);
    const runs: number[] = [];
    const start = Date.now();
    churn(3_500, [20], () => timer.schedule(() => runs.push(Date.now() - start)));
    // Every 20 ms for 3.5 s: a plain debounce would not have run once.
    expect(runs).toEqual([1000, 2000, 3000]);
  });

  it('runs the latest task given, and nothing after cancel', () => {
    const timer = new SettleTimer(100, 1000, clock);
    const seen: string[] = [];
    timer.schedule(() => seen.push('first'));
    timer.schedule(() => seen.push('second'));
    vi.advanceTimersByTime(100);
    expect(seen).toEqual(['second']);
    timer.schedule(() => seen.push('third'));
    timer.cancel();
    vi.advanceTimersByTime(5_000);
    expect(seen).toEqual(['second']);
  });

  it('starts the maximum wait again from the first call after a run', () => {
    const timer = new SettleTimer(100, 1000, clock);
    const runs: number[] = [];
    const start = Date.now();
    timer.schedule(() => runs.push(Date.now() - start));
    vi.advanceTimersByTime(2_000);
    churn(1_500, [30], () => timer.schedule(() => runs.push(Date.now() - start)));
    expect(runs).toEqual([100, 3000]);
  });
});

describe('ReportSchedule', () => {
  /** A schedule on the real constants, recording what it sends (and when, from the start). */
  function recorder(): { schedule: ReportSchedule<string[]>; sent: Array<{ at: number; report: string[] }>; built: () => number } {
    const sent: Array<{ at: number; report: string[] }> = [];
    const start = Date.now();
    let builds = 0;
    const schedule = new ReportSchedule<string[]>(
      (report) => sent.push({ at: Date.now() - start, report }),
      (report) => JSON.stringify(report),
      (task) => task(),
      new SettleTimer(REPORT_QUIET_MS, REPORT_MAX_WAIT_MS, clock),
    );
    const update = schedule.update.bind(schedule);
    schedule.update = (build) => update(() => {
      builds++;
      return build();
    });
    return { schedule, sent, built: () => builds };
  }

  it('reports a page that changes every 20 ms within a second of its first change, and only once while it names no one new', () => {
    const { schedule, sent, built } = recorder();
    churn(10_000, [20], () => schedule.update(() => ['top-glove', 'supermax']));
    expect(sent).toEqual([{ at: REPORT_MAX_WAIT_MS, report: ['top-glove', 'supermax'] }]);
    // The report is made when due (about once a second), not on each of the 500 changes.
    expect(built()).toBe(10);
  });

  it('reports a ticker at random gaps of 16–90 ms within a second, and what changes at most once a second', () => {
    const { schedule, sent } = recorder();
    const gaps = [16, 90, 33, 71, 20, 55, 89, 17, 64, 42];
    churn(4_000, gaps, (at) => schedule.update(() => (at < 2_000 ? ['top-glove'] : ['top-glove', 'hoshine'])));
    expect(sent[0]).toEqual({ at: expect.any(Number), report: ['top-glove'] });
    expect(sent[0]?.at).toBeLessThanOrEqual(REPORT_MAX_WAIT_MS);
    expect(sent.map((s) => s.report)).toEqual([['top-glove'], ['top-glove', 'hoshine']]);
    for (let i = 1; i < sent.length; i++) expect((sent[i]?.at ?? 0) - (sent[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(REPORT_MAX_WAIT_MS - 100);
  });

  it('reports a quiet page 100 ms after its change, and skips a report that says the same', () => {
    const { schedule, sent } = recorder();
    schedule.update(() => ['top-glove']);
    vi.advanceTimersByTime(REPORT_QUIET_MS);
    schedule.update(() => ['top-glove']);
    vi.advanceTimersByTime(REPORT_QUIET_MS);
    schedule.update(() => []);
    vi.advanceTimersByTime(REPORT_QUIET_MS);
    schedule.update(() => ['top-glove']);
    vi.advanceTimersByTime(REPORT_QUIET_MS);
    expect(sent).toEqual([
      { at: 100, report: ['top-glove'] },
      { at: 300, report: [] },
      { at: 400, report: ['top-glove'] },
    ]);
  });

  it('sends the same report again after resend (a navigation, a failed send, a scan asked for)', () => {
    const { schedule, sent } = recorder();
    schedule.update(() => ['top-glove']);
    vi.advanceTimersByTime(REPORT_QUIET_MS);
    schedule.resend();
    schedule.update(() => ['top-glove']);
    vi.advanceTimersByTime(REPORT_QUIET_MS);
    expect(sent.map((s) => s.at)).toEqual([100, 200]);
  });

  it('sends nothing once cancelled (the session stopped)', () => {
    const { schedule, sent } = recorder();
    schedule.update(() => ['top-glove']);
    schedule.cancel();
    vi.advanceTimersByTime(5_000);
    expect(sent).toEqual([]);
  });

  it('builds a due report inside the guard it was given, so a failure there (the extension updated under the page) never reaches the page', () => {
    const failures: string[] = [];
    const schedule = new ReportSchedule<string[]>(
      () => failures.push('sent'),
      (report) => JSON.stringify(report),
      (task) => {
        try {
          task();
        } catch (e) {
          failures.push(e instanceof Error ? e.message : String(e));
        }
      },
      new SettleTimer(REPORT_QUIET_MS, REPORT_MAX_WAIT_MS, clock),
    );
    schedule.update(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => vi.advanceTimersByTime(REPORT_QUIET_MS)).not.toThrow();
    expect(failures).toEqual(['Extension context invalidated.']);
  });
});
