/**
 * Imported decisions held differently here, each shown beside this profile's field by field, the
 * fields that differ marked (in words and style, not colour alone), with the three ways to settle
 * it: keep yours, take the file's, or keep the one changed last. Nothing changes until one is chosen.
 */
import type { Decision } from '../core/decision';
import { MERGE_FIELDS, type ConflictChoice, type DecisionConflict, type DecisionField } from '../core/org/merge';
import { formatDate, formatDateTime, formatNumber, t } from '../platform/i18n';
import { FIELD_KEYS, STATUS_KEYS } from '../ui/decision-labels';
import { outcomeLabel } from '../ui/outcomes';

/** One field's value as people read it. */
function shown(decision: Decision, field: DecisionField): string {
  const value = decision[field];
  if (value === undefined || value === null || value === '') return '—';
  if (field === 'outcome') return outcomeLabel(decision.outcome);
  if (field === 'status') return t(STATUS_KEYS[decision.status]);
  if (field === 'reviewDate') return formatDate(String(value));
  if (field === 'time' || field === 'updatedAt' || field === 'undoneAt') return formatDateTime(String(value));
  return String(value);
}

interface Props {
  conflicts: DecisionConflict[];
  busy: boolean;
  onResolve(conflict: DecisionConflict, choice: ConflictChoice): void;
}

export function DecisionConflicts({ conflicts, busy, onResolve }: Props) {
  if (conflicts.length === 0) return null;
  return (
    <div class="decision-conflicts">
      <h4 id="decision-conflicts-heading">{t('conflictsHeading', formatNumber(conflicts.length))}</h4>
      <p class="hint">{t('conflictsHint')}</p>
      {conflicts.map((c, i) => {
        const differs = new Set<DecisionField>(c.fields);
        // Every field either side holds, the differing ones always.
        const rows = MERGE_FIELDS.filter((f) => differs.has(f) || shown(c.mine, f) !== '—' || shown(c.theirs, f) !== '—');
        const id = `decision-conflict-${i}`;
        return (
          <div key={c.mine.uid} class="decision-conflict" role="group" aria-labelledby={`${id}-caption`}>
            <table class="decisions conflict">
              <caption id={`${id}-caption`}>{t('conflictCaption', [c.mine.recordName, formatNumber(c.fields.length)])}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('conflictField')}</th>
                  <th scope="col">{t('conflictMine')}</th>
                  <th scope="col">{t('conflictTheirs')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((f) => (
                  <tr key={f} class={differs.has(f) ? 'differs' : undefined}>
                    <th scope="row">
                      {t(FIELD_KEYS[f])}
                      {differs.has(f) ? <span class="differs-mark"> {t('conflictDiffers')}</span> : null}
                    </th>
                    <td>{shown(c.mine, f)}</td>
                    <td>{shown(c.theirs, f)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div class="toolbar">
              <button type="button" disabled={busy} onClick={() => onResolve(c, 'mine')} aria-describedby={`${id}-caption`}>
                {t('conflictKeepMine')}
              </button>
              <button type="button" disabled={busy} onClick={() => onResolve(c, 'theirs')} aria-describedby={`${id}-caption`}>
                {t('conflictTakeTheirs')}
              </button>
              <button type="button" class="secondary" disabled={busy} onClick={() => onResolve(c, 'later')} aria-describedby={`${id}-caption`}>
                {t('conflictTakeLater')}
              </button>
            </div>
          </div>
        );
      })}
    </div>
  );
}
