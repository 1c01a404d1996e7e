/** What waits to be sent to the organisation's submission endpoint (kept in IndexedDB until it is accepted). */
export interface OutboxItem {
  /** Assigned by the store, in the order they were queued. */
  id?: number;
  kind: 'decision' | 'alert';
  /** The JSON body to send. */
  body: unknown;
  /** ISO time it was queued. */
  queuedAt: string;
  attempts: number;
  /** ISO time of the next try. */
  nextAttempt: string;
  /** Why the last try failed, if it did. */
  lastError: string | null;
}
