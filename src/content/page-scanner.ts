/**
 * Scans a document for listed names and keeps the findings current as the page changes: a full
 * scan once, in time slices, then only the blocks whose text was added or changed
 * (MutationObserver). Open shadow roots are scanned and observed too. Nothing that has left the
 * document is kept: an app open all day replaces its shadow-root components again and again, and
 * the set of roots the scanner knew held every one of them (issue #17: 40,000 removed hosts, 160,000
 * nodes, never freed).
 */
import { isHidden, type HiddenNames } from '../core/dismissal-scope';
import type { Matcher } from '../core/match/matcher';
import { rollBack, type PageMemory } from '../core/match/page-memory';
import type { Finding } from '../core/match/types';
import { severityClass, type SeverityClass } from '../core/severity';
import { openOrClosedShadowRoot } from '../platform/shadow-roots';
import type { Painter } from './highlights';
import { ScanCostMeter, type ScanCost } from './scan-cost';
import { listen } from './natives';
import { makeYielder, SLICE_MS } from './slices';
import { isOurs } from './ours';
import { blockOf, insideSkipped, isControl, isInline, isSkipped, islandsIn, locate, RunWalker, someCrossesBox, splitAtBoxes, type TextRun } from './text-runs';

export interface PaintedFinding {
  finding: Finding;
  /** The mention; for a form control's value, a collapsed range at the control (nothing is painted). */
  range: StaticRange;
  cls: SeverityClass;
  block: Element;
  /** The form control whose value named the record (its badge stands beside it); absent for text. */
  control?: Element;
}

export interface ScannerListener {
  /** A block's findings changed (an empty list: it has none now). */
  blockChanged(block: Element, findings: PaintedFinding[]): void;
  /** The scanner caught up with the page; `findings` is everything now painted. */
  settled(findings: PaintedFinding[], cost: ScanCost): void;
}

interface Job {
  root: Node;
  deep: boolean;
  walker: RunWalker;
}

const HAS_LETTER = /\p{L}/u;

/** Whether the text has a letter: most runs start with an ASCII one, decided without the regex. */
function hasLetter(text: string): boolean {
  const first = text.charCodeAt(0) | 0x20;
  return (first >= 0x61 && first <= 0x7a) || HAS_LETTER.test(text);
}
/** Characters read between looks at the clock, and what a run costs beyond its characters. */
const CLOCK_EVERY = 2_000;
const RUN_COST = 100;
const UPGRADE_CHECKS = 20;
const UPGRADE_INTERVAL_MS = 500;
/** Shadow roots whose hosts left the page are let go at most this often (each time, every known root is looked at). */
const PRUNE_INTERVAL_MS = 250;
/** Text and structure; and the attributes that decide whether a form control's value is read, or what it is. */
const OBSERVE: MutationObserverInit = {
  childList: true, characterData: true, subtree: true, attributeFilter: ['readonly', 'disabled', 'value', 'selected'],
};
/** Elements whose attribute changes can change what a control shows or whether it is read. */
const CONTROL_PARENTS = new Set(['input', 'textarea', 'select', 'option', 'fieldset']);

export class PageScanner {
  private readonly byBlock = new Map<Element, PaintedFinding[]>();
  /** The shadow roots in the document the scanner reads (scanned again by `rescanAll`); pruned as they leave. */
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** Every root ever observed (once each, even if it leaves and comes back): held weakly. */
  private readonly preparedRoots = new WeakSet<ShadowRoot>();
  private pruneTimer: ReturnType<typeof setTimeout> | undefined;
  private lastPrune = -Infinity;
  private readonly jobs: Job[] = [];
  private readonly yieldThen = makeYielder();
  private observer: MutationObserver | undefined;
  private listening: AbortController | undefined;
  private working = false;
  private stopped = false;
  private dismissed: HiddenNames = { records: [], names: [] };
  private readonly meter = new ScanCostMeter();
  private readonly upgrades = new Set<Element>();
  private upgradeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Elements in the document at its last full scan. */
  documentElements = 0;

  /**
   * This document's memory (`Matcher.newPage`): once it names a firm in full, that firm's short
   * names and acronyms anywhere on it, text added later included, are read as the firm.
   */
  private page: PageMemory;

  constructor(
    private readonly doc: Document,
    private matcher: Matcher,
    private readonly painter: Painter,
    private readonly listener: ScannerListener,
  ) {
    this.page = matcher.newPage();
  }

  start(): void {
    this.observer = new MutationObserver((records) => this.guard(() => this.queue(records)));
    // The document itself, not its root element: a frame the page rewrites (`document.open`) gets a new one.
    this.observer.observe(this.doc, OBSERVE);
    // A choice made in a select changes no attribute: its badge must follow what it shows now.
    this.listening = new AbortController();
    listen(this.doc, 'change', (event) => this.guard(() => {
      const target = event.composedPath()[0];
      if (!(target instanceof Element) || !CONTROL_PARENTS.has(target.localName)) return;
      if (this.recheck(new Set([target]), skippedByParent()) && !this.working) this.settle();
    }), { capture: true, passive: true, signal: this.listening.signal });
    this.enqueue(this.doc, true);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.upgradeTimer);
    clearTimeout(this.pruneTimer);
    this.shadowRoots.clear();
    this.upgrades.clear();
    this.observer?.disconnect();
    this.observer = undefined;
    this.listening?.abort();
    this.jobs.length = 0;
  }

  /** Rescans everything with another matcher (the list was refreshed). */
  replaceMatcher(matcher: Matcher): void {
    this.matcher = matcher;
    this.rescanAll();
  }

  /** Hides the records and names the user dismissed for this page ("Not this company"). */
  setDismissed(hidden: HiddenNames): void {
    if (JSON.stringify(hidden) === JSON.stringify(this.dismissed)) return;
    this.dismissed = hidden;
    this.rescanAll();
  }

  private hidden(finding: Finding): boolean {
    return isHidden(this.dismissed, finding.recordId, finding.explanation.matchedName, finding.matchedText);
  }

  /** Scans the whole page again (after a single-page-app navigation, or on request). */
  rescanAll(): void {
    // Learnt again from the page as it is now (and by the current list's record numbers).
    this.page = this.matcher.newPage();
    for (const block of [...this.byBlock.keys()]) this.forget(block);
    this.jobs.length = 0;
    this.pruneShadowRoots();
    this.enqueue(this.doc, true);
    for (const shadow of this.shadowRoots) this.enqueue(shadow, true);
  }

  findings(): PaintedFinding[] {
    return [...this.byBlock.values()].flat();
  }

  /** Runs `task`, timed; any failure stops the scanner rather than reaching the page. */
  private guard(task: () => void): void {
    if (this.stopped) return;
    this.meter.begin();
    try {
      task();
    } catch {
      this.stop();
    }
    this.meter.end();
  }

  private settle(): void {
    const cost = this.meter.settle();
    this.listener.settled(this.findings(), cost);
    this.meter.resume();
  }

  private queue(records: MutationRecord[]): void {
    const shallow = new Set<Element>();
    const deep = new Set<Node>();
    const controls = new Set<Element>();
    let removed = false;
    let removedElements = false;
    for (const record of records) {
      const target = record.target;
      if (record.type === 'attributes') {
        if (CONTROL_PARENTS.has((target as Element).localName)) controls.add(target as Element);
        continue;
      }
      if (record.type === 'characterData') {
        shallow.add(blockOf(target));
        continue;
      }
      if (allOurs(record.addedNodes) && allOurs(record.removedNodes)) continue;
      for (const node of record.addedNodes) {
        if (node.nodeType === 3) shallow.add(blockOf(node));
        else if (node.nodeType === 1) {
          const element = node as Element;
          if (isOurs(element)) continue;
          if (isInline(element)) {
            shallow.add(blockOf(element));
            for (const block of blocksWithin(element)) deep.add(block);
          } else deep.add(element);
        }
      }
      if (record.removedNodes.length > 0) {
        removed = true;
        if (!removedElements) for (const node of record.removedNodes) if (node.nodeType === 1) removedElements = true;
        shallow.add(target.nodeType === 1 && !isInline(target as Element) ? (target as Element) : blockOf(target));
      }
    }
    let forgot = false;
    if (removed) for (const block of [...this.byBlock.keys()]) if (!block.isConnected) forgot = this.forget(block) || forgot;
    // Only an element can take a shadow root (or a component waiting to upgrade) away with it.
    if (removedElements) this.schedulePrune();
    const skipped = skippedByParent();
    for (const block of shallow) {
      // A block whose own text changed loses its old findings, whether or not a deep root covers it.
      forgot = this.forget(block) || forgot;
      if (!within(block, deep)) this.enqueue(block, false, skipped);
    }
    for (const root of deep) if (!within(root, deep)) this.enqueue(root, true, skipped);
    if (controls.size > 0) forgot = this.recheck(controls, skipped) || forgot;
    // Only removals: nothing to scan, but what was forgotten must leave the page now.
    if (forgot && !this.working) this.settle();
  }

  private enqueue(root: Node, deep: boolean, skipped: (node: Node) => boolean = insideSkipped): void {
    if (!root.isConnected) return;
    // A form control is skipped as text but its value is read: whether it is read is its parent's affair.
    const judged = root.nodeType === 1 && isControl(root as Element) ? root.parentNode : root;
    if (judged && (judged.nodeType === 1 || judged !== root) && skipped(judged)) {
      // Inside an editor (or added to one): its read-only parts are still read.
      if (deep) for (const island of islandsIn(root as Element)) if (!insideSkipped(island)) this.enqueue(island, true);
      return;
    }
    const walker = new RunWalker(
      root,
      deep,
      (shadow) => this.addShadowRoot(shadow),
      (element) => this.customElement(element),
      (text) => this.matcher.mayName(text, this.page),
      (island) => this.enqueue(island, true),
    );
    this.jobs.push({ root, deep, walker });
    if (!this.working) {
      this.working = true;
      // The first slice runs now: a burst of a few new rows is done before the browser lays the
      // page out, so their badges cost no layout of their own.
      queueMicrotask(() => this.guard(() => this.work()));
    }
  }

  private addShadowRoot(shadow: ShadowRoot): void {
    if (!this.preparedRoots.has(shadow)) {
      this.preparedRoots.add(shadow);
      this.observer?.observe(shadow, OBSERVE);
    }
    this.shadowRoots.add(shadow);
    this.enqueue(shadow, true);
  }

  /**
   * Lets go of the shadow roots (and the components waiting to upgrade) that left the document:
   * now, or when PRUNE_INTERVAL_MS has passed since the last time, so a page removing elements
   * every frame does not pay a look at every root every frame. One that comes back is met again
   * by the scan of what was added, and known again.
   */
  private schedulePrune(): void {
    if (this.pruneTimer !== undefined) return;
    const wait = this.lastPrune + PRUNE_INTERVAL_MS - performance.now();
    if (wait <= 0) {
      this.pruneShadowRoots();
      return;
    }
    this.pruneTimer = setTimeout(() => this.guard(() => {
      this.pruneTimer = undefined;
      this.pruneShadowRoots();
    }), wait);
  }

  private pruneShadowRoots(): void {
    this.lastPrune = performance.now();
    for (const shadow of this.shadowRoots) if (!shadow.isConnected) this.shadowRoots.delete(shadow);
    for (const element of this.upgrades) if (!element.isConnected) this.upgrades.delete(element);
  }

  /**
   * A custom element with no open shadow root (the walker never reports our own): read its closed
   * one if it has one (only an extension can: `openOrClosedShadowRoot`), scanned, observed and
   * styled like an open one. One not yet defined may attach a root when its definition loads,
   * which no mutation record reports: look at it again for a while.
   */
  private customElement(element: Element): void {
    const closed = openOrClosedShadowRoot(element);
    if (closed) {
      this.addShadowRoot(closed);
      return;
    }
    if (element.matches(':defined')) return;
    this.upgrades.add(element);
    if (this.upgradeTimer === undefined) this.checkUpgrades(UPGRADE_CHECKS);
  }

  private checkUpgrades(left: number): void {
    this.upgradeTimer = setTimeout(() => this.guard(() => {
      this.upgradeTimer = undefined;
      for (const element of this.upgrades) {
        if (!element.isConnected) {
          this.upgrades.delete(element);
          continue;
        }
        const shadow = element.shadowRoot ?? openOrClosedShadowRoot(element);
        if (shadow) {
          this.upgrades.delete(element);
          this.addShadowRoot(shadow);
        } else if (element.matches(':defined')) this.upgrades.delete(element);
      }
      if (this.upgrades.size > 0 && left > 1) this.checkUpgrades(left - 1);
      else this.upgrades.clear();
    }), UPGRADE_INTERVAL_MS);
  }

  /** One slice of scanning; schedules the next while work remains. */
  private work(): void {
    const deadline = performance.now() + SLICE_MS;
    // The page cannot change while a slice runs, so a walk's place is checked once per slice, and
    // the clock every CLOCK_EVERY characters read: each costs about as much as matching a table cell.
    let checked: Job | undefined;
    let untilClock = CLOCK_EVERY;
    while (this.jobs.length > 0) {
      const job = this.jobs[0] as Job;
      if (job !== checked) {
        checked = job;
        const position = job.walker.position;
        if (position && !position.isConnected) {
          // The page removed the node the walk stood on: walk the root again if it is still there.
          this.jobs.shift();
          this.enqueue(job.root, job.deep);
          continue;
        }
      }
      const run = job.walker.next();
      if (run) {
        this.paintRun(run);
        untilClock -= run.text.length + RUN_COST;
      } else if (run === null) {
        untilClock -= job.walker.passed + RUN_COST;
      } else {
        this.jobs.shift();
        if (job.root === this.doc) this.documentElements = this.doc.getElementsByTagName('*').length;
        untilClock = 0;
      }
      if (untilClock <= 0) {
        if (performance.now() > deadline) break;
        untilClock = CLOCK_EVERY;
      }
    }
    if (this.jobs.length > 0) {
      this.yieldThen(() => this.guard(() => this.work()));
      return;
    }
    this.working = false;
    this.settle();
  }

  /**
   * Reads form controls again (their value, state or choice changed): each control, the select of
   * an option, the controls of a fieldset. True if findings were dropped.
   */
  private recheck(changed: Set<Element>, skipped: (node: Node) => boolean): boolean {
    let forgot = false;
    for (const element of changed) {
      const root = element.localName === 'option' ? element.closest('select') : element;
      if (!root) continue;
      const controls = root.localName === 'fieldset' ? root.querySelectorAll('input, textarea, select') : [root];
      for (const control of controls) {
        forgot = this.forget(control) || forgot;
        this.enqueue(control, true, skipped);
      }
    }
    return forgot;
  }

  /**
   * A form control's findings: nothing to paint (its value is no text node), one collapsed range at
   * the control to place the badge by. Read again, a control's findings replace the old ones.
   */
  private paintControl(control: Element, findings: Finding[]): void {
    const painted: PaintedFinding[] = [];
    const seen = new Set<string>();
    for (const finding of findings) {
      if (this.hidden(finding) || seen.has(finding.recordId)) continue;
      seen.add(finding.recordId);
      const range = new StaticRange({ startContainer: control, startOffset: 0, endContainer: control, endOffset: 0 });
      painted.push({ finding, range, cls: severityClass(finding.status, finding.confidence), block: control, control });
    }
    if (painted.length === 0) return;
    this.byBlock.set(control, painted);
    this.listener.blockChanged(control, painted);
  }

  /** Drops a block's findings; true if it had any. */
  private forget(block: Element): boolean {
    const painted = this.byBlock.get(block);
    if (!painted) return false;
    for (const p of painted) if (!p.control) this.painter.delete(p.cls, p.range);
    this.byBlock.delete(block);
    this.listener.blockChanged(block, []);
    return true;
  }

  private paintRun(run: TextRun, part?: boolean): void {
    // Phone numbers, prices and codes name no one: no need to ask the matcher.
    if (!hasLetter(run.text)) return;
    const mark = this.page.journal.length;
    const findings = this.matcher.scan(run.text, { page: this.page });
    if (findings.length === 0) return;
    if (run.control) {
      this.paintControl(run.control, findings);
      return;
    }
    // A name read across the edge of a box the page's CSS made of an inline tag (spans laid out as
    // flex or grid cells) glues two labels: read each box's text on its own instead. Styles are
    // read only here, for names spanning several text nodes.
    if (!part && someCrossesBox(run, findings)) {
      // What the glued reading named was never on the page.
      rollBack(this.page, mark);
      for (const box of splitAtBoxes(run)) this.paintRun(box, true);
      return;
    }
    const painted = this.byBlock.get(run.block) ?? [];
    const before = painted.length;
    // A block can be reached twice (a change inside a root whose walk was still pending): each
    // mention is painted once. Keyed in a set, so a block naming a company thousands of times stays linear.
    const nodeIds = new Map<Node, number>();
    const idOf = (node: Node): number => {
      let id = nodeIds.get(node);
      if (id === undefined) nodeIds.set(node, (id = nodeIds.size));
      return id;
    };
    const keyOf = (a: Node, ao: number, b: Node, bo: number, recordId: string) => `${idOf(a)}:${ao}:${idOf(b)}:${bo}:${recordId}`;
    const seen = new Set(painted.map((p) => keyOf(p.range.startContainer, p.range.startOffset, p.range.endContainer, p.range.endOffset, p.finding.recordId)));
    for (const finding of findings) {
      if (this.hidden(finding)) continue;
      const start = locate(run, finding.start, false);
      const end = locate(run, finding.end, true);
      const key = keyOf(start.node, start.offset, end.node, end.offset, finding.recordId);
      if (seen.has(key)) continue;
      seen.add(key);
      const range = new StaticRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      });
      const cls = severityClass(finding.status, finding.confidence);
      this.painter.add(cls, range);
      painted.push({ finding, range, cls, block: run.block });
    }
    if (painted.length === before) return;
    this.byBlock.set(run.block, painted);
    this.listener.blockChanged(run.block, painted);
  }
}

function allOurs(nodes: NodeList): boolean {
  for (const node of nodes) if (!isOurs(node)) return false;
  return true;
}

/** `insideSkipped`, asked once per parent: the rows a page adds in one burst share their parent. */
function skippedByParent(): (node: Node) => boolean {
  const parents = new Map<Node, boolean>();
  return (node) => {
    const parent = node.parentNode;
    // An element marking its own editability (an editor's read-only block) is judged by itself.
    if ((node.nodeType === 1 && (isSkipped(node as Element) || (node as Element).hasAttribute('contenteditable'))) || parent === null) return insideSkipped(node);
    let answer = parents.get(parent);
    if (answer === undefined) parents.set(parent, (answer = insideSkipped(parent)));
    return answer;
  };
}

/** The outermost non-inline elements inside an inline element (`<a><div>…</div></a>`). */
function blocksWithin(element: Element): Element[] {
  const out: Element[] = [];
  for (const child of element.children) {
    if (isInline(child)) out.push(...blocksWithin(child));
    else out.push(child);
  }
  return out;
}

/** True when an ancestor of `node` is one of `roots`. */
function within(node: Node, roots: Set<Node>): boolean {
  if (roots.size === 0) return false;
  for (let n = node.parentNode; n; n = n.parentNode) if (roots.has(n)) return true;
  return false;
}
