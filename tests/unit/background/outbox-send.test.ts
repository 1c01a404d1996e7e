import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The background's browser glue, faked: the settings say whether an address is configured.
let submissionUrl = '';
vi.mock('../../../src/platform/browser', () => ({
  default: {
    runtime: { getManifest: () => ({ version: '9.9.9' }) },
    storage: { managed: { get: async () => ({}) }, local: { get: async () => ({}) } },
    permissions: { contains: async () => false },
    alarms: { clear: async () => true, create: async () => undefined },
  },
}));
vi.mock('../../../src/platform/settings-store', async () => {
  const { DEFAULT_SETTINGS } = await import('../../../src/core/settings');
  return { loadSettings: async () => ({ settings: { ...DEFAULT_SETTINGS, submissionUrl }, locked: [], policyErrors: [] }) };
});

const { sendDue, submitDecision } = await import('../../../src/background/outbox-send');
const { enqueue, listOutbox } = await import('../../../src/platform/outbox-store');
const { openWroDb } = await import('../../../src/platform/db');
const { MAX_REFUSED_TRIES } = await import('../../../src/core/org/retry');
const { decision } = await import('../platform/decision-fixtures');

const URL_ = 'https://cases.example.org/wro';
const T0 = new Date('2026-12-06T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

/** An endpoint answering each post with the next status in `answers` (a thrown error for null), logging the bodies. */
function endpoint(answers: Array<number | null>) {
  const posts: Array<{ init: RequestInit; body: Record<string, unknown> }> = [];
  const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    posts.push({ init: init!, body: JSON.parse(String(init?.body)) as Record<string, unknown> });
    const status = answers.length > 0 ? answers.shift()! : 200;
    if (status === null) throw new TypeError('Failed to fetch');
    return new Response(null, { status });
  }) as typeof globalThis.fetch;
  return { fetch, posts };
}

beforeEach(async () => {
  submissionUrl = '';
  const db = await openWroDb();
  await db.clear('outbox');
  await db.clear('meta');
});

describe('sending the submission queue', () => {
  it('posts each due item as JSON, without credentials, refusing redirects, and removes it once accepted', async () => {
    await enqueue('alert', [{ kind: 'alert', idempotencyKey: 'alert:a' }, { kind: 'alert', idempotencyKey: 'alert:b' }], T0);
    const { fetch, posts } = endpoint([204, 201]);
    await sendDue({ url: URL_, fetch, now: () => T0 });
    expect(posts.map((p) => p.body)).toEqual([
      { kind: 'alert', idempotencyKey: 'alert:a', sentAt: T0.toISOString() },
      { kind: 'alert', idempotencyKey: 'alert:b', sentAt: T0.toISOString() },
    ]);
    expect(posts[0]?.init).toMatchObject({ method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'omit', redirect: 'error' });
    expect(await listOutbox()).toEqual([]);
  });

  it('keeps an item the endpoint could not take (503) and waits a minute, then two, with everything else', async () => {
    await enqueue('alert', [{ idempotencyKey: 'alert:a' }, { idempotencyKey: 'alert:b' }], T0);
    const first = endpoint([503]);
    await sendDue({ url: URL_, fetch: first.fetch, now: () => T0 });
    // Only one try: the endpoint is down, so the second item is not tried and waits as long.
    expect(first.posts).toHaveLength(1);
    const queued = await listOutbox();
    expect(queued.map((i) => [i.attempts, i.nextAttempt, i.lastError])).toEqual([
      [1, at(60_000).toISOString(), 'HTTP 503'],
      [0, at(60_000).toISOString(), null],
    ]);
    // Not due yet: nothing is posted.
    const early = endpoint([]);
    await sendDue({ url: URL_, fetch: early.fetch, now: () => at(30_000) });
    expect(early.posts).toHaveLength(0);
    // Offline at the next try: two minutes now.
    const offline = endpoint([null]);
    await sendDue({ url: URL_, fetch: offline.fetch, now: () => at(60_000) });
    expect((await listOutbox())[0]).toMatchObject({ attempts: 2, nextAttempt: at(180_000).toISOString(), lastError: expect.stringMatching(/^not reached/) });
    // Back: both delivered, once each.
    const back = endpoint([200, 200]);
    await sendDue({ url: URL_, fetch: back.fetch, now: () => at(180_000) });
    expect(back.posts.map((p) => p.body.idempotencyKey)).toEqual(['alert:a', 'alert:b']);
    expect(await listOutbox()).toEqual([]);
  });

  it.each([408, 429, 500, 502])('retries after %s', async (status) => {
    await enqueue('alert', [{ idempotencyKey: 'alert:a' }], T0);
    await sendDue({ url: URL_, fetch: endpoint([status]).fetch, now: () => T0 });
    expect((await listOutbox())[0]).toMatchObject({ attempts: 1, gaveUp: false });
  });

  it('gives up on an item refused (4xx) five times, keeps it listed, and goes on with the next', async () => {
    await enqueue('alert', [{ idempotencyKey: 'alert:bad' }, { idempotencyKey: 'alert:good' }], T0);
    const { fetch, posts } = endpoint([400, 200]);
    await sendDue({ url: URL_, fetch, now: () => T0 });
    expect(posts.map((p) => p.body.idempotencyKey)).toEqual(['alert:bad', 'alert:good']);
    let [bad] = await listOutbox();
    expect(bad).toMatchObject({ attempts: 1, lastError: 'HTTP 400', gaveUp: false });
    for (let i = 2; i <= MAX_REFUSED_TRIES; i++) {
      await sendDue({ url: URL_, fetch: endpoint([422]).fetch, now: () => new Date(bad!.nextAttempt) });
      [bad] = await listOutbox();
    }
    expect(bad).toMatchObject({ attempts: MAX_REFUSED_TRIES, lastError: 'HTTP 422', gaveUp: true });
    const later = endpoint([]);
    await sendDue({ url: URL_, fetch: later.fetch, now: () => at(365 * 24 * 3600_000) });
    expect(later.posts).toHaveLength(0);
  });
});

describe('queueing', () => {
  it('queues nothing while no address is configured', async () => {
    await submitDecision(decision());
    expect(await listOutbox()).toEqual([]);
  });

  it('queues a recorded decision with the documented payload when an address is configured', async () => {
    submissionUrl = URL_;
    const d = decision({ id: 4 });
    await submitDecision(d);
    const [item] = await listOutbox();
    const { id: _id, ...sent } = d;
    expect(item).toMatchObject({ kind: 'decision', attempts: 0, lastError: null });
    expect(item?.body).toMatchObject({ format: 'wro-check-submission', formatVersion: 1, kind: 'decision', idempotencyKey: `decision:${d.uid}:${d.time}`, extension: { name: 'WRO Check', version: '9.9.9' }, decision: sent });
  });

});
