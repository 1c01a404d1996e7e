/**
 * Whether the card was on screen and uncovered when "Not this company" was clicked (issue #17,
 * attack 3). A page can put a top-layer popover over the card that lets every click through, with
 * a fake button of its own where "Not this company" is: the buyer's click on the fake dismisses the
 * finding. Hit testing cannot tell (the popover takes no clicks), but IntersectionObserver v2
 * (`trackVisibility`, Chromium) can: it reports an element as visible only when nothing covers it
 * and it is not faded, filtered or distorted.
 *
 * A click counts as seen when the card had been reported visible without a break for at least
 * `MIN_VISIBLE_MS` before it (time to have been read; a cover shown and lifted around the click is
 * caught by the reports on either side), no report of it hidden arrives within `SETTLE_MS` after
 * it, and the page has not moved, restyled or re-parented the card's host meanwhile. Where the
 * browser has no IntersectionObserver v2 (Firefox), no click counts as seen: the background then
 * asks the buyer to confirm in the popup, which no page can cover.
 */
import { listen } from './natives';

/** How often the browser may report (the least IntersectionObserver v2 accepts). */
const DELAY_MS = 100;
/** How long the card must have been seen, uncovered, before a click on it counts. */
export const MIN_VISIBLE_MS = 500;
/** How long after a click a report of the card covered may still arrive. */
const SETTLE_MS = 2 * DELAY_MS + 50;

interface VisibilityEntry {
  time: number;
  isIntersecting: boolean;
  isVisible?: boolean;
}

export class CardVisibility {
  /** When the current unbroken run of visible reports began (page time), or null while hidden. */
  private visibleSince: number | null = null;
  private tampered = false;
  private readonly observer: IntersectionObserver | undefined;
  private readonly mutations: MutationObserver | undefined;
  private rect: string;
  private readonly ended = new AbortController();

  /** True where the browser reports occlusion (IntersectionObserver v2). */
  static supported(): boolean {
    return typeof IntersectionObserverEntry === 'function' && 'isVisible' in IntersectionObserverEntry.prototype;
  }

  /** Starts watching `card` (inside our closed root) on `host` (its element in the page), once the card is placed. */
  constructor(
    private readonly card: Element,
    private readonly host: Element,
  ) {
    this.rect = rectOf(card);
    if (!CardVisibility.supported()) return;
    this.observer = new IntersectionObserver((entries) => this.note(entries), {
      trackVisibility: true,
      delay: DELAY_MS,
      threshold: [0, 1],
    } as IntersectionObserverInit);
    this.observer.observe(card);
    // The host is an element of the page's document: the page can restyle or move it. Then no click counts.
    this.mutations = new MutationObserver(() => {
      this.tampered = true;
    });
    this.mutations.observe(host, { attributes: true });
    listen(host.ownerDocument.defaultView ?? host, 'resize', () => {
      this.tampered = true;
    }, { signal: this.ended.signal });
  }

  private note(entries: readonly VisibilityEntry[]): void {
    for (const entry of entries) {
      if (entry.isVisible === true && entry.isIntersecting) this.visibleSince ??= entry.time;
      else this.visibleSince = null;
    }
  }

  /**
   * Whether a click at page time `clickTime` (the event's `timeStamp`) counts as seen. Answers
   * after `SETTLE_MS`, once any report of the card being covered at the click has arrived.
   */
  async seenAt(clickTime: number): Promise<boolean> {
    const observer = this.observer;
    if (!observer) return false;
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    this.note(observer.takeRecords() as VisibilityEntry[]);
    return (
      !this.tampered &&
      this.host.parentNode === this.host.ownerDocument.documentElement &&
      rectOf(this.card) === this.rect &&
      this.visibleSince !== null &&
      this.visibleSince <= clickTime - MIN_VISIBLE_MS
    );
  }

  /**
   * Our own card changed its size or place (a panel opened, the dismissal's choices appeared): the
   * new place is the one to keep, and a click counts only once the card has been seen there for
   * `MIN_VISIBLE_MS`. The host's new position is ours, not the page's: its records are dropped.
   */
  moved(): void {
    this.mutations?.takeRecords();
    this.rect = rectOf(this.card);
    if (this.visibleSince !== null) this.visibleSince = performance.now();
  }

  stop(): void {
    this.ended.abort();
    this.observer?.disconnect();
    this.mutations?.disconnect();
  }
}

function rectOf(element: Element): string {
  const { left, top, width, height } = element.getBoundingClientRect();
  return [left, top, width, height].map((n) => Math.round(n)).join(',');
}
