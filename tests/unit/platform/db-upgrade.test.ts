import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, openWroDb } from '../../../src/platform/db';
import { newDecision } from './decision-fixtures';

describe('database upgrade from version 1', () => {
  it('keeps every decision, giving each a distinct uid, nobody, no review date and the status its outcome starts with', async () => {
    // A profile from before version 2: the version-1 stores with two decisions in them.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('lists');
        const decisions = db.createObjectStore('decisions', { keyPath: 'id', autoIncrement: true });
        decisions.createIndex('byRecord', 'recordId');
        decisions.createIndex('bySite', 'site');
        decisions.createIndex('byTime', 'time');
        db.createObjectStore('screenings', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
    });
    await v1.add('decisions', { ...newDecision({ outcome: 'escalated', note: 'sent to legal' }), undoneAt: null });
    await v1.add('decisions', { ...newDecision({ outcome: 'not-this-company' }), undoneAt: null });
    v1.close();

    const db = await openWroDb();
    const kept = await db.getAll('decisions');
    expect(kept.map((d) => [d.outcome, d.note, d.status, d.by, d.owner, d.reviewDate])).toEqual([
      ['escalated', 'sent to legal', 'open', '', '', null],
      ['not-this-company', '', 'closed', '', '', null],
    ]);
    expect(new Set(kept.map((d) => d.uid)).size).toBe(2);
    expect(await db.getFromIndex('decisions', 'byUid', kept[0]!.uid)).toMatchObject({ note: 'sent to legal' });
    expect([...db.objectStoreNames].sort()).toEqual(['decisions', 'evidence', 'lists', 'meta', 'outbox', 'screenings', 'watch']);
  });
});
