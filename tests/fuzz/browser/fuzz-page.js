/*
 * The page side of the page-scanning fuzz: runs in the page's own (main) world, builds one
 * generated page after another in the same document, and checks after each that the page's own
 * state and behaviour are what they would have been without the extension: a checksum of its DOM
 * (the extension's own elements, marked data-wro-check-ui, left out), its button still counting,
 * its overridden built-ins still its own and never called by anyone else.
 *
 * The attack kinds (issue #17) are built here too: custom elements defined under names the
 * extension's UI used or might use (`claimNames`), text that changes every few milliseconds for as
 * long as the test holds the page (`ticker`), and floods of frames naming listed companies
 * (`frameFlood`). A page with `holdMs` keeps changing until the test sets `__fuzzRelease[runId]`.
 */
(() => {
  const UI_ATTR = 'data-wro-check-ui';
  const registry = CSS.highlights; // kept before any page overrides it
  const native = {
    appendChild: Node.prototype.appendChild,
    createElement: Document.prototype.createElement,
    createTextNode: Document.prototype.createTextNode,
    attachShadow: Element.prototype.attachShadow,
    setTimeout: window.setTimeout.bind(window),
  };

  function rng(seed) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x6d2b79f5) | 0;
      let t = Math.imul(s ^ (s >>> 15), s | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return { next, int: (n) => Math.floor(next() * n), pick: (a) => a[Math.floor(next() * a.length)] };
  }

  const el = (tag, text) => {
    const e = native.createElement.call(document, tag);
    if (text !== undefined) native.appendChild.call(e, native.createTextNode.call(document, text));
    return e;
  };

  const closedRoots = new Map();

  /** FNV-1a over the page's own nodes: names, attributes, text, its shadow roots; not the extension's. */
  function checksum(root) {
    let h = 0x811c9dc5 | 0;
    let nodes = 0;
    const mix = (s) => {
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    };
    const walk = (node) => {
      if (node.nodeType === 1 && node.hasAttribute(UI_ATTR)) return;
      nodes++;
      mix(`<${node.nodeName}`);
      if (node.nodeType === 3 || node.nodeType === 8) mix(node.data);
      if (node.nodeType === 1) {
        for (const a of [...node.attributes].sort((x, y) => (x.name < y.name ? -1 : 1))) mix(` ${a.name}=${a.value}`);
        const shadow = node.shadowRoot ?? closedRoots.get(node);
        if (shadow) {
          mix('#shadow');
          for (const c of shadow.childNodes) walk(c);
        }
      }
      for (const c of node.childNodes) walk(c);
      mix('>');
    };
    walk(root);
    return `${nodes}:${(h >>> 0).toString(16)}`;
  }

  function painted() {
    const texts = [];
    registry.forEach((highlight, name) => {
      if (!String(name).startsWith('wro-')) return;
      highlight.forEach((range) => {
        try {
          const r = document.createRange();
          r.setStart(range.startContainer, range.startOffset);
          r.setEnd(range.endContainer, range.endOffset);
          texts.push(r.toString());
        } catch {
          texts.push('<detached range>');
        }
      });
    });
    return texts;
  }

  const sleep = (ms) => new Promise((done) => native.setTimeout(done, ms));

  /** Waits until `text` is painted; reading the registry is the page's own work, not a foreign call. */
  async function waitForPaint(text, timeoutMs, hooks) {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      hooks?.setOwn(true);
      const done = painted().includes(text);
      hooks?.setOwn(false);
      if (done) return true;
      await sleep(16);
    }
    return false;
  }

  /** Names the extension's UI used (before issue #17) or might use: a hostile page claims them first. */
  const CLAIMED = ['wro-check-badge', 'wro-check-card', 'wro-check-summary', 'wro-check-layer', 'wro-check-style', 'wro-check-host', 'wro-check-ui', 'wro-check-root', 'wro-badge', 'wro-card', 'wro-highlight', 'wro-summary'];
  /** What a claimed name does: forbids a shadow root, throws from its constructor, or takes its (closed) shadow root first. */
  const TRAPS = {
    noShadow: () =>
      class extends HTMLElement {
        static disabledFeatures = ['shadow'];
      },
    throws: () =>
      class extends HTMLElement {
        constructor() {
          super();
          throw new Error("fuzz page: this element name is the page's own");
        }
      },
    takesShadow: () =>
      class extends HTMLElement {
        constructor() {
          super();
          const shadow = native.attachShadow.call(this, { mode: 'closed' });
          closedRoots.set(this, shadow);
          native.appendChild.call(shadow, native.createElement.call(document, 'slot'));
        }
      },
  };
  /** The trap each name was defined with in this document (definitions last as long as the document). */
  const claimed = new Map();

  const HOSTILE = ['\u200b', '\u200d', '\u202e', '\u0301', '\ud800', '\udc00', '\u{1f600}', '合盛硅业', 'ﬁ', '\u00ad', '<b>', '&amp;', '\u0000'];
  const hostile = (r, n) => {
    let s = '';
    while (s.length < n) s += r.next() < 0.5 ? r.pick(HOSTILE) : r.pick(['supplier ', 'gloves ', 'Ltd ', 'Co., ', 'the ', 'Xinjiang ', 'cotton ']);
    return s;
  };

  /**
   * Builders: each fills `root` and returns ops the page will run while the extension scans (churn),
   * or `{ ops, finalOps, live }`: `live()` starts changes that go on until the run stops them (it
   * returns the stop), then `finalOps` leave the page in a state the model can know.
   */
  const builders = {
    claimNames(root, r, spec) {
      for (let i = 0; i < spec.size; i++) {
        const name = r.pick(CLAIMED);
        if (!claimed.has(name)) {
          const trap = r.pick(Object.keys(TRAPS));
          customElements.define(name, TRAPS[trap]());
          claimed.set(name, trap);
        }
        // The page hides its own text in elements of the claimed names (none of the name whose constructor throws: it could not make one).
        const text = `${r.next() < 0.5 ? r.pick(spec.names) : hostile(r, 20)} supplies gloves`;
        native.appendChild.call(root, claimed.get(name) === 'throws' ? el('p', text) : el(name, text));
      }
    },
    ticker(root, r, spec) {
      const clocks = [];
      const finalOps = [];
      for (let i = 0; i < spec.size; i++) {
        const row = el('p');
        native.appendChild.call(row, el('span', r.next() < 0.5 ? `Bid from ${r.pick(spec.names)} ` : hostile(r, 20)));
        const clock = el('span', 'Ends in 10:00.000');
        clock.id = `t${i}`;
        native.appendChild.call(row, clock);
        native.appendChild.call(root, row);
        clocks[i] = clock;
        finalOps[i] = { op: 'text', sel: `#t${i}`, text: 'Closed' };
      }
      return {
        ops: [],
        finalOps,
        live() {
          // The page's own countdown: a text setter and string concatenation only (no watched built-ins).
          let left = 600_000;
          const timer = setInterval(() => {
            left -= spec.rateMs;
            for (let i = 0; i < clocks.length; i++) clocks[i].textContent = `Ends in ${Math.floor(left / 60_000)}:${String(Math.floor(left / 1000) % 60).padStart(2, '0')}.${String(left % 1000).padStart(3, '0')}`;
          }, spec.rateMs);
          return () => clearInterval(timer);
        },
      };
    },
    frameFlood(root, r, spec) {
      for (let i = 0; i < spec.size; i++) {
        const f = el('iframe');
        const how = r.int(3);
        const name = encodeURIComponent(r.pick(spec.names));
        if (how === 0) f.src = `/frame.html?n=${i}&name=${name}`;
        // A frame padding its page with hundreds of mentions.
        else if (how === 1) f.src = `/frame.html?n=${i}&repeat=${20 + r.int(180)}&name=${name}`;
        else f.srcdoc = `<p>Quote from ${r.pick(spec.names)}</p>`;
        f.width = '40';
        f.height = '20';
        native.appendChild.call(root, f);
      }
    },
    deep(root, r, spec) {
      let at = root;
      const depth = spec.size;
      for (let i = 0; i < depth; i++) {
        const child = el(r.next() < 0.7 ? 'div' : r.pick(['span', 'section', 'b', 'li', 'td']));
        if (i % 97 === 0) native.appendChild.call(child, native.createTextNode.call(document, hostile(r, 20)));
        native.appendChild.call(at, child);
        at = child;
      }
      native.appendChild.call(at, el('p', `Supplier: ${r.pick(spec.names)}`));
    },
    hugeText(root, r, spec) {
      const parts = [];
      let n = 0;
      while (n < spec.size) {
        const piece = r.next() < 0.02 ? ` ${r.pick(spec.names)} ` : hostile(r, 40);
        parts.push(piece);
        n += piece.length;
      }
      native.appendChild.call(root, el('p', parts.join('')));
    },
    iframes(root, r, spec) {
      for (let i = 0; i < spec.size; i++) {
        const f = el('iframe');
        f.src = `/frame.html?n=${i}&name=${encodeURIComponent(r.pick(spec.names))}`;
        f.width = '40';
        f.height = '20';
        native.appendChild.call(root, f);
      }
      // Half the frames go away again while they load and are scanned.
      return Array.from({ length: Math.floor(spec.size / 2) }, (_, i) => ({ op: 'remove', sel: `iframe:nth-of-type(${i + 1})` }));
    },
    shadow(root, r, spec) {
      for (let i = 0; i < spec.size; i++) {
        const host = el(r.pick(['div', 'span', 'section']));
        host.id = `h${i}`;
        const closed = r.next() < 0.3;
        const shadow = native.attachShadow.call(host, { mode: closed ? 'closed' : 'open' });
        if (closed) closedRoots.set(host, shadow);
        let at = shadow;
        for (let d = r.int(4); d > 0; d--) {
          const inner = el('div');
          native.appendChild.call(at, inner);
          const innerRoot = native.attachShadow.call(inner, { mode: 'open' });
          at = innerRoot;
        }
        native.appendChild.call(at, el('p', r.next() < 0.3 ? r.pick(spec.names) : hostile(r, 30)));
        native.appendChild.call(root, host);
      }
    },
    churn(root, r, spec) {
      const ops = [];
      for (let i = 0; i < spec.size; i++) {
        const row = el('p', r.next() < 0.4 ? `${r.pick(spec.names)} supplies gloves` : hostile(r, 30));
        row.id = `r${i}`;
        native.appendChild.call(root, row);
      }
      for (let k = 0; k < spec.size; k++) {
        const id = `#r${r.int(spec.size)}`;
        ops.push(r.pick([
          { op: 'remove', sel: id },
          { op: 'text', sel: id, text: r.next() < 0.5 ? r.pick(spec.names) : hostile(r, 20) },
          { op: 'append', sel: id, text: ` ${r.pick(spec.names)}` },
          { op: 'wrap', sel: id },
          { op: 'move', sel: id, to: `#r${r.int(spec.size)}` },
          { op: 'split', sel: id, at: r.int(10) },
        ]));
      }
      return ops;
    },
    table(root, r, spec) {
      const table = el('table');
      for (let i = 0; i < spec.size; i++) {
        const tr = el('tr');
        native.appendChild.call(tr, el('td', r.next() < 0.2 ? r.pick(spec.names) : hostile(r, 15)));
        native.appendChild.call(tr, el('td', r.pick(['Nitrile gloves', 'Silicone sealant', 'Cotton towels', 'Office chairs'])));
        native.appendChild.call(table, tr);
      }
      native.appendChild.call(root, table);
    },
  };

  function applyOp(scope, o) {
    const target = scope.querySelector(o.sel);
    if (!target) return;
    switch (o.op) {
      case 'remove':
        target.remove();
        break;
      case 'text':
        target.textContent = o.text;
        break;
      case 'append':
        target.append(o.text);
        break;
      case 'wrap': {
        const b = document.createElement('b');
        b.append(...target.childNodes);
        target.append(b);
        break;
      }
      case 'move': {
        const to = scope.querySelector(o.to);
        if (to && to !== target && !target.contains(to)) to.after(target);
        break;
      }
      case 'split': {
        const t = target.firstChild;
        if (t && t.nodeType === 3 && t.data.length > o.at) t.splitText(o.at);
        break;
      }
    }
  }

  /** Built-ins a hostile page replaces; each counts calls made while the page itself is not running. */
  function override(r) {
    const restore = [];
    let own = true;
    // A Set, not an array: recording must not call the Array.prototype.push being watched.
    const foreign = new Set();
    const wrap = (obj, key, label) => {
      const d = Object.getOwnPropertyDescriptor(obj, key);
      if (!d) return;
      const patched = { ...d };
      if (typeof d.value === 'function') {
        const f = d.value;
        patched.value = function (...args) {
          if (!own) foreign.add(label);
          return f.apply(this, args);
        };
      } else if (d.get) {
        const g = d.get;
        patched.get = function () {
          if (!own) foreign.add(label);
          return g.call(this);
        };
      } else return;
      Object.defineProperty(obj, key, patched);
      restore.push(() => Object.defineProperty(obj, key, d));
    };
    for (const k of ['appendChild', 'insertBefore', 'removeChild', 'replaceChild', 'contains', 'getRootNode', 'cloneNode', 'normalize', 'textContent', 'nodeValue', 'childNodes', 'parentNode', 'firstChild', 'nextSibling']) wrap(Node.prototype, k, `Node.${k}`);
    for (const k of ['attachShadow', 'getBoundingClientRect', 'getClientRects', 'closest', 'matches', 'querySelectorAll', 'setAttribute', 'getAttribute', 'shadowRoot', 'insertAdjacentElement']) wrap(Element.prototype, k, `Element.${k}`);
    for (const k of ['createTreeWalker', 'createRange', 'createElement', 'createTextNode', 'getElementById']) wrap(Document.prototype, k, `Document.${k}`);
    for (const k of ['setStart', 'setEnd', 'toString', 'getBoundingClientRect']) wrap(Range.prototype, k, `Range.${k}`);
    for (const k of ['data']) wrap(CharacterData.prototype, k, `CharacterData.${k}`);
    for (const k of ['push', 'map', 'join']) wrap(Array.prototype, k, `Array.${k}`);
    for (const k of ['parse', 'stringify']) wrap(JSON, k, `JSON.${k}`);
    wrap(Promise.prototype, 'then', 'Promise.then');
    const hostileHighlights = r.int(4);
    if (hostileHighlights === 0) {
      for (const k of ['set', 'delete', 'clear', 'get', 'has']) {
        const before = Object.getOwnPropertyDescriptor(registry, k);
        registry[k] = () => {
          if (!own) foreign.add(`CSS.highlights.${k}`);
          throw new Error('this page forbids highlights');
        };
        restore.push(() => (before ? Object.defineProperty(registry, k, before) : delete registry[k]));
      }
    } else if (hostileHighlights === 1) {
      const d = Object.getOwnPropertyDescriptor(CSS, 'highlights');
      Object.defineProperty(CSS, 'highlights', { configurable: true, get() { throw new Error('no highlights here'); } });
      restore.push(() => (d ? Object.defineProperty(CSS, 'highlights', d) : delete CSS.highlights));
    } else if (hostileHighlights === 2) {
      const h = window.Highlight;
      window.Highlight = function () {
        throw new Error('no Highlight');
      };
      restore.push(() => (window.Highlight = h));
    }
    const MO = window.MutationObserver;
    window.MutationObserver = class extends MO {
      constructor(cb) {
        if (!own) foreign.add('MutationObserver');
        super(cb);
      }
    };
    restore.push(() => (window.MutationObserver = MO));
    return {
      setOwn(v) {
        own = v;
      },
      foreign,
      restore() {
        own = true;
        for (const f of restore.reverse()) f();
      },
    };
  }

  // Results by run id, for a driver that polls instead of awaiting the run's promise (see fuzz-pages.test.ts).
  window.__fuzzResults = {};
  // Runs the test lets go of (pages with `holdMs`).
  window.__fuzzRelease = {};

  window.__fuzzRun = async (spec) => {
    const r = rng(spec.seed);
    const body = document.body;
    body.replaceChildren();
    closedRoots.clear();
    const hooks = spec.overrides ? override(r) : null;
    const root = el('main');
    root.id = 'fuzz-root';
    const built = builders[spec.kind](root, r, spec) ?? [];
    const { ops = [], finalOps = [], live } = Array.isArray(built) ? { ops: built } : built;
    // An attack page's own listed name, which the test waits to see reported.
    if (spec.reported) native.appendChild.call(root, el('p', `Awarded to ${spec.reported}`));
    // The page's own behaviour: a button that counts its clicks.
    let clicks = 0;
    const button = el('button', 'Count');
    button.id = 'count';
    button.addEventListener('click', () => clicks++);
    native.appendChild.call(root, button);
    native.appendChild.call(root, el('p', spec.anchor));
    // What the page will look like once its own script has run, computed on a detached copy.
    const model = root.cloneNode(true);
    for (const o of ops) applyOp(model, o);
    for (const o of finalOps) applyOp(model, o);
    const expected = checksum(model);
    native.appendChild.call(body, root);
    const before = checksum(root);
    hooks?.setOwn(false);
    if (spec.sabotage) {
      // The detectors' own check: code that is not the page edits it and calls its built-ins.
      root.firstChild?.appendChild(document.createTextNode(' tampered'));
    }
    // The page changes itself while the extension scans it.
    for (const [i, o] of ops.entries()) {
      // A few edits per task, so the extension's observer runs between them.
      if (i % 3 === 0) await sleep(0);
      hooks?.setOwn(true);
      applyOp(root, o);
      hooks?.setOwn(false);
    }
    const stop = live ? live() : null;
    const anchorPainted = await waitForPaint(spec.anchor, spec.waitMs, hooks);
    let released;
    if (spec.holdMs !== undefined) {
      released = false;
      const deadline = performance.now() + spec.holdMs;
      while (performance.now() < deadline && !released) {
        released = window.__fuzzRelease[spec.runId] === true;
        if (!released) await sleep(16);
      }
    }
    if (stop) stop();
    hooks?.setOwn(true);
    for (const o of finalOps) applyOp(root, o);
    hooks?.setOwn(false);
    await sleep(spec.settleMs);
    hooks?.setOwn(true);
    const after = checksum(root);
    button.click();
    const result = {
      // Without ops the page must be exactly as built; with them, as its own script left it.
      stateOk: ops.length === 0 && finalOps.length === 0 ? after === before : after === expected,
      before,
      after,
      expected,
      anchorPainted,
      clicks,
      foreign: hooks ? [...hooks.foreign] : [],
      overridesIntact: hooks ? Node.prototype.appendChild !== native.appendChild : true,
      released,
    };
    hooks?.restore();
    body.replaceChildren();
    if (spec.runId !== undefined) window.__fuzzResults[spec.runId] = result;
    return result;
  };
})();
