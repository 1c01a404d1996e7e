/**
 * The organisation's decisions feed as kept between refreshes: the last good read of its address,
 * and the last attempt's error. A bad read keeps the last good decisions (untrusted input never
 * takes away what was good); a changed or emptied address drops them, since they belong to
 * another feed.
 */
import type { Decision } from '../decision';
import type { Validators } from '../list/refresh';
import type { Text } from '../message';

export interface OrgFeed {
  url: string;
  /** When the decisions kept were last read or confirmed (ISO), null before the first good read. */
  fetchedAt: string | null;
  /** The document's own `exportedAt`, null before the first good read. */
  exportedAt: string | null;
  decisions: Decision[];
  /** HTTP validators of the last good read, for a conditional request. */
  validators: Validators | null;
  /** When it was last tried (ISO). */
  checkedAt: string;
  /** Why the last try failed; null when it succeeded. */
  error: Text | null;
}

/** What one read of the feed gave. */
export type OrgFeedRead =
  | { status: 'read'; exportedAt: string; decisions: Decision[]; validators: Validators }
  | { status: 'unchanged' }
  | { status: 'failed'; error: Text };

/** The feed as kept for `url` after `read` at `time`, over what was kept before (any address). */
export function nextOrgFeed(kept: OrgFeed | null, url: string, read: OrgFeedRead, time: string): OrgFeed {
  const same: OrgFeed = kept?.url === url ? kept : { url, fetchedAt: null, exportedAt: null, decisions: [], validators: null, checkedAt: time, error: null };
  switch (read.status) {
    case 'read':
      return { url, fetchedAt: time, exportedAt: read.exportedAt, decisions: read.decisions, validators: read.validators, checkedAt: time, error: null };
    case 'unchanged':
      return { ...same, fetchedAt: time, checkedAt: time, error: null };
    case 'failed':
      return { ...same, checkedAt: time, error: read.error };
  }
}

/** The kept feed if it is the configured one: a feed of another (or no) address is never shown. */
export function feedInForce(kept: OrgFeed | null | undefined, url: string): OrgFeed | null {
  return kept && url !== '' && kept.url === url ? kept : null;
}
