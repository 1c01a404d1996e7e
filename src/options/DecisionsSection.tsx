/**
 * Options page section: the decision record, filtered, with each decision's follow-up (status,
 * owner, review date, contract) editable, undo of dismissals, audit exports and colleagues' imports.
 */
import { Fragment } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isActiveDismissal, type Decision } from '../core/decision';
import { decisionsToCsv, decisionsToJson, exportFileName } from '../core/decision-export';
import type { DecisionFilter } from '../core/decision-filter';
import { request } from '../platform/request-client';
import { downloadText } from '../ui/download';
import { formatDate, formatDateTime, formatNumber, t } from '../platform/i18n';
import { STATUS_KEYS } from '../ui/decision-labels';
import { outcomeLabel } from '../ui/outcomes';
import { DecisionEditor } from './DecisionEditor';
import { DecisionFilters, today } from './DecisionFilters';
import { DecisionsImport } from './DecisionsImport';
import { ScreeningNotice } from './ScreeningNotice';
import { DecisionEvidence, EVIDENCE_LIMITS_ID } from './DecisionEvidence';
import { DeleteDecision } from './DeleteDecision';
import { AuditPackSection } from './AuditPackSection';

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

/** Status, owner, review date (marked when due) and contract, in one cell. */
function FollowUpCell({ decision }: { decision: Decision }) {
  const due = decision.reviewDate !== null && decision.reviewDate <= today();
  return (
    <>
      <span class={`decision-status ${decision.status}`}>{t(STATUS_KEYS[decision.status])}</span>
      {decision.owner ? <> · {t('decisionOwnerIs', decision.owner)}</> : null}
      {decision.reviewDate ? (
        <>
          {' · '}
          <span class={due ? 'review-due' : undefined}>{t(due ? 'decisionReviewDue' : 'decisionReviewOn', formatDate(decision.reviewDate))}</span>
        </>
      ) : null}
      {decision.contractRef ? <> · {t('decisionContractIs', decision.contractRef)}</> : null}
    </>
  );
}

export function DecisionsSection() {
  const [filter, setFilter] = useState<DecisionFilter>({});
  const [decisions, setDecisions] = useState<Decision[] | undefined>();
  const [message, setMessage] = useState('');
  /** The decision whose follow-up is being changed, by id. */
  const [editing, setEditing] = useState<number | null>(null);
  // An audit pack's conflicts are listed where a colleague's file's are: that part reads them again after each pack.
  const [packsImported, setPacksImported] = useState(0);

  // Typing in a filter asks once a keystroke; only the last answer is shown, whatever order they come in.
  const asked = useRef(0);
  const load = useCallback(() => {
    const ask = ++asked.current;
    request('list-decisions', { filter }).then(
      (found) => ask === asked.current && setDecisions(found),
      (e: unknown) => {
        if (ask !== asked.current) return;
        setDecisions([]);
        setMessage(t('decisionFailed', String(e)));
      },
    );
  }, [filter]);
  useEffect(load, [load]);

  /** Closes the editor and gives the focus back to its row's "Edit" button. */
  function closeEditor(id: number) {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(`decision-edit-button-${id}`)?.focus());
  }

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
      <DecisionFilters filter={filter} onChange={(patch) => setFilter((f) => ({ ...f, ...patch }))} />
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
              <th scope="col">{t('decisionsColFollowUp')}</th>
              <th scope="col">{t('decisionBy')}</th>
              <th scope="col">{t('decisionsColCompany')}</th>
              <th scope="col">{t('matchedText')}</th>
              <th scope="col">{t('decisionsColPage')}</th>
              <th scope="col">{t('decisionsColNote')}</th>
              <th scope="col">{t('evidenceColumn')}</th>
              <th scope="col">{t('decisionsColListVersion')}</th>
              <th scope="col">{t('decisionsColActions')}</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((d) => (
              <Fragment key={d.id}>
              <tr>
                <td>{formatDateTime(d.time)}</td>
                <td>
                  {outcomeLabel(d.outcome)}
                  {d.undoneAt ? <span class="undone"> ({t('undoneOn', formatDateTime(d.undoneAt))})</span> : null}
                </td>
                <td>
                  <FollowUpCell decision={d} />
                </td>
                <td>{d.by || '—'}</td>
                <td>{d.recordName}</td>
                <td>{d.matchedText}</td>
                <td>
                  <PageCell decision={d} />
                </td>
                <td>{d.note}</td>
                <td><DecisionEvidence decision={d} /></td>
                <td>{d.listVersion}</td>
                <td>
                  <button
                    type="button"
                    class="secondary"
                    id={`decision-edit-button-${d.id}`}
                    aria-expanded={editing === d.id}
                    onClick={() => setEditing(editing === d.id ? null : (d.id as number))}
                    aria-label={t('decisionEditFor', d.recordName)}
                  >
                    {t('decisionEdit')}
                  </button>
                  {isActiveDismissal(d) ? (
                    <button type="button" class="secondary" onClick={() => void undo(d)} aria-label={t('undoDismissalFor', d.recordName)}>
                      {t('undo')}
                    </button>
                  ) : null}
                  <DeleteDecision decision={d} onDeleted={(done) => (setMessage(done), load())} />
                </td>
              </tr>
              {editing === d.id ? (
                <tr class="decision-edit-row">
                  <td colSpan={11}>
                    <DecisionEditor
                      decision={d}
                      onClose={() => closeEditor(d.id as number)}
                      onSaved={(updated) => {
                        setMessage(t('decisionUpdated', updated.recordName));
                        closeEditor(d.id as number);
                        load();
                      }}
                    />
                  </td>
                </tr>
              ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      <p id={EVIDENCE_LIMITS_ID} class="hint">{t('evidenceLimits')}</p>
      <DecisionsImport key={packsImported} onChanged={load} />
      <AuditPackSection onImported={() => (load(), setPacksImported((n) => n + 1))} />
      <ScreeningNotice />
    </section>
  );
}
