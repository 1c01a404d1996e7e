/**
 * The in-page card as a buyer uses it (issue #18), in Chromium and Firefox ESR, on the demo page
 * at 1280×800: each card shows its heading, status line, the row it is named in (its bidder) and
 * first three actions with its buttons without scrolling; the legend of the finding styles opens
 * by keyboard; "Not this company" asks how far and why, and each scope does what it says (this
 * name on this site, this name on every site, just this page) without hiding the record's other
 * names (Maxter, Supermax's listed subsidiary, stays painted when Supermax is dismissed); every
 * dismissal is listed, searchable and undoable on the options page. In Firefox, which cannot tell
 * whether a page covered the card, the buyer confirms each dismissal in the popup (issue #17,
 * attack 3).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_ON_COPY, type AxeOnCopy, type ClosedRoot } from './harness/closed-roots';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';
import { button, labelled } from './harness/find';
import { includesAll } from './harness/highlights';
import { serveFixtures, type FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';

const SUPERMAX = 'Supermax Corporation Berhad';
const MAXTER = 'Maxter Glove Manufacturing Sdn. Bhd.';
const HOSHINE = 'Hoshine Silicon Industry Co., Ltd.';
const DEMO = [HOSHINE, MAXTER, SUPERMAX];
/** The row of the demo's bidders table each name is in, as the card words it: the bidder first. */
const CONTEXT: Record<string, string> = {
  [HOSHINE]: 'Where the page names it: Bidder: Solent Facilities Group · Product: Silicone sealant (industrial) · Unit price: £6.40',
  [SUPERMAX]: 'Where the page names it: Bidder: Northgate Medical Supplies Ltd · Product: Nitrile gloves, powder-free, box of 100 · Unit price: £3.10',
  [MAXTER]: 'Where the page names it: Bidder: Clearwater Hygiene Ltd · Product: Latex examination gloves · Unit price: £2.95',
};
/** Longer than a card must have been seen uncovered before a click on it counts (0.5 s). */
const READING_MS = 800;

/** One origin per scope test, so that one test's dismissals cannot reach another's pages. */
let servers: FixtureServer[];

beforeAll(async () => {
  servers = await Promise.all(Array.from({ length: 5 }, () => serveFixtures()));
});

afterAll(async () => {
  await Promise.all((servers ?? []).map((s) => s.close()));
});

interface CardView {
  heading: string;
  /** The row or card the page names it in, as the card shows it. */
  context: string | null;
  /** Each part's box, and whether it is inside the viewport and the card's visible body. */
  parts: Array<{ what: string; inView: boolean }>;
  scrolled: number;
}

/** Runs in the card's closed root: what shows without scrolling. */
const READ_CARD = `function () {
  const body = this.querySelector('.body').getBoundingClientRect();
  const inView = (el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
  };
  const inBody = (el) => { const r = el.getBoundingClientRect(); return inView(el) && r.top >= body.top - 1 && r.bottom <= body.bottom + 1; };
  const parts = [
    ...[...this.querySelectorAll('.body h2, .status-line, .context, .why, .actions li')].map((el) => ({ what: el.textContent.slice(0, 40), inView: inBody(el) })),
    ...[...this.querySelectorAll('.footer button:not([hidden])')].map((el) => ({ what: el.textContent, inView: inView(el) })),
  ];
  return { heading: this.querySelector('h2').textContent, context: this.querySelector('.context')?.textContent ?? null, parts, scrolled: this.querySelector('.body').scrollTop };
}`;

describe.each(BROWSERS)('in %s: the in-page card', (_name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension(kind);
  });

  afterAll(async () => {
    await ext?.close();
  });

  async function openDemo(server: FixtureServer, path = 'demo.html'): Promise<TestPage> {
    const page = await ext.newPage(server.url(path));
    if (kind === 'chromium') await page.playwright.setViewportSize({ width: 1280, height: 800 });
    else await page.puppeteer.setViewport({ width: 1280, height: 800 });
    await page.waitForPainted(includesAll(DEMO));
    await page.waitForScan();
    return page;
  }

  const cardRoot = async (page: TestPage): Promise<ClosedRoot | undefined> => (await page.closedRoots()).find((r) => r.host === 'WRO-CHECK-CARD');
  const focused = async (page: TestPage) => (await page.focusedInRoot())?.name ?? '';

  /** Focuses the badge beside `name` by keyboard from the page's start, and opens its card with Enter. */
  async function openCardByKeyboard(page: TestPage, name: string): Promise<ClosedRoot> {
    // From the page's heading (Firefox would go on from where focus last was).
    await page.evaluate(() => {
      const h1 = document.querySelector('h1') as HTMLElement;
      h1.tabIndex = -1;
      h1.focus();
    });
    const besideName = async () =>
      (await page.focusedRoot())?.host === 'WRO-CHECK-BADGE' &&
      (await page.evaluate((n) => (document.activeElement?.parentElement?.textContent ?? '').includes(n), name));
    for (let i = 0; i < 40 && !(await besideName()); i++) await page.press('Tab');
    expect(await besideName(), `a badge beside ${name}`).toBe(true);
    await page.press('Enter');
    const root = await waitFor(() => cardRoot(page), (r) => r !== undefined);
    expect(root, 'the card opened').toBeDefined();
    return root!;
  }

  async function tabTo(page: TestPage, name: string | RegExp, key = 'Tab'): Promise<void> {
    const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
    for (let i = 0; i < 40 && !matches(await focused(page)); i++) await page.press(key);
    expect(await focused(page)).toMatch(typeof name === 'string' ? new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : name);
  }

  it('shows each card\'s heading, status, the row it is named in with its bidder, why, first three actions and buttons at 1280×800 without scrolling', async () => {
    const page = await openDemo(servers[0]!);
    for (const name of DEMO) {
      await openCardByKeyboard(page, name);
      const view = await (await cardRoot(page))!.call<CardView>(READ_CARD);
      expect(view.parts.filter((p) => !p.inView), `${name}: ${JSON.stringify(view)}`).toEqual([]);
      expect(view.parts.filter((p) => /^(More|What the styles mean|Not this company|Close)/.test(p.what)).map((p) => p.what)).toEqual(['More', 'What the styles mean', 'Not this company', 'Close']);
      expect(view.context, name).toBe(CONTEXT[name]);
      expect(view.parts.length).toBeGreaterThanOrEqual(4 + 3 + 4);
      expect(view.scrolled).toBe(0);
      await page.press('Escape');
      await waitFor(() => cardRoot(page), (r) => r === undefined);
    }
    // The badges differ by mark as well as colour: "!" in force (Hoshine), "i" lifted or modified (Supermax, Maxter).
    const marks = await Promise.all((await page.closedRoots()).filter((r) => r.host === 'WRO-CHECK-BADGE').map((r) =>
      r.call<string>('function () { const b = this.querySelector("button"); return b.className + " " + getComputedStyle(b, "::before").content; }')));
    expect(marks.sort()).toEqual(['active "!"', 'lifted "i"', 'lifted "i"']);
    // Maxter's heading says what it is and through whom.
    await openCardByKeyboard(page, MAXTER);
    expect((await (await cardRoot(page))!.call<CardView>(READ_CARD)).heading).toBe(`${MAXTER} — subsidiary named in the WRO on Supermax Corporation Bhd.`);
    await page.press('Escape');
    await page.close();
  });

  it('opens the legend of the four styles and "More" by keyboard, and passes axe-core with both open', async () => {
    const page = await openDemo(servers[0]!);
    const root = await openCardByKeyboard(page, HOSHINE);
    await tabTo(page, 'What the styles mean');
    await page.press('Enter');
    const legend = await waitFor(
      () => root.call<{ expanded: string | null; hidden: boolean; items: string[] }>(`function () {
        const b = [...this.querySelectorAll('button')].find((x) => x.textContent.startsWith('What the styles mean'));
        const panel = this.getElementById(b.getAttribute('aria-controls'));
        return { expanded: b.getAttribute('aria-expanded'), hidden: panel.hidden, items: [...panel.querySelectorAll('li strong')].map((s) => s.textContent) };
      }`),
      (l) => l.expanded === 'true',
    );
    expect(legend).toEqual({ expanded: 'true', hidden: false, items: ['In force', 'Status unknown', 'Modified or lifted', 'Possible match'] });
    await tabTo(page, 'More', 'Shift+Tab');
    await page.press('Enter');
    const text = await waitFor(() => root.call<string>(`function () { return this.querySelector('.more').hidden ? '' : this.querySelector('.more').innerText; }`), (t) => t !== '');
    for (const part of ['Products', 'How it matched', 'Sources', 'A match is a prompt for due diligence']) expect(text).toContain(part);
    // The buttons stay in view however much the card holds.
    expect((await root.call<CardView>(READ_CARD)).parts.filter((p) => /^(More|What|Not|Close)/.test(p.what) && !p.inView)).toEqual([]);
    await page.addAxe();
    const axe = await root.call<AxeOnCopy>(AXE_ON_COPY);
    expect(axe.violations).toEqual([]);
    expect(axe.passes).toEqual(expect.arrayContaining(['aria-dialog-name', 'color-contrast']));
    await page.press('Escape');
    await page.close();
  });

  it('the popup\'s legend opens by keyboard and shows the same four styles', async () => {
    const page = await openDemo(servers[0]!);
    const popup = await ext.openPopupFor(page);
    await popup.focus(button('What the styles mean'));
    await popup.press('Enter');
    const legend = await waitFor(
      () => popup.evaluate(() => {
        const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'What the styles mean') as HTMLButtonElement;
        const panel = document.getElementById(b.getAttribute('aria-controls') ?? '') as HTMLElement;
        return { expanded: b.getAttribute('aria-expanded'), hidden: panel.hidden, items: [...panel.querySelectorAll('li strong')].map((s) => s.textContent) };
      }),
      (l) => l.expanded === 'true',
    );
    expect(legend).toEqual({ expanded: 'true', hidden: false, items: ['In force', 'Status unknown', 'Modified or lifted', 'Possible match'] });
    expect(await popup.axe()).toEqual([]);
    await popup.close();
    await page.close();
  });

  /** Dismissals the card recorded itself, with no confirmation in the popup. */
  let recordedInPage = 0;

  /**
   * "Not this company" on `name`'s card by keyboard: the scope chosen with the arrow keys from the
   * first ("on this site"), the confirmation after the card has been read; confirmed in the popup
   * where the card asks for it (always in Firefox).
   */
  async function dismiss(page: TestPage, name: string, arrowsDown: number): Promise<void> {
    const root = await openCardByKeyboard(page, name);
    await tabTo(page, 'Not this company');
    await page.press('Enter');
    await tabTo(page, 'Confirm “Not this company”');
    const choices = await root.call<{ legend: string; scopes: string[]; reasons: string[] }>(`function () {
      return {
        legend: this.querySelector('.dismiss legend').textContent,
        scopes: [...this.querySelectorAll('.dismiss label:has(input[type=radio])')].map((l) => l.textContent.trim()),
        reasons: [...this.querySelectorAll('.dismiss option')].map((o) => o.textContent),
      };
    }`);
    expect(choices.legend).toBe(`Stop highlighting “${name}”`);
    expect(choices.scopes).toEqual(['on this site', 'on every site', 'on this page only']);
    expect(choices.reasons).toHaveLength(4);
    if (arrowsDown > 0) {
      for (let i = 0; i < 10 && (await page.focusedInRoot())?.tag !== 'input'; i++) await page.press('Shift+Tab');
      for (let i = 0; i < arrowsDown; i++) await page.press('ArrowDown');
      await tabTo(page, 'Confirm “Not this company”');
    }
    await new Promise((done) => setTimeout(done, READING_MS));
    await page.press('Enter');
    // Chromium records a click on a card it saw uncovered for long enough, and the card closes.
    // Firefox has no IntersectionObserver v2 to tell whether a page covered the card, and Chromium on
    // a machine too busy to report the card visible in time is as unsure: the card asks the buyer to
    // confirm in the popup, which no page can cover.
    const outcome = await waitFor(async () => {
      const open = await cardRoot(page);
      return open === undefined ? 'closed' : open.call<string>(`function () { return this.querySelector('[role=status]').textContent; }`);
    }, (s) => s !== '');
    if (kind === 'firefox') expect(outcome).not.toBe('closed');
    if (outcome === 'closed') recordedInPage++;
    else {
      const popup = await ext.openPopupFor(page);
      // The popup says how far it would reach before the buyer confirms it.
      const reach = ['on http://', 'on every site', 'on the page http://'][arrowsDown]!;
      expect(await popup.waitForText('.pending-dismissals li', (text) => text.includes(reach))).toContain(`(matched “${name}”) ${reach}`);
      expect(await popup.axe()).toEqual([]);
      await popup.click(button('Confirm “not this company” for Supermax Corporation Bhd.'));
      await popup.waitForText('.pending-dismissals [role=status]', 'Recorded: Not this company');
      await popup.close();
    }
  }

  const painted = async (page: TestPage): Promise<string[]> => {
    await page.waitForScan();
    return page.painted();
  };

  it('"This name on this site" hides Supermax on the site only, and keeps its subsidiary Maxter painted', async () => {
    const site = servers[1]!;
    const page = await openDemo(site);
    await dismiss(page, SUPERMAX, 0);
    expect(await page.waitForPainted((t) => !t.includes(SUPERMAX))).toEqual([HOSHINE, MAXTER]);
    // Another page of the site: hidden too. Another site: painted.
    const other = await openDemoWithout(site, 'demo.html?lot=3', SUPERMAX);
    expect(await painted(other)).toEqual([HOSHINE, MAXTER]);
    const elsewhere = await openDemo(servers[2]!);
    expect(await painted(elsewhere)).toEqual(DEMO);
    for (const p of [page, other, elsewhere]) await p.close();
  });

  it('"Just this page" hides the name on its page only', async () => {
    const site = servers[3]!;
    const page = await openDemo(site, 'demo.html?lot=2');
    await dismiss(page, SUPERMAX, 2);
    expect(await page.waitForPainted((t) => !t.includes(SUPERMAX))).toEqual([HOSHINE, MAXTER]);
    const samePage = await openDemoWithout(site, 'demo.html?lot=2#responses', SUPERMAX);
    expect(await painted(samePage)).toEqual([HOSHINE, MAXTER]);
    const otherPage = await openDemo(site, 'demo.html?lot=3');
    expect(await painted(otherPage)).toEqual(DEMO);
    for (const p of [page, samePage, otherPage]) await p.close();
  });

  it('"This name on every site" hides it on other sites too; the options page lists it, finds it, and undoes it', async () => {
    const page = await openDemo(servers[4]!);
    await dismiss(page, SUPERMAX, 1);
    expect(await page.waitForPainted((t) => !t.includes(SUPERMAX))).toEqual([HOSHINE, MAXTER]);
    const elsewhere = await openDemoWithout(servers[2]!, 'demo.html?lot=4', SUPERMAX);
    expect(await painted(elsewhere)).toEqual([HOSHINE, MAXTER]);

    const options = await ext.openExtensionPage('options.html');
    const table = '.dismissals-table';
    await options.waitForText(table, SUPERMAX);
    const row = await options.text({ css: 'tr', hasText: 'on every site' });
    expect(row).toContain(SUPERMAX);
    expect(row).toContain('Supermax Corporation Bhd.');
    expect(row).toContain('A different company with a similar name');
    // Searchable: a word of the name finds it, another name does not.
    await options.fill(labelled('Search names, companies, sites and reasons'), 'hoshine');
    await options.waitForText('.dismissals [role=status]', /^0 of \d+ shown$/);
    await options.fill(labelled('Search names, companies, sites and reasons'), 'every site');
    await options.waitForText('.dismissals [role=status]', /^1 of \d+ shown$/);
    expect(await options.axe()).toEqual([]);
    await options.click(button(`Undo “not this company” for ${SUPERMAX}`));
    await options.waitForText('.dismissals [role=status]', `Undone: ${SUPERMAX} is highlighted on that site again.`);
    // Undone, it is painted again everywhere.
    expect(await elsewhere.waitForPainted(includesAll([SUPERMAX]))).toEqual(DEMO);
    expect(await page.waitForPainted(includesAll([SUPERMAX]))).toEqual(DEMO);
    for (const p of [page, elsewhere, options]) await p.close();
  });

  it('recorded a seen confirming click in the page itself where the browser reports occlusion (Chromium), never elsewhere', () => {
    // Of the three dismissals above; Chromium falls back to the popup only when too busy to report the card seen in time.
    if (kind === 'chromium') expect(recordedInPage).toBeGreaterThan(0);
    else expect(recordedInPage).toBe(0);
  });

  /** Opens a demo page where `hidden` must not be painted: waits for the others and the scan's end. */
  async function openDemoWithout(server: FixtureServer, path: string, hidden: string): Promise<TestPage> {
    const page = await ext.newPage(server.url(path));
    await page.waitForPainted(includesAll(DEMO.filter((n) => n !== hidden)));
    await page.waitForScan();
    return page;
  }
});
