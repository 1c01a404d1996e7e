/**
 * The card a badge opens: the name that matched and what it is, the status and its date, the row
 * or card the page names it in, why it matched in plain words and the first three things to do;
 * "More" opens the rest, "What the styles mean" the legend. A non-modal dialog in a closed shadow
 * root; Esc or Close shuts it and gives focus back to the badge. Its body scrolls and its footer
 * never does: the buttons stay in view.
 *
 * "Not this company" first asks how far and why (card-dismiss.ts); its confirmation is the click
 * that counts. A page can cover the card and steer the buyer's clicks (issue #17, attack 3), so the
 * card says whether it was on screen and uncovered for that click (CardVisibility); the background
 * records the dismissal at once only then, and otherwise the card asks the buyer to confirm it in
 * the extension's toolbar menu.
 */
import type { OrgDecisions } from '../core/org/org-decisions';
import type { ListRecord } from '../core/record';
import type { DismissalAnswer, DismissalChoice } from '../platform/messages';
import { t } from '../platform/i18n';
import { mostSevere, type BadgeTarget } from './badge-layer';
import { contextLine, firstActions, heading, moreDetails, plainReason, statusLine } from './card-content';
import { dismissChoices } from './card-dismiss';
import { orgDecisionsBlock } from './card-org';
import { legendPanel } from './card-legend';
import { CardVisibility } from './card-visibility';
import { disclosure } from './disclosure';
import { el } from './dom';
import { contextAt } from './finding-context';
import { insertBefore, listen, removeNode } from './natives';
import { createUiHost } from './ui-host';
import { CARD_STYLE, styleRoot } from './ui-style';

export interface CardActions {
  fetchRecord(recordId: string): Promise<ListRecord | null>;
  /** What the organisation decided on the record (its decisions feed), shown in the card. */
  fetchOrgDecisions(recordId: string): Promise<OrgDecisions | null>;
  /**
   * "Not this company" for the target's record under `name` (the name that matched), as far and
   * for the reason chosen; `seen`: the card was visible and uncovered for the confirming click.
   */
  dismiss(target: BadgeTarget, name: string, choice: DismissalChoice, seen: boolean): Promise<DismissalAnswer>;
}

interface Placed {
  host: HTMLElement;
  card: HTMLElement;
  anchor: HTMLElement;
}

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
    // Either question failing leaves its part out; the card still opens.
    const [record, org] = await Promise.all([
      Promise.resolve().then(() => this.actions.fetchRecord(finding.recordId)).catch(() => null),
      Promise.resolve().then(() => this.actions.fetchOrgDecisions(finding.recordId)).catch(() => null),
    ]);
    if (attempt !== this.opening || !target.button.isConnected) return;
    try {
      this.show(target, record, org);
    } catch {
      // This card could not be shown: the badges, the scan and the report go on, and the badge can be tried again.
      this.close(false);
    }
  }

  /** Makes the card whole (on a built-in host no page definition can claim), then puts it in the page. */
  private show(target: BadgeTarget, record: ListRecord | null, org: OrgDecisions | null): void {
    const { host, shadow } = createUiHost(this.doc, 'card');
    styleRoot(shadow, CARD_STYLE);
    const placed: Placed = { host, card: el(this.doc, 'div'), anchor: target.button };
    placed.card = this.render(target, record, org, () => this.relayout(placed));
    shadow.append(placed.card);
    insertBefore(this.doc.documentElement, host, null);
    this.target = target;
    this.host = host;
    this.position(placed);
    // Watched from where it was placed: a click on "Not this company" counts only if it stayed there, uncovered.
    this.visibility = new CardVisibility(placed.card, host);
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

  /** The card grew or shrank (a panel opened or closed): placed again, and seen again from now. */
  private relayout(placed: Placed): void {
    if (this.host !== placed.host) return;
    this.position(placed);
    this.visibility?.moved();
  }

  private render(target: BadgeTarget, record: ListRecord | null, org: OrgDecisions | null, changed: () => void): HTMLElement {
    const doc = this.doc;
    const worst = mostSevere(target.mentions);
    const { finding } = worst;
    const legend = legendPanel(doc, 'wro-card-legend');
    const more = moreDetails(doc, 'wro-card-more', finding, record);
    const body = el(doc, 'div', { class: 'body' },
      heading(doc, finding, record),
      statusLine(doc, finding, record),
      orgDecisionsBlock(doc, org),
      // Read when the card opens: the row as the page shows it now.
      contextLine(doc, contextAt(worst.control ?? worst.range.startContainer)),
      legend,
      plainReason(doc, finding),
      firstActions(doc, record),
      more,
    );
    const moreButton = disclosure(doc, t('cardMore'), more, changed);
    const legendButton = disclosure(doc, t('legendButton'), legend, (open) => {
      changed();
      if (open) legend.scrollIntoView({ block: 'nearest' });
    });

    const choices = dismissChoices(doc, 'wro-card-dismiss', finding.explanation.matchedName);
    choices.element.hidden = true;
    const dismiss = el(doc, 'button', { type: 'button' }, t('outcomeNotThisCompany'));
    const confirm = el(doc, 'button', { type: 'button', class: 'primary', hidden: '' }, t('cardDismissConfirm'));
    const cancel = el(doc, 'button', { type: 'button', hidden: '' }, t('cardDismissCancel'));
    const close = el(doc, 'button', { type: 'button', class: 'primary' }, t('close'));
    // Present from the start, so what it is given is spoken.
    const said = el(doc, 'p', { class: 'note', role: 'status' });
    const asking = (on: boolean): void => {
      choices.element.hidden = !on;
      dismiss.hidden = on;
      close.hidden = on;
      confirm.hidden = !on;
      cancel.hidden = !on;
      changed();
      (on ? confirm : dismiss).focus();
    };
    // Only the buyer's own click or key (a page cannot reach these buttons, but never a script's).
    listen(dismiss, 'click', (event) => {
      if (event.isTrusted) asking(true);
    });
    listen(cancel, 'click', () => asking(false));
    listen(confirm, 'click', (event) => {
      if (!event.isTrusted || confirm.disabled) return;
      confirm.disabled = true;
      void this.dismiss(target, finding.explanation.matchedName, choices.choice(), event.timeStamp, said);
    });
    listen(close, 'click', () => this.close(true));

    const footer = el(doc, 'div', { class: 'footer' }, said, choices.element,
      el(doc, 'div', { class: 'buttons' }, moreButton, legendButton),
      el(doc, 'div', { class: 'buttons' }, dismiss, confirm, cancel, close));
    const card = el(doc, 'div', { class: 'card', role: 'dialog', 'aria-labelledby': 'wro-card-title' }, body, footer);
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
   * The confirming click at page time `clickTime`: recorded at once if the card was seen (then it
   * closes), else the card says to confirm it in the toolbar menu, or that it failed.
   */
  private async dismiss(target: BadgeTarget, name: string, choice: DismissalChoice, clickTime: number, said: HTMLElement): Promise<void> {
    const seen = (await this.visibility?.seenAt(clickTime).catch(() => false)) ?? false;
    let answer: DismissalAnswer | undefined;
    try {
      answer = await this.actions.dismiss(target, name, choice, seen);
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
   * Where the whole card fits: below its badge, else above, else beside it (right, then left)
   * with the viewport's full height; where it fits nowhere whole, on the roomiest of those sides
   * with its height capped to that room (the body scrolls, the buttons stay). Never over its badge
   * unless no side has `MIN_HEIGHT`; always inside the viewport. Placed through custom properties:
   * the host's `all: initial !important` (which keeps page CSS off it) outranks even an inline
   * `left: … !important`, but leaves custom properties alone.
   */
  private position({ host, card, anchor }: Placed): void {
    const rect = anchor.getBoundingClientRect();
    const view = this.doc.documentElement;
    const vw = view.clientWidth;
    const vh = view.clientHeight;
    const width = Math.min(CARD_WIDTH, vw - 2 * MARGIN);
    card.style.maxHeight = '';
    const natural = card.getBoundingClientRect().height;
    const full = vh - 2 * MARGIN;
    const below = vh - MARGIN - (rect.bottom + GAP);
    const above = rect.top - GAP - MARGIN;
    const beside = rect.right + GAP + width <= vw - MARGIN ? 'right' : rect.left - GAP - width >= MARGIN ? 'left' : null;
    let side: 'below' | 'above' | 'right' | 'left';
    if (natural <= below) side = 'below';
    else if (natural <= above) side = 'above';
    else if (beside && Math.min(natural, full) > Math.max(below, above)) side = beside;
    else side = below >= above ? 'below' : 'above';
    const room = side === 'below' ? below : side === 'above' ? above : full;
    card.style.maxHeight = `${Math.min(Math.max(room, MIN_HEIGHT), full)}px`;
    const height = card.getBoundingClientRect().height;
    let left: number;
    let top: number;
    if (side === 'right' || side === 'left') {
      left = side === 'right' ? rect.right + GAP : rect.left - GAP - width;
      // Level with the badge where it can be, else as near as the viewport allows.
      top = rect.top - height / 2;
    } else {
      left = rect.left;
      top = side === 'below' ? rect.bottom + GAP : rect.top - GAP - height;
    }
    left = Math.max(MARGIN, Math.min(left, vw - width - MARGIN));
    top = Math.max(MARGIN, Math.min(top, vh - MARGIN - height));
    host.style.setProperty('--wro-left', `${left}px`, 'important');
    host.style.setProperty('--wro-top', `${top}px`, 'important');
  }
}

/** The card's width where the viewport allows it. */
const CARD_WIDTH = 460;
/** Space between the card and its badge, and between the card and the viewport's edges. */
const GAP = 6;
const MARGIN = 8;
/** A card squeezed into less room than this would show too little: it may then cover its badge. */
const MIN_HEIGHT = 200;
