/**
 * One polite live region per page, in the top frame: screen readers hear how many distinct listed
 * suppliers the whole tab names, its frames included ("3 suppliers on this page are on US
 * forced-labour import lists": the toolbar badge's number, which the background sends), once the
 * scans settle, and again only when that number changes. Nothing is added to a page until the tab
 * names someone: an empty region would tell the page the extension is installed (issue #17).
 */
import { formatNumber, t } from '../platform/i18n';
import { el } from './dom';
import { insertBefore, removeNode } from './natives';
import { SettleTimer } from './settle-timer';
import { createUiHost } from './ui-host';
import { SUMMARY_STYLE, styleRoot } from './ui-style';

/**
 * Waits for the count to stop changing before speaking, so a list loading in parts is announced
 * once; but a count that keeps changing (a page that never settles) is still said, this long after
 * its first change.
 */
const SETTLE_MS = 1500;
const SETTLE_MAX_MS = 4000;

export class LiveSummary {
  private host: HTMLElement | undefined;
  private region: HTMLElement | undefined;
  private spoken = 0;
  private readonly timer = new SettleTimer(SETTLE_MS, SETTLE_MAX_MS);

  constructor(private readonly doc: Document) {}

  /** The tab's count changed. Never throws: a summary that cannot be shown stops nothing else. */
  update(count: number): void {
    // Nothing to say, and nothing said yet: the page gets nothing of ours.
    if (count === 0 && !this.host) {
      this.timer.cancel();
      return;
    }
    try {
      // The region exists before it speaks: text put into a brand-new live region is often not read.
      this.ensureRegion();
    } catch {
      this.remove();
      return;
    }
    this.timer.schedule(() => {
      // The extension may have been updated or removed meanwhile (i18n then throws): say nothing, leave.
      try {
        this.speak(count);
      } catch {
        this.remove();
      }
    });
  }

  remove(): void {
    this.timer.cancel();
    if (this.host) removeNode(this.host);
    this.host = undefined;
  }

  private speak(count: number): void {
    if (count === this.spoken) return;
    this.spoken = count;
    this.ensureRegion().textContent = count === 0 ? '' : count === 1 ? t('pageSummaryOne') : t('pageSummaryMany', formatNumber(count));
  }

  private ensureRegion(): HTMLElement {
    if (this.region && this.host?.isConnected) return this.region;
    const { host, shadow } = createUiHost(this.doc, 'summary');
    const region = el(this.doc, 'div', { role: 'status', 'aria-live': 'polite' });
    styleRoot(shadow, SUMMARY_STYLE);
    shadow.append(region);
    insertBefore(this.doc.body ?? this.doc.documentElement, host, null);
    this.host = host;
    this.region = region;
    return region;
  }
}
