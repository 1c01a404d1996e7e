/**
 * Options page section for administrators: list sources and settings (locked where an
 * organisation's policy sets them), refresh and its results, file import.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { request } from '../platform/request-client';
import type { AdminState } from '../platform/request-types';
import { onPolicyChanged, onSessionChanged, type StoredProgress } from '../platform/storage';
import { t } from '../platform/i18n';
import { AdminImport } from './AdminImport';
import { RefreshPanel } from './RefreshPanel';
import { SourcesForm } from './SourcesForm';

export function AdminSection() {
  const [state, setState] = useState<AdminState | { error: string } | undefined>();
  const [progress, setProgress] = useState<StoredProgress | null>(null);
  const load = useCallback(() => {
    request('get-admin-state').then(setState, (e: unknown) => setState({ error: t('adminLoadFailed', String(e)) }));
  }, []);
  useEffect(load, [load]);
  useEffect(() => {
    const stopProgress = onSessionChanged((changes) => {
      if (!changes.refreshProgress) return;
      const next = changes.refreshProgress.newValue ?? null;
      setProgress(next);
      // A scheduled refresh finishing while the page is open: show its result.
      if (next && !next.running) load();
    });
    const stopPolicy = onPolicyChanged(load);
    return () => {
      stopProgress();
      stopPolicy();
    };
  }, [load]);

  return (
    <section aria-labelledby="admin-heading">
      <h2 id="admin-heading">{t('adminHeading')}</h2>
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
          <RefreshPanel state={state} progress={progress} onChanged={load} />
          <SourcesForm effective={state.settings} onSaved={load} />
          <AdminImport onChanged={load} />
        </>
      )}
    </section>
  );
}
