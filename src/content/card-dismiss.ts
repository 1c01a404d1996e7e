/**
 * "Not this company" asks before it hides anything: how far (this name on this site, this name on
 * every site, or just this page) and why, as codes. A note of the buyer's own is written in the
 * popup or the options page, never in a page: nothing typed here could be told from a page's input.
 */
import { DISMISSAL_REASONS, DISMISSAL_SCOPES, type DismissalReason, type DismissalScope } from '../core/decision';
import { DISMISSAL_REASON_KEYS, DISMISSAL_SCOPE_KEYS } from '../core/labels';
import type { DismissalChoice } from '../platform/messages';
import { t } from '../platform/i18n';
import { el } from './dom';

export interface DismissChoices {
  element: HTMLElement;
  choice(): DismissalChoice;
}

/** The choices for hiding `name`, checked at "this name on this site" and the first reason. */
export function dismissChoices(doc: Document, id: string, name: string): DismissChoices {
  const radios = DISMISSAL_SCOPES.map((scope) => {
    const input = el(doc, 'input', { type: 'radio', name: 'wro-scope', value: scope, id: `${id}-${scope}` });
    input.checked = scope === 'site';
    return input;
  });
  const reason = el(doc, 'select', { id: `${id}-reason` },
    ...DISMISSAL_REASONS.map((r) => el(doc, 'option', { value: r }, t(DISMISSAL_REASON_KEYS[r]))));
  const element = el(doc, 'div', { id, class: 'dismiss' },
    el(doc, 'fieldset', {}, el(doc, 'legend', {}, t('dismissScopeLegend', name)),
      ...radios.map((input) => el(doc, 'label', { for: input.id }, input, ` ${t(DISMISSAL_SCOPE_KEYS[input.value as DismissalScope])}`))),
    el(doc, 'label', { for: reason.id }, `${t('dismissReasonLabel')} `, reason));
  return {
    element,
    choice: () => ({
      scope: (radios.find((r) => r.checked)?.value ?? 'site') as DismissalScope,
      reason: reason.value as DismissalReason,
    }),
  };
}
