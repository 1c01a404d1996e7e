/**
 * Notices single-page-app navigations (history.pushState, replaceState, back and forward, hash
 * changes). A content script cannot see the page's own history calls, so it listens for the events
 * the browser does fire (Navigation API where present, popstate, hashchange) and also compares the
 * address whenever the page's DOM changes, which a route change always does.
 */
import { listen } from './natives';

export class NavigationWatch {
  private href: string;

  constructor(
    private readonly win: Window,
    private readonly onNavigate: () => void,
  ) {
    this.href = win.location.href;
    const check = (): void => this.check();
    listen(win, 'popstate', check);
    listen(win, 'hashchange', check);
    const navigation = (win as Window & { navigation?: EventTarget }).navigation;
    if (navigation) listen(navigation, 'navigatesuccess', check);
  }

  /** Call when the page changed; reports a navigation if the address moved since last seen. */
  check(): void {
    const href = this.win.location.href;
    if (href === this.href) return;
    this.href = href;
    this.onNavigate();
  }
}
