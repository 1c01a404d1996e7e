/**
 * Content script entry: loads the compiled matcher the background published, scans the page, and
 * reports what it found (record ids and the matched words only) to the background. It never throws
 * into the page and stops quietly when the extension is reloaded under it.
 */
import { loadMatcher, type MatcherPayload } from '../core/match/matcher';
import browser from '../platform/browser';
import type { ContentMessage } from '../platform/messages';
import { HighlightPainter } from './highlights';
import { PageScanner, type PaintedFinding } from './page-scanner';

interface Published {
  listVersion: string;
  payload: MatcherPayload;
}

let scanner: PageScanner | undefined;
let listVersion = '';
let reportTimer: ReturnType<typeof setTimeout> | undefined;

function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

function shutDown(): void {
  scanner?.stop();
  scanner = undefined;
}

function report(findings: PaintedFinding[]): void {
  clearTimeout(reportTimer);
  reportTimer = setTimeout(() => {
    if (!contextAlive()) return shutDown();
    const message: ContentMessage = {
      type: 'page-findings',
      listVersion,
      findings: findings.map(({ finding }) => ({
        recordId: finding.recordId,
        matchedText: finding.matchedText.slice(0, 500),
        confidence: finding.confidence,
        score: finding.score,
        why: finding.explanation.summary.slice(0, 500),
      })),
    };
    browser.runtime.sendMessage(message).catch(() => {
      if (!contextAlive()) shutDown();
    });
  }, 100);
}

function apply(published: Published | undefined): void {
  if (!published) return;
  listVersion = published.listVersion;
  const matcher = loadMatcher(published.payload);
  if (scanner) scanner.replaceMatcher(matcher);
  else {
    scanner = new PageScanner(document, matcher, report);
    scanner.start();
  }
}

async function main(): Promise<void> {
  if (!HighlightPainter.supported()) return;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.matcher) {
      try {
        apply(changes.matcher.newValue as Published | undefined);
      } catch {
        shutDown();
      }
    }
  });
  apply((await browser.storage.local.get('matcher')).matcher as Published | undefined);
}

main().catch(() => shutDown());
