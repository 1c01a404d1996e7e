/**
 * Paints findings with the CSS Custom Highlight API: the page's DOM text is never touched. Ranges
 * are StaticRanges (live Ranges slow every later DOM change on the page), one registry entry per
 * severity class, named `wro-<class>`.
 */
import type { SeverityClass } from '../core/severity';
import { insertBefore, setAttribute } from './natives';
import { UI_ATTR } from './text-runs';

const CLASSES: SeverityClass[] = ['active', 'unknown', 'lifted', 'possible'];

// Text colour and background pairs meet WCAG AA (≥ 4.5:1) whatever colour the page gave the text,
// because both are set; the underline styles tell the classes apart without colour.
const STYLE = `
::highlight(wro-active) { background-color: #fde2e1; color: #7a1410; text-decoration: underline solid #b3261e 2px; }
::highlight(wro-unknown) { background-color: #fff0c2; color: #5c3200; text-decoration: underline dashed #8a4b00 2px; }
::highlight(wro-lifted) { background-color: #e3eaee; color: #263238; text-decoration: underline dotted #455a64 2px; }
::highlight(wro-possible) { background-color: #ece7f7; color: #3b2d63; text-decoration: underline wavy #5b4a8a 1px; }
`;

export class HighlightPainter {
  private readonly highlights = new Map<SeverityClass, Highlight>();

  constructor(private readonly doc: Document) {}

  /** False where the browser lacks the API: then nothing is painted and nothing breaks. */
  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  install(): void {
    this.doc.querySelectorAll(`style[${UI_ATTR}]`).forEach((old) => old.remove());
    const parent = this.doc.head ?? this.doc.documentElement;
    insertBefore(parent, this.styleElement(), null);
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
      sheet.replaceSync(STYLE);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    } catch {
      // Firefox content scripts may not adopt their own sheets into page trees: add a style element.
      insertBefore(shadow, this.styleElement(), null);
    }
  }

  add(cls: SeverityClass, range: StaticRange): void {
    this.highlights.get(cls)?.add(range);
  }

  delete(cls: SeverityClass, range: StaticRange): void {
    this.highlights.get(cls)?.delete(range);
  }

  /** Removes everything painted (the extension went away or the site was switched off). */
  clear(): void {
    for (const cls of CLASSES) CSS.highlights.delete(`wro-${cls}`);
    this.highlights.clear();
    this.doc.querySelectorAll(`style[${UI_ATTR}]`).forEach((style) => style.remove());
  }

  private styleElement(): HTMLStyleElement {
    const style = this.doc.createElement('style');
    setAttribute(style, UI_ATTR, '');
    style.textContent = STYLE;
    return style;
  }
}
