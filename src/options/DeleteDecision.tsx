/**
 * "Delete" on a decision in the options page's list: the record is otherwise append-only, so it
 * asks first, and, when the decision has evidence, whether its files go too ("Also delete its 3
 * evidence files?"). Keyboard: focus moves into the question; Esc or "Keep it" returns it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Decision } from '../core/decision';
import { listEvidence } from '../platform/evidence-store';
import { t } from '../platform/i18n';
import { request } from '../platform/request-client';

export function DeleteDecision({ decision, onDeleted }: { decision: Decision; onDeleted(message: string): void }) {
  /** The decision's evidence count while the question is shown. */
  const [asking, setAsking] = useState<number | null>(null);
  const [error, setError] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking !== null) first.current?.focus();
  }, [asking]);

  async function ask() {
    setError('');
    try {
      setAsking((await listEvidence(decision.uid)).length);
    } catch (e) {
      setError(t('decisionFailed', e instanceof Error ? e.message : String(e)));
    }
  }
  async function remove(deleteEvidence: boolean) {
    try {
      await request('delete-decision', { id: decision.id as number, deleteEvidence });
      onDeleted(t('decisionDeleted', decision.recordName));
    } catch (e) {
      setError(t('decisionFailed', e instanceof Error ? e.message : String(e)));
    }
  }
  function cancel() {
    setAsking(null);
    setTimeout(() => opener.current?.focus());
  }

  if (asking === null) {
    return (
      <>
        <button type="button" class="secondary" ref={opener} onClick={() => void ask()} aria-label={t('deleteDecisionFor', decision.recordName)}>
          {t('deleteDecision')}
        </button>
        {error ? <p role="alert">{error}</p> : null}
      </>
    );
  }
  const question = `delete-question-${decision.id}`;
  return (
    <div role="group" aria-labelledby={question} class="delete-ask" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <p id={question}>
        {t('deleteAsk')} {asking > 0 ? t('deleteAskEvidence', String(asking)) : ''}
      </p>
      {asking > 0 ? (
        <>
          <button type="button" ref={first} onClick={() => void remove(true)}>
            {t('deleteWithEvidence')}
          </button>{' '}
          <button type="button" onClick={() => void remove(false)}>
            {t('deleteKeepEvidence')}
          </button>
        </>
      ) : (
        <button type="button" ref={first} onClick={() => void remove(false)}>
          {t('deleteOnly')}
        </button>
      )}{' '}
      <button type="button" class="secondary" onClick={cancel}>
        {t('deleteCancel')}
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
