/**
 * One tab, in either browser, as the tests use it: a fixture page or one of the extension's pages.
 * Each method does the same thing in Chromium (Playwright) and Firefox (Puppeteer over WebDriver
 * BiDi). Clicks, typing and key presses are the driver's real input events; elements are found in
 * the page (`find.ts`), the way a user names them. `raw` is the driver's own page, for what only
 * one browser offers.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
import {
  activeElementName, chromiumClosedRoots, chromiumFocusedRoot, firefoxClosedRoots, firefoxFocusedRoot, type ClosedRoot,
} from './closed-roots';
import { bidiOf } from './firefox';
import { describeTarget, markMatch, MARK, toPageQuery, type Target } from './find';
import { paintedTexts } from './highlights';
import { readScanMarks, settledSince, type ScanMarks } from './scan';
import { waitFor } from './wait';

export type BrowserKind = 'chromium' | 'firefox';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** A file for a file input: a path, or a name and its bytes. */
export type UploadFile = string | { name: string; mimeType?: string; buffer: Buffer };

/** A file the page offered for download (an export), as the page handed it to the browser. */
export interface OfferedFile {
  fileName: string;
  text: string;
}

let marks = 0;

/** Per browser, the tab last brought (or opened) in front. */
const front = new WeakMap<object, TestPage>();

/** Function arguments cross into the page as JSON in both drivers. */
type PageFunction<A, T> = (arg: A) => T | Promise<T>;

/** The files written for Firefox's file inputs in this test process, removed when its file ends. */
const uploads: string[] = [];

/** Removes the files written for file inputs (`upload`): the page has read them by the time its file ends. */
export function removeUploads(): void {
  for (const dir of uploads.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export class TestPage {
  /** Uncaught errors of the page's own scripts (and, when asked, errors it logged). */
  readonly errors: string[] = [];

  constructor(
    readonly kind: BrowserKind,
    readonly raw: PlaywrightPage | PuppeteerPage,
    options: { consoleErrors?: boolean } = {},
  ) {
    // A new tab opens in front.
    front.set(this.browserKey(), this);
    if (kind === 'chromium') {
      const page = raw as PlaywrightPage;
      page.on('pageerror', (e) => this.errors.push(e.message));
      if (options.consoleErrors) {
        page.on('console', (m) => {
          if (m.type() === 'error' && !m.text().includes('favicon') && !m.text().includes('404')) this.errors.push(m.text());
        });
      }
    } else {
      const page = raw as PuppeteerPage;
      page.on('pageerror', (e) => this.errors.push(String(e)));
      if (options.consoleErrors) {
        page.on('console', (m) => {
          if (m.type() === 'error' && !m.text().includes('favicon') && !m.text().includes('404')) this.errors.push(m.text());
        });
      }
    }
  }

  /** The Playwright page (Chromium only). */
  get playwright(): PlaywrightPage {
    if (this.kind !== 'chromium') throw new Error('Playwright drives Chromium only');
    return this.raw as PlaywrightPage;
  }

  /** The Puppeteer page (Firefox only). */
  get puppeteer(): PuppeteerPage {
    if (this.kind !== 'firefox') throw new Error('Puppeteer drives Firefox only here');
    return this.raw as PuppeteerPage;
  }

  // Navigation ---------------------------------------------------------------------------------

  async goto(url: string): Promise<void> {
    await this.raw.goto(url);
  }

  /**
   * Where the tab is now. Read from the page: Puppeteer does not follow a Firefox tab that a page
   * (or the extension) navigated to a moz-extension: URL.
   */
  location(): Promise<string> {
    return this.evaluate(() => location.href);
  }

  title(): Promise<string> {
    return this.evaluate(() => document.title);
  }

  /** Reloads the tab and waits for the new document to be complete. */
  async reload(): Promise<void> {
    if (this.kind === 'chromium') {
      await this.playwright.reload();
      return;
    }
    // Puppeteer waits for a navigation event it does not get for extension pages: mark the old
    // document and wait for a complete one without the mark.
    await this.evaluate(() => void ((window as unknown as { __e2eOld: boolean }).__e2eOld = true));
    void this.evaluate(() => location.reload()).catch(() => undefined);
    await this.waitUntil(
      () => this.evaluate(() => !(window as unknown as { __e2eOld?: boolean }).__e2eOld && document.readyState === 'complete').catch(() => false),
      'the reloaded page',
    );
  }

  /** The browser's Back. */
  async back(): Promise<void> {
    if (this.kind === 'chromium') {
      await this.playwright.goBack();
      return;
    }
    // Puppeteer's goBack waits for a navigation Firefox does not report for a same-document (pushState) entry.
    const bidi = bidiOf(this.puppeteer);
    await bidi.send('browsingContext.traverseHistory', { context: bidi.context, delta: -1 });
  }

  async close(): Promise<void> {
    await this.raw.close();
  }

  // Running code in the page -------------------------------------------------------------------

  /** Runs `fn` in the page (its main world) with `arg` (JSON-safe); its JSON-safe result. */
  evaluate<T, A = undefined>(fn: PageFunction<A, T>, arg?: A): Promise<T> {
    if (this.kind === 'chromium') return this.playwright.evaluate(fn as never, arg as never) as Promise<T>;
    return this.puppeteer.evaluate(fn as never, arg as never) as Promise<T>;
  }

  /** Frames of the page (either driver's frames can evaluate and tell their URL). */
  frames(): Array<{ url(): string; evaluate<T>(fn: () => T): Promise<T> }> {
    return (this.raw as unknown as { frames(): Array<{ url(): string; evaluate<T>(fn: () => T): Promise<T> }> }).frames();
  }

  // What the extension shows in the page --------------------------------------------------------

  /** Distinct painted texts over every frame. */
  painted(): Promise<string[]> {
    return paintedTexts(this.raw as never);
  }

  /** Waits until the painted texts satisfy `done`; returns the last read. */
  waitForPainted(done: (texts: string[]) => boolean, timeoutMs?: number): Promise<string[]> {
    return waitFor(() => this.painted(), done, timeoutMs);
  }

  /** The content script's marks in the main frame (`scan.ts`). */
  scanMarks(): Promise<ScanMarks> {
    return this.evaluate(readScanMarks);
  }

  /** The page's clock, to pass to `waitForScan` before an action. */
  now(): Promise<number> {
    return this.evaluate(() => performance.now());
  }

  /**
   * Waits until a scan of the main frame has settled (its highlights and badges on the page) after
   * page time `after` (default: any), by the content script's own mark. Throws if none does.
   */
  async waitForScan(options: { after?: number; timeoutMs?: number } = {}): Promise<ScanMarks> {
    const found = await waitFor(() => this.scanMarks().catch(() => null), (m) => m !== null && settledSince(m, options.after), options.timeoutMs ?? 15_000);
    if (!found || !settledSince(found, options.after)) {
      throw new Error(`No scan settled${options.after === undefined ? '' : ` after ${Math.round(options.after)} ms`} on ${await this.location().catch(() => '?')}: ${JSON.stringify(found)}`);
    }
    return found;
  }

  /** Waits until the browser has run `count` animation frames: it has rendered (painted) since. */
  async rendered(count = 10): Promise<void> {
    await this.toFront();
    await this.evaluate((n) => new Promise<void>((done) => {
      let left = n;
      const next = () => (--left <= 0 ? done() : requestAnimationFrame(next));
      requestAnimationFrame(next);
    }), count);
  }

  /** The extension's closed shadow roots in the main frame (badges, cards, summary, layer). */
  closedRoots(): Promise<ClosedRoot[]> {
    return this.kind === 'chromium' ? chromiumClosedRoots(this.playwright) : firefoxClosedRoots(this.puppeteer);
  }

  /** The closed root whose host has focus, if any. */
  focusedRoot(): Promise<ClosedRoot | undefined> {
    return this.kind === 'chromium' ? chromiumFocusedRoot(this.playwright) : firefoxFocusedRoot(this.puppeteer);
  }

  /**
   * The focused control inside the extension's focused closed root: its role and name as its
   * markup gives them (aria-label, else its text), and its tag.
   */
  async focusedInRoot(): Promise<{ host: string; tag: string; role: string; name: string } | undefined> {
    const root = await this.focusedRoot();
    if (!root) return undefined;
    const inner = await root.call<{ tag: string; role: string; name: string } | null>(`function () {
      const el = this.activeElement;
      if (!el) return null;
      const role = el.getAttribute('role') ?? (el.localName === 'button' ? 'button' : el.localName === 'a' ? 'link' : /^h[1-6]$/.test(el.localName) ? 'heading' : '');
      const labelledBy = el.getAttribute('aria-labelledby');
      const byId = labelledBy ? labelledBy.split(' ').map((id) => this.getElementById(id)?.textContent ?? '').join(' ') : null;
      return { tag: el.localName, role, name: (el.getAttribute('aria-label') ?? byId ?? el.textContent ?? '').replace(/\\s+/g, ' ').trim() };
    }`);
    return inner ? { host: root.host, ...inner } : undefined;
  }

  // Finding and reading elements ----------------------------------------------------------------

  /**
   * Waits for the element `target` names and marks it; returns a CSS selector for it. A CSS
   * string is returned as it is once something matches it.
   */
  async locate(target: Target, timeoutMs = 15_000): Promise<string> {
    if (typeof target === 'string') {
      await this.waitUntil(() => this.evaluate((css) => document.querySelector(css) !== null, target).catch(() => false), target, timeoutMs);
      return target;
    }
    const id = `m${++marks}`;
    const query = toPageQuery(target);
    await this.waitUntil(() => this.evaluate(markMatch, [query, id] as [typeof query, string]).catch(() => false), describeTarget(target), timeoutMs);
    return `[${MARK}="${id}"]`;
  }

  /** Whether `target` is on the page now (no waiting). */
  async has(target: Target): Promise<boolean> {
    const id = `m${++marks}`;
    return this.evaluate(markMatch, [toPageQuery(target), id] as [ReturnType<typeof toPageQuery>, string]);
  }

  /** Waits for `target`; returns its text as shown (innerText). */
  async text(target: Target, timeoutMs?: number): Promise<string> {
    const css = await this.locate(target, timeoutMs);
    return this.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '', css);
  }

  /** The text of every element matching `css` (no waiting). */
  texts(css: string): Promise<string[]> {
    return this.evaluate((s) => [...document.querySelectorAll(s)].map((e) => (e as HTMLElement).innerText), css);
  }

  /** How many elements match `css` now (inside the element `within` names, if given). */
  async count(css: string, within?: Target): Promise<number> {
    const scope = within === undefined ? null : await this.locate(within);
    return this.evaluate(([s, w]) => (w === null ? document : document.querySelector(w))?.querySelectorAll(s).length ?? 0, [css, scope] as [string, string | null]);
  }

  /** Waits until `target` exists and its text satisfies `done` (string: contains; RegExp: matches); returns it. */
  async waitForText(target: Target, done: string | RegExp | ((text: string) => boolean), timeoutMs = 15_000): Promise<string> {
    const test = typeof done === 'function' ? done : typeof done === 'string' ? (t: string) => t.includes(done) : (t: string) => done.test(t);
    let last = '';
    const ok = await this.waitUntil(async () => {
      last = await this.text(target, 1).catch(() => '');
      return test(last);
    }, `${describeTarget(target)} to show ${String(done)}`, timeoutMs, false);
    if (!ok) throw new Error(`${describeTarget(target)} never showed ${String(done)}; last: ${JSON.stringify(last)}`);
    return last;
  }

  /** Waits until `css` matches `n` elements. */
  async waitForCount(css: string, n: number | ((count: number) => boolean), timeoutMs = 15_000): Promise<number> {
    const done = typeof n === 'number' ? (c: number) => c === n : n;
    return waitFor(() => this.count(css).catch(() => -1), done, timeoutMs);
  }

  /** A form control's value. */
  async value(target: Target): Promise<string> {
    const css = await this.locate(target);
    return this.evaluate((s) => (document.querySelector(s) as HTMLInputElement).value, css);
  }

  async isDisabled(target: Target): Promise<boolean> {
    const css = await this.locate(target);
    return this.evaluate((s) => (document.querySelector(s) as HTMLButtonElement).disabled, css);
  }

  /** The focused element of the document: its tag (lower case), id and text. */
  focused(): Promise<{ tag: string; id: string; text: string }> {
    return this.evaluate(() => {
      const el = document.activeElement;
      return { tag: el?.localName ?? '', id: el?.id ?? '', text: el?.textContent ?? '' };
    });
  }

  /** The focused element's tag, or for the extension's UI its kind (`wro-check-badge`, `wro-check-card`, …). */
  activeTag(): Promise<string | undefined> {
    return this.evaluate(activeElementName);
  }

  // Acting as a user ----------------------------------------------------------------------------

  /**
   * Makes this the browser's active tab, unless it is already shown. A user acts on the tab in
   * front; a tab behind others gets no animation frames and slowed timers, which the drivers'
   * clicks wait on (Playwright's stability check, Puppeteer's visibility check).
   */
  async toFront(): Promise<void> {
    if (front.get(this.browserKey()) === this) return;
    await this.raw.bringToFront();
    front.set(this.browserKey(), this);
  }

  /** The browser this tab belongs to (the key of `front`). */
  private browserKey(): object {
    return this.kind === 'chromium' ? this.playwright.context() : this.puppeteer.browser();
  }

  /**
   * A real mouse click on `target`, once it is there and enabled (Puppeteer would click a disabled
   * button, to no effect; Playwright waits for it, backing off by half seconds).
   */
  async click(target: Target): Promise<void> {
    const css = await this.locate(target);
    await this.waitUntil(() => this.evaluate((s) => !(document.querySelector(s) as HTMLButtonElement | null)?.disabled, css), `${describeTarget(target)} to be enabled`);
    await this.toFront();
    if (this.kind === 'chromium') await this.playwright.click(css);
    else await this.puppeteer.click(css);
  }

  /** Focuses `target` as a script would (element.focus()). */
  async focus(target: Target): Promise<void> {
    const css = await this.locate(target);
    await this.toFront();
    await this.evaluate((s) => (document.querySelector(s) as HTMLElement).focus(), css);
  }

  /** Presses a key (`Tab`, `Enter`, `ArrowDown`, `Shift+Tab`, …) on whatever has focus. */
  async press(key: string): Promise<void> {
    await this.toFront();
    if (this.kind === 'chromium') {
      await this.playwright.keyboard.press(key);
      return;
    }
    const keys = key.split('+') as KeyInput[];
    const last = keys.pop() as KeyInput;
    for (const modifier of keys) await this.puppeteer.keyboard.down(modifier);
    await this.puppeteer.keyboard.press(last);
    for (const modifier of keys.reverse()) await this.puppeteer.keyboard.up(modifier);
  }

  /** Types `text` key by key into whatever has focus. */
  async type(text: string): Promise<void> {
    await this.toFront();
    if (this.kind === 'chromium') await this.playwright.keyboard.type(text);
    else await this.puppeteer.keyboard.type(text);
  }

  /** Replaces a field's text with `value`, as pasting it would (one input event). */
  async fill(target: Target, value: string): Promise<void> {
    const css = await this.locate(target);
    await this.toFront();
    if (this.kind === 'chromium') await this.playwright.fill(css, value);
    else await this.puppeteer.locator(css).fill(value);
  }

  /** Chooses an option of a select by its label or value (as the user's choice: input and change events). */
  async select(target: Target, option: { label: string } | { value: string }): Promise<void> {
    const css = await this.locate(target);
    await this.toFront();
    if (this.kind === 'chromium') {
      await this.playwright.selectOption(css, option);
      return;
    }
    const value = 'value' in option
      ? option.value
      : await this.evaluate(([s, label]) => [...(document.querySelector(s) as HTMLSelectElement).options].find((o) => o.label === label)?.value ?? null, [css, option.label] as [string, string]);
    if (value === null) throw new Error(`${css} has no option labelled ${JSON.stringify(option)}`);
    await this.puppeteer.select(css, value);
  }

  /** Checks (or unchecks) a checkbox or radio button by clicking it if it is not already so. */
  async check(target: Target, checked = true): Promise<void> {
    const css = await this.locate(target);
    if ((await this.evaluate((s) => (document.querySelector(s) as HTMLInputElement).checked, css)) !== checked) await this.click(css);
  }

  /** Scrolls with the mouse wheel over the middle of the window. */
  async wheel(deltaY: number): Promise<void> {
    await this.toFront();
    if (this.kind === 'chromium') {
      await this.playwright.mouse.wheel(0, deltaY);
      return;
    }
    const { width, height } = await this.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    await this.puppeteer.mouse.move(width / 2, height / 2);
    await this.puppeteer.mouse.wheel({ deltaY });
  }

  /** Chooses files in a file input, as the file picker would. */
  async upload(target: Target, ...files: UploadFile[]): Promise<void> {
    const css = await this.locate(target);
    if (this.kind === 'chromium') {
      await this.playwright.setInputFiles(css, files.map((f) => (typeof f === 'string' ? f : { name: f.name, mimeType: f.mimeType ?? 'application/octet-stream', buffer: f.buffer })) as never);
      return;
    }
    // WebDriver BiDi sets files by path: write buffers to files of the same name.
    const paths = files.map((f) => {
      if (typeof f === 'string') return f;
      const dir = mkdtempSync(join(tmpdir(), 'wro-upload-'));
      uploads.push(dir);
      const path = join(dir, f.name);
      writeFileSync(path, f.buffer);
      return path;
    });
    const input = await this.puppeteer.$(css);
    if (!input) throw new Error(`No file input ${css}`);
    await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(...paths);
  }

  // Checks ----------------------------------------------------------------------------------------

  /** Puts axe-core in the page (evaluated through the driver: extension pages forbid inline scripts). */
  async addAxe(): Promise<void> {
    if (this.kind === 'chromium') await this.playwright.evaluate(axeSource);
    else await this.puppeteer.evaluate(axeSource);
  }

  /**
   * Runs axe-core (WCAG 2.0–2.2 A and AA rules, and best practices) on the page; its violations.
   * An empty answer must mean "checked and clean": it throws if the rules every page is checked
   * against did not run.
   */
  async axe(): Promise<AxeViolation[]> {
    await this.addAxe();
    const result = await this.evaluate(async () => {
      type Rule = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> };
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
      const run = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      const violations = run.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
      return { violations, passed: run.passes.map((p) => p.id) };
    });
    for (const rule of ['color-contrast', 'html-has-lang', 'landmark-one-main']) {
      if (!result.passed.includes(rule) && !result.violations.some((v) => v.id === rule)) throw new Error(`axe-core did not check ${rule}`);
    }
    return result.violations;
  }

  /**
   * From now on, keeps each file the page offers for download (an <a download> with a blob: URL,
   * clicked) instead of letting the browser save it: its name and text, as the page gave them.
   * The same in both browsers, with no download folder to watch.
   */
  async keepDownloads(): Promise<void> {
    await this.evaluate(() => {
      const w = window as unknown as { __e2eFiles?: Array<Promise<{ fileName: string; text: string }>> };
      if (w.__e2eFiles) return;
      const files: Array<Promise<{ fileName: string; text: string }>> = [];
      w.__e2eFiles = files;
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download && this.href.startsWith('blob:')) {
          const fileName = this.download;
          // Decoded keeping a byte-order mark, which Response.text() would drop.
          const text = fetch(this.href).then((r) => r.arrayBuffer()).then((b) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b));
          files.push(text.then((t) => ({ fileName, text: t })));
          return;
        }
        click.call(this);
      };
    });
  }

  /** Runs `action` and returns the file the page offered because of it (`keepDownloads` first). */
  async offeredFile(action: () => Promise<unknown>): Promise<OfferedFile> {
    await this.keepDownloads();
    const count = () => this.evaluate(() => (window as unknown as { __e2eFiles: unknown[] }).__e2eFiles.length);
    const before = await count();
    await action();
    await this.waitUntil(async () => (await count()) > before, 'a file offered for download');
    return this.evaluate((i) => (window as unknown as { __e2eFiles: Array<Promise<OfferedFile>> }).__e2eFiles[i] as Promise<OfferedFile>, before);
  }

  /**
   * Shows the page as it prints (`on`) or as on screen again. Chromium emulates the print medium.
   * WebDriver BiDi has no media emulation in Firefox 153, so there the page's style sheets are
   * switched in place: rules for print apply and rules for screen do not (what a script asks of
   * `matchMedia` is not emulated).
   */
  async printMedia(on: boolean): Promise<void> {
    if (this.kind === 'chromium') {
      await this.playwright.emulateMedia({ media: on ? 'print' : 'screen' });
      return;
    }
    await this.evaluate((print) => {
      const w = window as unknown as { __e2eMedia?: Array<[MediaList, string]> };
      if (!print) {
        for (const [list, text] of w.__e2eMedia ?? []) list.mediaText = text;
        w.__e2eMedia = undefined;
        return;
      }
      const changed: Array<[MediaList, string]> = (w.__e2eMedia ??= []);
      const flip = (list: MediaList) => {
        const text = list.mediaText;
        const media = text.toLowerCase();
        if (/\bprint\b/.test(media) && !/\bscreen\b/.test(media)) list.mediaText = text.replace(/\bprint\b/gi, 'all');
        else if (/\bscreen\b/.test(media) && !/\bprint\b/.test(media)) list.mediaText = 'not all';
        else return;
        changed.push([list, text]);
      };
      const walk = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSMediaRule) {
            flip(rule.media);
            walk(rule.cssRules);
          }
        }
      };
      for (const sheet of document.styleSheets) {
        flip(sheet.media);
        walk(sheet.cssRules);
      }
    }, on);
  }

  // Waiting ---------------------------------------------------------------------------------------

  /** Polls `check` until it is true; throws (or returns false, if `raise` is false) at the deadline. */
  async waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 15_000, raise = true): Promise<boolean> {
    const started = Date.now();
    const ok = await waitFor(check, (v) => v, timeoutMs);
    // WRO_E2E_DEBUG=1 names the slow waits.
    if (process.env.WRO_E2E_DEBUG && Date.now() - started > 1000) console.log(`[${this.kind}] ${Date.now() - started} ms waiting for ${what}`);
    if (!ok && raise) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} in ${this.kind}`);
    return ok;
  }
}

// WRO_E2E_DEBUG=1: every page action that takes over a second is named with its time.
if (process.env.WRO_E2E_DEBUG) {
  const proto = TestPage.prototype as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(TestPage.prototype)) {
    const original = Object.getOwnPropertyDescriptor(proto, name)?.value as unknown;
    if (name === 'constructor' || typeof original !== 'function') continue;
    proto[name] = async function (this: TestPage, ...args: unknown[]) {
      const started = Date.now();
      try {
        return await (original as (...a: unknown[]) => Promise<unknown>).apply(this, args);
      } finally {
        const took = Date.now() - started;
        if (took > 1000) console.log(`[${this.kind}] ${took} ms in ${name}(${args.map((a) => (typeof a === 'function' ? 'fn' : JSON.stringify(a)?.slice(0, 120))).join(', ')})`);
      }
    };
  }
}
