/**
 * A finding already decided on this site: "Handled: Supplier confirmed goods are not from the
 * listed company, 3 Dec 2026, note…" with an undo, so a decided finding no longer looks untouched.
 */
import type { Decision } from '../core/decision';
import { capText } from '../core/finding-context';
import { formatDate, t } from '../platform/i18n';
import { request } from '../platform/request-client';
import { outcomeLabel } from '../ui/outcomes';

/** Characters of the note on the compact line; the whole note is in the details' history. */
const NOTE_CHARS = 80;

/** `onUndone` is told what to say: this line goes once its decision is undone, so it cannot say it itself. */
export function Handled({ decision, onUndone }: { decision: Decision; onUndone(message: string): void }) {
  async function undo() {
    try {
      await request('undo-decision', { id: decision.id as number });
      onUndone(t('decisionUndone', outcomeLabel(decision.outcome)));
    } catch (e) {
      onUndone(t('decisionFailed', e instanceof Error ? e.message : String(e)));
    }
  }
  const parts = [outcomeLabel(decision.outcome), formatDate(decision.time)];
  if (decision.note) parts.push(capText(decision.note, NOTE_CHARS));
  return (
    <p class="handled">
      <strong>{t('popupHandled')}</strong> {parts.join(', ')}{' '}
      {decision.id !== undefined ? (
        <button type="button" class="link-button" onClick={() => void undo()} aria-label={t('undoDecisionFor', decision.recordName)}>
          {t('undo')}
        </button>
      ) : null}
    </p>
  );
}
