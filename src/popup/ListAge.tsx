/** The list in use: its version, the date of its official data, and one line of warning once that is older than the admin allows. */
import { useEffect, useState } from 'preact/hooks';
import type { ListInfo } from '../platform/request-types';
import { readMeta } from '../platform/db';
import { formatNumber, t } from '../platform/i18n';
import { listAgeDays, OfficialDates } from '../ui/OfficialDates';
import { SourceLinks } from '../ui/SourceLinks';

export const DEFAULT_MAX_LIST_AGE_DAYS = 30;

async function maxListAgeDays(): Promise<number> {
  // Written by the background (policy included); checked all the same, as a page reads it before any was written.
  const stored = await readMeta('settings');
  const value: unknown = typeof stored === 'object' && stored !== null ? (stored as { maxListAgeDays?: unknown }).maxListAgeDays : undefined;
  return typeof value === 'number' && value > 0 ? value : DEFAULT_MAX_LIST_AGE_DAYS;
}

export function ListAge({ list }: { list: ListInfo }) {
  // Unknown until the admin's threshold is read: no warning flashes on the default meanwhile.
  const [maxAge, setMaxAge] = useState<number | undefined>();
  useEffect(() => {
    maxListAgeDays().then(setMaxAge, () => setMaxAge(DEFAULT_MAX_LIST_AGE_DAYS));
  }, []);
  const age = listAgeDays(list);
  return (
    <div class="list-age" data-max-age-days={maxAge ?? ''}>
      <p class="list-info">{t('listInfoVersion', [list.title, list.version, formatNumber(list.recordCount)])}</p>
      <OfficialDates list={list} />
      {list.sources.length > 0 ? (
        <details class="list-sources">
          <summary>{t('listSources')}</summary>
          <SourceLinks sources={list.sources} />
        </details>
      ) : null}
      {/* One line, below the findings: the buyer's findings stay first, an admin has the way to a refresh. */}
      {maxAge !== undefined && age > maxAge ? (
        <p class="warning list-stale">
          {t('listStaleLine', [formatNumber(age), formatNumber(maxAge)])}{' '}
          <a href="options.html" target="_blank" rel="noreferrer">
            {t('listStaleAdminLink')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
