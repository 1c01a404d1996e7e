/**
 * Options page section for administrators: the list's sources and settings (locked where an
 * organisation's policy sets them), refresh and its results.
 */
import type { StoredProgress } from '../platform/storage';
import { t } from '../platform/i18n';
import { RefreshPanel } from './RefreshPanel';
import { SourcesForm } from './SourcesForm';
import type { LoadedAdminState } from './use-admin-state';

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
          <SourcesForm effective={state.settings} onSaved={reload} />
        </>
      )}
    </section>
  );
}
