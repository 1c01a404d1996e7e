import { describe, expect, it } from 'vitest';
import { outboxStatus, overflow, type OutboxItem } from '../../../../src/core/org/outbox';

const item = (id: number, patch: Partial<OutboxItem> = {}): OutboxItem => ({
  id,
  kind: 'decision',
  body: {},
  queuedAt: '2026-12-06T09:00:00.000Z',
  attempts: 0,
  nextAttempt: '2026-12-06T09:00:00.000Z',
  lastError: null,
  ...patch,
});

describe('the submission queue’s cap', () => {
  it('drops nothing while there is room', () => {
    expect(overflow([item(1), item(2)], 1, 3)).toEqual([]);
  });

  it('drops the items given up on first, then the oldest waiting', () => {
    const items = [item(1), item(2), item(3, { gaveUp: true }), item(4), item(5, { gaveUp: true })];
    expect(overflow(items, 1, 5).map((i) => i.id)).toEqual([3]);
    expect(overflow(items, 3, 5).map((i) => i.id)).toEqual([3, 5, 1]);
  });

  it('never keeps more than the cap, however many are added at once', () => {
    const items = Array.from({ length: 10 }, (_, i) => item(i + 1));
    expect(overflow(items, 4, 10).map((i) => i.id)).toEqual([1, 2, 3, 4]);
  });
});

describe('the queue’s status line', () => {
  it('counts waiting and given-up items, the next try and the latest failure', () => {
    const status = outboxStatus(
      [
        item(1, { nextAttempt: '2026-12-06T10:42:00.000Z', lastError: 'HTTP 503', lastTriedAt: '2026-12-06T10:41:00.000Z', attempts: 1 }),
        item(2, { nextAttempt: '2026-12-06T10:30:00.000Z', lastError: 'offline', lastTriedAt: '2026-12-06T10:29:00.000Z', attempts: 1 }),
        item(3, { gaveUp: true, lastError: 'HTTP 400', lastTriedAt: '2026-12-06T08:00:00.000Z' }),
      ],
      2,
      true,
    );
    expect(status).toEqual({ waiting: 2, gaveUp: 1, nextAttempt: '2026-12-06T10:30:00.000Z', lastError: 'HTTP 503', dropped: 2, configured: true });
  });

  it('is empty for an empty queue', () => {
    expect(outboxStatus([], 0, false)).toEqual({ waiting: 0, gaveUp: 0, nextAttempt: null, lastError: null, dropped: 0, configured: false });
  });
});
