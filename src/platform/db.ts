/**
 * The extension's IndexedDB (extension origin): every store is declared here, once, so features
 * never race each other's schema upgrades.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Decision } from '../core/decision';
import type { WroList } from '../core/record';
import type { SavedScreening } from '../core/screening/saved';

export interface WroDb extends DBSchema {
  /** 'current' and 'previous' lists; replaced together in one transaction. */
  lists: { key: 'current' | 'previous'; value: WroList };
  decisions: {
    key: number;
    value: Decision;
    indexes: { byRecord: string; bySite: string; byTime: string };
  };
  /** Saved screenings (supplier lists kept for re-screening after refreshes). */
  screenings: { key: string; value: SavedScreening };
  /** Small settings and state: refresh validators, last refresh result, pending confirmations. */
  meta: { key: string; value: unknown };
}

export const DB_NAME = 'wro-check';
const DB_VERSION = 1;

let dbPromise: Promise<IDBPDatabase<WroDb>> | undefined;

export function openWroDb(): Promise<IDBPDatabase<WroDb>> {
  dbPromise ??= openDB<WroDb>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('lists');
      const decisions = db.createObjectStore('decisions', { keyPath: 'id', autoIncrement: true });
      decisions.createIndex('byRecord', 'recordId');
      decisions.createIndex('bySite', 'site');
      decisions.createIndex('byTime', 'time');
      db.createObjectStore('screenings', { keyPath: 'id' });
      db.createObjectStore('meta');
    },
    // The browser closed the connection (site data cleared): the next call opens a fresh database.
    terminated() {
      dbPromise = undefined;
    },
  });
  return dbPromise;
}
