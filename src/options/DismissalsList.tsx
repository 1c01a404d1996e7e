/**
 * Every "Not this company" still in force: the name it hides, the listed company, how far it
 * reaches (a site, every site, one page) and why, searchable, each with its undo. Undone ones stay
 * in the decision record (Decisions section) for the audit trail.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Decision, DismissalScope } from '../core/decision';
import { DISMISSAL_REASON_KEYS } from '../core/labels';
import { request } from '../platform/request-client';
import { formatDate, formatNumber, t } from '../platform/i18n';

const SCOPE_KEYS: Record<DismissalScope, string> = {
  site: 'dismissalsWhereSite',
  everywhere: 'dismissalsWhereEverywhere',
  page: 'dismissalsWherePage',
};

/** The name a dismissal hides; one kept before names were recorded hides all of its record's. */
const hiddenName = (d: Decision): string => d.dismissedName ?? t('dismissalsAllNames', d.recordName);

function where(d: Decision): string {
  if (d.scope === 'everywhere') return t(SCOPE_KEYS.everywhere);
  if (d.scope === 'page') return t(SCOPE_KEYS.page, d.pageTitle || d.pageUrl);
  return t(SCOPE_KEYS.site, d.site.replace(/^https?:\/\//, ''));
}

function why(d: Decision): string {
  const reason = d.reason ? t(DISMISSAL_REASON_KEYS[d.reason]) : '';
  return [reason, d.note].filter((s) => s !== '').join(': ') || t('notStated');
}

export function DismissalsList() {
  const [dismissals, setDismissals] = useState<Decision[] | undefined>();
  const [search, setSearch] = useState('');
  const [message, setMessage] = useState('');

  const load = useCallback(() => {
    request('list-decisions', { filter: { outcome: 'not-this-company', includeUndone: false } }).then(setDismissals, (e: unknown) => {
      setDismissals([]);
      setMessage(t('decisionFailed', String(e)));
    });
  }, []);
  useEffect(load, [load]);

  async function undo(d: Decision) {
    try {
      await request('undo-decision', { id: d.id as number });
      setMessage(t('dismissalUndoneFor', hiddenName(d)));
      load();
    } catch (e) {
      setMessage(t('decisionFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  const needle = search.trim().toLocaleLowerCase();
  const shown = (dismissals ?? []).filter(
    (d) => needle === '' || [hiddenName(d), d.recordName, d.matchedText, where(d), why(d)].join('\n').toLocaleLowerCase().includes(needle),
  );

  return (
    <div class="dismissals">
      <h3 id="dismissals-heading">{t('dismissalsHeading')}</h3>
      <p class="hint">{t('dismissalsIntro')}</p>
      <label for="dismissals-search">{t('dismissalsSearch')}</label>
      <input id="dismissals-search" type="search" value={search} onInput={(e) => setSearch((e.target as HTMLInputElement).value)} />
      <p role="status" class="decision-message">
        {message || (dismissals ? t('dismissalsCount', [formatNumber(shown.length), formatNumber(dismissals.length)]) : '')}
      </p>
      {!dismissals ? (
        <p>{t('loading')}</p>
      ) : shown.length === 0 ? (
        <p class="hint">{t('dismissalsNone')}</p>
      ) : (
        <table class="decisions dismissals-table" aria-labelledby="dismissals-heading">
          <thead>
            <tr>
              <th scope="col">{t('dismissalsColName')}</th>
              <th scope="col">{t('dismissalsColCompany')}</th>
              <th scope="col">{t('dismissalsColWhere')}</th>
              <th scope="col">{t('dismissalsColWhy')}</th>
              <th scope="col">{t('dismissalsColWhen')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('dismissalsColUndo')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => (
              <tr key={d.id}>
                <td>{hiddenName(d)}</td>
                <td>{d.recordName}</td>
                <td>{where(d)}</td>
                <td>{why(d)}</td>
                <td>{formatDate(d.time)}</td>
                <td>
                  <button type="button" class="secondary" aria-label={t('undoDismissalFor', hiddenName(d))} onClick={() => void undo(d)}>
                    {t('undoDismissal')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
