/**
 * The organisation's decisions in the in-page card (its decisions feed): "Your organisation:
 * Supplier confirmed goods are not from the listed company · 12 Nov 2026 · Category team — note
 * (list version …)", with "Review: …" where it is due for review. The same words as the popup's
 * (ui/OrgDecisions.tsx), built without Preact; shown only, never hiding the finding.
 */
import { OUTCOME_KEYS } from '../core/labels';
import { joined } from '../core/message';
import type { OrgDecisions } from '../core/org/org-decisions';
import { formatDate, t, tr } from '../platform/i18n';
import { el } from './dom';

/** The block, or null when the organisation decided nothing on the record. */
export function orgDecisionsBlock(doc: Document, decided: OrgDecisions | null): HTMLElement | null {
  if (!decided || decided.shown.length === 0) return null;
  const items = decided.shown.map((d) => {
    const parts = [t(OUTCOME_KEYS[d.outcome]), formatDate(d.time), d.by].filter((p) => p !== '').join(' · ');
    const line = `${parts}${d.note ? ` — ${d.note}` : ''} (${t('orgDecisionListVersion', d.listVersion)})`;
    return el(doc, 'li', { class: d.needsReview ? 'org-decision needs-review' : 'org-decision' },
      el(doc, 'strong', {}, `${t('orgDecisionPrefix')}: `), line,
      d.needsReview ? el(doc, 'span', { class: 'org-review' }, ` ${t('orgDecisionReview', tr(joined('listClauses', d.review)))}`) : null);
  });
  return el(doc, 'div', { class: 'org-decisions' },
    el(doc, 'ul', { 'aria-label': t('orgDecisionsLabel') }, ...items),
    decided.more > 0 ? el(doc, 'p', { class: 'note' }, t('orgDecisionsMore', String(decided.more))) : null);
}
