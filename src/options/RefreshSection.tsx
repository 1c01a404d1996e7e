/**
 * Options page section for administrators: the list's sources and settings (locked where an
 * organisation's policy sets them), refresh and its results.
 */
import type { StoredProgress } from '../platform/storage';
import { t } from '../platform/i18n';
import { OrgFeedStatusView, useOrgFeedStatus } from './OrganisationSettings';
import { RefreshPanel } from './RefreshPanel';
import { SourcesForm } from './SourcesForm';
import type { LoadedAdminState } from './use-admin-state';

/** The organisation's decisions feed, read with every refresh: its last read beside the sources' (when an address is set). */
function OrgFeedInRefresh({ state }: { state: LoadedAdminState }) {
  const status = useOrgFeedStatus(state);
  if (!status) return null;
  return (
    <>
      <h3>{t('orgFeedHeading')}</h3>
      <OrgFeedStatusView status={status} />
    </>
  );
}

export function RefreshSection({ state, progress, reload }: { state: LoadedAdminState; progress: StoredProgress | null; reload: () => void }) {
  return (
    <section id="refresh" aria-labelledby="refresh-section-heading">
      <h2 id="refresh-section-heading" tabIndex={-1}>{t('sectionRefresh')}</h2>
      <p class="hint">{t('sectionRefreshIntro')}</p>
      {!state ? (
        <p role="status">{t('loading')}</p>
      ) : 'error' in state ? (
        <p role="alert">{state.error}</p>
      ) : (
        <>
          {state.settings.locked.length > 0 ? <p class="hint">{t('policyInForce')}</p> : null}
          {state.settings.policyErrors.map((e) => (
            <p key={e} class="warning">{e}</p>
          ))}
          <RefreshPanel state={state} progress={progress} onChanged={reload} />
          <OrgFeedInRefresh state={state} />
          <SourcesForm effective={state.settings} onSaved={reload} />
        </>
      )}
    </section>
  );
}
