/** Options page section: the list in use, how old its official data is, where it came from and what the last update changed. */
import { formatDateTime, formatNumber, t, tr } from '../platform/i18n';
import { OfficialDates } from '../ui/OfficialDates';
import { SourceLinks } from '../ui/SourceLinks';
import { ChangeLines } from './ChangeLines';
import { RUN_KEY } from './RefreshPanel';
import type { LoadedAdminState } from './use-admin-state';

export function ListSection({ state }: { state: LoadedAdminState }) {
  const run = state && !('error' in state) ? state.lastRun : null;
  return (
    <section id="list" aria-labelledby="list-heading">
      <h2 id="list-heading" tabIndex={-1}>{t('sectionList')}</h2>
      {!state ? (
        <p role="status">{t('loading')}</p>
      ) : 'error' in state ? (
        <p role="alert">{state.error}</p>
      ) : (
        <>
          <p>{t('listInfoVersion', [state.info.title, state.info.version, formatNumber(state.info.recordCount)])}</p>
          <OfficialDates list={state.info} />
          <h3 id="list-sources-heading">{t('listSourcesHeading')}</h3>
          <SourceLinks sources={state.info.sources} />
          <h3 id="list-changes-heading">{t('listChangesHeading')}</h3>
          {run ? (
            <>
              <p>
                {t('listChangedOn', formatDateTime(run.time))} {t(RUN_KEY[run.outcome])}
                {run.summary && run.outcome !== 'unchanged' ? ` ${tr(run.summary)}` : ''}
              </p>
              <ChangeLines lines={run.lines} count={run.lineCount} label={t('listChangesHeading')} />
            </>
          ) : (
            <p>{t('listNoUpdateYet')}</p>
          )}
        </>
      )}
    </section>
  );
}
