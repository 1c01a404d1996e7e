/** What the organisation already decided about a record, on any site: shown beside a record opened from search. */
import type { Decision } from '../core/decision';
import { formatDateTime, t } from '../platform/i18n';
import { outcomeLabel } from '../ui/outcomes';

export function RecordDecisions({ decisions }: { decisions: Decision[] }) {
  return (
    <div class="record-decisions">
      <h3>{t('decisionsAboutRecord')}</h3>
      {decisions.length === 0 ? (
        <p>{t('decisionsAboutRecordNone')}</p>
      ) : (
        <ul class="decision-history">
          {decisions.map((d) => (
            <li key={d.id}>
              <strong>{outcomeLabel(d.outcome)}</strong> · {formatDateTime(d.time)} · {d.pageTitle || d.site || d.pageUrl}
              {d.note ? <span class="note"> · {d.note}</span> : null}
              {d.undoneAt ? <span class="undone"> · {t('undoneOn', formatDateTime(d.undoneAt))}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
