/**
 * A Vitest reporter for `npm test` that turns a hung run into a failure naming what hung.
 *
 * Every test and hook here is bounded (60 s and 90 s, a few fuzz tests 5 min), so a run in which
 * nothing at all is reported for several minutes is stuck where Vitest's own timeouts cannot reach
 * it (a blocked worker, a browser that never answers). Without this, CI waits out its whole budget
 * and prints nothing about the cause. Silence of the whole run, not of one file: a worker's events
 * can arrive late and out of order, and a hung file leaves the others to finish first.
 */
import type { Reporter, ReportedHookContext, TestCase, TestModule } from 'vitest/node';

/** Silence that is a stall: well past the longest hook timeout. */
const STALL_MS = Number(process.env.WRO_STALL_MS ?? 8 * 60_000);
const CHECK_MS = 15_000;

interface Running {
  since: number;
  doing: string;
}

export default class StallWatch implements Reporter {
  private readonly running = new Map<string, Running>();
  /** Files already finished: a late event of theirs must not list them as running. */
  private readonly ended = new Set<string>();
  private lastEvent = Date.now();
  private timer: NodeJS.Timeout | undefined;

  onTestRunStart(): void {
    this.timer = setInterval(() => this.check(), CHECK_MS);
    this.timer.unref();
  }

  onTestRunEnd(): void {
    clearInterval(this.timer);
  }

  onTestModuleStart(module: TestModule): void {
    this.note(module.moduleId, 'loading the file');
  }

  onTestModuleEnd(module: TestModule): void {
    this.running.delete(module.moduleId);
    this.ended.add(module.moduleId);
    this.lastEvent = Date.now();
  }

  onTestCaseReady(test: TestCase): void {
    this.note(test.module.moduleId, `running "${test.fullName}"`);
  }

  onTestCaseResult(test: TestCase): void {
    this.note(test.module.moduleId, `after "${test.fullName}"`);
  }

  onHookStart(hook: ReportedHookContext): void {
    const { entity } = hook;
    if (entity.type === 'module') this.note(entity.moduleId, `in ${hook.name}`);
    else this.note(entity.module.moduleId, `in ${hook.name} of "${entity.fullName}"`);
  }

  private note(file: string, doing: string): void {
    this.lastEvent = Date.now();
    if (!this.ended.has(file)) this.running.set(file, { since: this.lastEvent, doing });
  }

  private check(): void {
    const now = Date.now();
    if (now - this.lastEvent <= STALL_MS) return;
    console.error(`\nStalled: no progress for ${STALL_MS / 1000} s. Still running:`);
    for (const [file, r] of this.running) console.error(`  ${file}: ${r.doing}, for ${Math.round((now - r.since) / 1000)} s`);
    if (this.running.size === 0) console.error('  no file (between groups of files)');
    process.exit(1);
  }
}
