/**
 * "Scan this page" and "Always scan this site" clicked in the real popup (src/popup/ScanControls.tsx),
 * on a site WRO Check may read but does not scan by default: the test copy of the extension holds
 * the host permission for `UNSCANNED_TEST_HOST` (as if the user had granted it) and has no content
 * script there. Headless Chromium can neither click the toolbar icon nor answer a permission
 * prompt, so the popup is opened in a tab of its own for the page's tab, and its buttons get real
 * mouse clicks (a user gesture, which `permissions.request` requires).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, type PageExpectation } from './fixture-expectations';
import { CHROME_DIST, launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { includesAll, paintedTexts } from './harness/highlights';
import { UNSCANNED_TEST_HOST, withUnscannedTestHost } from './harness/local-test-copy';
import { serveFixtures, type FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';
import { extensionMessage, POLL, recordStatusTexts, statusTexts } from './popup-helpers';

function expectationFor(page: string): PageExpectation {
  const found = PAGES.find((p) => p.page === page);
  if (!found) throw new Error(`fixture-expectations has no ${page}`);
  return found;
}

const PORTAL = expectationFor('portal-table.html');
const EXPECTED = [...PORTAL.highlighted].sort();
/** Long enough for a content script at `document_idle` to have painted, had it run. */
const SETTLE_MS = 1000;

let server: FixtureServer;
let ext: ChromiumWithExtension;

beforeAll(async () => {
  server = await serveFixtures();
  ext = await launchChromium({ dist: withUnscannedTestHost(CHROME_DIST) });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The fixture page on the granted-but-unscanned host (same server, another origin). */
function unscannedUrl(path: string): string {
  const url = new URL(server.url(path));
  url.hostname = UNSCANNED_TEST_HOST;
  return url.href;
}

/** Opens the portal page on the unscanned host and checks that nothing scanned it on its own. */
async function openUnscannedPortal(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(unscannedUrl(PORTAL.page));
  await page.waitForTimeout(SETTLE_MS);
  expect(await paintedTexts(page)).toEqual([]);
  return page;
}

const summary = (popup: Page) => popup.locator('.findings > p.summary[role="status"]');
const button = async (popup: Page, key: string) => popup.getByRole('button', { name: await extensionMessage(popup, key) });

/** Opens the popup for `page`, checks it offers the scan buttons, and starts recording its statuses. */
async function popupOfferingScan(page: Page): Promise<Page> {
  const popup = await ext.openPopupFor(page);
  await expect.poll(() => summary(popup).innerText(), POLL).toBe(await extensionMessage(popup, 'notScanned'));
  await popup.locator('.scan-controls').waitFor();
  expect(await popup.locator('.scan-controls > p').first().innerText()).toBe(await extensionMessage(popup, 'siteNotScanned'));
  await recordStatusTexts(popup);
  return popup;
}

/** The page shows the listed names, each once, with one badge apiece. */
async function expectPortalPainted(page: Page): Promise<void> {
  expect(await waitFor(() => paintedTexts(page), includesAll(EXPECTED))).toEqual(EXPECTED);
  expect(await page.locator('[data-wro-check-ui="badge"]').count()).toBe(EXPECTED.length);
}

/** The popup's summary counts the findings it lists, and those name what the page painted. */
async function expectPopupFindings(popup: Page): Promise<string> {
  const findingsCount = async () => extensionMessage(popup, 'findingsCount', [String(await popup.locator('article').count())]);
  await expect.poll(async () => (await summary(popup).innerText()) === (await findingsCount()), POLL).toBe(true);
  expect(await popup.locator('article').count()).toBeGreaterThan(0);
  const findings = await popup.locator('.findings').innerText();
  for (const name of EXPECTED) expect(findings).toContain(name);
  // Scanned: nothing left to offer.
  expect(await popup.locator('.scan-controls').count()).toBe(0);
  return summary(popup).innerText();
}

/**
 * On an unscanned portal, opens the popup and clicks one of its scan buttons (a message key); the
 * page is then painted and the popup lists the findings. Returns the summary it showed.
 */
async function scanFromPopup(key: string): Promise<{ page: Page; popup: Page; shownSummary: string }> {
  const page = await openUnscannedPortal();
  const popup = await popupOfferingScan(page);
  await (await button(popup, key)).click();
  await expectPortalPainted(page);
  return { page, popup, shownSummary: await expectPopupFindings(popup) };
}

/** `later` was shown after `earlier` in the popup's live regions. */
async function expectShownInOrder(popup: Page, earlier: string, later: string): Promise<void> {
  const shown = await statusTexts(popup);
  expect(shown).toContain(earlier);
  expect(shown).toContain(later);
  expect(shown.indexOf(earlier)).toBeLessThan(shown.indexOf(later));
}

describe('popup: "Scan this page"', () => {
  it('scans the page once: the names are painted, the popup says it is scanning then lists them, and a reload is not scanned', async () => {
    const { page, popup, shownSummary } = await scanFromPopup('scanThisPage');
    await expectShownInOrder(popup, await extensionMessage(popup, 'scanStarted'), shownSummary);

    // Once means once: the site was not added, so the reloaded page is left alone.
    await page.reload();
    await page.waitForTimeout(SETTLE_MS);
    expect(await paintedTexts(page)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('popup: "Always scan this site"', () => {
  it('scans the page now, and the site from then on: a reload and a new tab are painted with no click', async () => {
    const { page, popup, shownSummary } = await scanFromPopup('scanAlways');
    expect(await statusTexts(popup)).toContain(shownSummary);
    // The confirmation stays once the scan controls have gone.
    const origin = new URL(unscannedUrl(PORTAL.page)).origin;
    const notice = await extensionMessage(popup, 'scanAlwaysOn', [origin]);
    expect(await popup.getByRole('status').allInnerTexts()).toContain(notice);

    await page.reload();
    await expectPortalPainted(page);
    const another = await ext.context.newPage();
    await another.goto(unscannedUrl(PORTAL.page));
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
