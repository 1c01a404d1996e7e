/**
 * Companies the buyer marked "not this company" on this site: no longer highlighted or listed as
 * findings, so they are named here with an undo, where the buyer would look for them.
 */
import { useState } from 'preact/hooks';
import { isActiveDismissal, type Decision } from '../core/decision';
import { formatDateTime, t } from '../platform/i18n';
import { request } from '../platform/request-client';

export function DismissedList({ decisions, shownRecordIds, onChange }: { decisions: Decision[]; shownRecordIds: Set<string>; onChange(): void }) {
  const [message, setMessage] = useState('');
  const dismissed = decisions.filter((d) => isActiveDismissal(d) && !shownRecordIds.has(d.recordId));
  if (dismissed.length === 0 && message === '') return null;

  async function undo(decision: Decision) {
    try {
      await request('undo-decision', { id: decision.id as number });
      setMessage(t('dismissalUndoneFor', decision.recordName));
      onChange();
    } catch (e) {
      setMessage(t('decisionFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  return (
    <section class="dismissed-list" aria-labelledby="dismissed-heading">
      <h2 id="dismissed-heading">{t('dismissedHeading')}</h2>
      <ul>
        {dismissed.map((d) => (
          <li key={d.id}>
            <strong>{d.recordName}</strong> · <q>{d.matchedText}</q> · {formatDateTime(d.time)}{' '}
            <button type="button" class="link-button" onClick={() => void undo(d)} aria-label={t('undoDismissalFor', d.recordName)}>
              {t('undo')}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" class="decision-message">
        {message}
      </p>
    </section>
  );
}
