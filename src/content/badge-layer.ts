/**
 * One small keyboard-reachable badge beside each listed record found in a block. The badge lives in
 * a closed shadow root on a host element marked `data-wro-check-ui`, inserted between the block's
 * children (never inside a page text node), so page CSS cannot restyle it and copying text skips it.
 */
import { severityRank } from '../core/severity';
import { t } from '../ui/i18n';
import { KIND_KEYS, STATUS_KEYS } from '../ui/labels';
import { el } from './dom';
import { attachClosedShadow, insertBefore, listen, removeNode, setAttribute } from './natives';
import type { PaintedFinding, ScannerListener } from './page-scanner';
import { UI_ATTR } from './text-runs';
import { BADGE_STYLE, styleRoot } from './ui-style';

export interface BadgeTarget {
  /** Every mention of the record in the block. */
  mentions: PaintedFinding[];
  button: HTMLButtonElement;
}

interface Badge extends BadgeTarget {
  host: HTMLElement;
}

export class BadgeLayer implements Pick<ScannerListener, 'blockChanged'> {
  private readonly byBlock = new Map<Element, Map<string, Badge>>();
  private readonly pending = new Map<Element, PaintedFinding[]>();
  private overlay = false;

  constructor(
    private readonly doc: Document,
    private readonly open: (target: BadgeTarget) => void,
  ) {}

  /**
   * Notes a block's new findings; `flush` changes the page. Every badge inserted into a big table
   * makes the browser lay the table out again, so badges go in all at once, when the scan settles.
   */
  blockChanged(block: Element, findings: PaintedFinding[]): void {
    this.pending.set(block, findings);
  }

  /**
   * Applies the pending changes. On a very large page (`overlay`) new badges are taken out of the
   * flow: they may then overlap a few pixels of what follows the name, but inserting them no longer
   * makes the browser lay out the whole page again (about ten times less work on a 20,000-row table).
   */
  flush(overlay: boolean): void {
    this.overlay = overlay;
    for (const [block, findings] of this.pending) this.update(block, findings);
    this.pending.clear();
  }

  private update(block: Element, findings: PaintedFinding[]): void {
    const old = this.byBlock.get(block) ?? new Map<string, Badge>();
    const next = new Map<string, Badge>();
    for (const [recordId, mentions] of groupByRecord(findings)) {
      const badge = old.get(recordId);
      if (badge?.host.isConnected) {
        badge.mentions = mentions;
        this.label(badge);
        next.set(recordId, badge);
        old.delete(recordId);
      } else next.set(recordId, this.create(mentions));
    }
    for (const badge of old.values()) removeNode(badge.host);
    if (next.size > 0) this.byBlock.set(block, next);
    else this.byBlock.delete(block);
  }

  /** Removes every badge (the scanner stopped). */
  clear(): void {
    this.pending.clear();
    for (const badges of this.byBlock.values()) for (const badge of badges.values()) removeNode(badge.host);
    this.byBlock.clear();
  }

  private create(mentions: PaintedFinding[]): Badge {
    const host = this.doc.createElement('wro-check-badge');
    setAttribute(host, UI_ATTR, this.overlay ? 'overlay' : '');
    const shadow = attachClosedShadow(host);
    const button = el(this.doc, 'button', { type: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' });
    styleRoot(shadow, BADGE_STYLE);
    shadow.append(button);
    const badge: Badge = { host, button, mentions };
    this.label(badge);
    listen(button, 'click', (event) => {
      event.stopPropagation();
      this.open(badge);
    });
    // Keys pressed on the badge are ours: a page's shortcuts (or a row's click-to-open) must not fire.
    listen(button, 'keydown', (event) => event.stopPropagation());
    const first = mentions[0] as PaintedFinding;
    const { parent, after } = placeAfter(first.range.endContainer, first.block);
    insertBefore(parent, host, after.nextSibling);
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

/** Where the badge goes: after the child of the block (or shadow root) that holds the end of the name. */
function placeAfter(node: Node, block: Element): { parent: Node; after: Node } {
  let child = node;
  while (child.parentNode && child.parentNode !== block && !(child.parentNode instanceof ShadowRoot)) {
    child = child.parentNode;
  }
  return { parent: child.parentNode ?? block, after: child };
}
