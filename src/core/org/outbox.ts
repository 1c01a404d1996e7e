/** What waits to be sent to the organisation's submission endpoint (kept in IndexedDB until it is accepted). */
export interface OutboxItem {
  /** Assigned by the store, in the order they were queued. */
  id?: number;
  kind: 'decision' | 'alert';
  /** The JSON body to send (core/org/submission.ts), stamped with `sentAt` at each try. */
  body: unknown;
  /** ISO time it was queued. */
  queuedAt: string;
  attempts: number;
  /** ISO time of the next try. */
  nextAttempt: string;
  /** Why the last try failed, if it did. */
  lastError: string | null;
  /** ISO time of the last try, if any. */
  lastTriedAt?: string;
  /** Refused by the endpoint too often (core/org/retry.ts): no longer tried, still listed until cleared. */
  gaveUp?: boolean;
}

/** Most items the queue keeps: an endpoint down for weeks must not fill the profile's storage. */
export const MAX_OUTBOX_ITEMS = 5000;

/**
 * Which items leave a full queue to make room for `adding` more: first those given up on (they
 * will never be sent), oldest first, then the oldest waiting. Decisions and alerts are both kept
 * in the profile besides (the decisions store, the alerts list), so a dropped item is only not
 * sent; the store counts how many were dropped for the options page.
 */
export function overflow(items: OutboxItem[], adding: number, cap = MAX_OUTBOX_ITEMS): OutboxItem[] {
  const excess = items.length + adding - cap;
  if (excess <= 0) return [];
  const byAge = (a: OutboxItem, b: OutboxItem) => (a.id ?? 0) - (b.id ?? 0);
  const ordered = [...items.filter((i) => i.gaveUp).sort(byAge), ...items.filter((i) => !i.gaveUp).sort(byAge)];
  return ordered.slice(0, excess);
}

/** The queue as the options page shows it. */
export interface OutboxStatus {
  waiting: number;
  gaveUp: number;
  /** ISO time of the next try of a waiting item, or null. */
  nextAttempt: string | null;
  /** The most recent failure's reason, or null. */
  lastError: string | null;
  /** Items dropped because the queue was full, since it was last cleared. */
  dropped: number;
  /** Whether an address is configured (nothing is sent without one). */
  configured: boolean;
}

export function outboxStatus(items: OutboxItem[], dropped: number, configured: boolean): OutboxStatus {
  const waiting = items.filter((i) => !i.gaveUp);
  const next = waiting.map((i) => i.nextAttempt).sort()[0] ?? null;
  const failed = items.filter((i) => i.lastError !== null).sort((a, b) => (b.lastTriedAt ?? '').localeCompare(a.lastTriedAt ?? ''))[0];
  return { waiting: waiting.length, gaveUp: items.length - waiting.length, nextAttempt: next, lastError: failed?.lastError ?? null, dropped, configured };
}
