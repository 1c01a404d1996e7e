/**
 * The background's own path to the list (`currentList`): after storage is cleared it reseeds the
 * bundled list, and a read that fails once (an aborted transaction, a database being deleted) is
 * not remembered: the next request reads again instead of failing for the rest of the
 * service worker's life.
 */
import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WroList } from '../../src/core/record';
import { DB_NAME, openWroDb } from '../../src/platform/db';
import { replaceCurrentList } from '../../src/platform/list-store';
import seedJson from '../../seeds/default-list.json';
import { fakeBrowser } from '../unit/security/fake-browser';
import { recordFigure } from './figures';

const fake = fakeBrowser();
vi.mock('../../src/platform/browser', () => ({ default: fake.api }));
const { currentList, forgetCachedList } = await import('../../src/background/list-cache');

const seed = seedJson as WroList;
const originalGet = IDBObjectStore.prototype.get;

afterEach(() => {
  IDBObjectStore.prototype.get = originalGet;
});

async function clearStorage(): Promise<void> {
  forceCloseDatabase(unwrap(await openWroDb()) as never);
  await new Promise<void>((done) => {
    indexedDB.deleteDatabase(DB_NAME).onsuccess = () => done();
  });
}

describe('background list after faults', () => {
  it('reseeds the bundled list when storage was cleared under it', async () => {
    await replaceCurrentList({ ...seed, version: 'refreshed-v2', records: seed.records.slice(0, 5) });
    forgetCachedList();
    expect((await currentList()).list.version).toBe('refreshed-v2');
    await clearStorage();
    forgetCachedList();
    const { list, byId } = await currentList();
    expect(list.version).toBe(seed.version);
    expect(byId.size).toBe(seed.records.length);
    recordFigure('faults', 'background reseeded after storage cleared', 1);
  });

  it('reads again after a failed read instead of keeping the failure', async () => {
    forgetCachedList();
    IDBObjectStore.prototype.get = function () {
      throw new DOMException('The transaction was aborted.', 'AbortError');
    };
    await expect(currentList()).rejects.toThrow();
    IDBObjectStore.prototype.get = originalGet;
    expect((await currentList()).list.records.length).toBeGreaterThan(0);
    recordFigure('faults', 'background read failing once, then recovering', 1);
  });
});
