/** What a list refresh changed in a kept screening's findings, as the screening and options pages say it. */
import type { SavedScreening } from '../core/screening/saved';
import { formatNumber, t } from '../platform/i18n';

export function changesText(s: SavedScreening): string {
  const c = s.changes;
  if (!c) return '';
  return t('screenChanges', [formatNumber(c.added.length), formatNumber(c.changed.length), formatNumber(c.removed.length)]);
}
