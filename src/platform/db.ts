/**
 * The extension's IndexedDB (extension origin): every store is declared here, once, so features
 * never race each other's schema upgrades.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { initialStatus, type Decision } from '../core/decision';
import type { EvidenceItem } from '../core/org/evidence';
import type { ListInForce } from '../core/org/list-history';
import type { OrgFeed } from '../core/org/org-feed';
import type { OutboxItem } from '../core/org/outbox';
import type { WatchAlert, WatchEntry } from '../core/org/watch';
import type { Validators } from '../core/list/refresh';
import type { Text } from '../core/message';
import type { WroList } from '../core/record';
import type { SavedScreening } from '../core/screening/saved';
import type { PageModes, UserSites } from '../core/site-switch';
import type { RefreshRun, SourceResult } from './request-types';

/** A refresh's result waiting for the admin's confirmation (it would remove too much). */
export interface HeldReplacement {
  time: string;
  /** Why it is held, worded by the options page; a string when stored before messages were. */
  reason: Text;
  list: WroList;
  sourceLists: Record<string, WroList>;
  validators: Record<string, Validators>;
  summary: Text;
  lines: Text[];
  lineCount: number;
}

/** An imported decision held differently here: this profile's decision by uid, and the file's version. */
export interface PendingConflict {
  mineUid: string;
  theirs: Decision;
}

/**
 * The `meta` store's keys and what each keeps: what refreshes remember between runs
 * (`background/refresh-state.ts`), the settings and the user's sites (`settings-store.ts`: kept
 * here, not in `storage.local`, so content scripts cannot read them).
 */
export interface MetaItems {
  /**
   * The settings in force: policy laid over the options page's values, as stored (unchecked: read
   * through `effectiveSettings`). Feed addresses may carry access tokens.
   */
  settings: unknown;
  /** Sites the user chose to always scan or switched off. */
  'sites:user': UserSites;
  /**
   * What the background answers content scripts' `get-page-mode` from: the switched-off sites (the
   * user's and the policy's) and discreet mode, worked out whenever one of them may have changed.
   */
  'sites:page-modes': PageModes;
  /** Each source's last accepted list, by source id (an imported file under `import`). */
  'refresh:source-lists': Record<string, WroList>;
  /** The source lists before the last applied change, for rollback. */
  'refresh:source-lists-previous': Record<string, WroList>;
  /** Each source's HTTP validators, for conditional requests. */
  'refresh:validators': Record<string, Validators>;
  /** Each source's last result. */
  'refresh:source-results': Record<string, SourceResult>;
  'refresh:last-run': RefreshRun;
  'refresh:held': HeldReplacement;
  // Importing colleagues' decisions (issue #20, lane record).
  /** Decisions of an imported file that this profile holds differently, waiting for the user to choose. */
  'decisions:conflicts': PendingConflict[];
  // The organisation's decisions feed (issue #20, lane orgfeed).
  /** The last good read of the configured feed and the last attempt's error (core/org/org-feed.ts). */
  'org:decisions': OrgFeed;
  // The submission outbox and the watch list (issue #20, lane outbox).
  /** Items dropped from the full submission queue since it was last cleared (core/org/outbox.ts says which). */
  'outbox:dropped': number;
  /** Alerts raised about watched names, newest last (capped: core/org/watch.ts). */
  'watch:alerts': WatchAlert[];
  /** The list version the watch list was last checked against. */
  'watch:checked-version': string;
  // Evidence and audit packs (issue #20, lane evidence).
  /** Every list version put in force here, with its sources (capped): what an audit pack says a decision was judged against. */
  'list:history': ListInForce[];
}
export type MetaKey = keyof MetaItems;

export interface WroDb extends DBSchema {
  /** 'current' and 'previous' lists; replaced together in one transaction. */
  lists: { key: 'current' | 'previous'; value: WroList };
  decisions: {
    key: number;
    value: Decision;
    indexes: { byRecord: string; bySite: string; byTime: string; byUid: string };
  };
  /** Files and page captures attached to decisions, by their id. */
  evidence: { key: string; value: EvidenceItem; indexes: { byDecision: string } };
  /** Decisions and alerts waiting for the organisation's submission endpoint, oldest first. */
  outbox: { key: number; value: OutboxItem };
  /** The organisation's contracted suppliers and manufacturers, watched across refreshes. */
  watch: { key: string; value: WatchEntry };
  /** Saved screenings (supplier lists kept for re-screening after refreshes). */
  screenings: { key: string; value: SavedScreening };
  /** Small state, by key: see `MetaItems`. */
  meta: { key: MetaKey; value: MetaItems[MetaKey] };
}

/** A decision kept before version 2, given a uid, no author or owner, and the status its outcome starts with. */
export function withOrgFields(old: Decision): Decision {
  return {
    ...old,
    uid: old.uid ?? crypto.randomUUID(),
    by: old.by ?? '',
    owner: old.owner ?? '',
    status: old.status ?? initialStatus(old.outcome),
    reviewDate: old.reviewDate ?? null,
  };
}

/** One value of the `meta` store, or undefined when it was never written. */
export async function readMeta<K extends MetaKey>(key: K): Promise<MetaItems[K] | undefined> {
  return (await (await openWroDb()).get('meta', key)) as MetaItems[K] | undefined;
}

export async function writeMeta<K extends MetaKey>(key: K, value: MetaItems[K]): Promise<void> {
  await (await openWroDb()).put('meta', value, key);
}

export const DB_NAME = 'wro-check';
const DB_VERSION = 2;

let dbPromise: Promise<IDBPDatabase<WroDb>> | undefined;

export function openWroDb(): Promise<IDBPDatabase<WroDb>> {
  dbPromise ??= openDB<WroDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('lists');
        const decisions = db.createObjectStore('decisions', { keyPath: 'id', autoIncrement: true });
        decisions.createIndex('byRecord', 'recordId');
        decisions.createIndex('bySite', 'site');
        decisions.createIndex('byTime', 'time');
        db.createObjectStore('screenings', { keyPath: 'id' });
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        db.createObjectStore('evidence', { keyPath: 'id' }).createIndex('byDecision', 'decisionUid');
        db.createObjectStore('outbox', { keyPath: 'id', autoIncrement: true });
        db.createObjectStore('watch', { keyPath: 'id' });
        const decisions = tx.objectStore('decisions');
        // Decisions kept before version 2 get the fields every decision now has; uids before the unique index.
        void decisions.openCursor().then(async function migrate(cursor): Promise<void> {
          if (!cursor) {
            decisions.createIndex('byUid', 'uid', { unique: true });
            return;
          }
          await cursor.update(withOrgFields(cursor.value));
          return migrate(await cursor.continue());
        });
      }
    },
    // The browser closed the connection (site data cleared): the next call opens a fresh database.
    terminated() {
      dbPromise = undefined;
    },
  });
  return dbPromise;
}
