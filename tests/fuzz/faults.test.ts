/**
 * Fault injection around the stored list: every write of a refresh is in turn made to fail (the
 * background stopped mid-transaction, IndexedDB's quota exceeded), and storage is cleared in the
 * middle of a refresh. Afterwards the list in use is the old one or the new one, never a mix or
 * nothing, decisions are intact, and the next refresh recovers.
 */
import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runRefresh, type RefreshDeps } from '../../src/background/refresh-run';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { validateList } from '../../src/core/list/list-schema';
import type { WroList } from '../../src/core/record';
import { DB_NAME, openWroDb } from '../../src/platform/db';
import { addDecision, listDecisions } from '../../src/platform/decision-store';
import { ensureSeeded, getCurrentList, getPreviousList } from '../../src/platform/list-store';
import seedJson from '../../seeds/default-list.json';
import { wroJsonList } from './feed-gen';
import { recordFigure } from './figures';

const seed = seedJson as WroList;
const FEED_URL = 'https://feed.example/list.json';
const NOW = new Date('2026-11-28T06:00:00.000Z');

/** The feed adds a record no other list has, so old and new lists differ. */
function feedBody(): string {
  const list = wroJsonList(10);
  const extra = { ...list.records[0]!, id: 'org-quillmarsh-latex-gloves', name: 'Quillmarsh Latex Gloves Sdn Bhd', aliases: [], subsidiaries: [], formerNames: [], nameVariants: [] };
  return JSON.stringify({ ...list, version: 'feed-v2', records: [...list.records, extra] });
}

function deps(fetch: typeof globalThis.fetch = async () => new Response(feedBody(), { headers: { 'content-type': 'application/json' } })): RefreshDeps {
  return {
    settings: { ...DEFAULT_SETTINGS, sources: [{ id: 'org', kind: 'wro-json', url: FEED_URL, label: 'Organisation feed', enabled: true }] },
    seed,
    fetch,
    hostGranted: async () => true,
    now: () => NOW,
  };
}

type WriteFault = (store: IDBObjectStore) => void;
const WRITES = ['put', 'add', 'delete', 'clear'] as const;
const originals = Object.fromEntries(WRITES.map((m) => [m, IDBObjectStore.prototype[m]])) as Record<(typeof WRITES)[number], (...args: unknown[]) => IDBRequest>;
let writeCount = 0;

/** Counts every IndexedDB write; the `at`-th (1-based) runs `fault` first. */
function injectAtWrite(at: number, fault: WriteFault): void {
  writeCount = 0;
  for (const m of WRITES) {
    IDBObjectStore.prototype[m] = function (this: IDBObjectStore, ...args: unknown[]) {
      writeCount++;
      if (writeCount === at) fault(this);
      return originals[m].apply(this, args);
    } as never;
  }
}

function clearFaults(): void {
  for (const m of WRITES) IDBObjectStore.prototype[m] = originals[m] as never;
}

/**
 * The transaction is aborted after the write is issued and before it commits, as the browser does
 * when the background is stopped or the disk is full: the write's request and the transaction then
 * fail asynchronously, and every later write in it throws.
 */
function abortBeforeCommit(errorName: string): WriteFault {
  return (store) => {
    const tx = store.transaction;
    queueMicrotask(() => {
      Object.defineProperty(tx, 'error', { value: new DOMException(`${errorName} (injected)`, errorName), configurable: true });
      try {
        tx.abort();
      } catch {
        // Already committing or finished: this write got through, as it may in a real browser.
      }
    });
  };
}
const backgroundStopped = abortBeforeCommit('AbortError');
const quotaExceeded = abortBeforeCommit('QuotaExceededError');
/** The write itself throws QuotaExceededError; the transaction is left to commit what came before. */
const quotaThrows: WriteFault = () => {
  throw new DOMException('Quota exceeded.', 'QuotaExceededError');
};

async function reset(): Promise<void> {
  const db = await openWroDb();
  await Promise.all([db.clear('lists'), db.clear('meta'), db.clear('decisions')]);
  await ensureSeeded(seed);
  await addDecision({
    time: '2026-11-27T09:15:00.000Z', outcome: 'asked-for-evidence', note: 'Certificates requested', pageUrl: 'https://www.find-tender.service.gov.uk/Notice/1',
    pageTitle: 'Gloves', site: 'https://www.find-tender.service.gov.uk', matchedText: 'Supermax', recordId: seed.records[0]!.id, recordName: seed.records[0]!.name, listVersion: seed.version,
  });
}

let newVersion = '';
let cleanWrites = 0;

beforeAll(async () => {
  await reset();
  injectAtWrite(0, () => undefined);
  const run = await runRefresh(deps());
  cleanWrites = writeCount;
  clearFaults();
  expect(run.outcome).toBe('applied');
  newVersion = (await getCurrentList())!.version;
  expect(newVersion).not.toBe(seed.version);
});

afterEach(clearFaults);

/** The list in use is one whole list, old or new; the previous list too; decisions are intact. */
async function expectOldOrNew(label: string): Promise<void> {
  const current = await getCurrentList();
  expect(current, label).toBeDefined();
  expect(validateList(current).ok, label).toBe(true);
  expect([seed.version, newVersion], label).toContain(current!.version);
  expect(current!.records.length, label).toBe(current!.version === seed.version ? seed.records.length : seed.records.length + 1);
  const previous = await getPreviousList();
  if (previous) expect([seed.version, newVersion], label).toContain(previous.version);
  expect(await listDecisions(), label).toHaveLength(1);
}

describe('faults during a refresh', () => {
  const faults: Array<[string, WriteFault]> = [
    ['the background stopped mid-transaction', backgroundStopped],
    ['quota exceeded (transaction aborted)', quotaExceeded],
    ['quota exceeded (write throws)', quotaThrows],
  ];

  it.each(faults)('leaves the old or the new list at every write when %s, and the next refresh recovers', async (name, fault) => {
    expect(cleanWrites).toBeGreaterThan(1);
    for (let at = 1; at <= cleanWrites; at++) {
      const label = `${name} at write ${at} of ${cleanWrites}`;
      await reset();
      injectAtWrite(at, fault);
      await runRefresh(deps()).catch(() => undefined);
      clearFaults();
      await expectOldOrNew(label);
      const again = await runRefresh(deps());
      expect(['applied', 'unchanged'], label).toContain(again.outcome);
      expect((await getCurrentList())?.version, label).toBe(newVersion);
    }
    recordFigure('faults', name, cleanWrites, `every one of the ${cleanWrites} IndexedDB writes of a refresh`);
  }, 120_000);

  it('recovers when storage is cleared in the middle of a refresh: the bundled list is reseeded', async () => {
    await reset();
    const clearing = (async () => {
      // The user clears site data while the feed downloads: the browser closes the connection.
      forceCloseDatabase(unwrap(await openWroDb()) as never);
      await new Promise<void>((done, fail) => {
        const req = indexedDB.deleteDatabase(DB_NAME);
        req.onsuccess = () => done();
        req.onerror = () => fail(req.error);
      });
      return new Response(feedBody(), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    await runRefresh(deps(clearing)).catch(() => undefined);
    // What the background does on its next event: read the list, reseeding when it is gone.
    const list = (await getCurrentList()) ?? (await ensureSeeded(seed));
    expect([seed.version, newVersion]).toContain(list.version);
    const again = await runRefresh(deps());
    expect(['applied', 'unchanged']).toContain(again.outcome);
    expect((await getCurrentList())?.version).toBe(newVersion);
    recordFigure('faults', 'storage cleared mid-refresh', 1, 'database closed and deleted while the feed downloads');
  });

  it('recovers when storage is cleared between two refreshes', async () => {
    await reset();
    await runRefresh(deps());
    forceCloseDatabase(unwrap(await openWroDb()) as never);
    await new Promise<void>((done) => {
      indexedDB.deleteDatabase(DB_NAME).onsuccess = () => done();
    });
    const list = (await getCurrentList()) ?? (await ensureSeeded(seed));
    expect(list.version).toBe(seed.version);
    expect(await listDecisions()).toEqual([]);
    expect((await runRefresh(deps())).outcome).toBe('applied');
    recordFigure('faults', 'storage cleared between refreshes', 1);
  });
});
