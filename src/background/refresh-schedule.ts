/** The scheduled refresh: `alarms` alarms (the service worker may be asleep when one is due). */
import browser from '../platform/browser';

export const REFRESH_ALARM = 'wro-refresh';
/** One more try after a scheduled or first refresh that failed (offline at install, a source down). */
export const RETRY_ALARM = 'wro-refresh-retry';
const RETRY_MINUTES = 60;

/** Sets the alarm to `hours`, keeping an existing alarm of that period so restarts never postpone it. */
export async function scheduleRefresh(hours: number): Promise<void> {
  const minutes = hours * 60;
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes === minutes) return;
  await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
}

/** Tries again within the hour rather than waiting a whole period; a later retry replaces this one. */
export async function retrySoon(): Promise<void> {
  await browser.alarms.create(RETRY_ALARM, { delayInMinutes: RETRY_MINUTES });
}
