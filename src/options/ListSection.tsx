/** Options page section: what list is in use and where it came from. */
import { useEffect, useState } from 'preact/hooks';
import { request } from '../platform/request-client';
import type { ListInfo } from '../platform/request-types';
import { formatNumber, t } from '../platform/i18n';
import { OfficialDates } from '../ui/OfficialDates';
import { SourceLinks } from '../ui/SourceLinks';

export function ListSection() {
  const [info, setInfo] = useState<ListInfo | { error: string } | undefined>();
  useEffect(() => {
    request('get-list-info').then(setInfo, (e: unknown) => setInfo({ error: String(e) }));
  }, []);
  return (
    <section aria-labelledby="list-heading">
      <h2 id="list-heading">{t('listHeading')}</h2>
      {!info ? (
        <p role="status">{t('loading')}</p>
      ) : 'error' in info ? (
        <p role="alert">{info.error}</p>
      ) : (
        <>
          <p>{t('listInfoVersion', [info.title, info.version, formatNumber(info.recordCount)])}</p>
          <OfficialDates list={info} />
          <SourceLinks sources={info.sources} />
        </>
      )}
    </section>
  );
}
