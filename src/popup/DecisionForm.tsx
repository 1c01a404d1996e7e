/**
 * Records a buyer's outcome for one finding, and shows what was already decided about it on this
 * site. "Not this company" asks, as the in-page card does, how far (these names on this site, on
 * every site, or on this page only) and why.
 */
import { useState } from 'preact/hooks';
import {
  DISMISSAL,
  DISMISSAL_REASONS,
  DISMISSAL_SCOPES,
  isActiveDismissal,
  OUTCOMES,
  type Decision,
  type DismissalReason,
  type DismissalScope,
  type Outcome,
} from '../core/decision';
import { DISMISSAL_REASON_KEYS, DISMISSAL_SCOPE_KEYS } from '../core/labels';
import { formatDateTime, t } from '../platform/i18n';
import { outcomeLabel } from '../ui/outcomes';
import { EMPTY_FOLLOW_UP, FollowUpFields, followUpPayload, type FollowUpDraft } from '../ui/FollowUpFields';
import { request } from '../platform/request-client';

interface Props {
  tabId: number;
  recordId: string;
  /** The texts that matched the record on the tab. */
  matched: string[];
  /** Decisions about this record on this tab's site, newest first. */
  decisions: Decision[];
  onChange(): void;
}

export function DecisionForm({ tabId, recordId, matched, decisions, onChange }: Props) {
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [note, setNote] = useState('');
  const [scope, setScope] = useState<DismissalScope>('site');
  const [reason, setReason] = useState<DismissalReason>(DISMISSAL_REASONS[0]);
  const [followUp, setFollowUp] = useState<FollowUpDraft>(EMPTY_FOLLOW_UP);
  /** The last decision was recorded without a name: say where to set one (never a blocker). */
  const [unnamed, setUnnamed] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const base = `decision-${recordId}`;

  async function submit(event: Event) {
    event.preventDefault();
    if (outcome === '') {
      setMessage(t('decisionChooseOutcome'));
      return;
    }
    setBusy(true);
    try {
      // "Not this company" hides one name a dismissal: one for each name the tab matched, so what
      // the buyer judged here goes, and none of the record's other names.
      const dismissal = outcome === DISMISSAL;
      const texts = dismissal ? matched.map((m) => m.slice(0, 500)) : [matched.join('; ').slice(0, 500)];
      const chosen = { ...(dismissal ? { scope, reason } : {}), ...followUpPayload(followUp, outcome) };
      let saved: Decision | undefined;
      for (const matchedText of texts) saved = await request('record-tab-decision', { tabId, recordId, matchedText, outcome, note, ...chosen });
      if (!saved) return;
      setMessage(t('decisionRecorded', [outcomeLabel(saved.outcome), formatDateTime(saved.time)]));
      setUnnamed(saved.by === '');
      setOutcome('');
      setNote('');
      setScope('site');
      setReason(DISMISSAL_REASONS[0]);
      setFollowUp(EMPTY_FOLLOW_UP);
      onChange();
    } catch (e) {
      setMessage(t('decisionFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }

  async function undo(id: number) {
    try {
      await request('undo-decision', { id });
      setMessage(t('dismissalUndone'));
      onChange();
    } catch (e) {
      setMessage(t('decisionFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  return (
    <div class="decision">
      {decisions.length > 0 ? (
        <>
          <h3 id={`${base}-history`}>{t('decisionsOnSite')}</h3>
          <ul class="decision-history" aria-labelledby={`${base}-history`}>
            {decisions.map((d) => (
              <li key={d.id}>
                <strong>{outcomeLabel(d.outcome)}</strong> · {formatDateTime(d.time)}
                {d.by ? <> · {d.by}</> : null}
                {d.note ? <span class="note"> · {d.note}</span> : null}
                {d.undoneAt ? <span class="undone"> · {t('undoneOn', formatDateTime(d.undoneAt))}</span> : null}
                {isActiveDismissal(d) && d.id !== undefined ? (
                  <button type="button" class="link-button" onClick={() => void undo(d.id as number)}>
                    {t('undoDismissal')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form onSubmit={(e) => void submit(e)}>
        <fieldset>
          <legend>{t('recordDecision')}</legend>
          <label for={`${base}-outcome`}>{t('decisionOutcome')}</label>
          <select
            id={`${base}-outcome`}
            value={outcome}
            onChange={(e) => setOutcome((e.currentTarget as HTMLSelectElement).value as Outcome | '')}
          >
            <option value="">{t('decisionChoose')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {outcomeLabel(o)}
              </option>
            ))}
          </select>
          {outcome === DISMISSAL ? (
            <>
              <fieldset class="dismiss-scope">
                <legend>{t('dismissScopeLegend', matched.join('; '))}</legend>
                {DISMISSAL_SCOPES.map((s) => (
                  <label key={s} for={`${base}-scope-${s}`}>
                    <input
                      type="radio"
                      id={`${base}-scope-${s}`}
                      name={`${base}-scope`}
                      value={s}
                      checked={scope === s}
                      onChange={() => setScope(s)}
                    />{' '}
                    {t(DISMISSAL_SCOPE_KEYS[s])}
                  </label>
                ))}
              </fieldset>
              <label for={`${base}-reason`}>{t('dismissReasonLabel')}</label>
              <select
                id={`${base}-reason`}
                value={reason}
                onChange={(e) => setReason((e.currentTarget as HTMLSelectElement).value as DismissalReason)}
              >
                {DISMISSAL_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {t(DISMISSAL_REASON_KEYS[r])}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          <label for={`${base}-note`}>{t('decisionNote')}</label>
          <textarea
            id={`${base}-note`}
            rows={2}
            maxLength={2000}
            value={note}
            onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <FollowUpFields idBase={`${base}-follow-up`} outcome={outcome} value={followUp} onChange={setFollowUp} />
          <button type="submit" disabled={busy}>
            {t('decisionSave')}
          </button>
        </fieldset>
        <p role="status" class="decision-message">
          {message}
        </p>
        {unnamed ? (
          <p class="hint no-user-name">
            {t('decisionNoUserName')}{' '}
            <a href="options.html#organisation" target="_blank" rel="noreferrer">
              {t('decisionSetUserName')}
            </a>
          </p>
        ) : null}
      </form>
    </div>
  );
}
