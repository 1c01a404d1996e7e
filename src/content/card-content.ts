/**
 * What the card says, most useful first: the name that matched and what it is, the status and its
 * date on one line, the row or card the page names it in (the supply chain around it), why it
 * matched in plain words, and the first three things to do. The rest (what
 * the status means, products, the other actions, the technical explanation, the sources and the
 * disclaimer) is the "More" panel's.
 */
import { GUIDANCE_URLS, officialListUrl, recommendedActions } from '../core/actions';
import { findingTitle } from '../core/finding-title';
import { goodsKeys, KIND_KEYS, kindKey, STATUS_KEYS, statusMeaningKey } from '../core/labels';
import { explanationMessage } from '../core/match/explain';
import { plainWhy } from '../core/match/plain-why';
import type { Finding } from '../core/match/types';
import type { ListRecord } from '../core/record';
import { formatDate, t, tr } from '../platform/i18n';
import { el } from './dom';

/** How many actions the card shows before "More". */
export const FIRST_ACTIONS = 3;

const link = (doc: Document, href: string, text: string): HTMLAnchorElement =>
  el(doc, 'a', { href, target: '_blank', rel: 'noreferrer noopener' }, text);

/** The heading: the name that matched, then what it is. */
export function heading(doc: Document, finding: Finding, record: ListRecord | null): HTMLHeadingElement {
  const kind = record?.kind ?? finding.kind;
  const title = findingTitle(finding.explanation, finding.matchedText, record?.name ?? finding.recordName, kind);
  const what = title.what ? tr(title.what) : t(record ? kindKey(record) : KIND_KEYS[kind]);
  return el(doc, 'h2', { id: 'wro-card-title', tabindex: '-1' }, el(doc, 'span', { class: 'name' }, title.name),
    el(doc, 'span', { class: 'what' }, ` — ${what}`));
}

/** Status and its date on one line; a possible match says so on it. */
export function statusLine(doc: Document, finding: Finding, record: ListRecord | null): HTMLParagraphElement {
  const status = record?.status ?? finding.status;
  const statusDate = record?.statusDate ?? null;
  return el(doc, 'p', { class: 'status-line' },
    el(doc, 'span', { class: `status status-${status}` }, t(STATUS_KEYS[status]), statusDate ? ` ${formatDate(statusDate)}` : ''),
    record && record.issued ? ` · ${t('issuedOn', formatDate(record.issued))}` : '',
    finding.confidence === 'possible' ? el(doc, 'span', {}, ' · ', el(doc, 'span', { class: 'possible' }, t('findingStylePossible'))) : null);
}

/** The row or card the page names it in ("Bidder: … · Product: …"); null where it is in neither. */
export function contextLine(doc: Document, context: string): HTMLParagraphElement | null {
  if (context === '') return null;
  return el(doc, 'p', { class: 'context' }, el(doc, 'strong', {}, `${t('cardContext')}: `), context);
}

export function plainReason(doc: Document, finding: Finding): HTMLParagraphElement {
  return el(doc, 'p', { class: 'why' }, el(doc, 'strong', {}, `${t('whyMatched')}: `), tr(plainWhy(finding.explanation)));
}

function actionItem(doc: Document, record: ListRecord, action: ReturnType<typeof recommendedActions>[number]): HTMLLIElement {
  const href = action.source === 'officialList' ? officialListUrl(record) : GUIDANCE_URLS[action.source];
  return el(doc, 'li', {}, `${t(action.key)} (`, link(doc, href, t(`guidance_${action.source}`)), ')');
}

/** "What to do" with its first actions; null without the record. */
export function firstActions(doc: Document, record: ListRecord | null): HTMLElement | null {
  if (!record) return null;
  const actions = recommendedActions(record).slice(0, FIRST_ACTIONS);
  return el(doc, 'div', { class: 'actions' }, el(doc, 'h3', {}, t('recommendedActions')),
    el(doc, 'ol', {}, ...actions.map((a) => actionItem(doc, record, a))));
}

/** The "More" panel's content. */
export function moreDetails(doc: Document, id: string, finding: Finding, record: ListRecord | null): HTMLElement {
  const kind = record?.kind ?? finding.kind;
  const status = record?.status ?? finding.status;
  const more = el(doc, 'div', { id, class: 'more' },
    el(doc, 'p', { class: 'meta' }, t(record ? kindKey(record) : KIND_KEYS[kind]), record?.country ? ` · ${record.country}` : ''),
    el(doc, 'p', {}, el(doc, 'span', { class: `status status-${status}` }, t(STATUS_KEYS[status])), `: ${t(statusMeaningKey({ kind, status }))}`),
    finding.confidence === 'possible' ? el(doc, 'p', { class: 'note' }, t('possibleMatch')) : null,
  );
  if (record) {
    const rest = recommendedActions(record).slice(FIRST_ACTIONS);
    const goods = goodsKeys(record);
    more.append(
      el(doc, 'h3', {}, t(goods.heading)),
      el(doc, 'p', {}, record.products.length > 0 ? record.products.join('; ') : t('notStated')),
    );
    if (goods.note) more.append(el(doc, 'p', { class: 'note' }, t(goods.note)));
    if (rest.length > 0) {
      more.append(el(doc, 'h3', {}, t('cardMoreActions')),
        el(doc, 'ol', { start: String(FIRST_ACTIONS + 1) }, ...rest.map((a) => actionItem(doc, record, a))));
    }
  }
  more.append(
    el(doc, 'h3', {}, t('cardMatchDetail')),
    el(doc, 'p', {}, `${t('matchedText')}: “${finding.matchedText}”`),
    el(doc, 'p', {}, tr(explanationMessage(finding.explanation))),
  );
  if (record) {
    more.append(
      el(doc, 'h3', {}, t('sources')),
      el(doc, 'ul', {},
        ...record.sources.map((s) => el(doc, 'li', {}, link(doc, s.url, s.label))),
        el(doc, 'li', {}, link(doc, officialListUrl(record), t(record.kind === 'uflpa' ? 'officialListDhs' : 'officialListCbp')))),
    );
  }
  more.append(el(doc, 'p', { class: 'note' }, t('disclaimer')));
  return more;
}
