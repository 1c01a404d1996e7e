/** The scheduled refresh: one `alarms` alarm (the service worker may be asleep when it is due). */
import browser from '../platform/browser';

export const REFRESH_ALARM = 'wro-refresh';

/** Sets the alarm to `hours`, keeping an existing alarm of that period so restarts never postpone it. */
export async function scheduleRefresh(hours: number): Promise<void> {
  const minutes = hours * 60;
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes === minutes) return;
  await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
}
