/** One result opened: where it was, the direct supplier and the rest of its row, why it matched, the record with its actions, and the decision record. */
import { useState } from 'preact/hooks';
import { OUTCOMES, type Decision, type Outcome } from '../core/decision';
import type { ListRecord } from '../core/record';
import type { ReportRow } from '../core/screening/report';
import { RecordDetails } from '../ui/RecordDetails';
import { formatDateTime, t } from '../platform/i18n';
import { OrgDecisionsOn } from '../ui/OrgDecisions';
import { outcomeLabel } from '../ui/outcomes';
import { EMPTY_FOLLOW_UP, FollowUpFields, followUpPayload, type FollowUpDraft, type FollowUpPayload } from '../ui/FollowUpFields';
import { foundAtText } from './place-text';

interface Props {
  row: ReportRow;
  record: ListRecord | undefined;
  /** Decisions already recorded on this result, oldest first. */
  decisions: Decision[];
  onDecide(outcome: Outcome, note: string, followUp: FollowUpPayload): Promise<void>;
  onClose(): void;
}

export function ResultDetail({ row, record, decisions, onDecide, onClose }: Props) {
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [note, setNote] = useState('');
  const [followUp, setFollowUp] = useState<FollowUpDraft>(EMPTY_FOLLOW_UP);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (outcome === '') {
      setMessage(t('screenDecisionChoose'));
      return;
    }
    setBusy(true);
    try {
      await onDecide(outcome, note, followUpPayload(followUp, outcome));
      setMessage(t('screenDecisionRecorded', outcomeLabel(outcome)));
      setOutcome('');
      setNote('');
      setFollowUp(EMPTY_FOLLOW_UP);
    } catch (e) {
      setMessage(t('screenDecisionFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="result-detail" aria-labelledby="detail-heading">
      <div class="detail-head">
        <h2 id="detail-heading">{row.recordName}</h2>
        <button type="button" onClick={onClose}>
          {t('screenClose')}
        </button>
      </div>
      <p class="where">{foundAtText(row)}</p>
      <p>
        {t('screenColInput')}: <q>{row.cell}</q>
      </p>
      {row.supplier && row.supplier !== row.cell ? <p class="direct-supplier">{t('screenDirectSupplier', row.supplier)}</p> : null}
      {row.context ? <p class="row-context">{t('screenRowContext', row.context)}</p> : null}
      <p class={row.confidence === 'possible' ? 'possible why' : 'why'}>{row.why}</p>
      <OrgDecisionsOn recordId={row.recordId} />
      {record ? <RecordDetails record={record} /> : <p>{t('screenRecordGone')}</p>}
      <h3>{t('screenDecisionHeading')}</h3>
      {decisions.length > 0 ? (
        <ul class="decision-history">
          {decisions.map((d) => (
            <li key={d.id}>
              {formatDateTime(d.time)}: <strong>{outcomeLabel(d.outcome)}</strong>
              {d.note ? ` (${d.note})` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <form class="decision-form" onSubmit={submit}>
        <fieldset>
          <legend>{t('screenDecisionOutcome')}</legend>
          {OUTCOMES.map((o) => (
            <label key={o} class="choice">
              <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} />{' '}
              {outcomeLabel(o)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('screenDecisionNote')}
          <textarea value={note} maxLength={2000} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <FollowUpFields idBase="screen-decision-follow-up" outcome={outcome} value={followUp} onChange={setFollowUp} />
        <button type="submit" disabled={busy}>
          {t('screenDecisionRecord')}
        </button>
        <p role="status">{message}</p>
      </form>
    </section>
  );
}
