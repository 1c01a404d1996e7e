/**
 * Sends the submission queue to the organisation's endpoint (docs/submission.md): right after a
 * decision or alert is queued, at start-up, and on an alarm while something waits. Nothing is
 * queued or sent while no address is configured. `sendDue` takes its fetch and clock, so it runs
 * under test; the rest reads settings and permissions and sets the alarm.
 */
import type { Decision } from '../core/decision';
import { outboxStatus } from '../core/org/outbox';
import { tryOutcome } from '../core/org/retry';
import { alertSubmission, decisionSubmission, stamped } from '../core/org/submission';
import type { WatchAlert } from '../core/org/watch';
import { originPattern } from '../core/settings';
import browser from '../platform/browser';
import { discardUndelivered, droppedCount, dueItems, enqueue, listOutbox, makeAllDue, markFailed, markSent, postponeWaiting } from '../platform/outbox-store';
import type { OutboxView } from '../platform/request-types';
import type { RequestHandlers } from '../platform/requests';
import { loadSettings } from '../platform/settings-store';
import { writeSession } from '../platform/storage';

export const OUTBOX_ALARM = 'wro-outbox';
const TIMEOUT_MS = 30_000;

export interface SendDeps {
  url: string;
  fetch: typeof fetch;
  now: () => Date;
  timeoutMs?: number;
}

async function post(deps: SendDeps, body: unknown): Promise<{ status: number | null; error: string }> {
  try {
    const response = await deps.fetch(deps.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stamped(body, deps.now().toISOString()),
      // No cookies or other credentials; a redirect is refused, so only the configured address is told anything.
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-store',
      signal: AbortSignal.timeout(deps.timeoutMs ?? TIMEOUT_MS),
    });
    return { status: response.status, error: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    return { status: null, error: name === 'TimeoutError' || name === 'AbortError' ? 'no answer within 30 seconds' : `not reached (${e instanceof Error ? e.message : String(e)})` };
  }
}

/**
 * Tries every due item, oldest first. A refused item (4xx) is counted and the next one tried; when
 * the endpoint cannot be reached or answers 5xx, 408 or 429, everything waiting waits as long as
 * that item does, so a down endpoint gets one try per backoff step, not one per item.
 */
export async function sendDue(deps: SendDeps): Promise<void> {
  for (const item of await dueItems(deps.now())) {
    const { status, error } = await post(deps, item.body);
    const outcome = tryOutcome(status);
    if (outcome === 'delivered') {
      await markSent(item.id!);
      continue;
    }
    const failed = await markFailed(item.id!, outcome, error, deps.now());
    if (outcome === 'retry') {
      if (failed) await postponeWaiting(failed.nextAttempt);
      return;
    }
  }
}

/** The configured address and whether its host may be contacted; null when none is configured. */
async function endpoint(): Promise<{ url: string; granted: boolean } | null> {
  const url = (await loadSettings()).settings.submissionUrl;
  if (url === '') return null;
  const granted = await browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => false);
  return { url, granted };
}

/** The alarm for the next due item (never sooner than a minute), or none when nothing waits. */
async function scheduleNext(now: Date): Promise<void> {
  const next = (await listOutbox()).filter((i) => !i.gaveUp).map((i) => i.nextAttempt).sort()[0];
  if (next === undefined) {
    await browser.alarms.clear(OUTBOX_ALARM);
    return;
  }
  await browser.alarms.create(OUTBOX_ALARM, { when: Math.max(Date.parse(next), now.getTime() + 60_000) });
}

// One pass at a time; a call during a pass runs one more pass after it, for what was queued meanwhile.
let running: Promise<void> | null = null;
let again = false;

/** Sends what is due, if an address is configured and its host granted, then sets the alarm. */
export function flushOutbox(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      const target = await endpoint();
      if (target?.granted) await sendDue({ url: target.url, fetch: (input, init) => fetch(input, init), now: () => new Date() });
    } while (again);
    await scheduleNext(new Date());
    await writeSession({ outboxChanged: new Date().toISOString() });
  })().finally(() => {
    running = null;
  });
  return running;
}

const extension = () => ({ name: 'WRO Check', version: browser.runtime.getManifest().version });

/** Queues a recorded (or edited) decision for the endpoint and sends it, when an address is configured. */
export async function submitDecision(decision: Decision): Promise<void> {
  if ((await loadSettings()).settings.submissionUrl === '') return;
  const now = new Date();
  await enqueue('decision', [decisionSubmission(decision, now.toISOString(), extension())], now);
  void flushOutbox().catch(() => undefined);
}

/** Queues alerts for the endpoint and sends them, when an address is configured. */
export async function submitAlerts(alerts: WatchAlert[]): Promise<void> {
  if (alerts.length === 0 || (await loadSettings()).settings.submissionUrl === '') return;
  const now = new Date();
  await enqueue('alert', alerts.map((a) => alertSubmission(a, now.toISOString(), extension())), now);
  void flushOutbox().catch(() => undefined);
}

/** Recording a decision never fails because the queue could not be written: the decision is kept either way. */
export function submitDecisionQuietly(decision: Decision): void {
  void submitDecision(decision).catch(() => undefined);
}

export function onOutboxAlarm(alarm: { name: string }): void {
  if (alarm.name === OUTBOX_ALARM) void flushOutbox().catch(() => undefined);
}

async function view(): Promise<OutboxView> {
  const [items, dropped, target] = await Promise.all([listOutbox(), droppedCount(), endpoint()]);
  return { ...outboxStatus(items, dropped, target !== null), host: target ? new URL(target.url).hostname : null, granted: target?.granted ?? false };
}

export const outboxRequests = {
  'get-outbox-status': view,
  /** "Retry now": every item at once, then the queue as it is after the pass. */
  'retry-outbox': async () => {
    await makeAllDue(new Date());
    await flushOutbox();
    return view();
  },
  /** Items given up on; every item once no address is configured (they would wait for the next one). */
  'discard-undelivered': async () => {
    await discardUndelivered((await endpoint()) === null);
    return view();
  },
} satisfies Partial<RequestHandlers>;
