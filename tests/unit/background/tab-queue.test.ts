/** One tab's stored entries are changed one task at a time; a failed task never blocks the next. */
import { describe, expect, it } from 'vitest';
import { tabQueue } from '../../../src/background/tab-queue';

const later = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('tabQueue', () => {
  it('runs one tab\'s read-modify-writes in turn, so none is lost', async () => {
    const serialise = tabQueue();
    let stored = 0;
    await Promise.all(Array.from({ length: 20 }, (_, i) => serialise(7, async () => {
      const read = stored;
      await later(i % 3);
      stored = read + 1;
    })));
    expect(stored).toBe(20);
  });

  it('goes on after a task fails, and passes the failure to its caller', async () => {
    const serialise = tabQueue();
    const order: string[] = [];
    const failing = serialise(1, async () => {
      order.push('fails');
      throw new Error('storage quota');
    });
    const next = serialise(1, async () => void order.push('next'));
    await expect(failing).rejects.toThrow('storage quota');
    await next;
    expect(order).toEqual(['fails', 'next']);
  });

  it('does not make one tab wait for another', async () => {
    const serialise = tabQueue();
    const order: string[] = [];
    let release!: () => void;
    const slow = serialise(1, () => new Promise<void>((done) => (release = done)).then(() => void order.push('tab 1')));
    await serialise(2, async () => void order.push('tab 2'));
    release();
    await slow;
    expect(order).toEqual(['tab 2', 'tab 1']);
  });
});
