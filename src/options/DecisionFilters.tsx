/** The decision record's filters: outcome, text, dates, who recorded it, owner, status, contract, review due and undone. */
import { DECISION_STATUSES, OUTCOMES, type DecisionStatus, type Outcome } from '../core/decision';
import type { DecisionFilter } from '../core/decision-filter';
import { formatDate, t } from '../platform/i18n';
import { STATUS_KEYS } from '../ui/decision-labels';
import { outcomeLabel } from '../ui/outcomes';

/**
 * The chosen date in the extension's language: a date field is drawn in the browser's own, which
 * may differ ("12/03/2026" in a US-English browser showing WRO Check in English-GB).
 */
function DateShown({ id, iso }: { id: string; iso: string | undefined }) {
  return (
    <span id={id} class="hint date-shown">
      {iso ? formatDate(iso) : t('dateNotSet')}
    </span>
  );
}

/** Today in the user's time zone, as a date field writes it. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const emptyToUndefined = (value: string): string | undefined => (value === '' ? undefined : value);

/** `onChange` gets what changed: two changes before the next render must both count. */
export function DecisionFilters({ filter, onChange }: { filter: DecisionFilter; onChange(patch: DecisionFilter): void }) {
  const update = onChange;
  const text = (key: 'text' | 'by' | 'owner' | 'contractRef', labelKey: string) => (
    <div>
      <label for={`decision-filter-${key}`}>{t(labelKey)}</label>
      <input id={`decision-filter-${key}`} type="text" value={filter[key] ?? ''} onInput={(e) => update({ [key]: emptyToUndefined((e.currentTarget as HTMLInputElement).value) })} />
    </div>
  );
  const date = (key: 'from' | 'to' | 'reviewDue', labelKey: string) => (
    <div>
      <label for={`decision-filter-${key}`}>{t(labelKey)}</label>
      <input
        id={`decision-filter-${key}`}
        type="date"
        aria-describedby={`decision-filter-${key}-shown`}
        value={filter[key] ?? ''}
        onInput={(e) => update({ [key]: emptyToUndefined((e.currentTarget as HTMLInputElement).value) })}
      />
      <DateShown id={`decision-filter-${key}-shown`} iso={filter[key]} />
    </div>
  );
  return (
    <form class="toolbar" role="search" aria-label={t('decisionsFilters')} onSubmit={(e) => e.preventDefault()}>
      <div>
        <label for="decision-filter-outcome">{t('decisionOutcome')}</label>
        <select
          id="decision-filter-outcome"
          value={filter.outcome ?? ''}
          onChange={(e) => update({ outcome: emptyToUndefined((e.currentTarget as HTMLSelectElement).value) as Outcome | undefined })}
        >
          <option value="">{t('filterAllOutcomes')}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {outcomeLabel(o)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="decision-filter-status">{t('decisionStatus')}</label>
        <select
          id="decision-filter-status"
          value={filter.status ?? ''}
          onChange={(e) => update({ status: emptyToUndefined((e.currentTarget as HTMLSelectElement).value) as DecisionStatus | undefined })}
        >
          <option value="">{t('filterAllDecisionStatuses')}</option>
          {DECISION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_KEYS[s])}
            </option>
          ))}
        </select>
      </div>
      {text('text', 'decisionsFilterText')}
      {text('by', 'decisionsFilterBy')}
      {text('owner', 'decisionsFilterOwner')}
      {text('contractRef', 'decisionsFilterContract')}
      {date('from', 'decisionsFrom')}
      {date('to', 'decisionsTo')}
      {date('reviewDue', 'decisionsFilterReviewDue')}
      <div>
        <button type="button" class="secondary" onClick={() => update({ reviewDue: today() })}>
          {t('decisionsReviewDueToday')}
        </button>
      </div>
      <div>
        <input
          id="decision-filter-undone"
          type="checkbox"
          checked={filter.includeUndone !== false}
          onChange={(e) => update({ includeUndone: (e.currentTarget as HTMLInputElement).checked })}
        />{' '}
        <label for="decision-filter-undone" class="inline">
          {t('decisionsShowUndone')}
        </label>
      </div>
    </form>
  );
}
