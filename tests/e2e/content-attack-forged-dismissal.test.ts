/**
 * Issue #17, attack 3: a forged "Not this company" (tests/fixtures/attacks/forged-dismissal.html).
 * A listed supplier's quote page waits for the buyer to open the extension's card, then covers it
 * with a top-layer popover that lets every click through, showing a panel of its own and a
 * "Continue" button exactly over "Not this company", and keeps it there as the card changes. The
 * buyer scrolls the card's text to its end (under the cover), reads the page's panel, and clicks
 * "Continue" twice: the first click opens "Not this company"'s choices, the second lands on its
 * confirmation, which takes the same place.
 *
 * Before the fix the click landed on "Not this company" and a false decision entered the audit
 * record: the name was hidden on the supplier's site from then on. Now a click inside a page is
 * recorded at once only when the card was seen on screen and uncovered for it (IntersectionObserver
 * v2, Chromium); this one was covered, and Firefox has no such observer, so in both browsers the
 * card says to confirm in the toolbar menu, nothing is recorded and the name stays painted. The
 * popup, which no page can cover, then lists the dismissal with the site it would apply to, and
 * records it once the buyer confirms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision } from '../../src/core/decision';
import { serveAttackPages } from './content-attack-helpers';
import { ui } from './harness/closed-roots';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';
import { button } from './harness/find';
import { includesAll } from './harness/highlights';
import type { FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';

const PAGE = 'forged-dismissal.html';
const NAME = 'Supermax Corporation Berhad';
const RECORD = { id: 'cbp-wro-2021-10-21-supermax-corporation-bhd', name: 'Supermax Corporation Bhd.' };
/** Longer than a card must have been seen uncovered before a click on it counts (0.5 s): the buyer reads the panel. */
const READING_MS = 800;

let pages: FixtureServer;

beforeAll(async () => {
  pages = await serveAttackPages();
});

afterAll(async () => {
  await pages?.close();
});

/** A real mouse click at a point of the viewport, where the buyer sees the page's button. */
async function clickAt(page: TestPage, x: number, y: number): Promise<void> {
  await page.toFront();
  if (page.kind === 'chromium') await page.playwright.mouse.click(x, y);
  else await page.puppeteer.mouse.click(x, y);
}

/** The open card, read inside its closed root: its status line, and how far its text is scrolled. */
async function readCard(page: TestPage): Promise<{ open: boolean; said: string; scrolledToEnd: boolean }> {
  const [root] = (await page.closedRoots()).filter((r) => r.host === 'WRO-CHECK-CARD');
  if (!root) return { open: false, said: '', scrolledToEnd: false };
  return root.call(`function () {
    const card = this.querySelector('.body');
    return {
      open: true,
      said: this.querySelector('[role=status]')?.textContent ?? '',
      scrolledToEnd: card.scrollTop + card.clientHeight >= card.scrollHeight - 2,
    };
  }`);
}

describe.each(BROWSERS)('in %s: attack 3, a page forging "Not this company"', (_name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension(kind);
  });

  afterAll(async () => {
    await ext?.close();
  });

  const decisions = () => ext.request<Decision[]>({ type: 'list-decisions', filter: {} });

  it('a click steered through a covering popover records nothing; the popup asks, and records it for the page\'s site once confirmed', async () => {
    const page = await ext.newPage(pages.url(PAGE));
    await page.waitForPainted(includesAll([NAME]));

    // The buyer opens the card; the page covers it at once with its panel and its "Continue".
    await page.click(ui('badge'));
    await page.locate('body[data-armed]');
    await page.press('End');
    expect(await waitFor(() => readCard(page), (c) => c.scrolledToEnd)).toMatchObject({ open: true, scrolledToEnd: true });
    await new Promise((done) => setTimeout(done, READING_MS));
    const target = await page.evaluate(() => {
      const r = (document.getElementById('fake-button') as HTMLElement).getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await clickAt(page, target.x, target.y);
    // The choices opened under the cover; the page moved its "Continue" over the confirmation.
    await waitFor(() => readCard(page), (c) => c.open);
    await new Promise((done) => setTimeout(done, READING_MS));
    const confirmAt = await page.evaluate(() => {
      const r = (document.getElementById('fake-button') as HTMLElement).getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await clickAt(page, confirmAt.x, confirmAt.y);

    // The click reached "Not this company" under the cover: before the fix a decision was recorded;
    // now the card asks for the buyer's confirmation in the toolbar menu.
    const after = await waitFor(
      async () => ({ recorded: await decisions(), card: await readCard(page) }),
      (s) => s.recorded.length > 0 || s.card.said !== '',
      10_000,
    );
    expect(after.recorded).toEqual([]);
    expect(after.card.said).toMatch(/confirm “Not this company” in WRO Check's menu/);
    expect(await page.painted()).toContain(NAME);
    expect(await ext.request({ type: 'list-pending-dismissals', tabId: await ext.tabIdOf(page) })).toMatchObject([
      { recordId: RECORD.id, matchedText: NAME, site: pages.origin },
    ]);

    // The popup lists it with the site it would apply to; the buyer confirms there.
    const popup = await ext.openPopupFor(page);
    const listed = await popup.waitForText('.pending-dismissals', RECORD.name);
    expect(listed).toContain(`${RECORD.name} (matched “${NAME}”) on ${pages.origin}`);
    expect(await popup.axe()).toEqual([]);
    await popup.click(button(`Confirm “not this company” for ${RECORD.name}`));
    await popup.waitForText('.pending-dismissals [role=status]', `Recorded: Not this company for ${RECORD.name} on ${pages.origin}.`);
    expect(await decisions()).toMatchObject([{ recordId: RECORD.id, outcome: 'not-this-company', site: pages.origin, matchedText: NAME, note: '' }]);
    // Recorded, the name is no longer painted on the site.
    expect(await page.waitForPainted((t) => !t.includes(NAME))).not.toContain(NAME);
    await popup.close();
    await page.close();
  });
});
