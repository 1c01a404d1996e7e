/**
 * One browser with the built extension, driver-neutral: Chromium through Playwright, Firefox ESR
 * through Puppeteer over WebDriver BiDi. A suite written against `ExtensionBrowser` and `TestPage`
 * runs unchanged in both (`describe.each(BROWSERS)`), and each test's name says which browser ran
 * it ("in Chromium: …", "in Firefox ESR: …").
 *
 * Extension pages in Firefox: its WebDriver (153) refuses to navigate a tab to a moz-extension:
 * URL, so the harness opens a local page of its own and has that page navigate there. The Firefox
 * test copy of the build lists the extension's pages as web-accessible to the local test hosts to
 * allow it (`withPagesOpenableLocally`); the release build has no web-accessible resources.
 * docs/testing.md explains the choice.
 */
import { createServer, type Server } from 'node:http';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { CHROME_DIST, launchChromium, type ChromiumWithExtension } from './chromium';
import { FIREFOX_DIST, FIREFOX_UUID, launchFirefox } from './firefox';
import { manifestCopy, TEST_PAGE, withLocalTestHosts, withPagesOpenableLocally, type Manifest } from './local-test-copy';
import { TestPage, type BrowserKind } from './test-page';
import { waitFor } from './wait';

export { TestPage, type BrowserKind } from './test-page';

/**
 * Both browsers, as test names say them and as the harness knows them, for
 * `describe.each(BROWSERS)('in %s: …', (_name, kind) => …)`.
 */
export const BROWSERS: Array<[name: string, kind: BrowserKind]> = [
  ['Chromium', 'chromium'],
  ['Firefox ESR', 'firefox'],
];

export interface ExtensionLaunchOptions {
  /** The build to load (default: `dist/chrome` or `dist/firefox`); the harness loads a test copy of it. */
  dist?: string;
  /** Changes the test copy's manifest further (another host permission, …). */
  manifest?: (manifest: Manifest) => void;
  /** Let the extension reach the real www.cbp.gov and www.dhs.gov (tests keep them unreachable). */
  officialSourcesReachable?: boolean;
  /** Accept the committed self-signed test certificate (tests/fixtures/tls). */
  acceptInsecureCerts?: boolean;
  /** More Chromium command-line switches. */
  chromiumArgs?: string[];
  /** More Firefox preferences. */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

/** The tab a test asks `get-tab-findings` about, and what the background answered. */
export interface TabFindings {
  scanned: boolean;
  entries: Array<{ record: { id: string; name: string }; mentions: Array<{ matchedText: string }> }>;
}

export class ExtensionBrowser {
  readonly name: string;
  private helper: TestPage | undefined;

  private constructor(
    readonly kind: BrowserKind,
    /** Chromium: Playwright's context, the service worker and the extension id. */
    private readonly chromium: ChromiumWithExtension | undefined,
    /** Firefox: Puppeteer's browser. */
    private readonly firefox: PuppeteerBrowser | undefined,
    /** Firefox: the local page that opens extension pages. */
    private readonly launchpad: { url: string; server: Server } | undefined,
  ) {
    this.name = BROWSERS.find(([, k]) => k === kind)?.[0] ?? kind;
  }

  static async launch(kind: BrowserKind, options: ExtensionLaunchOptions = {}): Promise<ExtensionBrowser> {
    const base = withLocalTestHosts(options.dist ?? (kind === 'chromium' ? CHROME_DIST : FIREFOX_DIST));
    const edited = options.manifest ? manifestCopy(base, options.manifest) : base;
    if (kind === 'chromium') {
      const chromium = await launchChromium({
        dist: edited,
        officialSourcesReachable: options.officialSourcesReachable,
        args: [...(options.acceptInsecureCerts ? ['--ignore-certificate-errors'] : []), ...(options.chromiumArgs ?? [])],
      });
      return ExtensionBrowser.ready(new ExtensionBrowser(kind, chromium, undefined, undefined));
    }
    const launchpad = await startLaunchpad();
    const firefox = await launchFirefox({
      dist: withPagesOpenableLocally(edited),
      officialSourcesReachable: options.officialSourcesReachable,
      acceptInsecureCerts: options.acceptInsecureCerts,
      prefs: options.firefoxPrefs,
    }).catch(async (e: unknown) => {
      await new Promise((done) => launchpad.server.close(done));
      throw e;
    });
    return ExtensionBrowser.ready(new ExtensionBrowser(kind, undefined, firefox, launchpad));
  }

  /**
   * Opens the extension page `inExtension` uses before any test tab: opened later, it would come in
   * front of the tab under test, whose timers (the content script's report) a browser slows.
   */
  private static async ready(ext: ExtensionBrowser): Promise<ExtensionBrowser> {
    try {
      await ext.inExtension(() => true);
    } catch (e) {
      await ext.close();
      throw e;
    }
    return ext;
  }

  /** Chromium's handles (Playwright context, service worker, extension id), for Chromium-only checks. */
  get chromiumHandles(): ChromiumWithExtension {
    if (!this.chromium) throw new Error('Not Chromium');
    return this.chromium;
  }

  /** Puppeteer's Firefox, for Firefox-only checks. */
  get firefoxBrowser(): PuppeteerBrowser {
    if (!this.firefox) throw new Error('Not Firefox');
    return this.firefox;
  }

  /** Firefox: the origin of the harness's local page that opens extension pages (a proxy sees it). */
  get launchpadOrigin(): string | undefined {
    return this.launchpad ? new URL(this.launchpad.url).origin : undefined;
  }

  /** The URL of an extension page (`options.html`, `popup.html?tab=3`). */
  extensionUrl(path: string): string {
    return this.kind === 'chromium' ? `chrome-extension://${this.chromiumHandles.extensionId}/${path}` : `moz-extension://${FIREFOX_UUID}/${path}`;
  }

  /** A new tab, at `url` if given. `consoleErrors` also counts errors the page logs. */
  async newPage(url?: string, options: { consoleErrors?: boolean } = {}): Promise<TestPage> {
    const raw = this.kind === 'chromium' ? await this.chromiumHandles.context.newPage() : await this.firefoxBrowser.newPage();
    const page = new TestPage(this.kind, raw, options);
    if (url) await page.goto(url);
    return page;
  }

  /** Opens an extension page (`options.html`, `screen.html`, `popup.html?tab=…`) in a new tab, loaded. */
  async openExtensionPage(path: string): Promise<TestPage> {
    const url = this.extensionUrl(path);
    if (this.kind === 'chromium') return this.newPage(url);
    // Firefox: a local page navigates there itself (see the file comment). Tried again from the
    // local page while the extension is not ready for it (just installed or reloaded).
    const page = await this.newPage();
    const arrived = () => page.evaluate(() => [location.href, document.readyState]).then(([href, state]) => href === url && state === 'complete', () => false);
    const deadline = Date.now() + 30_000;
    for (let attempt = 1; Date.now() < deadline; attempt++) {
      await page.goto(this.launchpad?.url as string);
      void page.evaluate((to) => void location.assign(to), url).catch(() => undefined);
      if (await page.waitUntil(arrived, `${url} to load`, Math.min(3_000 * attempt, deadline - Date.now()), false)) return page;
    }
    throw new Error(`${url} did not open in ${this.name}`);
  }

  /**
   * The popup for the tab showing `page`, as `popup.html?tab=<id>` in a tab of its own. The popup
   * lists what the background holds for the tab, so it is opened once the page's content script
   * has reported (unless `reported` is false: a page not scanned).
   */
  async openPopupFor(page: TestPage, options: { reported?: boolean } = {}): Promise<TestPage> {
    if (options.reported !== false) await this.waitForReport(page);
    return this.openExtensionPage(`popup.html?tab=${await this.tabIdOf(page)}`);
  }

  /**
   * Runs `fn` in an extension page (its `chrome.*` APIs; Firefox's `chrome` namespace returns
   * promises too) with `arg`; its JSON-safe result. The page is the test copy's empty page, kept open.
   */
  async inExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    const alive = this.helper && (await this.helper.evaluate(() => location.protocol).catch(() => ''));
    if (!alive || !alive.endsWith('-extension:')) this.helper = await this.openExtensionPage(TEST_PAGE);
    return (this.helper as TestPage).evaluate(fn, arg);
  }

  /** Sends a request to the background as the extension's pages do (the raw message: its wire format). */
  request<T>(message: object): Promise<T> {
    return this.inExtension((m) => chrome.runtime.sendMessage(m) as Promise<T>, message);
  }

  /** The id of the tab showing `page`. */
  async tabIdOf(page: TestPage): Promise<number> {
    const url = await page.location();
    const ids = await this.inExtension(async (u) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1), url);
    if (ids.length === 1) return ids[0] as number;
    if (ids.length === 0) throw new Error(`No tab found for ${url}`);
    // Several tabs show that URL: tell this one by a title of its own for a moment.
    const original = await page.title();
    const token = `e2e-${Date.now()}-${Math.random()}`;
    await page.evaluate((t) => void (document.title = t), token);
    try {
      const id = await waitFor(
        () => this.inExtension(async (t) => (await chrome.tabs.query({})).find((tab) => tab.title === t)?.id ?? -1, token),
        (found) => found !== -1,
      );
      if (id === -1) throw new Error(`No tab found for ${url}`);
      return id;
    } finally {
      await page.evaluate((t) => void (document.title = t), original);
    }
  }

  /** The toolbar badge's text, for a tab or the default. */
  badgeText(tabId?: number): Promise<string> {
    return this.inExtension((id) => chrome.action.getBadgeText(id === null ? {} : { tabId: id }), tabId ?? null);
  }

  /** What the background holds for the tab showing `page` (what the popup lists). */
  async tabFindings(page: TestPage): Promise<TabFindings> {
    return this.request<TabFindings>({ type: 'get-tab-findings', tabId: await this.tabIdOf(page) });
  }

  /**
   * Waits until the content script of `page` has reported to the background (the last step of a
   * scan) and `done` holds for the report; returns it.
   */
  async waitForReport(page: TestPage, done: (findings: TabFindings) => boolean = () => true, timeoutMs = 15_000): Promise<TabFindings> {
    const tabId = await this.tabIdOf(page);
    const report = await waitFor(() => this.request<TabFindings>({ type: 'get-tab-findings', tabId }), (r) => r.scanned && done(r), timeoutMs);
    if (!report.scanned || !done(report)) throw new Error(`The tab ${await page.location()} never reported as expected: ${JSON.stringify(report).slice(0, 500)}`);
    return report;
  }

  /**
   * For a check that a page was *not* scanned: opens `url`, a page the extension does scan, in a
   * new tab, waits until its scan has settled and been reported, and closes it. A page loaded
   * before it has by then had at least as long to be scanned, and its content script less to do;
   * the check then looks for the content script's start mark, not only for highlights.
   */
  async scannedControl(url: string): Promise<void> {
    const control = await this.newPage(url);
    await control.waitForScan();
    await this.waitForReport(control);
    await control.close();
  }

  /** Runs `action`, which makes the extension open `path` in a new tab; returns that tab, loaded. */
  async opensTab(path: string, action: () => Promise<unknown>): Promise<TestPage> {
    const url = this.extensionUrl(path);
    if (this.kind === 'chromium') {
      const [raw] = await Promise.all([
        this.chromiumHandles.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(url) }),
        action(),
      ]);
      await raw.waitForLoadState('load');
      return new TestPage(this.kind, raw);
    }
    // Puppeteer reports a tab the extension opened as about:blank: ask each new tab where it is.
    const before = new Set(await this.firefoxBrowser.pages());
    await action();
    let found: PuppeteerPage | undefined;
    await waitFor(async () => {
      for (const candidate of await this.firefoxBrowser.pages()) {
        if (before.has(candidate)) continue;
        const at = await candidate.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']);
        if (at[0]?.startsWith(url) && at[1] === 'complete') found = candidate;
      }
      return found !== undefined;
    }, (ok) => ok, 15_000);
    if (!found) throw new Error(`The extension opened no tab at ${url}`);
    return new TestPage(this.kind, found);
  }

  /**
   * Reloads the extension as an update does: its pages close, the background starts again, and
   * open pages keep the old content script with a dead runtime (Chromium; the background puts the
   * new one in) or get the new one (Firefox). Resolves once the new background answers.
   */
  async reloadExtension(): Promise<void> {
    const restarted = this.kind === 'chromium' ? this.chromiumHandles.context.waitForEvent('serviceworker', { timeout: 30_000 }) : undefined;
    // Asked from an extension page: Chromium's first service worker may have been stopped while idle.
    await this.inExtension(() => void chrome.runtime.reload()).catch(() => undefined);
    await restarted;
    this.helper = undefined;
    const answered = await waitFor(
      () => this.request<{ version?: string }>({ type: 'get-list-info' }).then((info) => typeof info?.version === 'string', () => false),
      (ok) => ok,
      30_000,
    );
    if (!answered) throw new Error(`The extension did not come back after a reload in ${this.name}`);
  }

  async close(): Promise<void> {
    if (this.chromium) await this.chromium.close();
    if (this.firefox) await this.firefox.close();
    if (this.launchpad) {
      const { server } = this.launchpad;
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  }
}

/** A local page with nothing on it, from which Firefox tabs navigate to extension pages. */
async function startLaunchpad(): Promise<{ url: string; server: Server }> {
  const server = createServer((_, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html lang="en"><title>Test launchpad</title><p>Opening an extension page…</p></html>'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/launchpad.html`, server };
}

/** Launches the extension in `kind`'s browser (see `ExtensionBrowser`). */
export function launchExtension(kind: BrowserKind, options?: ExtensionLaunchOptions): Promise<ExtensionBrowser> {
  return ExtensionBrowser.launch(kind, options);
}

/**
 * Launch options for a test that serves feeds or an endpoint from a local https server
 * (`httpsTestServer`): a copy of the manifest lists https://127.0.0.1/* (a test cannot answer the
 * permission prompt), and the committed test certificate is accepted. `edit` changes the copy further.
 */
export function localHttps(options: ExtensionLaunchOptions = {}): ExtensionLaunchOptions {
  return {
    ...options,
    manifest: (manifest) => {
      manifest.host_permissions?.push('https://127.0.0.1/*');
      options.manifest?.(manifest);
    },
    acceptInsecureCerts: true,
  };
}
