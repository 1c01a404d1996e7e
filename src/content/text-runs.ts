/**
 * Turns a part of the DOM into runs of text to match: the text nodes of one block, joined, so a
 * name split by inline markup (`<b>Top Glove</b> Corp.`, `<span>Super</span>max`) reads whole,
 * with a map from run offsets back to the text nodes. The walk is resumable, so a big page is read
 * in time slices, and it reports open shadow roots so they are read too, and custom elements with
 * none open (the scanner looks for a closed root there, or waits for the element to upgrade).
 *
 * An item of a long list (a table row, a result card) is first asked about as a whole: when the
 * matcher's pre-filter clears its `textContent` (`Matcher.mayName`), the walk passes over it
 * without visiting its nodes, which on a big directory is most of the page.
 *
 * Which elements continue a run is decided by tag name alone (no style reads: a 20,000-row table
 * must not pay a style lookup per element). Page CSS can still make an inline tag a box of its own
 * (`<span class="cell">` in a flex row); `crossesBox` checks that, lazily, for the few matches
 * that span more than one text node, and `splitAtBoxes` cuts such a run into the texts a reader sees.
 */

import { isFootnoteMark, isRaised } from '../core/text/footnote';
import { isOurs } from './ours';

/**
 * Elements whose text nodes are not read: not page prose, not rendered as text. Form controls are
 * read through their value instead (`controlText`). By `localName`. Our own UI is never read either
 * (`isOurs`): known by this script's own record, not by a tag name a page could give its text.
 */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option',
  'svg', 'math', 'canvas', 'iframe', 'object', 'head', 'title',
]);

/** Inline elements: text inside them continues the surrounding run. Everything else starts a new run. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark', 'q',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'ins', 'del',
]);

/**
 * Elements the browser renders as a break, or as a box of their own, between the texts around them
 * although no text of theirs is there: a line break, an image or icon, a form control, an embedded
 * object. They end a run (`Company Bhd<br>Lot 12` is two texts). `<wbr>` is not one: it marks
 * where a word may wrap, and the word goes on.
 */
const BREAKS = new Set([
  'br', 'hr', 'img', 'input', 'textarea', 'select', 'button', 'video', 'audio', 'canvas', 'iframe', 'frame',
  'embed', 'object', 'svg', 'math', 'meter', 'progress',
]);

/** Form controls whose value is text a reader sees and the user is not typing (`controlText`). */
const CONTROLS = new Set(['input', 'textarea', 'select']);
const TEXT_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email']);

/** A form control whose value the walker may read (`controlText`). */
export function isControl(element: Element): boolean {
  return CONTROLS.has(element.localName);
}
const BUTTON_INPUTS = new Set(['button', 'submit', 'reset']);

/**
 * The controls `controlText` reads, as a selector (a list item holding one is read node by node:
 * its value is not in the item's `textContent`).
 */
export const READ_CONTROLS = [
  'input:is(:not([type]), [type=text i], [type=search i], [type=url i], [type=tel i], [type=email i]):read-only',
  'input:is([type=button i], [type=submit i], [type=reset i])',
  'textarea:read-only',
].join(', ');

/**
 * The text a form control shows that the user is not typing: a read-only or disabled text field's
 * value (never a password's, nor a hidden input's), a read-only or disabled textarea's, a button
 * input's label, the selected option of a select. Undefined for anything else, and for controls
 * the page does not render (a native select hidden behind a custom one). Only read: the page sees
 * no event, and nothing is ever written to the control.
 */
export function controlText(element: Element, name = element.localName): string | undefined {
  let text: string | undefined;
  if (name === 'select') {
    const select = element as HTMLSelectElement;
    text = Array.from(select.selectedOptions, (option) => option.label).join('\n');
  } else if (name === 'textarea') {
    if (element.matches(':read-only')) text = (element as HTMLTextAreaElement).value;
  } else if (name === 'input') {
    const input = element as HTMLInputElement;
    const type = input.type;
    if (BUTTON_INPUTS.has(type) || (TEXT_INPUTS.has(type) && input.matches(':read-only'))) text = input.value;
  }
  if (!text || isBlank(text)) return undefined;
  const visible = (element as Element & { checkVisibility?(): boolean }).checkVisibility;
  return typeof visible !== 'function' || visible.call(element) ? text : undefined;
}

const BLANK = /^\s*$/;

/**
 * The only elements a shadow root can be attached to (DOM standard, `attachShadow`), besides
 * custom elements: the walker asks the others nothing (a table's hundred thousand cells).
 */
const SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

/**
 * Elements inside a block that may hold text its `textContent` misses: custom elements and empty
 * elements of the kinds a shadow root can be attached to (a shadow root), and the form controls
 * whose value is read. A block holding one is
 * read node by node whatever the pre-filter says. Matched as "none of the tags pages are made of"
 * (commonest first): a tag not listed only costs reading that block node by node.
 */
const MAY_HOST = [
  `:not(${[
    'td', 'span', 'a', 'div', 'tr', 'li', 'p', 'b', 'strong', 'i', 'em', 'small', 'img', 'br', 'th', 'label', 'time',
    'abbr', 'sup', 'sub', 'u', 's', 'mark', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd',
    'table', 'thead', 'tbody', 'tfoot', 'caption', 'colgroup', 'col', 'header', 'footer', 'section', 'article', 'aside',
    'nav', 'main', 'figure', 'figcaption', 'picture', 'source', 'button', 'input', 'select', 'option', 'optgroup',
    'textarea', 'form', 'fieldset', 'legend', 'hr', 'wbr', 'cite', 'q', 'data', 'bdi', 'bdo', 'kbd', 'samp', 'var', 'del',
    'ins', 'font', 'center', 'nobr', 'address', 'blockquote', 'details', 'summary', 'dialog', 'meter', 'progress',
    'output', 'iframe', 'object', 'embed', 'video', 'audio', 'track', 'canvas', 'map', 'area', 'noscript', 'script',
    'style', 'template', 'slot', 'link', 'meta', 'svg', 'path', 'g', 'use', 'circle', 'rect', 'line', 'polyline',
    'polygon', 'ellipse', 'defs', 'symbol', 'title', 'desc', 'stop',
  ].join(', ')})`,
  `:is(${[...SHADOW_HOSTS].join(', ')}):empty`,
  READ_CONTROLS,
].join(', ');

/**
 * The pre-filter is asked about items of a list: blocks with at least this many element siblings
 * (table rows, result cards, list items). Asking a page's containers would copy most of its text
 * once per level. An item with more text than PREFILTER_MAX_TEXT is read node by node.
 */
const LIST_ITEMS = 8;
const PREFILTER_MAX_TEXT = 4_096;

/** Blank text (layout whitespace between tags): most text starts with a visible character, decided without the regex. */
export function isBlank(data: string): boolean {
  const first = data.charCodeAt(0);
  return !(first > 32 && first !== 160 && first < 0x1680) && BLANK.test(data);
}

/**
 * One run of text. The walker reuses one run object and its arrays for every run (a big page has
 * a hundred thousand), so a run is valid only until the walker's next call.
 */
export interface TextRun {
  /** The block element the run belongs to (for text directly in a shadow root: its host). */
  block: Element;
  text: string;
  /** The run's text nodes, and the offset of each one's first character in `text`; `length` are in use. */
  nodes: Text[];
  starts: number[];
  length: number;
  /** Per walk: whether an element's computed display makes it a box of its own (see `crossesBox`). */
  boxes: Map<Element, boolean>;
  /**
   * A form control whose value is the run's text (`controlText`): then `block` is the control and
   * the run has no text nodes (`length` 0). Null for a run of text nodes.
   */
  control: Element | null;
}

/**
 * Whether the text of an element continues its parent's run. An element with a `contenteditable`
 * attribute never does: an editor's read-only chip or block is read as a text of its own, since
 * the editable text around it is not read.
 */
export function isInline(element: Element): boolean {
  return INLINE.has(element.localName) && !element.hasAttribute('contenteditable');
}

/**
 * What an element's `contenteditable` attribute makes it: true for an editing host (`""`, `true`,
 * `plaintext-only`), false for `false` (not editable, nor is what it holds unless marked again),
 * undefined for no attribute or any other value (it is what its parent is).
 */
export function editState(element: Element): boolean | undefined {
  const value = element.getAttribute('contenteditable');
  if (value === null) return undefined;
  switch (value.toLowerCase()) {
    case '':
    case 'true':
    case 'plaintext-only':
      return true;
    case 'false':
      return false;
    default:
      return undefined;
  }
}

/** An element whose subtree is never read as text: skipped tags, our UI, editing hosts (but see `islandsIn`). */
export function isSkipped(element: Element, localName = element.localName): boolean {
  // Our hosts always carry an attribute (their label): elements without any are decided by name alone.
  return SKIPPED.has(localName) || (element.hasAttributes() && (isOurs(element) || editState(element) === true));
}

/**
 * The non-editable parts of an editable region that are read (`contenteditable="false"`: a quoted
 * block, a mention chip): the outermost such elements inside `root`, not inside another one. What
 * they hold is read with the same rules (an editable region inside one is skipped again).
 */
export function islandsIn(root: Element): Element[] {
  const islands: Element[] = [];
  for (const element of root.querySelectorAll('[contenteditable]')) {
    if (editState(element) !== false) continue;
    let inner = false;
    for (let n = element.parentElement; n && n !== root; n = n.parentElement) {
      if (editState(n) === false) {
        inner = true;
        break;
      }
    }
    if (!inner) islands.push(element);
  }
  return islands;
}

/**
 * True when `node` lies inside something never read (checked once per incremental root, not per
 * node): a skipped tag, our UI, or an editable region (an editing host, or inside one, unless a
 * `contenteditable="false"` element nearer to `node` ends it). Attributes only: `isContentEditable`
 * would make the browser restyle a page that just changed.
 */
export function insideSkipped(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  let decided = false;
  for (let n: Node | null = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n.nodeType !== Node.ELEMENT_NODE) continue;
    const element = n as Element;
    if (SKIPPED.has(element.localName)) return true;
    if (!element.hasAttributes()) continue;
    if (isOurs(element)) return true;
    if (!decided) {
      const editable = editState(element);
      if (editable === true) return true;
      if (editable === false) decided = true;
    }
  }
  return false;
}

/** The nearest non-inline element holding `node` (a shadow root's text belongs to its host). */
export function blockOf(node: Node): Element {
  let parent = node.parentNode;
  while (parent) {
    if (parent.nodeType === Node.ELEMENT_NODE) {
      if (!isInline(parent as Element)) return parent as Element;
      parent = parent.parentNode;
    } else if (parent instanceof ShadowRoot) return parent.host;
    else break;
  }
  return (node.ownerDocument ?? document).documentElement;
}

/**
 * Walks the runs under `root` in document order. `deep` walks every block below; otherwise only
 * the runs of `root` itself (its text and inline children), for a block whose own text changed.
 */
export class RunWalker {
  private node: Node | null;
  /** The block the pre-filter let in that the walk is inside: its descendants are not asked again. */
  private admitted: Element | null = null;
  /** Characters of text the last call passed over unread. */
  passed = 0;
  private listParent: ParentNode | null = null;
  private inList = false;
  private lastParent: Node | null = null;
  private lastBlock: Element | null = null;
  private readonly run: TextRun;

  constructor(
    private readonly root: Node,
    private readonly deep: boolean,
    private readonly onShadowRoot: (shadow: ShadowRoot) => void,
    private readonly onCustomElement: (element: Element) => void = () => undefined,
    private readonly mayName?: (text: string) => boolean,
    private readonly onIsland: (island: Element) => void = () => undefined,
  ) {
    this.node = root;
    this.run = { block: null as unknown as Element, text: '', nodes: [], starts: [], length: 0, boxes: new Map(), control: null };
  }

  /** The node the walk stands on; if a page change disconnected it, the walk must start over. */
  get position(): Node | null {
    return this.node;
  }

  /**
   * The next run with some visible text; null after passing over a block the pre-filter cleared
   * (`passed` says how much text: the caller may look at the clock); undefined when the walk is done.
   */
  next(): TextRun | null | undefined {
    const run = this.run;
    let open = false;
    // Most runs are one text node: their text is the node's, with no joining.
    let parts: string[] | undefined;
    let length = 0;
    while (this.node) {
      const node = this.node;
      const type = node.nodeType;
      if (type === 3) {
        const data = (node as Text).data;
        const blank = isBlank(data);
        if (!open && blank) {
          this.node = this.after(node);
          continue;
        }
        const block = this.textBlock(node as Text);
        if (open && run.block !== block) {
          // The node starts the next run: leave it for the next call.
          if (blank) {
            this.node = this.after(node);
            continue;
          }
          break;
        }
        if (!open) {
          open = true;
          run.block = block;
          run.text = data;
          run.length = 0;
          run.control = null;
        } else (parts ??= [run.text]).push(data);
        run.nodes[run.length] = node as Text;
        run.starts[run.length] = length;
        run.length++;
        length += data.length;
        this.node = this.after(node);
      } else if (type === 1) {
        const element = node as Element;
        // Read once: every property read from the page's DOM costs (a hundred thousand on a big table).
        const name = element.localName;
        if (node !== this.root) {
          // A break ends the run; the element itself is looked at by the next call.
          if (open && BREAKS.has(name)) break;
          if (this.deep && CONTROLS.has(name)) {
            const text = controlText(element, name);
            this.node = this.after(node);
            if (text === undefined) continue;
            run.block = element;
            run.text = text;
            run.length = 0;
            run.control = element;
            return run;
          }
          if (isRaised(name) && isFootnoteMark(element.textContent ?? '')) {
            // Read as blank, so "Metals<sup>2</sup>" reads "Metals " (`isFootnoteMark`); its nodes
            // stay in the run, so offsets after it still map to the page.
            if (open) {
              parts ??= [run.text];
              for (const text of textNodesIn(element)) {
                parts.push(' '.repeat(text.data.length));
                run.nodes[run.length] = text;
                run.starts[run.length] = length;
                run.length++;
                length += text.data.length;
              }
            }
            this.node = this.after(node);
            continue;
          }
          if (isSkipped(element, name) || (!this.deep && !INLINE.has(name))) {
            // An editor is not read, but the parts of it it makes read-only are, each on its own.
            if (this.deep && element.hasAttributes() && editState(element) === true) for (const island of islandsIn(element)) this.onIsland(island);
            this.node = this.after(node);
            continue;
          }
        } else if (CONTROLS.has(name)) {
          // A control added on its own (the root): its value is the one run.
          this.node = null;
          const text = controlText(element, name);
          if (text === undefined) return undefined;
          run.block = element;
          run.text = text;
          run.length = 0;
          run.control = element;
          return run;
        }
        if (this.deep) {
          const custom = name.includes('-');
          const shadow = custom || SHADOW_HOSTS.has(name) ? element.shadowRoot : null;
          if (shadow) this.onShadowRoot(shadow);
          else if (custom) this.onCustomElement(element);
          const mayName = this.mayName;
          if (this.admitted === null && mayName && !INLINE.has(name)) {
            const passed = this.passOver(element, mayName);
            if (passed !== undefined) {
              this.node = this.after(node);
              this.passed = passed.length;
              // Text passed over ends the run, as reading it would have.
              if (!open) return null;
              if (!isBlank(passed)) break;
              continue;
            }
          }
        }
        this.node = node.firstChild ?? this.after(node);
      } else if (type === 9 || type === 11) {
        this.node = node.firstChild;
      } else {
        this.node = this.after(node);
      }
    }
    if (!open) return undefined;
    if (parts) run.text = parts.join('');
    return run;
  }

  /**
   * A list item whose whole text the pre-filter clears, and that holds nothing `textContent` misses:
   * its text, passed over unread. Otherwise undefined; an item the pre-filter let in is admitted,
   * and what it holds is read without asking again.
   */
  private passOver(element: Element, mayName: (text: string) => boolean): string | undefined {
    const parent = element.parentNode as ParentNode | null;
    // Decided once per parent, from the item's nearest siblings (`childElementCount` walks them all).
    if (parent !== this.listParent) {
      this.listParent = parent;
      this.inList = parent !== null && hasSiblings(element, LIST_ITEMS - 1);
    }
    if (!this.inList) return undefined;
    const text = element.textContent ?? '';
    if (text.length > PREFILTER_MAX_TEXT) return undefined;
    if (!mayName(text) && element.querySelector(MAY_HOST) === null) return text;
    this.admitted = element;
    return undefined;
  }

  private textBlock(text: Text): Element {
    const parent = text.parentNode;
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      this.lastBlock = blockOf(text);
    }
    return this.lastBlock as Element;
  }

  /** The node after `node` and its subtree, within the root. */
  private after(node: Node): Node | null {
    for (let n: Node | null = node; n && n !== this.root; n = n.parentNode) {
      if (n === this.admitted) this.admitted = null;
      const next = n.nextSibling;
      if (next) return next;
    }
    return null;
  }
}

/** The text nodes under `element`, in document order (a footnote mark: a few nodes at most). */
function textNodesIn(element: Node, out: Text[] = []): Text[] {
  for (let n = element.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out.push(n as Text);
    else textNodesIn(n, out);
  }
  return out;
}

/** Whether `element` has at least `count` element siblings (looking no further than that). */
function hasSiblings(element: Element, count: number): boolean {
  let found = 0;
  for (let n = element.previousElementSibling; n && found < count; n = n.previousElementSibling) found++;
  for (let n = element.nextElementSibling; n && found < count; n = n.nextElementSibling) found++;
  return found >= count;
}

/** The node and offset of a run offset; `end` picks the earlier node where two touch. */
export function locate(run: TextRun, offset: number, end: boolean): { node: Text; offset: number } {
  const starts = run.starts;
  let lo = 0;
  let hi = run.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid] as number;
    if (start < offset || (!end && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = run.nodes[lo] as Text;
  return { node, offset: Math.min(offset - (starts[lo] as number), node.length) };
}

/**
 * Whether a computed `display` value makes an element a box of its own, so that text must not be
 * read across its edge as one name.
 * - Not a box edge: `inline` (and `inline flow`): its text flows on with its neighbours';
 *   `contents`: the element has no box at all, its children are judged on their own; `none`: not
 *   rendered (the walk reads hidden text as before); `ruby` / `ruby-base`: inline-level text;
 *   the empty string (a browser that computed nothing).
 * - A box edge: everything block-level or laid out as a unit (`block`, `flex`, `grid`, `table-*`,
 *   `list-item`, `flow-root`, `ruby-text`…) and the atomic inlines too (`inline-block`,
 *   `inline-flex`, `inline-grid`, `inline-table`, `inline list-item`): an inline-block sits in the
 *   line but lays its text out in a box of its own, so two inline-block chips or buttons side by
 *   side read as two labels, and a name is not read across them.
 */
export function isBoxDisplay(display: string): boolean {
  switch (display.trim()) {
    case '':
    case 'inline':
    case 'inline flow':
    case 'flow inline':
    case 'contents':
    case 'none':
    case 'ruby':
    case 'inline ruby':
    case 'ruby-base':
      return false;
    default:
      return true;
  }
}

type DisplayOf = (element: Element) => string;

const computedDisplay: DisplayOf = (element) => getComputedStyle(element).display;

/**
 * True when the text from `start` to `end` (two text nodes of `run`, `start` first) crosses the
 * edge of an element the page's CSS lays out as a box of its own (`isBoxDisplay`): the elements
 * the text leaves, passes or enters below the run's block. Only those elements' styles are read,
 * each once per walk (`run.boxes`), so pages pay nothing for names in one text node.
 */
export function crossesBox(run: TextRun, start: Text, end: Text, displayOf: DisplayOf = computedDisplay): boolean {
  if (start === end) return false;
  const block = run.block;
  const edge = (n: Node | null): boolean => !n || n === block || n.nodeType !== 1;
  const isBox = (element: Element): boolean => {
    let box = run.boxes.get(element);
    if (box === undefined) run.boxes.set(element, (box = isBoxDisplay(displayOf(element))));
    return box;
  };
  // The elements holding the end (below the block); the text enters those not holding the start.
  const holdsEnd = new Set<Node>();
  for (let n = end.parentNode; !edge(n); n = (n as Node).parentNode) holdsEnd.add(n as Node);
  // The elements the text leaves: those holding the start but not the end.
  for (let n = start.parentNode; !edge(n) && !holdsEnd.has(n as Node); n = (n as Node).parentNode) {
    if (isBox(n as Element)) return true;
  }
  // Then every element after the start, in document order, up to the end: passed or entered.
  let node: Node = start;
  for (;;) {
    let next: Node | null = null;
    if (node !== start && node.nodeType === 1 && !isSkipped(node as Element)) next = node.firstChild;
    for (let n: Node | null = node; !next && n; n = n.parentNode) {
      if (n !== start && (n === block || n.nodeType === 11)) return false;
      next = n.nextSibling;
    }
    if (!next || next === end) return false;
    node = next;
    if (node.nodeType === 1) {
      const element = node as Element;
      // Our own badges sit between a block's children: never a page box.
      if (isOurs(element)) continue;
      if (isBox(element)) return true;
    }
  }
}

/** True when one of `spans` (run offsets, as the matcher's findings) crosses a box edge (`crossesBox`). */
export function someCrossesBox(run: TextRun, spans: ReadonlyArray<{ start: number; end: number }>, displayOf: DisplayOf = computedDisplay): boolean {
  for (const span of spans) {
    const start = locate(run, span.start, false).node;
    const end = locate(run, span.end, true).node;
    if (start !== end && crossesBox(run, start, end, displayOf)) return true;
  }
  return false;
}

/**
 * The parts of `run` a reader sees as separate texts: cut wherever two consecutive text nodes lie
 * on either side of a box edge (`crossesBox`). Each part is a run of its own (same block and
 * cache); a run with no such edge comes back whole.
 */
export function splitAtBoxes(run: TextRun, displayOf: DisplayOf = computedDisplay): TextRun[] {
  const parts: TextRun[] = [];
  let from = 0;
  const cut = (to: number): void => {
    const offset = run.starts[from] as number;
    const endOffset = to < run.length ? (run.starts[to] as number) : run.text.length;
    parts.push({
      block: run.block,
      text: run.text.slice(offset, endOffset),
      nodes: run.nodes.slice(from, to),
      starts: run.starts.slice(from, to).map((s) => s - offset),
      length: to - from,
      boxes: run.boxes,
      control: null,
    });
    from = to;
  };
  for (let i = 1; i < run.length; i++) {
    if (crossesBox(run, run.nodes[i - 1] as Text, run.nodes[i] as Text, displayOf)) cut(i);
  }
  cut(run.length);
  return parts;
}
