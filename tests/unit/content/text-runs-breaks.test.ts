/**
 * Where runs of text break and what the walker reads (issue #14): elements rendered as a break
 * between texts (`<br>`, `<img>`, form controls, embedded objects) end a run while `<wbr>` and
 * inline markup do not; button labels, `<pre>` and `<code>` are read; a form control's value is
 * read only where the user is not typing it; an editor is skipped but its `contenteditable="false"`
 * parts are read. On a small stand-in DOM (the unit project runs in Node): only what the walker reads.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { controlText, editState, insideSkipped, islandsIn, isSkipped, RunWalker } from '../../../src/content/text-runs';

interface FakeNode {
  nodeType: number;
  parentNode: FakeNode | null;
  parentElement: FakeNode | null;
  firstChild: FakeNode | null;
  nextSibling: FakeNode | null;
  ownerDocument: { designMode: string };
  localName?: string;
  id?: string;
  data?: string;
  attrs?: Record<string, string>;
  [key: string]: unknown;
}

type Spec = string | { tag: string; attrs?: Record<string, string>; props?: Record<string, unknown>; children?: Spec[] };

const doc = { designMode: 'off' };

function descendants(node: FakeNode, out: FakeNode[] = []): FakeNode[] {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) out.push(c);
    descendants(c, out);
  }
  return out;
}

function textOf(node: FakeNode): string {
  if (node.nodeType === 3) return node.data ?? '';
  let text = '';
  for (let c = node.firstChild; c; c = c.nextSibling) text += textOf(c);
  return text;
}

function build(spec: Spec, parent: FakeNode | null = null): FakeNode {
  if (typeof spec === 'string') {
    return { nodeType: 3, parentNode: parent, parentElement: parent, firstChild: null, nextSibling: null, ownerDocument: doc, data: spec };
  }
  const attrs = spec.attrs ?? {};
  const node: FakeNode = {
    nodeType: 1, parentNode: parent, parentElement: parent, firstChild: null, nextSibling: null, ownerDocument: doc,
    localName: spec.tag, id: attrs.id ?? '', attrs,
    hasAttributes: () => Object.keys(attrs).length > 0,
    hasAttribute: (name: string) => name in attrs,
    getAttribute: (name: string) => attrs[name] ?? null,
    // What `controlText` asks: read-only (or disabled) for the fields, and always visible.
    matches: (selector: string) => selector === ':read-only' && ('readonly' in attrs || 'disabled' in attrs),
    checkVisibility: () => attrs.hidden === undefined,
    querySelectorAll: (selector: string) => {
      if (selector !== '[contenteditable]') throw new Error(`unexpected selector ${selector}`);
      return descendants(node).filter((d) => d.attrs && 'contenteditable' in d.attrs);
    },
    ...spec.props,
  };
  Object.defineProperty(node, 'textContent', { get: () => textOf(node) });
  let last: FakeNode | null = null;
  for (const child of spec.children ?? []) {
    const built = build(child, node);
    if (last) last.nextSibling = built;
    else node.firstChild = built;
    last = built;
  }
  return node;
}

const el = (tag: string, children: Spec[] = [], attrs: Record<string, string> = {}, props: Record<string, unknown> = {}): Spec => ({ tag, attrs, props, children });
const input = (attrs: Record<string, string>) => el('input', [], attrs, { type: attrs.type ?? 'text', value: attrs.value ?? '' });

/** Every run a deep (or shallow) walk of `root` reads: its text, and the id of the control it came from. */
function runs(root: FakeNode, deep = true, islands: string[] = []): Array<string | [string, string]> {
  const walker = new RunWalker(root as unknown as Node, deep, () => undefined, () => undefined, undefined, (island) => islands.push(island.id));
  const out: Array<string | [string, string]> = [];
  for (let run = walker.next(); run !== undefined; run = walker.next()) {
    if (run) out.push(run.control ? [run.control.id, run.text] : run.text);
  }
  return out;
}

const find = (root: FakeNode, id: string): FakeNode => descendants(root).find((n) => n.id === id) as FakeNode;

beforeAll(() => {
  // What the module reads of the DOM's globals.
  vi.stubGlobal('ShadowRoot', class {});
  vi.stubGlobal('Node', { ELEMENT_NODE: 1 });
});
afterAll(() => vi.unstubAllGlobals());

describe('breaks the browser renders between texts', () => {
  it('ends a run at <br>, before and after a name', () => {
    expect(runs(build(el('td', ['Top Glove Corporation Bhd', el('br'), 'Lot 4968, Jalan Teratai'])))).toEqual(['Top Glove Corporation Bhd', 'Lot 4968, Jalan Teratai']);
    expect(runs(build(el('td', ['Nitrile gloves', el('br'), 'Supermax Corporation Berhad'])))).toEqual(['Nitrile gloves', 'Supermax Corporation Berhad']);
  });

  it('ends a run at images, rules, controls and embedded or replaced elements, inside inline markup too', () => {
    for (const tag of ['img', 'hr', 'input', 'textarea', 'select', 'button', 'video', 'audio', 'canvas', 'iframe', 'embed', 'object', 'svg', 'math', 'meter', 'progress']) {
      const attrs: Record<string, string> = tag === 'input' ? { type: 'checkbox' } : {};
      expect(runs(build(el('td', ['Origin CN', el(tag, [], attrs, { type: attrs.type, value: '', selectedOptions: [] }), 'Hoshine Silicon Industry Co., Ltd.']))), tag)
        .toEqual(['Origin CN', 'Hoshine Silicon Industry Co., Ltd.']);
    }
    expect(runs(build(el('p', [el('a', ['Verified', el('img'), 'Union Kogyo']), ' Co., Ltd.'])))).toEqual(['Verified', 'Union Kogyo Co., Ltd.']);
  });

  it('breaks a shallow walk (a block whose own text changed) the same way', () => {
    expect(runs(build(el('td', ['Top Glove Corporation Bhd', el('br'), 'Lot 12'])), false)).toEqual(['Top Glove Corporation Bhd', 'Lot 12']);
  });

  it('keeps joining across <wbr> and inline markup: one word, one name', () => {
    expect(runs(build(el('td', ['Nat', el('wbr'), 'chi Apparel (P) Ltd.'])))).toEqual(['Natchi Apparel (P) Ltd.']);
    expect(runs(build(el('p', [el('b', ['Top Glove']), ' Corporation ', el('code', ['Bhd'])])))).toEqual(['Top Glove Corporation Bhd']);
  });
});

describe('footnote marks', () => {
  it('reads a mark in <sup> or <sub> as blanks of its length, so the word before it ends there and offsets still map', () => {
    const page = build(el('p', ['Made by Xinjiang East Hope Nonferrous Metals', el('sup', [el('a', ['2'])]), ' and Tangshan Sanyou Group', el('sup', ['[14]']), '.']));
    expect(runs(page)).toEqual(['Made by Xinjiang East Hope Nonferrous Metals  and Tangshan Sanyou Group    .']);
    expect(runs(build(el('p', ['Supermax', el('sup', ['®']), 'gloves', el('sub', ['iv'])])))).toEqual(['Supermax gloves  ']);
  });

  it('passes over a mark before any text, and keeps a <sup> that holds more than a mark', () => {
    expect(runs(build(el('p', [el('sup', ['1']), 'Top Glove Corporation Bhd'])))).toEqual(['Top Glove Corporation Bhd']);
    expect(runs(build(el('p', ['Top Glove', el('sup', [' Corporation Bhd'])])))).toEqual(['Top Glove Corporation Bhd']);
  });
});

describe('text the walker reads that it used to skip', () => {
  it('reads a button label as a text of its own, inline markup inside it joined', () => {
    const row = build(el('td', ['Supplier:', el('button', [el('mark', ['Xinjiang Junggar']), ' Cotton and Linen Co., Ltd.']), 'View']));
    expect(runs(row)).toEqual(['Supplier:', 'Xinjiang Junggar Cotton and Linen Co., Ltd.', 'View']);
  });

  it('reads <pre> and <code>', () => {
    expect(runs(build(el('div', [el('pre', ['From: bids@example.com\nMade by Brightway Holdings Sdn Bhd'])])))).toEqual(['From: bids@example.com\nMade by Brightway Holdings Sdn Bhd']);
    expect(runs(build(el('p', ['Manufacturer: ', el('code', ['Hefei Bitland Information Technology Co., Ltd.'])])))).toEqual(['Manufacturer: Hefei Bitland Information Technology Co., Ltd.']);
  });
});

describe('form controls', () => {
  it('reads read-only and disabled text fields, read-only textareas, button labels and the selected option, each as its own run', () => {
    const select = el('select', [el('option', ['Please choose']), el('option', ['Huafu Fashion Co., Ltd.'])], { id: 'yarn' }, {
      selectedOptions: [{ label: 'Huafu Fashion Co., Ltd.' }],
    });
    const form = build(el('form', [
      'Maker', input({ id: 'maker', readonly: '', value: 'Dongguan Oasis Shoes Co., Ltd.' }),
      input({ id: 'mill', type: 'email', disabled: '', value: 'Aksu Huafu Color Spinning Co., Ltd.' }),
      el('textarea', ['Changji Esquel Textile Co., Ltd.'], { id: 'notes', readonly: '' }, { value: 'Changji Esquel Textile Co., Ltd.' }),
      input({ id: 'go', type: 'submit', value: 'Camel Group Co., Ltd.' }),
      select,
    ]));
    expect(runs(form)).toEqual([
      'Maker',
      ['maker', 'Dongguan Oasis Shoes Co., Ltd.'],
      ['mill', 'Aksu Huafu Color Spinning Co., Ltd.'],
      ['notes', 'Changji Esquel Textile Co., Ltd.'],
      ['go', 'Camel Group Co., Ltd.'],
      ['yarn', 'Huafu Fashion Co., Ltd.'],
    ]);
  });

  it('never reads what the user types, passwords, hidden inputs, unselected options or controls not shown', () => {
    const form = build(el('form', [
      input({ id: 'edit', value: 'Zhuhai Pantum Electronics Co. Ltd.' }),
      input({ id: 'secret', type: 'password', readonly: '', value: 'Shanghai Select Safety Products Company, Limited' }),
      input({ id: 'ref', type: 'hidden', readonly: '', value: 'Western Gold Co., Ltd.' }),
      input({ id: 'box', type: 'checkbox', disabled: '', value: 'Western Gold Co., Ltd.' }),
      input({ id: 'gone', readonly: '', hidden: '', value: 'Kuitun Jinfu Textile Co., Ltd.' }),
      el('textarea', ['Tianjin Tianwei Food Co., Ltd.'], { id: 'typing' }, { value: 'Tianjin Tianwei Food Co., Ltd.' }),
      el('select', [el('option', ['Xinjiang Zhongtai Chemical Co. Ltd.'])], { id: 'none' }, { selectedOptions: [] }),
    ]));
    expect(runs(form)).toEqual([]);
  });

  it('reads a control that is the walk\'s root (a field added on its own)', () => {
    expect(runs(build(input({ id: 'maker', readonly: '', value: 'Dongguan Oasis Shoes Co., Ltd.' })))).toEqual([['maker', 'Dongguan Oasis Shoes Co., Ltd.']]);
    expect(runs(build(input({ id: 'edit', value: 'Dongguan Oasis Shoes Co., Ltd.' })))).toEqual([]);
  });

  it('controlText only reads: it sets nothing on the control', () => {
    const field = build(input({ id: 'maker', readonly: '', value: 'Dongguan Oasis Shoes Co., Ltd.' }));
    const frozen = Object.freeze(field);
    expect(controlText(frozen as unknown as Element)).toBe('Dongguan Oasis Shoes Co., Ltd.');
  });
});

describe('editable regions', () => {
  it('tells editing hosts, non-editable parts and inheriting values apart', () => {
    const state = (value: string | undefined) => editState(build(el('div', [], value === undefined ? {} : { contenteditable: value })) as unknown as Element);
    expect(['', 'true', 'TRUE', 'plaintext-only'].map(state)).toEqual([true, true, true, true]);
    expect(['false', 'False'].map(state)).toEqual([false, false]);
    expect([undefined, 'inherit', 'yes'].map(state)).toEqual([undefined, undefined, undefined]);
    expect(isSkipped(build(el('div', [], { contenteditable: 'false' })) as unknown as Element)).toBe(false);
    expect(isSkipped(build(el('div', [], { contenteditable: 'plaintext-only' })) as unknown as Element)).toBe(true);
  });

  const editor = () => build(el('main', [
    el('div', [
      el('p', ['Typed: Jiangsu Meike Solar Technology Co., Ltd.', el('span', ['@Zhuhai Apex Microelectronics Co., Ltd.'], { id: 'chip', contenteditable: 'false' })]),
      el('div', [
        'Quoted: ', el('b', ['Lop County Meixin Hair Products Co., Ltd.'], { id: 'bold' }),
        el('span', ['typed again: Xinjiang Daqo New Energy Co., Ltd.', el('i', ['Camel Group'], { id: 'inner', contenteditable: 'false' })], { id: 'nested', contenteditable: 'true' }),
      ], { id: 'embed', contenteditable: 'false' }),
    ], { id: 'editor', contenteditable: 'true' }),
    el('p', ['After the editor'], { id: 'after' }),
  ]));

  it('skips an editor\'s text and reports its outermost non-editable parts to be read on their own', () => {
    const page = editor();
    const islands: string[] = [];
    expect(runs(page, true, islands)).toEqual(['After the editor']);
    expect(islands).toEqual(['chip', 'embed']);
    expect(islandsIn(find(page, 'editor') as unknown as Element).map((e) => e.id)).toEqual(['chip', 'embed']);
  });

  it('reads a non-editable part, inherited content included, and skips an editor inside it again', () => {
    const page = editor();
    const islands: string[] = [];
    expect(runs(find(page, 'embed'), true, islands)).toEqual(['Quoted: Lop County Meixin Hair Products Co., Ltd.']);
    expect(islands).toEqual(['inner']);
    expect(runs(find(page, 'chip'))).toEqual(['@Zhuhai Apex Microelectronics Co., Ltd.']);
  });

  it('knows which nodes lie inside editable text (incremental roots)', () => {
    const page = editor();
    const inside = (id: string) => insideSkipped(find(page, id) as unknown as Node);
    expect(['editor', 'nested'].map(inside)).toEqual([true, true]);
    expect(['chip', 'embed', 'bold', 'inner', 'after'].map(inside)).toEqual([false, false, false, false, false]);
    expect(insideSkipped(find(page, 'editor').firstChild as unknown as Node)).toBe(true);
  });
});
