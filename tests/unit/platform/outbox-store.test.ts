import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_REFUSED_TRIES } from '../../../src/core/org/retry';
import { openWroDb } from '../../../src/platform/db';
import { discardUndelivered, droppedCount, dueItems, enqueue, listOutbox, makeAllDue, markFailed } from '../../../src/platform/outbox-store';

const T0 = new Date('2026-12-06T10:00:00.000Z');

beforeEach(async () => {
  const db = await openWroDb();
  await db.clear('outbox');
  await db.clear('meta');
});

describe('the submission queue in IndexedDB', () => {
  it('never holds more than the cap: the items given up on leave first, then the oldest, counted', async () => {
    await enqueue('alert', [{ n: 1 }, { n: 2 }, { n: 3 }], T0, 3);
    const db = await openWroDb();
    const second = (await db.getAll('outbox'))[1]!;
    await db.put('outbox', { ...second, gaveUp: true });
    await enqueue('alert', [{ n: 4 }, { n: 5 }], T0, 3);
    expect((await listOutbox()).map((i) => (i.body as { n: number }).n)).toEqual([3, 4, 5]);
    expect(await droppedCount()).toBe(2);
    await enqueue('alert', [{ n: 6 }, { n: 7 }, { n: 8 }, { n: 9 }], T0, 3);
    expect((await listOutbox()).map((i) => (i.body as { n: number }).n)).toEqual([7, 8, 9]);
    expect(await droppedCount()).toBe(6);
  });

  it('“Retry now” makes every item due, those given up on included; “Discard undelivered” drops only those', async () => {
    await enqueue('alert', [{ n: 1 }, { n: 2 }], T0);
    const [first, second] = await listOutbox();
    for (let i = 0; i < MAX_REFUSED_TRIES; i++) await markFailed(first!.id!, 'refused', 'HTTP 400', T0);
    await markFailed(second!.id!, 'retry', 'HTTP 503', T0);
    expect(await dueItems(T0)).toEqual([]);
    expect((await listOutbox()).map((i) => i.gaveUp)).toEqual([true, false]);

    await makeAllDue(T0);
    expect((await dueItems(T0)).map((i) => (i.body as { n: number }).n)).toEqual([1, 2]);

    // One more refusal gives up on it again.
    await markFailed(first!.id!, 'refused', 'HTTP 400', T0);
    await enqueue('alert', [{ n: 3 }, { n: 4 }, { n: 5 }], T0, 4);
    expect(await droppedCount()).toBe(1);
    await markFailed((await listOutbox())[0]!.id!, 'refused', 'HTTP 400', T0);
    for (let i = 1; i < MAX_REFUSED_TRIES; i++) await markFailed((await listOutbox())[0]!.id!, 'refused', 'HTTP 400', T0);
    await discardUndelivered();
    expect((await listOutbox()).map((i) => (i.body as { n: number }).n)).toEqual([3, 4, 5]);
    expect(await droppedCount()).toBe(0);
    // With no address any more, everything can go.
    await discardUndelivered(true);
    expect(await listOutbox()).toEqual([]);
  });
});
