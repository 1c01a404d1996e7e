/**
 * Scans a document for listed names and keeps the findings current as the page changes: a full
 * scan once, then only the blocks whose text was added or changed (MutationObserver, batched).
 */
import type { Finding } from '../core/match/types';
import type { Matcher } from '../core/match/matcher';
import { severityClass, type SeverityClass } from '../core/severity';
import { HighlightPainter } from './highlights';
import { blockOf, collectRuns, isSkipped, locate, type TextRun } from './text-runs';

export interface PaintedFinding {
  finding: Finding;
  range: StaticRange;
  cls: SeverityClass;
}

export class PageScanner {
  private readonly byBlock = new Map<Element, PaintedFinding[]>();
  private readonly painter: HighlightPainter;
  private observer: MutationObserver | undefined;
  private pending = new Set<Node>();
  private flushScheduled = false;

  constructor(
    private readonly doc: Document,
    private matcher: Matcher,
    private readonly onChange: (findings: PaintedFinding[]) => void,
  ) {
    this.painter = new HighlightPainter(doc);
  }

  start(): void {
    this.painter.install();
    this.scan(this.doc.body ?? this.doc.documentElement);
    this.observer = new MutationObserver((records) => this.queue(records));
    this.observer.observe(this.doc.documentElement, { childList: true, characterData: true, subtree: true });
    this.onChange(this.findings());
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Rescans everything with another matcher (the list was refreshed). */
  replaceMatcher(matcher: Matcher): void {
    this.matcher = matcher;
    for (const block of [...this.byBlock.keys()]) this.forget(block);
    this.scan(this.doc.body ?? this.doc.documentElement);
    this.onChange(this.findings());
  }

  findings(): PaintedFinding[] {
    return [...this.byBlock.values()].flat();
  }

  private queue(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (target.nodeType === Node.ELEMENT_NODE && isSkipped(target as Element)) continue;
      this.pending.add(target.nodeType === Node.TEXT_NODE ? (target.parentNode ?? target) : target);
    }
    if (this.pending.size === 0 || this.flushScheduled) return;
    this.flushScheduled = true;
    // One rescan per burst of changes (a framework rendering 100 rows mutates the DOM 100 times).
    setTimeout(() => this.flush(), 50);
  }

  private flush(): void {
    this.flushScheduled = false;
    const roots = new Set<Element>();
    for (const node of this.pending) {
      if (!node.isConnected) continue;
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      if (element) roots.add(blockOf(element.firstChild ?? element, this.doc.documentElement));
    }
    this.pending = new Set();
    // Findings whose text left the page go with it.
    for (const block of [...this.byBlock.keys()]) if (!block.isConnected) this.forget(block);
    for (const root of roots) {
      if ([...roots].some((other) => other !== root && other.contains(root))) continue;
      for (const block of [...this.byBlock.keys()]) if (root.contains(block)) this.forget(block);
      this.scan(root);
    }
    this.onChange(this.findings());
  }

  private forget(block: Element): void {
    for (const painted of this.byBlock.get(block) ?? []) this.painter.delete(painted.cls, painted.range);
    this.byBlock.delete(block);
  }

  private scan(root: Node): void {
    for (const run of collectRuns(root)) this.paintRun(run, this.matcher.scan(run.text));
  }

  private paintRun(run: TextRun, findings: Finding[]): void {
    if (findings.length === 0) return;
    const painted = this.byBlock.get(run.block) ?? [];
    for (const finding of findings) {
      const start = locate(run, finding.start, false);
      const end = locate(run, finding.end, true);
      const range = new StaticRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      });
      const cls = severityClass(finding.status, finding.confidence);
      this.painter.add(cls, range);
      painted.push({ finding, range, cls });
    }
    this.byBlock.set(run.block, painted);
  }
}
