/**
 * A new decision's follow-up, folded under "More details" so recording an outcome stays one choice
 * and a click: who owns it, its status (from the outcome until changed), when to review it and the
 * contract it is about. Used by the popup's and the screening page's decision forms.
 */
import { DECISION_STATUSES, initialStatus, type DecisionStatus, type Outcome } from '../core/decision';
import { formatDate, t } from '../platform/i18n';
import { STATUS_KEYS } from './decision-labels';

export interface FollowUpDraft {
  owner: string;
  /** Empty while the user has not chosen: the outcome's first status. */
  status: DecisionStatus | '';
  /** yyyy-mm-dd, or empty for none. */
  reviewDate: string;
  contractRef: string;
}

export const EMPTY_FOLLOW_UP: FollowUpDraft = { owner: '', status: '', reviewDate: '', contractRef: '' };

/** What a decision request takes of the follow-up. */
export interface FollowUpPayload {
  status: DecisionStatus;
  owner?: string;
  reviewDate?: string;
  contractRef?: string;
}

/** The request's fields: the status in force, and nothing for what was left empty. */
export function followUpPayload(draft: FollowUpDraft, outcome: Outcome): FollowUpPayload {
  return {
    status: draft.status || initialStatus(outcome),
    ...(draft.owner.trim() ? { owner: draft.owner.trim() } : {}),
    ...(draft.reviewDate ? { reviewDate: draft.reviewDate } : {}),
    ...(draft.contractRef.trim() ? { contractRef: draft.contractRef.trim() } : {}),
  };
}

interface Props {
  /** Prefix of the fields' ids (unique on the page). */
  idBase: string;
  outcome: Outcome | '';
  value: FollowUpDraft;
  onChange(next: FollowUpDraft): void;
}

export function FollowUpFields({ idBase, outcome, value, onChange }: Props) {
  const status = value.status || (outcome ? initialStatus(outcome) : 'open');
  const set = (patch: Partial<FollowUpDraft>) => onChange({ ...value, ...patch });
  return (
    <details class="follow-up">
      <summary>{t('decisionMoreDetails')}</summary>
      <label for={`${idBase}-owner`}>{t('decisionOwner')}</label>
      <input id={`${idBase}-owner`} type="text" maxLength={120} value={value.owner} onInput={(e) => set({ owner: (e.currentTarget as HTMLInputElement).value })} />
      <label for={`${idBase}-status`}>{t('decisionStatus')}</label>
      <select id={`${idBase}-status`} value={status} onChange={(e) => set({ status: (e.currentTarget as HTMLSelectElement).value as DecisionStatus })}>
        {DECISION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(STATUS_KEYS[s])}
          </option>
        ))}
      </select>
      <label for={`${idBase}-review`}>{t('decisionReviewDate')}</label>
      <input
        id={`${idBase}-review`}
        type="date"
        value={value.reviewDate}
        aria-describedby={`${idBase}-review-shown`}
        onInput={(e) => set({ reviewDate: (e.currentTarget as HTMLInputElement).value })}
      />
      <span id={`${idBase}-review-shown`} class="hint date-shown">
        {value.reviewDate ? formatDate(value.reviewDate) : t('dateNotSet')}
      </span>
      <label for={`${idBase}-contract`}>{t('decisionContractRef')}</label>
      <input id={`${idBase}-contract`} type="text" maxLength={200} value={value.contractRef} onInput={(e) => set({ contractRef: (e.currentTarget as HTMLInputElement).value })} />
    </details>
  );
}
