/**
 * When has the content script finished scanning? Its own signals, the same in both browsers:
 *
 * - `wro-check:start`, a performance mark it sets when it starts scanning a document (once per
 *   copy of the script: a second one after an extension update means a new copy started);
 * - `wro-check:painted`, set each time a scan has settled and its highlights and badges are on the
 *   page (only the latest is kept), before it reports the findings to the background;
 * - the report itself: the background then says the tab was scanned (`get-tab-findings`).
 *
 * Content scripts share the page's performance timeline in Chromium and Firefox, so the page (and
 * a test) reads the marks: only the test build's content script sets them (`dist/test/content.js`,
 * which the harness's test copies load; see local-test-copy.ts), never a release build. A check that something is *not* shown waits for one of these first, so
 * a slow scan cannot pass it by not having run yet.
 */

export interface ScanMarks {
  /** How many copies of the content script started scanning this document. */
  started: number;
  /** Page time of the latest start, or null. */
  startedAt: number | null;
  /** Page time the latest scan settled (highlights painted), or null. */
  settledAt: number | null;
  /** Findings of the latest settled scan. */
  findings: number | null;
  /** The page's clock now. */
  now: number;
}

/** Runs in the page (or a frame): the content script's marks. */
export function readScanMarks(): ScanMarks {
  const starts = performance.getEntriesByName('wro-check:start');
  const painted = performance.getEntriesByName('wro-check:painted').at(-1) as PerformanceMark | undefined;
  const detail = painted?.detail as { findings?: number } | null | undefined;
  return {
    started: starts.length,
    startedAt: starts.at(-1)?.startTime ?? null,
    settledAt: painted?.startTime ?? null,
    findings: typeof detail?.findings === 'number' ? detail.findings : null,
    now: performance.now(),
  };
}

/** The latest scan settled after `after` (page time) and after the latest copy of the script started. */
export function settledSince(marks: ScanMarks, after = -1): boolean {
  return marks.settledAt !== null && marks.settledAt > after && (marks.startedAt === null || marks.settledAt >= marks.startedAt);
}
