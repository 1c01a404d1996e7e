/**
 * Content script entry: loads the compiled matcher the background published, scans the page, shows
 * badges and cards, and reports what it found (record ids, the matched words and the row or card
 * around them) to the background. Nothing here throws into the page: every entry point is guarded, and when the
 * extension is reloaded or removed under the page ("Extension context invalidated") the script
 * stops its observers and takes its UI away quietly. What is shown in the page (highlights,
 * badges, a card, the summary) can fail without stopping anything else: the findings are reported
 * first, and each part is tried on its own.
 *
 * The page can read whatever is added to it (issue #17, attack 6), so nothing is added until
 * something is found, and in discreet mode nothing at all: the findings then reach only the
 * toolbar badge and the popup. What this script knows of the settings is its frame's `PageMode`
 * (scanned or switched off, discreet or not), asked of the background; the settings and the site
 * lists are kept where content scripts cannot read them.
 */
import { explanationMessage } from '../core/match/explain';
import { countMentions } from '../core/finding-caps';
import { loadMatcher } from '../core/match/matcher';
import { parseBackgroundMessage } from '../platform/background-messages';
import browser, { type Runtime } from '../platform/browser';
import type { HiddenNames } from '../core/dismissal-scope';
import { CONTENT_SESSION_KEY } from '../platform/content-session';
import type { DismissalAnswer, DismissalChoice, PageFinding, PageMode } from '../platform/messages';
import { sendToBackground as send } from '../platform/request-client';
import { tr } from '../platform/i18n';
import { openOrClosedShadowRoot } from '../platform/shadow-roots';
import { onLocalChanged, readLocal, type LocalChanges, type PublishedMatcher } from '../platform/storage';
import { BadgeLayer, type BadgeTarget } from './badge-layer';
import { contextAt } from './finding-context';
import { HighlightPainter, NO_PAINT } from './highlights';
import { LiveSummary } from './live-summary';
import { NavigationWatch } from './navigation';
import { isOurs, UI_ATTR } from './ours';
import { PageScanner, type PaintedFinding, type ScannerListener } from './page-scanner';
import { RecordCard } from './record-card';
import { ReportSchedule } from './report-schedule';
import type { ScanCost } from './scan-cost';

/**
 * True only in the test build (`scripts/build.ts` writes it to `dist/test/`): the performance marks
 * tests and benchmarks wait on. A release build has none, so a page cannot read them.
 */
declare const __WRO_SCAN_MARKS__: boolean | undefined;

/** Sets a performance mark in the test build; nothing in a release build. */
function scanMark(name: 'start' | 'painted', detail?: object): void {
  if (typeof __WRO_SCAN_MARKS__ !== 'boolean' || !__WRO_SCAN_MARKS__) return;
  if (name === 'painted') performance.clearMarks('wro-check:painted');
  performance.mark(`wro-check:${name}`, detail ? { detail } : undefined);
}

/**
 * Shared by every copy of this script injected into the same page ("Scan this page" after a default
 * scan), and asked by the background's products-to-ask-about whether to read this frame.
 */
interface Instance {
  alive(): boolean;
  /** Alive and scanning: the frame's site is not switched off. */
  scanning(): boolean;
  rescan(): void;
  stop(): void;
}
type Global = typeof globalThis & { [CONTENT_SESSION_KEY]?: Instance };

interface Report {
  listVersion: string;
  findings: PageFinding[];
}

/** Above this many elements, badges are taken out of the page's flow (see BadgeLayer.flush). */
const LARGE_PAGE_ELEMENTS = 20_000;

/** How often, and after how long, the background is asked again for the page's mode when it does not answer. */
const MODE_RETRIES_MS = [250, 1000, 3000];

function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * What makes a report new: its findings, not the rows around them. A row whose text changes every
 * second (an auction's countdown beside the bidder) would otherwise send and store the same
 * findings every second (issue #17, attack 2); the rows as they are go with the next new report.
 */
function reportKey(report: Report): string {
  return JSON.stringify([report.listVersion, report.findings.map(({ context: _row, ...finding }) => finding)]);
}

class ContentSession implements Instance {
  private scanner: PageScanner | undefined;
  private painter: HighlightPainter | undefined;
  private badges: BadgeLayer | undefined;
  private card: RecordCard | undefined;
  private summary: LiveSummary | undefined;
  private navigation: NavigationWatch | undefined;
  private listVersion = '';
  private published: PublishedMatcher | undefined;
  /** Until the background says otherwise, nothing is scanned (the site may be switched off) and nothing shown. */
  private mode: PageMode = { scan: false, discreet: true };
  private dismissed: HiddenNames = { records: [], names: [] };
  private readonly reports = new ReportSchedule<Report>(
    (report) => this.sendReport(report),
    reportKey,
    (task) => this.guard(task),
  );
  private stopped = false;
  private readonly onMessage = (message: unknown, sender: Runtime.MessageSender): undefined => {
    this.guard(() => this.received(message, sender));
    return undefined; // no answer: the channel closes at once
  };

  constructor(private readonly doc: Document) {}

  alive(): boolean {
    return !this.stopped && contextAlive();
  }

  scanning(): boolean {
    return this.alive() && this.mode.scan;
  }

  rescan(): void {
    // Asked for ("Scan this page"): the result is reported even if it is what was reported before.
    this.reports.resend();
    this.guard(() => this.scanner?.rescanAll());
  }

  async begin(): Promise<void> {
    browser.runtime.onMessage.addListener(this.onMessage);
    onLocalChanged((changes) => this.guard(() => this.storageChanged(changes)));
    const [published, mode] = await Promise.all([readLocal('matcher'), this.askMode()]);
    this.published ??= published;
    if (!mode?.scan) {
      if (mode) this.mode = mode;
      return;
    }
    this.mode = mode;
    await this.refreshSiteState();
    this.apply(this.published);
  }

  /** This frame's mode, from the background (asked again a few times if it does not answer); undefined if it never does. */
  private async askMode(): Promise<PageMode | undefined> {
    for (let attempt = 0; ; attempt++) {
      try {
        const mode = await send({ type: 'get-page-mode' });
        if (typeof mode?.scan === 'boolean' && typeof mode.discreet === 'boolean') return mode;
      } catch {
        if (!contextAlive()) {
          this.stop();
          return undefined;
        }
      }
      const wait = MODE_RETRIES_MS[attempt];
      if (wait === undefined || this.stopped) return undefined;
      await new Promise((done) => setTimeout(done, wait));
    }
  }

  /** The site was switched off or on, or discreet mode changed: the page follows. */
  private async modeChanged(): Promise<void> {
    const mode = await this.askMode();
    if (!mode || this.stopped) return;
    const before = this.mode;
    this.mode = mode;
    if (!mode.scan) {
      if (!before.scan) return;
      this.takeDown();
      this.report([]);
      return;
    }
    if (this.scanner && before.discreet === mode.discreet) return;
    // Started again in the new mode: everything shown goes (discreet) or is painted afresh (not).
    this.takeDown();
    if (!before.scan) await this.refreshSiteState();
    this.guard(() => this.apply(this.published));
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.reports.cancel();
    try {
      browser.runtime.onMessage.removeListener(this.onMessage);
    } catch {
      // The extension context is gone: so is the listener.
    }
    this.takeDown();
  }

  /** Removes everything this script added to the page. */
  private takeDown(): void {
    this.scanner?.stop();
    this.scanner = undefined;
    this.card?.close(false);
    this.card = undefined;
    this.badges?.clear();
    this.badges = undefined;
    this.summary?.remove();
    this.summary = undefined;
    this.painter?.clear();
    this.painter = undefined;
  }

  /** Runs `task`; a failure, or a dead extension context, stops the session instead of reaching the page. */
  private guard(task: () => void): void {
    if (this.stopped) return;
    if (!contextAlive()) return this.stop();
    try {
      task();
    } catch {
      this.stop();
    }
  }

  /**
   * Runs one part of what the page shows (painting, badges, the summary): if it fails, that part
   * is left out and everything else goes on; only a dead extension context stops the session.
   */
  private attempt(task: () => void): void {
    try {
      task();
    } catch {
      if (!contextAlive()) this.stop();
    }
  }

  /**
   * Only the background's messages, and only those the protocol defines, are acted on. The top
   * frame's summary speaks the tab-wide count the background sends (every frame counted, the
   * toolbar badge's number), not its own frame's findings.
   */
  private received(message: unknown, sender: Runtime.MessageSender): void {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return;
    const parsed = parseBackgroundMessage(message);
    if (parsed?.type === 'tab-summary' && this.scanner) this.attempt(() => this.summary?.update(parsed.count));
  }

  private storageChanged(changes: LocalChanges): void {
    if (changes.matcher) {
      this.published = changes.matcher.newValue;
      if (this.mode.scan) this.apply(this.published);
    }
    if (changes.pageModeChanged) void this.modeChanged();
    if (changes.dismissalsChanged) void this.refreshSiteState();
  }

  private async refreshSiteState(): Promise<void> {
    try {
      const state = await send({ type: 'get-site-state' });
      this.dismissed = {
        records: Array.isArray(state?.records) ? state.records : [],
        names: Array.isArray(state?.names) ? state.names : [],
      };
    } catch {
      if (!contextAlive()) return this.stop();
    }
    this.guard(() => this.scanner?.setDismissed(this.dismissed));
  }

  private apply(published: PublishedMatcher | undefined): void {
    if (!published || this.stopped || !this.mode.scan) return;
    this.listVersion = published.listVersion;
    const matcher = loadMatcher(published.payload);
    if (this.scanner) {
      this.scanner.replaceMatcher(matcher);
      return;
    }
    let listener: Pick<ScannerListener, 'blockChanged'> = { blockChanged: () => undefined };
    if (!this.mode.discreet) {
      this.painter = new HighlightPainter(this.doc);
      const card = (this.card = new RecordCard(this.doc, {
        fetchRecord: (recordId) => send({ type: 'get-record', recordId }),
        fetchOrgDecisions: (recordId) => send({ type: 'get-org-decisions', recordId }),
        dismiss: (target, name, choice, seen) => this.dismiss(target, name, choice, seen),
      }));
      listener = this.badges = new BadgeLayer(this.doc, (target) => this.attempt(() => void card.open(target).catch(() => undefined)));
      this.summary = window === window.top ? new LiveSummary(this.doc) : undefined;
    }
    this.navigation ??= new NavigationWatch(window, () => this.guard(() => {
      // A new address: the background may have cleared the tab's findings, so report even if nothing changed.
      this.reports.resend();
      this.scanner?.rescanAll();
    }));
    this.scanner = new PageScanner(this.doc, matcher, this.painter ?? NO_PAINT, {
      blockChanged: (block, findings) => listener.blockChanged(block, findings),
      settled: (findings, cost) => this.guard(() => this.settled(findings, cost)),
    });
    this.scanner.setDismissed(this.dismissed);
    // Test build only: marks in the page's performance timeline, which tests and the benchmark wait on.
    scanMark('start');
    this.scanner.start();
  }

  private settled(findings: PaintedFinding[], cost: ScanCost): void {
    // Reported first: the toolbar badge, the popup and the summary (which waits for the background's
    // tab-wide count, `received`, sent once this report is stored) never depend on painting.
    this.report(findings);
    const started = performance.now();
    this.attempt(() => this.painter?.commit());
    this.attempt(() => this.badges?.flush((this.scanner?.documentElements ?? 0) > LARGE_PAGE_ELEMENTS));
    // Test build only: the benchmark reads what the latest scan cost the page from this mark (only the latest is kept).
    this.attempt(() => scanMark('painted', { findings: findings.length, busyMs: cost.busyMs, longestMs: cost.longestMs, paintMs: performance.now() - started }));
    this.navigation?.check();
  }

  /**
   * Asks the background to dismiss the record's name as far as the buyer chose: the record id,
   * the name that matched, the scope and reason codes and whether the card was seen, nothing else
   * (it takes the rest from this frame's report). What it hides is asked again once recorded
   * (`dismissalsChanged`), for this card's dismissal and for one confirmed in the popup.
   */
  private async dismiss(target: BadgeTarget, name: string, choice: DismissalChoice, seen: boolean): Promise<DismissalAnswer> {
    const { finding } = target.mentions[0] as PaintedFinding;
    try {
      const answer = await send({ type: 'dismiss-record', recordId: finding.recordId, name, scope: choice.scope, reason: choice.reason, seen });
      if (answer?.outcome === 'recorded') await this.refreshSiteState();
      return answer;
    } catch (e) {
      if (!contextAlive()) this.stop();
      throw e;
    }
  }

  /**
   * Reports the frame's findings once the page settles, and within a second of the first change
   * however often the page changes after it; a report saying what the last one said is not sent
   * (ReportSchedule).
   */
  private report(findings: PaintedFinding[]): void {
    // Repeated mentions counted, not sent one by one (a page naming a company thousands of times
    // sends a few findings, not thousands: issue #17, attack 4); the first 2,000 are read, as before.
    // Each carries its context (the row or card around it), read once per row for the report.
    this.reports.update(() => {
      const contexts = new Map<Element, string>();
      return {
        listVersion: this.listVersion,
        findings: countMentions(findings.slice(0, 2000).map(({ finding, range, control }) => ({
          recordId: finding.recordId,
          matchedText: finding.matchedText,
          confidence: finding.confidence,
          score: finding.score,
          why: tr(explanationMessage(finding.explanation)),
          context: contextAt(control ?? range.startContainer, contexts),
        }))),
      };
    });
  }

  private sendReport(report: Report): void {
    if (!contextAlive()) return this.stop();
    send({ type: 'page-findings', ...report }).catch(() => {
      // Not stored: the next report goes out even if it says the same.
      this.reports.resend();
      if (!contextAlive()) this.stop();
    });
  }
}

function main(): void {
  const global = globalThis as Global;
  const existing = global[CONTENT_SESSION_KEY];
  if (existing?.alive()) {
    existing.rescan();
    return;
  }
  existing?.stop();
  if (!HighlightPainter.supported()) return;
  // A copy of this script from before an extension update may have left UI behind: elements labelled
  // as ours with a closed shadow root (a page's own element merely carrying the label is left alone).
  document.querySelectorAll(`[${UI_ATTR}]`).forEach((node) => {
    if (!isOurs(node) && node.shadowRoot === null && openOrClosedShadowRoot(node) !== null) node.remove();
  });
  const session = new ContentSession(document);
  global[CONTENT_SESSION_KEY] = session;
  session.begin().catch(() => session.stop());
}

try {
  main();
} catch {
  // Never into the page.
}
