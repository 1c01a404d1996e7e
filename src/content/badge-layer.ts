/**
 * One small keyboard-reachable badge beside each listed record found in a block. The badge lives in
 * a closed shadow root on a built-in `span` host (`createUiHost`: no page's custom element
 * definition can claim it), inserted between the block's children (never inside a page text node),
 * so page CSS cannot restyle it and copying text skips it; on a very large page, in a layer of its
 * own instead (BadgeOverlay). Each badge stands alone: one that cannot be made or placed is left
 * out (and tried again when its block next changes), and the others, the highlights and the
 * report go on.
 */
import { severityRank } from '../core/severity';
import { t } from '../platform/i18n';
import { KIND_KEYS, STATUS_KEYS } from '../core/labels';
import { BadgeOverlay } from './badge-overlay';
import { el } from './dom';
import { insertBefore, listen, removeNode } from './natives';
import type { PaintedFinding, ScannerListener } from './page-scanner';
import { editState } from './text-runs';
import { createUiHost } from './ui-host';
import { BADGE_STYLE, styleRoot } from './ui-style';

export interface BadgeTarget {
  /** Every mention of the record in the block. */
  mentions: PaintedFinding[];
  button: HTMLButtonElement;
}

interface Badge extends BadgeTarget {
  /** What leaves the page with the badge: its shadow host, or in the large-page layer the button itself. */
  host: HTMLElement;
}

export class BadgeLayer implements Pick<ScannerListener, 'blockChanged'> {
  private readonly byBlock = new Map<Element, Map<string, Badge>>();
  private readonly pending = new Map<Element, PaintedFinding[]>();
  private overlay = false;
  private readonly layer: BadgeOverlay;

  constructor(
    private readonly doc: Document,
    private readonly open: (target: BadgeTarget) => void,
  ) {
    this.layer = new BadgeOverlay(doc);
  }

  /**
   * Notes a block's new findings; `flush` changes the page. Every badge inserted into a big table
   * makes the browser lay the table out again, so badges go in all at once, when the scan settles.
   */
  blockChanged(block: Element, findings: PaintedFinding[]): void {
    this.pending.set(block, findings);
  }

  /**
   * Applies the pending changes. On a very large page (`overlay`) new badges go in one layer out of
   * the page's flow (BadgeOverlay), so inserting them does not make the browser lay out the whole
   * page again; elsewhere each badge sits in the text after its name, in the page's reading and tab order.
   */
  flush(overlay: boolean): void {
    this.overlay = overlay;
    const pending = [...this.pending];
    this.pending.clear();
    for (const [block, findings] of pending) {
      try {
        this.update(block, findings);
      } catch {
        // This block's badges wait for its next change; the other blocks' go in.
      }
    }
    // The page changed: names in the layer may have moved.
    this.layer.schedule();
  }

  private update(block: Element, findings: PaintedFinding[]): void {
    const old = this.byBlock.get(block) ?? new Map<string, Badge>();
    const next = new Map<string, Badge>();
    for (const [recordId, mentions] of groupByRecord(findings)) {
      const badge = old.get(recordId);
      if (badge?.host.isConnected) {
        old.delete(recordId);
        next.set(recordId, badge);
        badge.mentions = mentions;
        this.label(badge);
        this.layer.move(badge.host, targetOf(mentions[0] as PaintedFinding));
      } else {
        const created = this.tryCreate(mentions);
        if (created) next.set(recordId, created);
      }
    }
    for (const badge of old.values()) {
      try {
        this.remove(badge);
      } catch {
        // Already gone with its parent, or the page refuses: nothing of ours to keep track of.
      }
    }
    if (next.size > 0) this.byBlock.set(block, next);
    else this.byBlock.delete(block);
  }

  /** Removes every badge (the scanner stopped). */
  clear(): void {
    this.pending.clear();
    for (const badges of this.byBlock.values()) for (const badge of badges.values()) removeNode(badge.host);
    this.byBlock.clear();
    this.layer.clear();
  }

  private remove(badge: Badge): void {
    if (this.layer.holds(badge.host)) this.layer.remove(badge.host);
    else removeNode(badge.host);
  }

  /** A badge for a record's mentions, or undefined if it could not be made or placed (it does not stop the others). */
  private tryCreate(mentions: PaintedFinding[]): Badge | undefined {
    try {
      return this.create(mentions);
    } catch {
      return undefined;
    }
  }

  /** Makes the badge whole, then puts it in the page: a failure part way leaves nothing of it behind. */
  private create(mentions: PaintedFinding[]): Badge {
    const first = mentions[0] as PaintedFinding;
    const button = el(this.doc, 'button', { type: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' });
    const badge: Badge = { host: button, button, mentions };
    this.label(badge);
    listen(button, 'click', (event) => {
      event.stopPropagation();
      this.open(badge);
    });
    // Keys pressed on the badge are ours: a page's shortcuts (or a row's click-to-open) must not fire.
    listen(button, 'keydown', (event) => event.stopPropagation());
    if (this.overlay) {
      this.layer.add(button, targetOf(first));
      return badge;
    }
    const { host, shadow } = createUiHost(this.doc, 'badge');
    styleRoot(shadow, BADGE_STYLE);
    shadow.append(button);
    const { parent, after } = placeAfter(first.range.endContainer, first.block);
    insertBefore(parent, host, after.nextSibling);
    badge.host = host;
    return badge;
  }

  private label(badge: Badge): void {
    const { finding, cls } = mostSevere(badge.mentions);
    badge.button.className = cls;
    const label = t('badgeLabel', [finding.recordName, t(KIND_KEYS[finding.kind]), t(STATUS_KEYS[finding.status])]);
    badge.button.setAttribute('aria-label', finding.confidence === 'possible' ? `${label} ${t('possibleMatchShort')}` : label);
    badge.button.title = label;
  }
}

/** Mentions by record, in text order. */
function groupByRecord(findings: PaintedFinding[]): Map<string, PaintedFinding[]> {
  const grouped = new Map<string, PaintedFinding[]>();
  for (const f of findings) {
    const list = grouped.get(f.finding.recordId) ?? [];
    list.push(f);
    grouped.set(f.finding.recordId, list);
  }
  return grouped;
}

const rank = (f: PaintedFinding): number => severityRank(f.finding.status, f.finding.confidence);

/** The mention that decides the badge's colour and label. */
export function mostSevere(mentions: PaintedFinding[]): PaintedFinding {
  return mentions.reduce((worst, f) => (rank(f) > rank(worst) ? f : worst));
}

/** What a badge in the large-page layer stands beside: the name, or the form control. */
function targetOf(mention: PaintedFinding): StaticRange | Element {
  return mention.control ?? mention.range;
}

/**
 * Where the badge goes: after the child of the block (or shadow root) that holds the end of the
 * name. A name in a button or a form control's value: after the control (and after a label around
 * it: a click inside a label would reach its control). A name in an editor's read-only part: after
 * the editor, so nothing of ours enters what the user is editing.
 */
function placeAfter(node: Node, block: Element): { parent: Node; after: Node } {
  const outside = outsideOf(block);
  if (outside?.parentNode) return { parent: outside.parentNode, after: outside };
  let child = node;
  while (child.parentNode && child.parentNode !== block && !(child.parentNode instanceof ShadowRoot)) {
    child = child.parentNode;
  }
  return { parent: child.parentNode ?? block, after: child };
}

/** The element a badge must follow rather than go inside (see `placeAfter`), or null. */
function outsideOf(block: Element): Element | null {
  const control = block.closest('button, input, textarea, select');
  if (control) return control.closest('label') ?? control;
  let editor: Element | null = null;
  for (let n = block.closest('[contenteditable]'); n; n = n.parentElement?.closest('[contenteditable]') ?? null) {
    if (editState(n) === true) editor = n;
  }
  return editor;
}
