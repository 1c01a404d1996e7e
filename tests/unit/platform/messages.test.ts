/**
 * Messages into the background: content scripts run inside hostile pages, so every report is
 * validated for shape, size and sender; only the extension's own pages reach its requests, and
 * nothing from another extension or a web page is answered at all.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { dispatch } from '../../../src/background/requests';
import { MAX_TAB_COUNT, parseBackgroundMessage } from '../../../src/platform/background-messages';
import { contentToBackground } from '../../../src/platform/messages';
import { REQUESTS, type HandlersOf } from '../../../src/platform/requests';
import { Rng } from '../../fuzz/prng';
import { hostileText } from '../../fuzz/text-gen';
import { EXTENSION_ID, fakeBrowser } from '../security/fake-browser';

const fake = fakeBrowser();
vi.mock('../../../src/platform/browser', () => ({ default: fake.api }));

type Listener = (message: unknown, sender: Record<string, unknown>) => Promise<unknown> | undefined;
let onMessage: Listener;

beforeAll(async () => {
  await import('../../../src/background/index');
  const registered = fake.listeners.get('runtime.onMessage') ?? [];
  expect(registered).toHaveLength(1);
  onMessage = registered[0] as Listener;
});

const PAGE = `chrome-extension://${EXTENSION_ID}/popup.html`;
const extensionPage = { id: EXTENSION_ID, url: PAGE };
const contentScript = { id: EXTENSION_ID, url: 'https://www.find-tender.service.gov.uk/Notice/1', tab: { id: 7, url: 'https://www.find-tender.service.gov.uk/Notice/1' }, frameId: 0 };
const finding = { recordId: 'cbp-wro-x', matchedText: 'Hoshine', confidence: 'match', score: 0.9, why: 'name' };

async function outcome(result: Promise<unknown> | undefined): Promise<string> {
  if (result === undefined) return 'ignored';
  return result.then(
    () => 'answered',
    (e: unknown) => `rejected: ${e instanceof Error ? e.message : String(e)}`,
  );
}

describe('content-script messages: shape', () => {
  it('accepts each well-formed report', () => {
    const valid = [
      { type: 'page-findings', listVersion: 'v1', findings: [finding] },
      { type: 'get-site-state' },
      { type: 'get-record', recordId: 'cbp-wro-x' },
      { type: 'page-findings', listVersion: 'v1', findings: [{ ...finding, count: 2000 }] },
      { type: 'dismiss-record', recordId: 'cbp-wro-x', name: 'Hoshine', scope: 'site', reason: 'different-company', seen: false },
      { type: 'dismiss-record', recordId: 'cbp-wro-x', name: 'Hoshine', scope: 'everywhere', reason: 'other', seen: true },
    ];
    for (const m of valid) expect(contentToBackground.safeParse(m).success, m.type).toBe(true);
  });

  it('rejects unknown types, wrong types, missing fields, oversize text and too many findings', () => {
    const invalid: unknown[] = [
      null, undefined, 42, 'page-findings', [], {}, { type: 'get-list' }, { type: 'list-decisions' },
      { type: 'page-findings', listVersion: 'v1' },
      { type: 'page-findings', listVersion: 'v1', findings: 'all' },
      { type: 'page-findings', listVersion: 'v1', findings: [{ ...finding, score: 2 }] },
      { type: 'page-findings', listVersion: 'v1', findings: [{ ...finding, score: Number.NaN }] },
      { type: 'page-findings', listVersion: 'v1', findings: [{ ...finding, confidence: 'certain' }] },
      { type: 'page-findings', listVersion: 'v1', findings: [{ ...finding, matchedText: 'x'.repeat(501) }] },
      { type: 'page-findings', listVersion: 'v1', findings: [{ ...finding, recordId: '' }] },
      { type: 'page-findings', listVersion: 'v1', findings: Array.from({ length: 2001 }, () => finding) },
      { type: 'page-findings', listVersion: 'v'.repeat(201), findings: [] },
      { type: 'get-record', recordId: 'x'.repeat(201) },
      { type: 'get-record', recordId: 7 },
      { type: 'page-findings', listVersion: 'v1', findings: [{ ...finding, count: 0 }] },
      { type: 'page-findings', listVersion: 'v1', findings: [{ ...finding, count: 1.5 }] },
      // Content scripts may no longer record a decision of their own: only ask for a dismissal.
      { type: 'record-decision', recordId: 'cbp-wro-x', matchedText: 'Hoshine', outcome: 'not-this-company', note: '' },
      { type: 'dismiss-record', recordId: 'cbp-wro-x' },
      { type: 'dismiss-record', recordId: 'cbp-wro-x', seen: true },
      { type: 'dismiss-record', recordId: 'cbp-wro-x', name: 'Hoshine', scope: 'site', reason: 'different-company', seen: 'yes' },
      { type: 'dismiss-record', recordId: 'x'.repeat(201), name: 'Hoshine', scope: 'site', reason: 'other', seen: true },
      // Scopes and reasons are codes; a name is bounded.
      { type: 'dismiss-record', recordId: 'cbp-wro-x', name: 'Hoshine', scope: 'the whole web', reason: 'other', seen: true },
      { type: 'dismiss-record', recordId: 'cbp-wro-x', name: 'Hoshine', scope: 'site', reason: 'The supplier said so', seen: true },
      { type: 'dismiss-record', recordId: 'cbp-wro-x', name: 'x'.repeat(501), scope: 'site', reason: 'other', seen: true },
    ];
    for (const m of invalid) expect(contentToBackground.safeParse(m).success, JSON.stringify(m)?.slice(0, 80)).toBe(false);
  });

  it('drops keys it does not know, so nothing extra (a page text, a prototype) gets through', () => {
    const parsed = contentToBackground.parse(JSON.parse('{"type":"get-site-state","pageText":"secret","__proto__":{"polluted":true}}'));
    expect(parsed).toEqual({ type: 'get-site-state' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A dismissal carries the record id, the name (checked against the record by the background), two codes and
    // whether the card was seen: no note, outcome or site of the page's.
    const dismissal = contentToBackground.parse({ type: 'dismiss-record', recordId: 'cbp-wro-x', name: 'Hoshine', scope: 'page', reason: 'other', seen: true, matchedText: 'x', note: 'y', outcome: 'escalated', site: 'https://elsewhere.example' });
    expect(dismissal).toEqual({ type: 'dismiss-record', recordId: 'cbp-wro-x', name: 'Hoshine', scope: 'page', reason: 'other', seen: true });
  });

  it('never throws on 2,000 random values', () => {
    const root = new Rng(0xbadc0de);
    const value = (rng: Rng, depth: number): unknown => {
      switch (rng.int(depth > 3 ? 5 : 8)) {
        case 0: return null;
        case 1: return rng.next() * 1e6 - 5e5;
        case 2: return hostileText(rng, rng.int(40));
        case 3: return rng.pick(['page-findings', 'get-record', 'dismiss-record', 'get-site-state', 'match', 'possible', 'not-this-company']);
        case 4: return rng.chance(0.5);
        case 5: return Array.from({ length: rng.int(4) }, () => value(rng, depth + 1));
        default: {
          const o: Record<string, unknown> = {};
          for (const k of ['type', 'findings', 'recordId', 'matchedText', 'confidence', 'score', 'why', 'count', 'seen', 'listVersion', 'outcome', 'note', '__proto__', 'constructor']) {
            if (rng.chance(0.5)) o[k] = value(rng, depth + 1);
          }
          return o;
        }
      }
    };
    for (let i = 0; i < 2000; i++) expect(() => contentToBackground.safeParse(value(root.fork(i), 0))).not.toThrow();
  });
});

describe('background-to-content messages: shape (checked by the content script on receipt)', () => {
  it('accepts a tab-wide count, rebuilt from its known fields only', () => {
    for (const count of [0, 1, 3, 99, 100, MAX_TAB_COUNT]) {
      expect(parseBackgroundMessage({ type: 'tab-summary', count })).toEqual({ type: 'tab-summary', count });
    }
    const parsed = parseBackgroundMessage(JSON.parse('{"type":"tab-summary","count":2,"text":"<img src=x onerror=alert(1)>","__proto__":{"polluted":true}}'));
    expect(parsed).toEqual({ type: 'tab-summary', count: 2 });
    expect(Object.keys(parsed ?? {})).toEqual(['type', 'count']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects unknown types, content-script messages, and counts that are not small non-negative integers', () => {
    const invalid: unknown[] = [
      null, undefined, 3, 'tab-summary', [], [{ type: 'tab-summary', count: 1 }], {}, { type: 'Tab-Summary', count: 1 },
      { type: 'page-findings', listVersion: 'v1', findings: [] }, { type: 'get-site-state' },
      { type: 'tab-summary' }, { type: 'tab-summary', count: '3' }, { type: 'tab-summary', count: -1 }, { type: 'tab-summary', count: 1.5 },
      { type: 'tab-summary', count: Number.NaN }, { type: 'tab-summary', count: Number.POSITIVE_INFINITY }, { type: 'tab-summary', count: MAX_TAB_COUNT + 1 },
      { type: 'tab-summary', count: 3n }, { type: { toString: () => 'tab-summary' }, count: 1 },
    ];
    for (const m of invalid) expect(parseBackgroundMessage(m), String(JSON.stringify(m, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)))).toBeNull();
  });

  it('never throws, on hostile getters and proxies or 2,000 random values', () => {
    const throwing = Object.defineProperty({ type: 'tab-summary' }, 'count', { get: () => { throw new Error('boom'); } });
    const proxy = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(parseBackgroundMessage(throwing)).toBeNull();
    expect(parseBackgroundMessage(proxy)).toBeNull();
    const root = new Rng(0x5e11);
    const value = (rng: Rng, depth: number): unknown => {
      switch (rng.int(depth > 2 ? 5 : 7)) {
        case 0: return null;
        case 1: return rng.chance(0.5) ? rng.int(200) - 50 : rng.next() * 1e7 - 5e6;
        case 2: return hostileText(rng, rng.int(40));
        case 3: return rng.pick(['tab-summary', 'page-findings', 'count', '']);
        case 4: return rng.chance(0.5);
        case 5: return Array.from({ length: rng.int(3) }, () => value(rng, depth + 1));
        default: {
          const o: Record<string, unknown> = {};
          for (const k of ['type', 'count', 'findings', '__proto__', 'constructor']) if (rng.chance(0.6)) o[k] = value(rng, depth + 1);
          return o;
        }
      }
    };
    let accepted = 0;
    for (let i = 0; i < 2000; i++) {
      const m = value(root.fork(i), 0);
      const parsed = parseBackgroundMessage(m);
      if (parsed) {
        accepted++;
        expect(Number.isInteger(parsed.count) && parsed.count >= 0 && parsed.count <= MAX_TAB_COUNT).toBe(true);
      }
    }
    expect(accepted).toBeLessThan(2000);
  });
});

describe('extension-page requests: dispatch', () => {
  const contract = { echo: { payload: z.object({ n: z.number().int().max(10) }), response: 0 } };
  const handle = vi.fn(async (m: { n: number }) => m.n);
  const handlers: HandlersOf<typeof contract> = { echo: handle };
  const sender = { id: EXTENSION_ID, url: PAGE };

  it('answers a well-formed request with the parsed payload', async () => {
    await expect(dispatch(contract, handlers, { type: 'echo', n: 3, extra: 'dropped' }, sender)).resolves.toBe(3);
    expect(handle).toHaveBeenLastCalledWith({ n: 3 }, sender);
  });

  it('rejects unknown and malformed requests without calling a handler', async () => {
    handle.mockClear();
    for (const m of [null, 'echo', 7, [], {}, { type: 'Echo', n: 1 }, { type: 'echo' }, { type: 'echo', n: 11 }, { type: 'echo', n: '1' }, { type: { toString: () => 'echo' }, n: 1 }, { type: 'constructor' }, { type: '__proto__' }, { type: 'toString' }]) {
      await expect(dispatch(contract, handlers, m, sender), JSON.stringify(m) ?? String(m)).rejects.toThrow(/Unknown request|Malformed echo request/);
    }
    expect(handle).not.toHaveBeenCalled();
  });
});

describe('background message listener: sender', () => {
  it('ignores every message from another extension or a web page, whatever it asks', async () => {
    for (const sender of [{ id: 'another-extension', url: 'chrome-extension://another-extension/x.html' }, { url: 'https://evil.example/' }, {}]) {
      expect(await outcome(onMessage({ type: 'list-decisions' }, sender))).toBe('ignored');
      expect(await outcome(onMessage({ type: 'get-site-state' }, { ...sender, tab: { id: 1 } }))).toBe('ignored');
    }
  });

  it('does not let a content script use an extension-page request (decisions, refresh, settings, records)', async () => {
    const pageTypes = Object.keys(REQUESTS);
    expect(pageTypes.length).toBeGreaterThan(10);
    for (const type of pageTypes) {
      expect(await outcome(onMessage({ type }, contentScript)), type).toBe('rejected: Malformed report');
    }
  });

  it('rejects a content-script report without a tab, or of the wrong shape', async () => {
    const { tab: _tab, ...noTab } = contentScript;
    expect(await outcome(onMessage({ type: 'get-site-state' }, noTab))).toBe('rejected: Malformed report');
    expect(await outcome(onMessage({ type: 'page-findings', listVersion: 'v1', findings: [{ ...finding, score: 5 }] }, contentScript))).toBe('rejected: Malformed report');
  });

  it('treats a look-alike extension origin as a content script, not as its own page', async () => {
    const lookalike = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}evil/popup.html`, tab: { id: 3 } };
    expect(await outcome(onMessage({ type: 'list-decisions' }, lookalike))).toBe('rejected: Malformed report');
  });

  it('answers its own pages through dispatch (an unknown request is refused by name)', async () => {
    expect(await outcome(onMessage({ type: 'no-such-request' }, extensionPage))).toBe('rejected: Unknown request no-such-request');
  });
});
