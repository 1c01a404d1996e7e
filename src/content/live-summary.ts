/**
 * One polite live region per page, in the top frame: screen readers hear how many distinct listed
 * suppliers the whole tab names, its frames included ("3 suppliers on this page are on US
 * forced-labour import lists": the toolbar badge's number, which the background sends), once the
 * scans settle, and again only when that number changes.
 */
import { formatNumber, t } from '../ui/i18n';
import { el } from './dom';
import { attachClosedShadow, insertBefore, removeNode, setAttribute } from './natives';
import { UI_ATTR } from './text-runs';
import { SUMMARY_STYLE, styleRoot } from './ui-style';

/** Waits for the page to stop changing before speaking, so a list loading in parts is announced once. */
const SETTLE_MS = 1500;

export class LiveSummary {
  private host: HTMLElement | undefined;
  private region: HTMLElement | undefined;
  private spoken = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  update(count: number): void {
    // The region exists before it speaks: text put into a brand-new live region is often not read.
    this.ensureRegion();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // The extension may have been updated or removed meanwhile (i18n then throws): say nothing, leave.
      try {
        this.speak(count);
      } catch {
        this.remove();
      }
    }, SETTLE_MS);
  }

  remove(): void {
    clearTimeout(this.timer);
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
    const host = this.doc.createElement('wro-check-summary');
    setAttribute(host, UI_ATTR, '');
    const shadow = attachClosedShadow(host);
    const region = el(this.doc, 'div', { role: 'status', 'aria-live': 'polite' });
    styleRoot(shadow, SUMMARY_STYLE);
    shadow.append(region);
    insertBefore(this.doc.body ?? this.doc.documentElement, host, null);
    this.host = host;
    this.region = region;
    return region;
  }
}
