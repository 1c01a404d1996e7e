/**
 * The submission queue in IndexedDB (`outbox` store, oldest first). Items stay until the endpoint
 * accepts them; the queue is capped (core/org/outbox.ts says what leaves a full queue) and counts
 * what it dropped.
 */
import { overflow, MAX_OUTBOX_ITEMS, type OutboxItem } from '../core/org/outbox';
import { MAX_REFUSED_TRIES, nextAttemptAfter, type TryOutcome } from '../core/org/retry';
import { openWroDb } from './db';

/** Queues `bodies`, due at once; a full queue makes room first. */
export async function enqueue(kind: OutboxItem['kind'], bodies: unknown[], now: Date, cap = MAX_OUTBOX_ITEMS): Promise<void> {
  if (bodies.length === 0) return;
  const db = await openWroDb();
  const tx = db.transaction(['outbox', 'meta'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const meta = tx.objectStore('meta');
  const fitting = bodies.slice(-cap);
  const leaving = overflow(await outbox.getAll(), fitting.length, cap);
  const dropped = leaving.length + (bodies.length - fitting.length);
  const time = now.toISOString();
  await Promise.all([
    ...leaving.map((item) => outbox.delete(item.id!)),
    ...fitting.map((body) => outbox.add({ kind, body, queuedAt: time, attempts: 0, nextAttempt: time, lastError: null })),
    ...(dropped > 0 ? [meta.get('outbox:dropped').then((n) => meta.put(((n as number | undefined) ?? 0) + dropped, 'outbox:dropped'))] : []),
    tx.done,
  ]);
}

export async function listOutbox(): Promise<OutboxItem[]> {
  return (await openWroDb()).getAll('outbox');
}

export async function droppedCount(): Promise<number> {
  return ((await (await openWroDb()).get('meta', 'outbox:dropped')) as number | undefined) ?? 0;
}

/** Items due at `now`, oldest first (never those given up on). */
export async function dueItems(now: Date): Promise<OutboxItem[]> {
  const time = now.toISOString();
  return (await listOutbox()).filter((i) => !i.gaveUp && i.nextAttempt <= time);
}

/** Delivered: the item leaves the queue. */
export async function markSent(id: number): Promise<void> {
  await (await openWroDb()).delete('outbox', id);
}

/**
 * A failed try: counted, its reason kept, the next try set by the backoff; an item refused too
 * often is given up on (kept, listed, no longer tried). Returns the item as stored.
 */
export async function markFailed(id: number, outcome: Exclude<TryOutcome, 'delivered'>, error: string, now: Date): Promise<OutboxItem | undefined> {
  const db = await openWroDb();
  const tx = db.transaction('outbox', 'readwrite');
  const item = await tx.store.get(id);
  if (!item) return undefined;
  const attempts = item.attempts + 1;
  const next: OutboxItem = {
    ...item,
    attempts,
    lastError: error,
    lastTriedAt: now.toISOString(),
    nextAttempt: nextAttemptAfter(attempts, now),
    gaveUp: outcome === 'refused' && attempts >= MAX_REFUSED_TRIES,
  };
  await Promise.all([tx.store.put(next), tx.done]);
  return next;
}

/** The endpoint is unreachable: nothing waiting is tried before `until`. */
export async function postponeWaiting(until: string): Promise<void> {
  const db = await openWroDb();
  const tx = db.transaction('outbox', 'readwrite');
  const items = await tx.store.getAll();
  await Promise.all([...items.filter((i) => !i.gaveUp && i.nextAttempt < until).map((i) => tx.store.put({ ...i, nextAttempt: until })), tx.done]);
}

/** "Retry now": every item is due at once, those given up on included (one more refusal gives up again). */
export async function makeAllDue(now: Date): Promise<void> {
  const db = await openWroDb();
  const tx = db.transaction('outbox', 'readwrite');
  const items = await tx.store.getAll();
  await Promise.all([...items.map((i) => tx.store.put({ ...i, nextAttempt: now.toISOString(), gaveUp: false })), tx.done]);
}

/**
 * "Discard undelivered": the items given up on leave the queue (every item, with `all`: no address
 * is configured any more), and the dropped count starts again.
 */
export async function discardUndelivered(all = false): Promise<void> {
  const db = await openWroDb();
  const tx = db.transaction(['outbox', 'meta'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const items = await outbox.getAll();
  await Promise.all([...items.filter((i) => all || i.gaveUp).map((i) => outbox.delete(i.id!)), tx.objectStore('meta').delete('outbox:dropped'), tx.done]);
}
