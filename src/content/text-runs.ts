/**
 * Turns a part of the DOM into runs of text to match: the text nodes of one block, joined, so a
 * name split by inline markup (`<b>Top Glove</b> Corp.`, `<span>Super</span>max`) reads whole,
 * with a map from run offsets back to the text nodes. The walk is resumable, so a big page is read
 * in time slices, and it reports open shadow roots so they are read too.
 */

/** Marks every element the extension adds to a page; the scanner never reads inside them. */
export const UI_ATTR = 'data-wro-check-ui';

/** Elements whose text is not page prose, belongs to the user (form fields), or is ours. By `localName`. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'svg', 'math', 'canvas', 'iframe', 'object', 'code', 'pre', 'head', 'title',
  'wro-check-badge', 'wro-check-card', 'wro-check-summary',
]);

/** Inline elements: text inside them continues the surrounding run. Everything else starts a new run. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark', 'q',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'ins', 'del',
]);

const BLANK = /^\s*$/;

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
}

export function isInline(element: Element): boolean {
  return INLINE.has(element.localName);
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** An element whose subtree is never read. */
export function isSkipped(element: Element): boolean {
  return SKIPPED.has(element.localName) || (element.hasAttributes() && (element.hasAttribute(UI_ATTR) || isEditable(element)));
}

/**
 * True when `node` lies inside something never read (checked once per incremental root, not per
 * node). Attributes only: `isContentEditable` would make the browser restyle a page that just changed.
 */
export function insideSkipped(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let n: Node | null = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element)) return true;
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
  /** Elements walked so far. */
  elements = 0;
  private lastParent: Node | null = null;
  private lastBlock: Element | null = null;
  private readonly run: TextRun;

  constructor(
    private readonly root: Node,
    private readonly deep: boolean,
    private readonly onShadowRoot: (shadow: ShadowRoot) => void,
    private readonly onCustomElement: (element: Element) => void = () => undefined,
  ) {
    this.node = root;
    this.run = { block: null as unknown as Element, text: '', nodes: [], starts: [], length: 0 };
  }

  /** The node the walk stands on; if a page change disconnected it, the walk must start over. */
  get position(): Node | null {
    return this.node;
  }

  /** The next run with some visible text, or undefined when the walk is done. */
  next(): TextRun | undefined {
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
        const blank = BLANK.test(data);
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
        } else (parts ??= [run.text]).push(data);
        run.nodes[run.length] = node as Text;
        run.starts[run.length] = length;
        run.length++;
        length += data.length;
        this.node = this.after(node);
      } else if (type === 1) {
        const element = node as Element;
        if (node !== this.root && (isSkipped(element) || (!this.deep && !isInline(element)))) {
          this.node = this.after(node);
          continue;
        }
        this.elements++;
        const shadow = element.shadowRoot;
        if (this.deep) {
          if (shadow) this.onShadowRoot(shadow);
          else if (element.localName.includes('-')) this.onCustomElement(element);
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
      const next = n.nextSibling;
      if (next) return next;
    }
    return null;
  }
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
  return { node, offset: Math.min(offset - (starts[lo] as number), node.data.length) };
}
