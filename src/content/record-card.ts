/**
 * The card a badge opens: the record's name, type, status and date, products, why it matched, what
 * to do, and the sources. A non-modal dialog in a closed shadow root; Esc or Close shuts it and
 * gives focus back to the badge; "Not this company" dismisses the record on this site.
 *
 * A page can cover the card and steer the buyer's click onto "Not this company" (issue #17, attack
 * 3), so the card says whether it was on screen and uncovered for the click (CardVisibility); the
 * background records the dismissal at once only then, and otherwise the card asks the buyer to
 * confirm it in the extension's toolbar menu.
 */
import { GUIDANCE_URLS, officialListUrl, recommendedActions } from '../core/actions';
import type { ListRecord } from '../core/record';
import type { DismissalAnswer } from '../platform/messages';
import { explanationMessage } from '../core/match/explain';
import { formatDate, t, tr } from '../platform/i18n';
import { KIND_KEYS, kindKey, STATUS_KEYS, statusMeaningKey } from '../core/labels';
import { mostSevere, type BadgeTarget } from './badge-layer';
import { CardVisibility } from './card-visibility';
import { el } from './dom';
import { insertBefore, listen, removeNode } from './natives';
import { createUiHost } from './ui-host';
import { CARD_STYLE, styleRoot } from './ui-style';

export interface CardActions {
  fetchRecord(recordId: string): Promise<ListRecord | null>;
  /** "Not this company" for the target's record; `seen`: the card was visible and uncovered for the click. */
  dismiss(target: BadgeTarget, seen: boolean): Promise<DismissalAnswer>;
}

const link = (doc: Document, href: string, text: string): HTMLAnchorElement =>
  el(doc, 'a', { href, target: '_blank', rel: 'noreferrer noopener' }, text);

export class RecordCard {
  private host: HTMLElement | undefined;
  private target: BadgeTarget | undefined;
  private visibility: CardVisibility | undefined;
  private opening = 0;

  constructor(
    private readonly doc: Document,
    private readonly actions: CardActions,
  ) {
    listen(doc, 'pointerdown', (event) => {
      if (this.host && !event.composedPath().includes(this.host)) this.close(false);
    }, { capture: true });
  }

  async open(target: BadgeTarget): Promise<void> {
    const attempt = ++this.opening;
    this.close(false);
    const { finding } = mostSevere(target.mentions);
    let record: ListRecord | null = null;
    try {
      record = await this.actions.fetchRecord(finding.recordId);
    } catch {
      record = null;
    }
    if (attempt !== this.opening || !target.button.isConnected) return;
    try {
      this.show(target, record);
    } catch {
      // This card could not be shown: the badges, the scan and the report go on, and the badge can be tried again.
      this.close(false);
    }
  }

  /** Makes the card whole (on a built-in host no page definition can claim), then puts it in the page. */
  private show(target: BadgeTarget, record: ListRecord | null): void {
    const { host, shadow } = createUiHost(this.doc, 'card');
    styleRoot(shadow, CARD_STYLE);
    const card = this.render(target, record);
    shadow.append(card);
    insertBefore(this.doc.documentElement, host, null);
    this.target = target;
    this.host = host;
    this.position(host, card, target.button);
    // Watched from where it was placed: a click on "Not this company" counts only if it stayed there, uncovered.
    this.visibility = new CardVisibility(card, host);
    target.button.setAttribute('aria-expanded', 'true');
    (shadow.querySelector('h2') as HTMLElement).focus();
  }

  /** Closes the card; `refocus` returns focus to the badge that opened it. */
  close(refocus: boolean): void {
    if (!this.host) return;
    removeNode(this.host);
    this.host = undefined;
    this.visibility?.stop();
    this.visibility = undefined;
    const target = this.target;
    this.target = undefined;
    target?.button.setAttribute('aria-expanded', 'false');
    if (refocus && target?.button.isConnected) target.button.focus();
  }

  private render(target: BadgeTarget, record: ListRecord | null): HTMLElement {
    const doc = this.doc;
    const { finding } = mostSevere(target.mentions);
    const name = record?.name ?? finding.recordName;
    const status = record?.status ?? finding.status;
    const kind = record?.kind ?? finding.kind;
    const statusDate = record?.statusDate ?? null;
    const card = el(doc, 'div', { class: 'card', role: 'dialog', 'aria-labelledby': 'wro-card-title' },
      el(doc, 'h2', { id: 'wro-card-title', tabindex: '-1' }, name),
      el(doc, 'p', { class: 'meta' }, t(record ? kindKey(record) : KIND_KEYS[kind]), record ? ` · ${t('issuedOn', formatDate(record.issued))}` : '',
        record?.country ? ` · ${record.country}` : ''),
      el(doc, 'p', {},
        el(doc, 'span', { class: `status status-${status}` }, t(STATUS_KEYS[status]), statusDate ? ` ${formatDate(statusDate)}` : ''),
        `: ${t(statusMeaningKey({ kind, status }))}`),
      finding.confidence === 'possible' ? el(doc, 'p', { class: 'note' }, t('possibleMatch')) : null,
      el(doc, 'h3', {}, t('whyMatched')),
      el(doc, 'p', {}, `${t('matchedText')}: “${finding.matchedText}”. ${tr(explanationMessage(finding.explanation))}`),
    );
    if (record) {
      card.append(
        el(doc, 'h3', {}, t('products')),
        el(doc, 'p', {}, record.products.length > 0 ? record.products.join('; ') : t('notStated')),
        el(doc, 'h3', {}, t('recommendedActions')),
        el(doc, 'ol', {}, ...recommendedActions(record).map((action) =>
          el(doc, 'li', {}, `${t(action.key)} (`,
            link(doc, action.source === 'officialList' ? officialListUrl(record) : GUIDANCE_URLS[action.source], t(`guidance_${action.source}`)),
            ')'))),
        el(doc, 'h3', {}, t('sources')),
        el(doc, 'ul', {},
          ...record.sources.map((s) => el(doc, 'li', {}, link(doc, s.url, s.label))),
          el(doc, 'li', {}, link(doc, officialListUrl(record), t(record.kind === 'uflpa' ? 'officialListDhs' : 'officialListCbp')))),
      );
    }
    card.append(el(doc, 'p', { class: 'note' }, t('disclaimer')));
    const dismiss = el(doc, 'button', { type: 'button' }, t('outcomeNotThisCompany'));
    const close = el(doc, 'button', { type: 'button', class: 'primary' }, t('close'));
    // Present from the start, so what it is given is spoken.
    const said = el(doc, 'p', { class: 'note', role: 'status' });
    listen(dismiss, 'click', (event) => {
      // Only the buyer's own click or key (a page cannot reach this button, but never a script's).
      if (!event.isTrusted || dismiss.disabled) return;
      dismiss.disabled = true;
      void this.dismiss(target, event.timeStamp, said);
    });
    listen(close, 'click', () => this.close(true));
    card.append(said, el(doc, 'div', { class: 'buttons' }, dismiss, close));
    listen(card, 'keydown', (event) => {
      event.stopPropagation();
      if ((event as KeyboardEvent).key === 'Escape') {
        event.preventDefault();
        this.close(true);
      }
    });
    return card;
  }

  /**
   * "Not this company" clicked at page time `clickTime`: recorded at once if the card was seen
   * (then it closes), else the card says to confirm it in the toolbar menu, or that it failed.
   */
  private async dismiss(target: BadgeTarget, clickTime: number, said: HTMLElement): Promise<void> {
    const seen = (await this.visibility?.seenAt(clickTime).catch(() => false)) ?? false;
    let answer: DismissalAnswer | undefined;
    try {
      answer = await this.actions.dismiss(target, seen);
    } catch {
      answer = undefined;
    }
    if (this.target !== target) return;
    if (answer?.outcome === 'recorded') {
      this.close(false);
      return;
    }
    said.textContent = t(answer ? 'cardDismissConfirmInPopup' : 'cardDismissFailed');
  }

  /**
   * Below the badge if it fits, else above; where it fits neither, on the roomier side with its
   * height capped to that room (it scrolls), so it never covers its badge. Always inside the
   * viewport. Placed through custom properties: the host's `all: initial !important` (which keeps
   * page CSS off it) outranks even an inline `left: … !important`, but leaves custom properties alone.
   */
  private position(host: HTMLElement, card: HTMLElement, anchor: HTMLElement): void {
    const rect = anchor.getBoundingClientRect();
    const view = this.doc.documentElement;
    const width = Math.min(416, view.clientWidth - 2 * MARGIN);
    const left = Math.max(MARGIN, Math.min(rect.left, view.clientWidth - width - MARGIN));
    host.style.setProperty('--wro-left', `${left}px`, 'important');
    const below = view.clientHeight - MARGIN - (rect.bottom + GAP);
    const above = rect.top - GAP - MARGIN;
    let height = host.getBoundingClientRect().height;
    const fitsBelow = height <= below || below >= above;
    if (height > Math.max(below, above)) {
      card.style.maxHeight = `${Math.max(MIN_HEIGHT, below, above)}px`;
      height = host.getBoundingClientRect().height;
    }
    const top = fitsBelow ? rect.bottom + GAP : rect.top - GAP - height;
    host.style.setProperty('--wro-top', `${Math.max(MARGIN, top)}px`, 'important');
  }
}

/** Space between the card and its badge, and between the card and the viewport's edges. */
const GAP = 6;
const MARGIN = 8;
/** A card squeezed into less room than this would show too little: it may then cover its badge. */
const MIN_HEIGHT = 120;
