/**
 * Turns a part of the DOM into runs of text to match: the text nodes of one block, joined, so a
 * name split by inline markup (`<b>Top Glove</b> Corp.`, `<span>Super</span>max`) reads whole,
 * with a map from run offsets back to the text nodes.
 */

/** Elements whose text is not page prose, or belongs to the user (form fields, editors). */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'CODE', 'PRE',
]);

/** Inline elements: text inside them continues the surrounding run. Everything else starts a new run. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q',
  'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'INS', 'DEL',
]);

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the run's text. */
  start: number;
}

export interface TextRun {
  /** The block element the run belongs to. */
  block: Element;
  text: string;
  segments: Segment[];
}

export function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('data-wro-check-ui')) return true;
  return element instanceof HTMLElement && element.isContentEditable;
}

export function blockOf(node: Node, stopAt: Node): Element {
  let element = node.parentElement;
  while (element && element !== stopAt && INLINE.has(element.tagName.toUpperCase())) {
    element = element.parentElement;
  }
  return element ?? (stopAt as Element);
}

function acceptNode(node: Node): number {
  const parent = node.parentElement;
  if (!parent) return NodeFilter.FILTER_REJECT;
  for (let el: Element | null = parent; el; el = el.parentElement) {
    if (isSkipped(el)) return NodeFilter.FILTER_REJECT;
  }
  return (node as Text).data.trim() === '' ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT;
}

/** The runs of text under `root`, in document order. */
export function collectRuns(root: Node): TextRun[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode });
  const runs: TextRun[] = [];
  let current: TextRun | undefined;
  let parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = blockOf(node, root);
    if (!current || current.block !== block) {
      if (current) current.text = parts.join('');
      current = { block, text: '', segments: [] };
      parts = [];
      length = 0;
      runs.push(current);
    }
    current.segments.push({ node, start: length });
    parts.push(node.data);
    length += node.data.length;
  }
  if (current) current.text = parts.join('');
  return runs;
}

/** The node and offset of a run offset; `end` picks the earlier node where two touch. */
export function locate(run: TextRun, offset: number, end: boolean): { node: Text; offset: number } {
  const segs = run.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const seg = segs[mid] as Segment;
    if (seg.start < offset || (!end && seg.start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo] as Segment;
  return { node: seg.node, offset: Math.min(offset - seg.start, seg.node.data.length) };
}
