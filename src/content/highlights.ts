/**
 * Paints findings with the CSS Custom Highlight API: the page's DOM text is never touched. Ranges
 * are StaticRanges (live Ranges slow every later DOM change on the page), one registry entry per
 * severity class, named `wro-<class>`.
 *
 * A page reads the highlight registry and the styles of any highlight name (`getComputedStyle(el,
 * '::highlight(wro-active)')`) as easily as we write them (issue #17, attack 6), so nothing is put
 * there before something is painted: a name is registered while it has ranges and removed when it
 * has none, and the highlight styles are added to a tree (the document, a shadow root) only when a
 * range in it is first painted, never injected into every page by the manifest. A page naming no
 * listed company sees no registry entry, no style and no element of ours. Once something is
 * painted the page can see it, and its severity: the style that shows it to the user says it.
 */
import type { SeverityClass } from '../core/severity';
import { HIGHLIGHT_STYLE } from './highlight-style';
import { insertBefore, removeNode, setAttribute } from './natives';
import { markOurs, UI_ATTR } from './ours';

/** Lone UTF-16 surrogates, and bidi embedding, override and isolate controls (see `paintable`). */
const UNPAINTABLE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\u202a-\u202e\u2066-\u2069]/;

/** Up to this many ranges leaving a highlight at once are deleted one by one (see `remove`). */
const FEW_REMOVALS = 32;

/** What the scanner paints through: the highlight painter, or nothing at all (discreet mode). */
export interface Painter {
  add(cls: SeverityClass, range: StaticRange): void;
  delete(cls: SeverityClass, range: StaticRange): void;
}

/** Discreet mode: findings are reported, nothing is painted. */
export const NO_PAINT: Painter = { add: () => undefined, delete: () => undefined };

/** The highlight styles given to one tree: an adopted sheet, or (Firefox) a style element of ours. */
type TreeStyle = { sheet: CSSStyleSheet } | { element: HTMLStyleElement };
type Tree = Document | ShadowRoot;

export class HighlightPainter implements Painter {
  private readonly highlights = new Map<SeverityClass, Highlight>();
  /**
   * The ranges in each class's highlight, as this script holds them: in Firefox a highlight's own
   * iteration hands back other wrappers of them, which no `Set` of ours recognises.
   */
  private readonly painted = new Map<SeverityClass, Set<StaticRange>>();
  private pending: Array<[SeverityClass, StaticRange, boolean]> = [];
  /** Text nodes checked by `paintable` since the last commit (a big text node names many). */
  private readonly checked = new Map<Node, boolean>();
  /** Trees given the highlight styles (the document, shadow roots), and how. */
  private readonly styled = new Map<Tree, TreeStyle>();
  private sheet: CSSStyleSheet | null | undefined;

  constructor(private readonly doc: Document) {}

  /** False where the browser lacks the API: then nothing is painted and nothing breaks. */
  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
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
    const trees = new Set<Node>();
    const removed = new Map<SeverityClass, Set<StaticRange>>();
    for (const [cls, range, add] of this.pending) {
      let highlight = this.highlights.get(cls);
      if (add) {
        if (!highlight) this.highlights.set(cls, (highlight = new Highlight()));
        let painted = this.painted.get(cls);
        if (!painted) this.painted.set(cls, (painted = new Set()));
        removed.get(cls)?.delete(range);
        painted.add(range);
        highlight.add(range);
        trees.add(range.startContainer);
      } else if (highlight) {
        let ranges = removed.get(cls);
        if (!ranges) removed.set(cls, (ranges = new Set()));
        ranges.add(range);
      }
    }
    for (const [cls, ranges] of removed) this.remove(cls, ranges);
    this.pending = [];
    this.checked.clear();
    // Styles first, in the same task: the browser restyles the page once, for both.
    const roots = new Set<Node>();
    for (const node of trees) roots.add(node.getRootNode());
    // Shadow roots whose host left the document are let go (a long-lived app replaces its components all day).
    for (const tree of this.styled.keys()) if (tree instanceof ShadowRoot && !tree.host.isConnected) this.styled.delete(tree);
    for (const root of roots) if (root === this.doc || root instanceof ShadowRoot) this.styleTree(root as Tree);
    for (const [cls, highlight] of this.highlights) {
      const name = `wro-${cls}`;
      if (highlight.size > 0) {
        if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
      } else if (CSS.highlights.get(name) === highlight) {
        CSS.highlights.delete(name);
      }
    }
  }

  /**
   * Takes `ranges` out of a class's highlight. Firefox's `Highlight.delete` takes time in
   * proportion to the highlight's size, so a page that replaced a block naming a listed company
   * 16,000 times kept its tab busy for 16 s deleting them one by one: past a few, the highlight is
   * built again from the ranges it keeps, in one pass, and put in the registry in its place.
   */
  private remove(cls: SeverityClass, ranges: Set<StaticRange>): void {
    const highlight = this.highlights.get(cls);
    const painted = this.painted.get(cls);
    if (!highlight || !painted || ranges.size === 0) return;
    for (const range of ranges) painted.delete(range);
    if (ranges.size <= FEW_REMOVALS) {
      for (const range of ranges) highlight.delete(range);
      return;
    }
    const kept = new Highlight();
    for (const range of painted) kept.add(range);
    this.highlights.set(cls, kept);
    // The registry's entry, if any, is replaced below (`commit`); a replaced one left empty is taken out here.
    if (kept.size === 0 && CSS.highlights.get(`wro-${cls}`) === highlight) CSS.highlights.delete(`wro-${cls}`);
  }

  /** Removes everything painted and the styles added (the extension went away, the site was switched off, discreet mode). */
  clear(): void {
    this.pending = [];
    // Only our own entries: a newer copy of this script (after an extension update) may own them now.
    for (const [cls, highlight] of this.highlights) {
      if (CSS.highlights.get(`wro-${cls}`) === highlight) CSS.highlights.delete(`wro-${cls}`);
    }
    this.highlights.clear();
    this.painted.clear();
    for (const [tree, style] of this.styled) {
      try {
        if ('sheet' in style) tree.adoptedStyleSheets = tree.adoptedStyleSheets.filter((s) => s !== style.sheet);
        else removeNode(style.element);
      } catch {
        // The tree went away with its page.
      }
    }
    this.styled.clear();
  }

  /**
   * Highlight styles apply per tree: the document and each shadow root holding a painted range get
   * their own copy of the rules, once (again if the page took them away).
   */
  private styleTree(tree: Tree): void {
    const style = this.styled.get(tree);
    if (style && ('sheet' in style ? tree.adoptedStyleSheets.includes(style.sheet) : style.element.isConnected)) return;
    const sheet = this.sharedSheet();
    if (sheet) {
      try {
        tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, sheet];
        this.styled.set(tree, { sheet });
        return;
      } catch {
        // Firefox content scripts may not adopt their own sheets into page trees: a style element instead.
      }
    }
    const element = this.styleElement();
    const parent = tree === this.doc ? (this.doc.head ?? this.doc.documentElement) : tree;
    if (!parent) return;
    insertBefore(parent, element, null);
    this.styled.set(tree, { element });
  }

  private sharedSheet(): CSSStyleSheet | null {
    if (this.sheet === undefined) {
      try {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(HIGHLIGHT_STYLE);
      } catch {
        this.sheet = null;
      }
    }
    return this.sheet;
  }

  private styleElement(): HTMLStyleElement {
    const style = markOurs(this.doc.createElement('style'));
    setAttribute(style, UI_ATTR, 'style');
    style.textContent = HIGHLIGHT_STYLE;
    return style;
  }
}
