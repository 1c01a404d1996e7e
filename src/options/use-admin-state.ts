/**
 * The administration state (list, settings, refresh results) for the options page's sections,
 * loaded again when a refresh finishes (also one started on a schedule while the page is open) or
 * the policy changes.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { request } from '../platform/request-client';
import type { AdminState } from '../platform/request-types';
import { onPolicyChanged, onSessionChanged, type StoredProgress } from '../platform/storage';
import { t } from '../platform/i18n';

export type LoadedAdminState = AdminState | { error: string } | undefined;

export function useAdminState(): { state: LoadedAdminState; progress: StoredProgress | null; reload: () => void } {
  const [state, setState] = useState<LoadedAdminState>();
  const [progress, setProgress] = useState<StoredProgress | null>(null);
  const reload = useCallback(() => {
    request('get-admin-state').then(setState, (e: unknown) => setState({ error: t('adminLoadFailed', String(e)) }));
  }, []);
  useEffect(reload, [reload]);
  useEffect(() => {
    const stopProgress = onSessionChanged((changes) => {
      if (!changes.refreshProgress) return;
      const next = changes.refreshProgress.newValue ?? null;
      setProgress(next);
      if (next && !next.running) reload();
    });
    const stopPolicy = onPolicyChanged(reload);
    return () => {
      stopProgress();
      stopPolicy();
    };
  }, [reload]);
  return { state, progress, reload };
}
