/**
 * The organisation's decisions on a finding, from its decisions feed: "Your organisation: Supplier
 * confirmed goods are not from the listed company · 12 Nov 2026 · Category team — note (list
 * version …)", and "Review: …" where it was taken under another list version or before the
 * record's status changed. Shown for information beside the finding, which it never hides.
 */
import { useEffect, useState } from 'preact/hooks';
import { joined } from '../core/message';
import type { OrgDecisionView, OrgDecisions as Decided } from '../core/org/org-decisions';
import { formatDate, t, tr } from '../platform/i18n';
import { request } from '../platform/request-client';
import type { OrgDecisionsAnswer } from '../platform/request-types';
import { outcomeLabel } from './outcomes';

/** The decision on one line: outcome, date, who, then the note and the list version it was taken under. */
export function orgDecisionLine(d: OrgDecisionView): string {
  const parts = [outcomeLabel(d.outcome), formatDate(d.time), d.by].filter((p) => p !== '').join(' · ');
  return `${parts}${d.note ? ` — ${d.note}` : ''} (${t('orgDecisionListVersion', d.listVersion)})`;
}

export function OrgDecisions({ decided }: { decided: Decided | undefined }) {
  if (!decided || decided.shown.length === 0) return null;
  return (
    <div class="org-decisions">
      <ul aria-label={t('orgDecisionsLabel')}>
        {decided.shown.map((d) => (
          <li key={d.uid} class={d.needsReview ? 'org-decision needs-review' : 'org-decision'}>
            <strong>{t('orgDecisionPrefix')}:</strong> {orgDecisionLine(d)}
            {d.needsReview ? <span class="org-review"> {t('orgDecisionReview', tr(joined('listClauses', d.review)))}</span> : null}
          </li>
        ))}
      </ul>
      {decided.more > 0 ? <p class="hint">{t('orgDecisionsMore', String(decided.more))}</p> : null}
    </div>
  );
}

/** The organisation's decisions on `recordIds` (on a tab: as they apply to its page), asked again when the ids change. */
export function useOrgDecisions(recordIds: readonly string[], tabId?: number): OrgDecisionsAnswer['byRecord'] {
  const [byRecord, setByRecord] = useState<OrgDecisionsAnswer['byRecord']>({});
  const key = [...recordIds].sort().join('\n');
  useEffect(() => {
    if (recordIds.length === 0) return setByRecord({});
    request('get-org-decisions', { recordIds: [...new Set(recordIds)].slice(0, 2000), tabId }).then(
      (answer) => setByRecord(answer.byRecord),
      () => setByRecord({}),
    );
  }, [key, tabId]);
  return byRecord;
}

/** The organisation's decisions on one record (a screening result opened). */
export function OrgDecisionsOn({ recordId }: { recordId: string }) {
  const byRecord = useOrgDecisions([recordId]);
  return <OrgDecisions decided={byRecord[recordId]} />;
}

/** The newest organisation decision in a few words, for a table cell: outcome and date, and whether it is due for review. */
export function OrgDecisionBrief({ decided }: { decided: Decided | undefined }) {
  const newest = decided?.shown[0];
  if (!newest) return null;
  return (
    <div class={newest.needsReview ? 'org-brief needs-review' : 'org-brief'}>
      {t('orgDecisionPrefix')}: {outcomeLabel(newest.outcome)} · {formatDate(newest.time)}
      {newest.needsReview ? <strong> · {t('orgDecisionMarkedForReview')}</strong> : null}
    </div>
  );
}
