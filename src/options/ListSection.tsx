/** Options page section: what list is in use and where it came from. */
import { useEffect, useState } from 'preact/hooks';
import browser from '../platform/browser';
import type { ListInfo } from '../platform/messages';
import { formatNumber, t } from '../ui/i18n';
import { OfficialDates } from '../ui/OfficialDates';
import { SourceLinks } from '../ui/SourceLinks';

export function ListSection() {
  const [info, setInfo] = useState<ListInfo | { error: string } | undefined>();
  useEffect(() => {
    (browser.runtime.sendMessage({ type: 'get-list-info' }) as Promise<ListInfo>).then(setInfo, (e: unknown) =>
      setInfo({ error: String(e) }),
    );
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
