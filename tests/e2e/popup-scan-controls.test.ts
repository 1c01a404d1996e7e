/**
 * "Scan this page" and "Always scan this site" clicked in the real popup (src/popup/ScanControls.tsx),
 * on a site WRO Check may read but does not scan by default: the test copy of the extension holds
 * the host permission for `UNSCANNED_TEST_HOST` (as if the user had granted it) and has no content
 * script there. A headless browser can neither click the toolbar icon nor answer a permission
 * prompt, so the popup is opened in a tab of its own for the page's tab, and its buttons get real
 * mouse clicks (a user gesture, which `permissions.request` requires).
 *
 * That a page was not scanned is judged once a page on a scanned site, opened after it, has been
 * scanned and reported (`ExtensionBrowser.scannedControl`), and by the content script's own start
 * mark, not after a fixed wait.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, type PageExpectation } from './fixture-expectations';
import { ui } from './harness/closed-roots';
import { CHROME_DIST } from './harness/chromium';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';
import { FIREFOX_DIST } from './harness/firefox';
import { button } from './harness/find';
import { includesAll } from './harness/highlights';
import { UNSCANNED_TEST_HOST, withUnscannedTestHost } from './harness/local-test-copy';
import { serveFixtures, type FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';
import { extensionMessage, recordStatusTexts, statusTexts } from './popup-helpers';

function expectationFor(page: string): PageExpectation {
  const found = PAGES.find((p) => p.page === page);
  if (!found) throw new Error(`fixture-expectations has no ${page}`);
  return found;
}

const PORTAL = expectationFor('portal-table.html');
const EXPECTED = [...PORTAL.highlighted].sort();

let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

/** The fixture page on the granted-but-unscanned host (same server, another origin). */
function unscannedUrl(path: string): string {
  const url = new URL(server.url(path));
  url.hostname = UNSCANNED_TEST_HOST;
  return url.href;
}

describe.each(BROWSERS)('in %s: popup scan controls', (_name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension(kind, { dist: withUnscannedTestHost(kind === 'chromium' ? CHROME_DIST : FIREFOX_DIST) });
  });

  afterAll(async () => {
    await ext?.close();
  });

  /** The page was given its chance and not scanned: nothing painted, and no copy of the content script started. */
  async function expectNotScanned(page: TestPage): Promise<void> {
    await ext.scannedControl(server.url(PORTAL.page));
    expect((await page.scanMarks()).started).toBe(0);
    expect(await page.painted()).toEqual([]);
  }

  /** Opens the portal page on the unscanned host and checks that nothing scanned it on its own. */
  async function openUnscannedPortal(): Promise<TestPage> {
    const page = await ext.newPage(unscannedUrl(PORTAL.page));
    await expectNotScanned(page);
    return page;
  }

  const summary = '.findings > p.summary[role="status"]';

  /** Opens the popup for `page`, checks it offers the scan buttons, and starts recording its statuses. */
  async function popupOfferingScan(page: TestPage): Promise<TestPage> {
    const popup = await ext.openPopupFor(page, { reported: false });
    expect(await popup.waitForText(summary, await extensionMessage(popup, 'notScanned'))).toBe(await extensionMessage(popup, 'notScanned'));
    expect(await popup.text('.scan-controls > p')).toBe(await extensionMessage(popup, 'siteNotScanned'));
    await recordStatusTexts(popup);
    return popup;
  }

  /** The page shows the listed names, each once, with one badge apiece. */
  async function expectPortalPainted(page: TestPage): Promise<void> {
    expect(await page.waitForPainted(includesAll(EXPECTED))).toEqual(EXPECTED);
    await page.waitForScan();
    expect(await page.painted()).toEqual(EXPECTED);
    expect(await page.count(ui('badge'))).toBe(EXPECTED.length);
  }

  /** The popup's summary counts the findings it lists, and those name what the page painted. */
  async function expectPopupFindings(popup: TestPage): Promise<string> {
    const counted = async () => (await popup.text(summary)) === (await extensionMessage(popup, 'findingsCount', [String(await popup.count('article'))]));
    await popup.waitUntil(counted, 'the summary to count the findings');
    expect(await popup.count('article')).toBeGreaterThan(0);
    // The words the page used are under each finding's details, as a buyer opening them sees.
    const closed = 'details.finding-more:not([open]) > summary';
    for (let i = await popup.count(closed); i > 0; i--) await popup.click(closed);
    expect(await popup.count(closed)).toBe(0);
    const findings = await popup.text('.findings');
    for (const name of EXPECTED) expect(findings).toContain(name);
    // Scanned: nothing left to offer.
    expect(await popup.count('.scan-controls')).toBe(0);
    return popup.text(summary);
  }

  /**
   * On an unscanned portal, opens the popup and clicks one of its scan buttons (a message key); the
   * page is then painted and the popup lists the findings. Returns the summary it showed.
   */
  async function scanFromPopup(key: string): Promise<{ page: TestPage; popup: TestPage; shownSummary: string }> {
    const page = await openUnscannedPortal();
    const popup = await popupOfferingScan(page);
    await popup.click(button(await extensionMessage(popup, key)));
    await expectPortalPainted(page);
    return { page, popup, shownSummary: await expectPopupFindings(popup) };
  }

  /** `later` was shown after `earlier` in the popup's live regions. */
  async function expectShownInOrder(popup: TestPage, earlier: string, later: string): Promise<void> {
    const shown = await statusTexts(popup);
    expect(shown).toContain(earlier);
    expect(shown).toContain(later);
    expect(shown.indexOf(earlier)).toBeLessThan(shown.indexOf(later));
  }

  it('"Scan this page" scans the page once: the names are painted, the popup says it is scanning then lists them, and a reload is not scanned', async () => {
    const { page, popup, shownSummary } = await scanFromPopup('scanThisPage');
    await expectShownInOrder(popup, await extensionMessage(popup, 'scanStarted'), shownSummary);

    // Once means once: the site was not added, so the reloaded page is left alone.
    await page.reload();
    await expectNotScanned(page);
    await popup.close();
    await page.close();
  });

  // The fixture server is a site on a port of its own, as an e-sourcing suite on :8443 is.
  it('"Always scan this site" scans the page now, and the site from then on: a reload and a new tab are painted with no click', async () => {
    const { page, popup, shownSummary } = await scanFromPopup('scanAlways');
    expect(await statusTexts(popup)).toContain(shownSummary);
    // The confirmation stays once the scan controls have gone.
    const origin = new URL(unscannedUrl(PORTAL.page)).origin;
    const notice = await extensionMessage(popup, 'scanAlwaysOn', [origin]);
    expect(await popup.texts('[role="status"]')).toContain(notice);

    await page.reload();
    await expectPortalPainted(page);
    const another = await ext.newPage(unscannedUrl(PORTAL.page));
    await expectPortalPainted(another);

    // Reopened for the reloaded page, the popup lists the findings and offers no scan buttons.
    const reopened = await ext.openPopupFor(page);
    await expectPopupFindings(reopened);
    await reopened.close();
    await another.close();
    await popup.close();
    await page.close();
  });
});
