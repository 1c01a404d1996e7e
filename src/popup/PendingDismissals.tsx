/**
 * "Not this company" clicked on an in-page card and waiting for the buyer's confirmation (issue
 * #17, attack 3): a page can cover the card and steer a click onto that button, but it cannot
 * reach the popup. Each is recorded here (Confirm: its frame's site, the text that frame matched)
 * or dropped (Discard).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { request } from '../platform/request-client';
import type { PendingDismissal } from '../platform/request-types';

/** What the buyer confirms: the record, the text matched and how far the dismissal would reach. */
function reach(p: PendingDismissal): string {
  if (p.scope === 'everywhere') return t('pendingDismissalEverywhere', [p.recordName, p.matchedText]);
  if (p.scope === 'page') return t('pendingDismissalPage', [p.recordName, p.matchedText, p.pageUrl]);
  return t('pendingDismissal', [p.recordName, p.matchedText, p.site]);
}

export function PendingDismissals({ tabId, onChange }: { tabId: number; onChange(): void }) {
  const [pending, setPending] = useState<PendingDismissal[]>([]);
  const [message, setMessage] = useState('');
  const load = useCallback(
    () => request('list-pending-dismissals', { tabId }).then(setPending, () => setPending([])),
    [tabId],
  );
  useEffect(() => void load(), [load]);
  if (pending.length === 0 && message === '') return null;

  async function settle(dismissal: PendingDismissal, confirm: boolean) {
    try {
      if (confirm) {
        await request('confirm-dismissal', { tabId, id: dismissal.id });
        setMessage(t('dismissalConfirmed', [dismissal.recordName, dismissal.site]));
        onChange();
      } else {
        await request('cancel-dismissal', { tabId, id: dismissal.id });
        setMessage(t('dismissalDiscarded', dismissal.recordName));
      }
    } catch (e) {
      setMessage(t('decisionFailed', e instanceof Error ? e.message : String(e)));
    }
    await load();
  }

  return (
    <section class="pending-dismissals" aria-labelledby="pending-dismissals-heading">
      <h2 id="pending-dismissals-heading">{t('pendingDismissalsHeading')}</h2>
      {pending.length > 0 ? <p class="hint">{t('pendingDismissalsIntro')}</p> : null}
      <ul>
        {pending.map((p) => (
          <li key={p.id}>
            {reach(p)}{' '}
            <button type="button" onClick={() => void settle(p, true)} aria-label={t('confirmDismissalFor', p.recordName)}>
              {t('confirmDismissal')}
            </button>{' '}
            <button type="button" class="secondary" onClick={() => void settle(p, false)} aria-label={t('discardDismissalFor', p.recordName)}>
              {t('discardDismissal')}
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
