/** A contracted supplier or manufacturer the organisation watches: an alert when it becomes listed or its record changes. */
export interface WatchEntry {
  /** Stable (a random UUID). */
  id: string;
  name: string;
  /** Where it came from: typed in, or a kept screening's name. */
  origin: string;
  /** ISO time it was added. */
  addedAt: string;
  /** The record it matched at the last check and that record's status, if any. */
  matchedRecordId: string | null;
  matchedStatus: string | null;
}
