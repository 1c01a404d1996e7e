/**
 * The request contracts hold at compile time: every `@ts-expect-error` below must stay an error,
 * or `tsc --noEmit` fails on the unused directive. What the background does on receipt (validation,
 * unknown names, senders) is in messages.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ContentHandlers } from '../../../src/platform/messages';
import type { RequestHandlers } from '../../../src/platform/requests';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('../../../src/platform/browser', () => ({
  default: {
    runtime: {
      sendMessage: async (message: unknown) => {
        sent.push(message);
        return undefined;
      },
    },
  },
}));
const { request, sendToBackground } = await import('../../../src/platform/request-client');

describe('the request contract', () => {
  it('puts a request on the wire as { type: name, ...payload }, the shape the background dispatches', async () => {
    sent.length = 0;
    await request('get-tab-findings', { tabId: 3 });
    await request('get-admin-state');
    await request('list-decisions');
    await sendToBackground({ type: 'get-record', recordId: 'r' });
    expect(sent).toEqual([{ tabId: 3, type: 'get-tab-findings' }, { type: 'get-admin-state' }, { type: 'list-decisions' }, { type: 'get-record', recordId: 'r' }]);
  });

  it('refuses at compile time a wrong name, a wrong or missing payload, and misuse of a typed answer', () => {
    const calls = async () => {
      // @ts-expect-error: no such request
      await request('get-everything');
      // @ts-expect-error: tabId is a number
      await request('get-tab-findings', { tabId: '3' });
      // @ts-expect-error: this request needs its payload
      await request('get-tab-findings');
      // @ts-expect-error: a field the contract does not have
      await request('undo-decision', { id: 1, reason: 'x' });
      const info = await request('get-list-info');
      // @ts-expect-error: the answer is a ListInfo, which has no records
      void info.records;
      // @ts-expect-error: content scripts may only send their own messages
      await sendToBackground({ type: 'list-decisions' });
      const state = await sendToBackground({ type: 'get-site-state' });
      // @ts-expect-error: the answer is a SiteState
      void state.dismissed;
    };
    expect(typeof calls).toBe('function');
  });

  it('refuses at compile time a handler that takes another payload or answers another type', () => {
    const handlers: Partial<RequestHandlers> = {
      // @ts-expect-error: answers a string where the contract says RefreshRun
      'refresh-now': async () => 'done',
      // @ts-expect-error: reads a field the payload does not have
      'undo-decision': async ({ recordId }: { recordId: string }) => ({ recordId }),
    };
    const content: Partial<ContentHandlers> = {
      // @ts-expect-error: get-record answers a record or null
      'get-record': async () => 'a record',
    };
    expect(Object.keys({ ...handlers, ...content })).toHaveLength(3);
  });
});
