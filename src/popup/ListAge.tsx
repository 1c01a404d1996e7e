/** The list in use: its source, how old it is, and a warning once it is older than the admin allows. */
import { useEffect, useState } from 'preact/hooks';
import browser from '../platform/browser';
import type { ListInfo } from '../platform/messages';
import { daysSince, formatDate, formatNumber, t } from '../ui/i18n';
import { SourceLinks } from '../ui/SourceLinks';

export const DEFAULT_MAX_LIST_AGE_DAYS = 30;

async function maxListAgeDays(): Promise<number> {
  const { settings } = await browser.storage.local.get('settings');
  const value = (settings as { maxListAgeDays?: unknown } | undefined)?.maxListAgeDays;
  return typeof value === 'number' && value > 0 ? value : DEFAULT_MAX_LIST_AGE_DAYS;
}

export function ListAge({ list }: { list: ListInfo }) {
  // Unknown until the admin's threshold is read: no warning flashes on the default meanwhile.
  const [maxAge, setMaxAge] = useState<number | undefined>();
  useEffect(() => {
    maxListAgeDays().then(setMaxAge, () => setMaxAge(DEFAULT_MAX_LIST_AGE_DAYS));
  }, []);
  // Age counts from the later of the build and the last refresh that confirmed nothing changed.
  const age = Math.min(daysSince(list.generated), list.checkedAt ? daysSince(list.checkedAt) : Infinity);
  return (
    <div class="list-age" data-max-age-days={maxAge ?? ''}>
      <p class="list-info">
        {t('listInfo', [list.title, formatNumber(list.recordCount), formatDate(list.generated)])}{' '}
        {t('listAgeDays', formatNumber(age))}
        {list.checkedAt ? ` ${t('listCheckedAt', formatDate(list.checkedAt))}` : ''}
      </p>
      {list.sources.length > 0 ? (
        <details class="list-sources">
          <summary>{t('listSources')}</summary>
          <SourceLinks sources={list.sources} />
        </details>
      ) : null}
      {maxAge !== undefined && age > maxAge ? (
        <p class="warning">
          <strong>{t('listStaleTitle')}</strong> {t('listStale', [formatNumber(age), formatNumber(maxAge)])}
        </p>
      ) : null}
    </div>
  );
}
