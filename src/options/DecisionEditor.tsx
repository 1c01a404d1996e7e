/**
 * Changing a recorded decision's follow-up from the options page: status, owner, review date,
 * contract and note. Its outcome, finding and time stay as recorded; the background stamps when it
 * changed. Esc or "Cancel" closes it; the caller puts the focus back on its "Edit" button.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DECISION_STATUSES, type Decision, type DecisionStatus } from '../core/decision';
import { formatDate, t } from '../platform/i18n';
import { request } from '../platform/request-client';
import { STATUS_KEYS } from '../ui/decision-labels';

interface Props {
  decision: Decision;
  onSaved(updated: Decision): void;
  onClose(): void;
}

export function DecisionEditor({ decision, onSaved, onClose }: Props) {
  const [status, setStatus] = useState<DecisionStatus>(decision.status);
  const [owner, setOwner] = useState(decision.owner);
  const [reviewDate, setReviewDate] = useState(decision.reviewDate ?? '');
  const [contractRef, setContractRef] = useState(decision.contractRef ?? '');
  const [note, setNote] = useState(decision.note);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const base = `decision-edit-${decision.id ?? 0}`;

  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    try {
      const updated = await request('update-decision', {
        // Decisions listed by the background come from the store, which gave each its id.
        id: decision.id as number,
        status,
        owner,
        reviewDate: reviewDate || null,
        contractRef,
        note,
      });
      onSaved(updated);
    } catch (err) {
      setError(t('decisionFailed', err instanceof Error ? err.message : String(err)));
      setBusy(false);
    }
  }

  return (
    <form class="decision-edit" onSubmit={(e) => void save(e)} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <fieldset>
        <legend>{t('decisionEditLegend', decision.recordName)}</legend>
        <div class="toolbar">
          <div>
            <label for={`${base}-status`}>{t('decisionStatus')}</label>
            <select id={`${base}-status`} ref={first} value={status} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as DecisionStatus)}>
              {DECISION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(STATUS_KEYS[s])}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for={`${base}-owner`}>{t('decisionOwner')}</label>
            <input id={`${base}-owner`} type="text" maxLength={120} value={owner} onInput={(e) => setOwner((e.currentTarget as HTMLInputElement).value)} />
          </div>
          <div>
            <label for={`${base}-review`}>{t('decisionReviewDate')}</label>
            <input
              id={`${base}-review`}
              type="date"
              value={reviewDate}
              aria-describedby={`${base}-review-shown`}
              onInput={(e) => setReviewDate((e.currentTarget as HTMLInputElement).value)}
            />
            <span id={`${base}-review-shown`} class="hint date-shown">
              {reviewDate ? formatDate(reviewDate) : t('dateNotSet')}
            </span>
          </div>
          <div>
            <label for={`${base}-contract`}>{t('decisionContractRef')}</label>
            <input id={`${base}-contract`} type="text" maxLength={200} value={contractRef} onInput={(e) => setContractRef((e.currentTarget as HTMLInputElement).value)} />
          </div>
        </div>
        <label for={`${base}-note`}>{t('decisionsColNote')}</label>
        <textarea id={`${base}-note`} rows={2} maxLength={2000} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
        <div class="toolbar">
          <button type="submit" disabled={busy}>
            {t('decisionEditSave')}
          </button>
          <button type="button" class="secondary" onClick={onClose}>
            {t('decisionEditCancel')}
          </button>
        </div>
        {error ? (
          <p role="alert" class="warning">
            {error}
          </p>
        ) : null}
      </fieldset>
    </form>
  );
}
