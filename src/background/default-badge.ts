/**
 * The toolbar's default badge, shown where a tab has no count of its own: it says that something
 * outside any page needs a look. Unseen watch-list alerts come first (a contracted supplier became
 * listed), then kept screenings with changed findings. A tab's count of listed companies is set per
 * tab (badge.ts) and is never mixed with this.
 */
import { BADGE_COLOURS } from '../core/severity';
import browser from '../platform/browser';
import { listScreenings } from '../platform/screening-store';
import { readAlerts } from '../platform/watch-store';

const SCREENINGS_COLOUR = '#0b4fa8';

export async function showDefaultBadge(): Promise<void> {
  const [screenings, alerts] = await Promise.all([listScreenings(), readAlerts()]);
  const flagged = screenings.filter((s) => s.changes !== null).length;
  const unseen = alerts.filter((a) => a.acknowledgedAt === null).length;
  const text = unseen > 0 ? browser.i18n.getMessage('watchBadgeText') : flagged > 0 ? browser.i18n.getMessage('screenBadgeText') : '';
  await browser.action.setBadgeText({ text });
  if (text !== '') await browser.action.setBadgeBackgroundColor({ color: unseen > 0 ? BADGE_COLOURS.active : SCREENINGS_COLOUR });
  const titles = [
    ...(unseen > 0 ? [browser.i18n.getMessage('watchBadgeTitle', String(unseen))] : []),
    ...(flagged > 0 ? [browser.i18n.getMessage('screenBadgeTitle', String(flagged))] : []),
  ];
  await browser.action.setTitle({ title: titles.length > 0 ? titles.join('\n') : browser.i18n.getMessage('actionTitle') });
}
