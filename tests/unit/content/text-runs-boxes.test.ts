/**
 * Box edges in text runs: which computed `display` values end a name (pure), and where a run is
 * cut, on a small stand-in DOM (the unit project runs in Node, with no DOM): only the properties
 * the functions read.
 */
import { describe, expect, it } from 'vitest';
import { markOurs } from '../../../src/content/ours';
import { crossesBox, isBoxDisplay, someCrossesBox, splitAtBoxes, type TextRun } from '../../../src/content/text-runs';

interface FakeNode {
  nodeType: number;
  parentNode: FakeNode | null;
  firstChild: FakeNode | null;
  nextSibling: FakeNode | null;
  localName?: string;
  data?: string;
  display?: string;
  attrs?: Record<string, string>;
  hasAttributes?(): boolean;
  hasAttribute?(name: string): boolean;
  getAttribute?(name: string): string | null;
}

type Spec = string | { tag: string; display?: string; attrs?: Record<string, string>; children?: Spec[] };

function build(spec: Spec, parent: FakeNode | null = null): FakeNode {
  if (typeof spec === 'string') return { nodeType: 3, parentNode: parent, firstChild: null, nextSibling: null, data: spec };
  const attrs = spec.attrs ?? {};
  const node: FakeNode = {
    nodeType: 1, parentNode: parent, firstChild: null, nextSibling: null, localName: spec.tag, display: spec.display ?? 'inline', attrs,
    hasAttributes: () => Object.keys(attrs).length > 0,
    hasAttribute: (name) => name in attrs,
    getAttribute: (name) => attrs[name] ?? null,
  };
  let last: FakeNode | null = null;
  for (const child of spec.children ?? []) {
    const built = build(child, node);
    if (last) last.nextSibling = built;
    else node.firstChild = built;
    last = built;
  }
  return node;
}

function texts(node: FakeNode, out: FakeNode[] = []): FakeNode[] {
  // As the walker: blank text joins a run once it has begun.
  if (node.nodeType === 3 && (out.length > 0 || !/^\s*$/.test(node.data ?? ''))) out.push(node);
  for (let c = node.firstChild; c; c = c.nextSibling) if (!(c.nodeType === 1 && c.attrs && 'data-wro-check-ui' in c.attrs)) texts(c, out);
  return out;
}

/** The run the walker would make of the block's text nodes (blank ones between included). */
function runOf(block: FakeNode): TextRun {
  const nodes = texts(block);
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  return { block: block as unknown as Element, text, nodes: nodes as unknown as Text[], starts, length: nodes.length, boxes: new Map(), control: null };
}

const displayOf = (element: Element) => (element as unknown as FakeNode).display ?? '';
const cell = (text: string | Spec[], display = 'block'): Spec => ({ tag: 'span', display, children: typeof text === 'string' ? [text] : text });

describe('isBoxDisplay', () => {
  it('lets text flow on through inline, display: contents, hidden and ruby-base elements', () => {
    for (const d of ['inline', 'inline flow', ' inline ', 'contents', 'none', 'ruby', 'ruby-base', '']) expect(isBoxDisplay(d), d).toBe(false);
  });

  it('ends a name at block-level, flex, grid, table, list-item and atomic inline boxes', () => {
    for (const d of ['block', 'flex', 'grid', 'table-cell', 'table-row', 'table', 'list-item', 'flow-root', 'block flow', 'inline-block',
      'inline-flex', 'inline-grid', 'inline-table', 'inline list-item', 'ruby-text', 'table-caption']) {
      expect(isBoxDisplay(d), d).toBe(true);
    }
  });
});

describe('crossesBox and splitAtBoxes', () => {
  it('finds the edge between two spans laid out as cells, and cuts the run there', () => {
    const row = build({ tag: 'div', display: 'flex', children: [cell('Hero'), ' ', cell('Vast Group')] });
    const run = runOf(row);
    expect(run.text).toBe('Hero Vast Group');
    const [hero, , vast] = run.nodes;
    expect(crossesBox(run, hero as Text, vast as Text, displayOf)).toBe(true);
    expect(splitAtBoxes(run, displayOf).map((p) => p.text)).toEqual(['Hero', ' ', 'Vast Group']);
    // As the scanner asks: a finding over both cells crosses; one inside a cell does not.
    expect(someCrossesBox(run, [{ start: 0, end: 4 }, { start: 5, end: 15 }], displayOf)).toBe(false);
    expect(someCrossesBox(run, [{ start: 5, end: 15 }, { start: 0, end: 15 }], displayOf)).toBe(true);
  });

  it('joins a name split by inline markup inside one cell, whatever the cell is', () => {
    const row = build({ tag: 'div', display: 'grid', children: [cell([{ tag: 'b', children: ['Hefei Bitland'] }, ' Information Technology Co., Ltd.'])] });
    const run = runOf(row);
    expect(crossesBox(run, run.nodes[0] as Text, run.nodes[1] as Text, displayOf)).toBe(false);
    const parts = splitAtBoxes(run, displayOf);
    expect(parts).toHaveLength(1);
    expect(parts[0]?.text).toBe('Hefei Bitland Information Technology Co., Ltd.');
  });

  it('reads through display: contents, but not across inline-block chips', () => {
    const contents = runOf(build({ tag: 'p', display: 'block', children: [{ tag: 'span', display: 'contents', children: [{ tag: 'em', children: ['Brightway'] }] }, ' Holdings Sdn Bhd'] }));
    expect(crossesBox(contents, contents.nodes[0] as Text, contents.nodes[1] as Text, displayOf)).toBe(false);
    const chips = runOf(build({ tag: 'p', display: 'block', children: [cell('Hero', 'inline-block'), ' ', cell('Vast Group', 'inline-block')] }));
    expect(crossesBox(chips, chips.nodes[0] as Text, chips.nodes[2] as Text, displayOf)).toBe(true);
  });

  it('sees a box the text only passes (an empty cell between two texts), and ignores our badges', () => {
    const passed = runOf(build({ tag: 'td', display: 'table-cell', children: ['Hero', { tag: 'span', display: 'block' }, ' Vast Group'] }));
    expect(crossesBox(passed, passed.nodes[0] as Text, passed.nodes[1] as Text, displayOf)).toBe(true);
    // Our badge (a span this script made, `markOurs`) sits between a block's children: never a page box.
    const badge = { tag: 'span', display: 'inline-block', attrs: { 'data-wro-check-ui': 'badge' } };
    const cellWithBadge = build({ tag: 'td', display: 'table-cell', children: ['Hero', badge, ' Vast Group'] });
    markOurs(cellWithBadge.firstChild?.nextSibling as unknown as Node);
    const withBadge = runOf(cellWithBadge);
    expect(crossesBox(withBadge, withBadge.nodes[0] as Text, withBadge.nodes[1] as Text, displayOf)).toBe(false);
  });

  it('knows our badges by its own record, not by the label a page can copy', () => {
    // A page's own chip carrying our label is still a box of the page's (issue #17).
    const chip = build({ tag: 'td', display: 'table-cell', children: ['Hero', { tag: 'span', display: 'inline-block', attrs: { 'data-wro-check-ui': '' } }, ' Vast Group'] });
    const forgedRun = runOf(chip);
    expect(crossesBox(forgedRun, forgedRun.nodes[0] as Text, forgedRun.nodes[1] as Text, displayOf)).toBe(true);
  });

  it('reads each element\'s display once per walk', () => {
    const row = build({ tag: 'div', display: 'block', children: [cell('A', 'inline'), cell('B', 'inline'), cell('C', 'inline')] });
    const run = runOf(row);
    let reads = 0;
    const counting = (element: Element) => {
      reads++;
      return displayOf(element);
    };
    expect(splitAtBoxes(run, counting)).toHaveLength(1);
    expect(crossesBox(run, run.nodes[0] as Text, run.nodes[2] as Text, counting)).toBe(false);
    expect(reads).toBe(3);
  });
});
