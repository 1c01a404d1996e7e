/**
 * Refresh now with its progress, what the last run changed, each source's last result, an update
 * held for confirmation (Apply anyway / Discard), Roll back, and the list's age.
 */
import { useState } from 'preact/hooks';
import { request } from '../platform/request-client';
import type { AdminState, RefreshRun, SourceResult } from '../platform/request-types';
import type { StoredProgress } from '../platform/storage';
import { formatDate, formatDateTime, formatNumber, t, tr } from '../platform/i18n';
import { listAgeDays, OfficialDates } from '../ui/OfficialDates';
import { ChangeLines } from './ChangeLines';

const OUTCOME_KEY: Record<SourceResult['outcome'], string> = {
  updated: 'sourceOutcomeUpdated',
  unchanged: 'sourceOutcomeUnchanged',
  failed: 'sourceOutcomeFailed',
  held: 'sourceOutcomeHeld',
  'not-granted': 'sourceOutcomeNotGranted',
};

export const RUN_KEY: Record<RefreshRun['outcome'], string> = {
  applied: 'runApplied',
  unchanged: 'runUnchanged',
  held: 'runHeld',
  failed: 'runFailed',
  discarded: 'runDiscarded',
  'rolled-back': 'runRolledBack',
};

function SourceResults({ results }: { results: SourceResult[] }) {
  if (results.length === 0) return <p class="hint">{t('noRefreshYet')}</p>;
  return (
    <ul class="source-results">
      {results.map((r) => (
        <li key={r.sourceId} class={`source-result outcome-${r.outcome}`}>
          <strong>{r.label || r.url}</strong>: {t(OUTCOME_KEY[r.outcome])}, {formatDateTime(r.time)}
          {r.recordCount !== null ? ` (${t('recordCount', formatNumber(r.recordCount))})` : ''}
          {r.message ? <p class={r.outcome === 'failed' || r.outcome === 'not-granted' ? 'warning' : 'hint'}>{tr(r.message)}</p> : null}
          {r.lines.length > 0 ? (
            <details>
              <summary>{t('sourceChanges', formatNumber(r.lineCount))}</summary>
              <ChangeLines lines={r.lines} count={r.lineCount} label={t('sourceChangesLabel', r.label || r.url)} />
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function RefreshPanel({ state, progress, onChanged }: { state: AdminState; progress: StoredProgress | null; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const running = busy || state.running || Boolean(progress?.running);

  async function act(task: () => Promise<RefreshRun>) {
    setBusy(true);
    setError('');
    try {
      await task();
    } catch (e) {
      setError(t('refreshRequestFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
      onChanged();
    }
  }

  const run = state.lastRun;
  const results = Object.values(state.results).sort((a, b) => a.label.localeCompare(b.label));
  const age = listAgeDays(state.info);
  const maxAge = state.settings.settings.maxListAgeDays;

  return (
    <div class="refresh-panel">
      <h3 id="refresh-heading">{t('refreshHeading')}</h3>
      <p class="list-info">{t('listInfoVersion', [state.info.title, state.info.version, formatNumber(state.info.recordCount)])}</p>
      <OfficialDates list={state.info} />
      {age > maxAge ? <p class="warning">{t('listStale', [formatNumber(age), formatNumber(maxAge)])}</p> : null}
      <div class="toolbar">
        <button type="button" onClick={() => act(() => request('refresh-now'))} disabled={running} aria-describedby="refresh-progress">
          {t('refreshNow')}
        </button>
        <button type="button" class="secondary" onClick={() => act(() => request('roll-back-list'))} disabled={running || !state.previous}>
          {t('rollBack')}
        </button>
      </div>
      {state.previous ? <p class="hint">{t('rollBackTo', [formatNumber(state.previous.recordCount), formatDate(state.previous.generated)])}</p> : null}
      <div id="refresh-progress" role="status" aria-live="polite">
        {running ? (
          <>
            {progress && progress.total > 0 ? (
              <>
                <progress max={progress.total} value={progress.done} aria-label={t('refreshProgressLabel')} />{' '}
                {progress.label ? t('refreshingSource', [formatNumber(progress.done + 1), formatNumber(progress.total), progress.label]) : t('refreshSettling')}
              </>
            ) : (
              t('refreshWorking')
            )}
          </>
        ) : null}
      </div>
      {error ? <p role="alert" class="warning">{error}</p> : null}

      {state.held ? (
        <div class="held" role="region" aria-labelledby="held-heading">
          <h4 id="held-heading">{t('heldHeading')}</h4>
          <p class="warning">{tr(state.held.reason)}</p>
          <p class="summary">{tr(state.held.summary)}</p>
          <ChangeLines lines={state.held.lines} count={state.held.lineCount} label={t('heldChangesLabel')} />
          <div class="toolbar">
            <button type="button" onClick={() => act(() => request('apply-held'))} disabled={running}>{t('applyAnyway')}</button>
            <button type="button" class="secondary" onClick={() => act(() => request('discard-held'))} disabled={running}>{t('discardHeld')}</button>
          </div>
        </div>
      ) : null}

      {run ? (
        <div class="last-run" aria-labelledby="last-run-heading">
          <h4 id="last-run-heading">{t('lastRunHeading', formatDateTime(run.time))}</h4>
          <p class={run.outcome === 'failed' ? 'warning' : 'summary'}>
            {t(RUN_KEY[run.outcome])}
            {run.summary && run.outcome !== 'unchanged' ? ` ${tr(run.summary)}` : ''}
          </p>
          {/* Other outcomes' messages repeat the outcome; these carry the reasons (failed sources). */}
          {run.message && (run.outcome === 'applied' || run.outcome === 'failed') ? <p class="warning">{tr(run.message)}</p> : null}
          <ChangeLines lines={run.lines} count={run.lineCount} label={t('lastRunChangesLabel')} />
        </div>
      ) : null}

      <h4>{t('sourceResultsHeading')}</h4>
      <SourceResults results={results} />
    </div>
  );
}
