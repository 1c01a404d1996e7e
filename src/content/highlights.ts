/**
 * Paints findings with the CSS Custom Highlight API: the page's DOM text is never touched. Ranges
 * are StaticRanges (live Ranges slow every later DOM change on the page), one registry entry per
 * severity class, named `wro-<class>`.
 */
import type { SeverityClass } from '../core/severity';
import { HIGHLIGHT_STYLE } from './highlight-style';
import { insertBefore, setAttribute } from './natives';
import { markOurs, UI_ATTR } from './ours';

const CLASSES: SeverityClass[] = ['active', 'unknown', 'lifted', 'possible'];
/** Lone UTF-16 surrogates, and bidi embedding, override and isolate controls (see `paintable`). */
const UNPAINTABLE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\u202a-\u202e\u2066-\u2069]/;


export class HighlightPainter {
  private readonly highlights = new Map<SeverityClass, Highlight>();
  private pending: Array<[SeverityClass, StaticRange, boolean]> = [];
  /** Text nodes checked by `paintable` since the last commit (a big text node names many). */
  private readonly checked = new Map<Node, boolean>();

  constructor(private readonly doc: Document) {}

  /** False where the browser lacks the API: then nothing is painted and nothing breaks. */
  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  install(): void {
    for (const cls of CLASSES) {
      const highlight = new Highlight();
      this.highlights.set(cls, highlight);
      CSS.highlights.set(`wro-${cls}`, highlight);
    }
  }

  /** Highlight styles apply per tree: a shadow root needs its own copy of the rules. */
  styleShadowRoot(shadow: ShadowRoot): void {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_STYLE);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    } catch {
      // Firefox content scripts may not adopt their own sheets into page trees: add a style element.
      insertBefore(shadow, this.styleElement(), null);
    }
  }

  /**
   * Changes wait for `commit`: each change to the registry makes the browser repaint the page, and
   * on a big page a repaint in every frame of a sliced scan costs far more than the scan.
   */
  add(cls: SeverityClass, range: StaticRange): void {
    if (this.paintable(range.startContainer) && this.paintable(range.endContainer)) this.pending.push([cls, range, true]);
  }

  /**
   * Chromium 150 crashes the whole tab painting highlights in some text with explicit bidi
   * overrides (with lone UTF-16 surrogates, NULs, or in shadow roots: found by the page fuzz).
   * Such text is broken or deliberately reordered (the "Trojan Source" trick): it is not painted,
   * and its findings keep their badges and their place in the popup.
   */
  private paintable(node: Node): boolean {
    let known = this.checked.get(node);
    if (known === undefined) {
      known = !UNPAINTABLE.test((node as Text).data ?? '');
      this.checked.set(node, known);
    }
    return known;
  }

  delete(cls: SeverityClass, range: StaticRange): void {
    this.pending.push([cls, range, false]);
  }

  commit(): void {
    for (const [cls, range, add] of this.pending) {
      const highlight = this.highlights.get(cls);
      if (add) highlight?.add(range);
      else highlight?.delete(range);
    }
    this.pending = [];
    this.checked.clear();
  }

  /** Removes everything painted (the extension went away or the site was switched off). */
  clear(): void {
    this.pending = [];
    // Only our own entries: a newer copy of this script (after an extension update) may own them now.
    for (const [cls, highlight] of this.highlights) {
      if (CSS.highlights.get(`wro-${cls}`) === highlight) CSS.highlights.delete(`wro-${cls}`);
    }
    this.highlights.clear();
  }

  private styleElement(): HTMLStyleElement {
    const style = markOurs(this.doc.createElement('style'));
    setAttribute(style, UI_ATTR, 'style');
    style.textContent = HIGHLIGHT_STYLE;
    return style;
  }
}
