/**
 * Where badges go on a very large page: one layer at the end of the body, out of the page's flow,
 * each badge placed beside its name from the name's on-screen box. Inserting a badge into a huge
 * table makes the browser lay the whole table out again (a quarter of a second on a 20,000-row
 * directory, for every batch); the layer is a layout boundary (`contain: size layout`), so badges
 * added to it lay out only the layer.
 *
 * The positions follow the page: they are read again in the next animation frame (the page's own
 * layout is then done once, not forced early) after a change, a resize or a scroll inside the page.
 */
import { el } from './dom';
import { insertBefore, listen, removeNode } from './natives';
import { createUiHost } from './ui-host';
import { LAYER_STYLE, styleRoot } from './ui-style';

/** Gap between the end of the name and the badge, in CSS pixels. */
const GAP = 4;
const BADGE_HEIGHT = 24;

export class BadgeOverlay {
  private host: HTMLElement | undefined;
  private root: HTMLElement | undefined;
  /** Each badge and the name (or form control) it stands beside. */
  private readonly placed = new Map<HTMLElement, StaticRange | Element>();
  private frame = 0;
  private resizes: ResizeObserver | undefined;
  private listening: AbortController | undefined;

  constructor(private readonly doc: Document) {}

  /** Puts a badge (a button, styled by the layer) in the layer, beside the end of `range` (or a control). */
  add(badge: HTMLElement, range: StaticRange | Element): void {
    this.ensureLayer().append(badge);
    this.placed.set(badge, range);
    this.schedule();
  }

  /** The name the badge stands beside moved to another range (the block was scanned again). */
  move(badge: HTMLElement, range: StaticRange | Element): void {
    if (!this.placed.has(badge)) return;
    this.placed.set(badge, range);
    this.schedule();
  }

  remove(badge: HTMLElement): void {
    this.placed.delete(badge);
    removeNode(badge);
  }

  holds(badge: HTMLElement): boolean {
    return this.placed.has(badge);
  }

  /** Takes the layer away. */
  clear(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.resizes?.disconnect();
    this.resizes = undefined;
    this.listening?.abort();
    this.listening = undefined;
    this.placed.clear();
    if (this.host) removeNode(this.host);
    this.host = undefined;
    this.root = undefined;
  }

  /** Places every badge again in the next frame (the page changed or scrolled). */
  schedule(): void {
    if (this.frame !== 0 || this.placed.size === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      try {
        this.place();
      } catch {
        // A page in the middle of tearing itself down: the next change places them again.
      }
    });
  }

  private ensureLayer(): HTMLElement {
    if (this.root && this.host?.isConnected) return this.root;
    const { host, shadow } = createUiHost(this.doc, 'layer');
    styleRoot(shadow, LAYER_STYLE);
    const root = el(this.doc, 'div');
    shadow.append(root);
    insertBefore(this.doc.body ?? this.doc.documentElement, host, null);
    this.host = host;
    this.follow();
    this.root = root;
    return root;
  }

  /** Places the badges again whenever the names may have moved. */
  private follow(): void {
    if (this.listening) return;
    this.listening = new AbortController();
    const options = { capture: true, passive: true, signal: this.listening.signal };
    // Scrolls inside the page (not the document's own, which moves the layer too) move the names.
    listen(this.doc, 'scroll', (event) => {
      if (event.target !== this.doc) this.schedule();
    }, options);
    listen(this.doc.defaultView ?? window, 'resize', () => this.schedule(), options);
    // The page growing or shrinking (rows loaded above, a panel opened) moves the names too.
    this.resizes = new ResizeObserver(() => this.schedule());
    this.resizes.observe(this.doc.body ?? this.doc.documentElement);
  }

  /** Reads every name's box, then writes every badge's place: one page layout, not one per badge. */
  private place(): void {
    const host = this.host;
    if (!host?.isConnected) return;
    const origin = host.getBoundingClientRect();
    const range = this.doc.createRange();
    const clips = new Map<Element, DOMRect>();
    const places: Array<[HTMLElement, { x: number; y: number } | undefined]> = [];
    for (const [badge, name] of this.placed) places.push([badge, endBox(range, name, origin, clips)]);
    for (const [badge, at] of places) {
      if (at) {
        badge.style.left = `${at.x}px`;
        badge.style.top = `${at.y}px`;
        badge.removeAttribute('hidden');
      } else badge.setAttribute('hidden', '');
    }
  }
}

/**
 * Where the badge for `name` goes, relative to the layer: after the last box of the name, centred
 * on its line. Undefined when the name has no box (hidden, or removed meanwhile) or is scrolled out
 * of a panel that clips it: a badge there would float over the page, or stretch it.
 */
function endBox(range: Range, name: StaticRange | Element, origin: DOMRect, clips: Map<Element, DOMRect>): { x: number; y: number } | undefined {
  let boxes: DOMRectList;
  let end: Node;
  if ('startContainer' in name) {
    if (!name.startContainer.isConnected || !name.endContainer.isConnected) return undefined;
    try {
      range.setStart(name.startContainer, name.startOffset);
      range.setEnd(name.endContainer, name.endOffset);
    } catch {
      return undefined; // the text shrank below the offsets
    }
    boxes = range.getClientRects();
    end = name.endContainer;
  } else {
    if (!name.isConnected) return undefined;
    boxes = name.getClientRects();
    end = name;
  }
  const last = boxes[boxes.length - 1];
  if (!last || (last.width === 0 && last.height === 0)) return undefined;
  for (const clip of clippingBoxes(end, clips)) {
    if (last.bottom <= clip.top || last.top >= clip.bottom || last.right <= clip.left || last.left >= clip.right) return undefined;
  }
  return {
    x: Math.round(last.right - origin.left + GAP),
    y: Math.round(last.top - origin.top + (last.height - BADGE_HEIGHT) / 2),
  };
}

/**
 * The boxes of the elements around `node` that clip what overflows them (scrolling panels). The
 * body and root are left out: their overflow is usually the viewport's, which the layer scrolls with.
 */
function clippingBoxes(node: Node, known: Map<Element, DOMRect>): DOMRect[] {
  const boxes: DOMRect[] = [];
  const doc = node.ownerDocument;
  for (let n: Node | null = node.parentNode; n && n !== doc?.body && n !== doc?.documentElement; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n.nodeType !== Node.ELEMENT_NODE) continue;
    const element = n as Element;
    let box = known.get(element);
    if (box === undefined) {
      const style = getComputedStyle(element);
      box = style.overflowX !== 'visible' || style.overflowY !== 'visible' ? element.getBoundingClientRect() : NO_CLIP;
      known.set(element, box);
    }
    if (box !== NO_CLIP) boxes.push(box);
  }
  return boxes;
}

const NO_CLIP = new DOMRect();
