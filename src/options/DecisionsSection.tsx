/** Options page section: the decision record, filtered, with undo of dismissals and audit exports. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { isActiveDismissal, OUTCOMES, type Decision, type Outcome } from '../core/decision';
import { decisionsToCsv, decisionsToJson, exportFileName } from '../core/decision-export';
import type { DecisionFilter } from '../core/decision-filter';
import { request } from '../platform/request-client';
import { downloadText } from '../ui/download';
import { formatDate, formatDateTime, formatNumber, t } from '../platform/i18n';
import { outcomeLabel } from '../ui/outcomes';
import { ScreeningNotice } from './ScreeningNotice';

/** Page addresses come from browsed pages: only web addresses become links. */
const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);

function PageCell({ decision }: { decision: Decision }) {
  const title = decision.pageTitle || decision.pageUrl || t('notStated');
  return isWebUrl(decision.pageUrl) ? (
    <a href={decision.pageUrl} target="_blank" rel="noreferrer">
      {title}
    </a>
  ) : (
    <>{title}</>
  );
}

/**
 * The chosen date in the extension's language: a date field is drawn in the browser's own, which
 * may differ ("12/03/2026" in a US-English browser showing WRO Check in English-GB).
 */
function DateShown({ id, iso }: { id: string; iso: string | undefined }) {
  return (
    <span id={id} class="hint date-shown">
      {iso ? formatDate(iso) : t('dateNotSet')}
    </span>
  );
}

export function DecisionsSection() {
  const [filter, setFilter] = useState<DecisionFilter>({});
  const [decisions, setDecisions] = useState<Decision[] | undefined>();
  const [message, setMessage] = useState('');

  const load = useCallback(() => {
    request('list-decisions', { filter }).then(setDecisions, (e: unknown) => {
      setDecisions([]);
      setMessage(t('decisionFailed', String(e)));
    });
  }, [filter]);
  useEffect(load, [load]);

  const update = (patch: DecisionFilter) => setFilter({ ...filter, ...patch });
  const emptyToUndefined = (value: string): string | undefined => (value === '' ? undefined : value);

  async function undo(decision: Decision) {
    try {
      // Decisions listed by the background come from the store, which gave each its id.
      await request('undo-decision', { id: decision.id as number });
      setMessage(t('dismissalUndoneFor', decision.recordName));
      load();
    } catch (e) {
      setMessage(t('decisionFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  function exportAs(kind: 'csv' | 'json') {
    const rows = decisions ?? [];
    const now = new Date().toISOString();
    const text = kind === 'csv' ? decisionsToCsv(rows, { outcomeLabel }) : decisionsToJson(rows, now);
    downloadText(text, exportFileName(now, kind), kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
    setMessage(t('decisionsExported', formatNumber(rows.length)));
  }

  return (
    <section id="decisions" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading" tabIndex={-1}>{t('sectionDecisions')}</h2>
      <p>{t('decisionsIntro')}</p>
      <form class="toolbar" role="search" aria-label={t('decisionsFilters')} onSubmit={(e) => e.preventDefault()}>
        <div>
          <label for="decision-filter-outcome">{t('decisionOutcome')}</label>
          <select
            id="decision-filter-outcome"
            value={filter.outcome ?? ''}
            onChange={(e) => update({ outcome: emptyToUndefined((e.currentTarget as HTMLSelectElement).value) as Outcome | undefined })}
          >
            <option value="">{t('filterAllOutcomes')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {outcomeLabel(o)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="decision-filter-text">{t('decisionsFilterText')}</label>
          <input
            id="decision-filter-text"
            type="text"
            value={filter.text ?? ''}
            onInput={(e) => update({ text: emptyToUndefined((e.currentTarget as HTMLInputElement).value) })}
          />
        </div>
        <div>
          <label for="decision-filter-from">{t('decisionsFrom')}</label>
          <input
            id="decision-filter-from"
            type="date"
            aria-describedby="decision-filter-from-shown"
            value={filter.from ?? ''}
            onInput={(e) => update({ from: emptyToUndefined((e.currentTarget as HTMLInputElement).value) })}
          />
          <DateShown id="decision-filter-from-shown" iso={filter.from} />
        </div>
        <div>
          <label for="decision-filter-to">{t('decisionsTo')}</label>
          <input
            id="decision-filter-to"
            type="date"
            aria-describedby="decision-filter-to-shown"
            value={filter.to ?? ''}
            onInput={(e) => update({ to: emptyToUndefined((e.currentTarget as HTMLInputElement).value) })}
          />
          <DateShown id="decision-filter-to-shown" iso={filter.to} />
        </div>
        <div>
          <input
            id="decision-filter-undone"
            type="checkbox"
            checked={filter.includeUndone !== false}
            onChange={(e) => update({ includeUndone: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          <label for="decision-filter-undone" class="inline">
            {t('decisionsShowUndone')}
          </label>
        </div>
      </form>
      <div class="toolbar">
        <button type="button" onClick={() => exportAs('csv')} disabled={!decisions} aria-describedby="export-hint">
          {t('exportCsv')}
        </button>
        <button type="button" onClick={() => exportAs('json')} disabled={!decisions} aria-describedby="export-hint">
          {t('exportJson')}
        </button>
      </div>
      <p id="export-hint" class="hint">
        {t('exportHint')}
      </p>
      <p role="status" class="decision-message">
        {message}
      </p>
      {!decisions ? (
        <p>{t('loading')}</p>
      ) : decisions.length === 0 ? (
        <p>{t('decisionsNone')}</p>
      ) : (
        <table class="decisions">
          <caption>{t('decisionsCount', formatNumber(decisions.length))}</caption>
          <thead>
            <tr>
              <th scope="col">{t('decisionsColTime')}</th>
              <th scope="col">{t('decisionOutcome')}</th>
              <th scope="col">{t('decisionsColCompany')}</th>
              <th scope="col">{t('matchedText')}</th>
              <th scope="col">{t('decisionsColPage')}</th>
              <th scope="col">{t('decisionsColNote')}</th>
              <th scope="col">{t('decisionsColListVersion')}</th>
              <th scope="col">{t('decisionsColUndo')}</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((d) => (
              <tr key={d.id}>
                <td>{formatDateTime(d.time)}</td>
                <td>
                  {outcomeLabel(d.outcome)}
                  {d.undoneAt ? <span class="undone"> ({t('undoneOn', formatDateTime(d.undoneAt))})</span> : null}
                </td>
                <td>{d.recordName}</td>
                <td>{d.matchedText}</td>
                <td>
                  <PageCell decision={d} />
                </td>
                <td>{d.note}</td>
                <td>{d.listVersion}</td>
                <td>
                  {isActiveDismissal(d) ? (
                    <button type="button" class="secondary" onClick={() => void undo(d)} aria-label={t('undoDismissalFor', d.recordName)}>
                      {t('undo')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ScreeningNotice />
    </section>
  );
}
