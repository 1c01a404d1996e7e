/**
 * The organisation's decisions feed (issue #20), in Chromium and Firefox ESR: an admin sets the
 * feed's address in the options page's Organisation section; after "Refresh now" the section says
 * when it was read and how many decisions it holds; a page naming a listed company then shows the
 * organisation's decisions on it in the popup and in the in-page card ("Your organisation:
 * Supplier confirmed … · Category team — note (list version …)"), the one taken under an older list
 * version marked "Review: …", and in the screening page's results; a "not this company" in the feed
 * hides nothing; two buyers, each in a profile of their own, one's exported decisions hosted as
 * the feed show in the other's popup with the first buyer's name; and a broken feed
 * is refused with its reason while the last good decisions stay shown.
 *
 * Host access as in refresh-brand-feed.test.ts: a copy of the build whose manifest lists
 * https://127.0.0.1/*, and the committed test-only certificate.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_ON_COPY, type AxeOnCopy, type ClosedRoot } from './harness/closed-roots';
import { BROWSERS, launchExtension, localHttps, type ExtensionBrowser, type TestPage } from './harness/extension';
import { button, headed, labelled, type Query } from './harness/find';
import { httpsTestServer, listenLocal, servePage } from './harness/server';
import { waitFor } from './harness/wait';

const SUPERMAX = 'Supermax Corporation Berhad';
const RECORD_ID = 'cbp-wro-2021-10-21-supermax-corporation-bhd';
const OLD_VERSION = 'v1-0123456789abcdef';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Glove tender</title></head>
<body><main><h1>Lot 3: examination gloves</h1>
<p>Manufacturer: ${SUPERMAX}, Malaysia. Nitrile gloves, powder-free, 40,000 boxes.</p></main></body></html>`;

/** The list version the extension uses, read from the options page before the feed is served. */
let listVersion = '';
let feedMode: 'good' | 'broken' | 'exported' = 'good';
/** What another buyer's options page exported ("Export JSON"), served as is when `feedMode` is 'exported'. */
let exported = '';
let feedServer: Server;
let pageServer: Awaited<ReturnType<typeof servePage>> | undefined;
let feedUrl: string;
let pageUrl: string;

const decision = (uid: string, fields: Record<string, unknown>) => ({
  uid,
  outcome: 'supplier-confirmed-not-listed',
  note: '',
  pageUrl: 'https://www.find-tender.service.gov.uk/Notice/012345-2026',
  pageTitle: 'Nitrile gloves framework',
  site: 'https://www.find-tender.service.gov.uk',
  matchedText: SUPERMAX,
  recordId: RECORD_ID,
  recordName: 'Supermax Corporation Bhd.',
  undoneAt: null,
  by: 'Category team',
  owner: '',
  status: 'closed',
  reviewDate: null,
  recordStatus: 'modified',
  ...fields,
});

function feed(): unknown {
  if (feedMode === 'exported') return JSON.parse(exported);
  if (feedMode === 'broken') return { format: 'wro-check-decisions', formatVersion: 2, exportedAt: '2026-12-02T09:00:00.000Z', decisions: [{ uid: 'not-a-whole-decision' }] };
  return {
    format: 'wro-check-decisions',
    formatVersion: 2,
    exportedAt: '2026-12-01T09:00:00.000Z',
    decisions: [
      decision('0b8f2a52-1c1e-4c55-9d51-6f0e8a3c7d01', { time: '2026-11-12T10:00:00.000Z', note: 'Declaration of origin on file', listVersion }),
      decision('0b8f2a52-1c1e-4c55-9d51-6f0e8a3c7d02', { time: '2026-06-03T10:00:00.000Z', outcome: 'asked-for-evidence', status: 'open', by: 'Estates buyer', listVersion: OLD_VERSION }),
      // A dismissal for every site in the feed: shown to the buyer, never applied for them.
      decision('0b8f2a52-1c1e-4c55-9d51-6f0e8a3c7d03', { time: '2026-05-01T10:00:00.000Z', outcome: 'not-this-company', scope: 'everywhere', dismissedName: SUPERMAX, reason: 'different-company', listVersion }),
    ],
  };
}

beforeAll(async () => {
  feedServer = httpsTestServer((req, res) => {
    if (req.url !== '/decisions.json') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(feed()));
  });
  feedUrl = `https://127.0.0.1:${await listenLocal(feedServer)}/decisions.json`;
  pageServer = await servePage(PAGE, 'tender.html');
  pageUrl = pageServer.url;
});

afterAll(async () => {
  await new Promise((done) => feedServer?.close(done));
  await pageServer?.close();
});

const refresh: Query = headed('section', /^Refresh and sources$/);
const organisation: Query = headed('section', /^Organisation$/);
const feedStatus: Query = { css: '.org-feed-status', within: organisation };

const CONFIRMED = /^Your organisation: Supplier confirmed goods are not from the listed company · 12 Nov 2026 · Category team — Declaration of origin on file \(list version v1-[0-9a-f]{16}\)$/;
const ASKED = `Your organisation: Asked supplier for evidence · 3 Jun 2026 · Estates buyer (list version ${OLD_VERSION}) Review: taken under list version ${OLD_VERSION}, now `;

describe.each(BROWSERS)('in %s: the organisation’s decisions feed', (_name, kind) => {
  let ext: ExtensionBrowser;
  let options: TestPage;

  beforeAll(async () => {
    feedMode = 'good';
    ext = await launchExtension(kind, localHttps());
    options = await ext.openExtensionPage('options.html');
    listVersion = /v1-[0-9a-f]{16}/.exec(await options.waitForText(headed('section', /^The list$/), /v1-[0-9a-f]{16}/))![0];
    await options.locate(organisation);
  });

  afterAll(async () => {
    await ext?.close();
  });

  /** The popup's finding for the page: each organisation decision's line, and whether it is marked for review. */
  async function popupDecisions(page: TestPage): Promise<Array<{ text: string; review: boolean }>> {
    const popup = await ext.openPopupFor(page);
    await popup.locate('article .org-decisions');
    const lines = await popup.evaluate(() =>
      [...document.querySelectorAll('article .org-decision')].map((li) => ({ text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(), review: li.classList.contains('needs-review') })),
    );
    expect(await popup.axe()).toEqual([]);
    await popup.close();
    return lines;
  }

  /** Opens the card beside the listed name by keyboard; its organisation decisions' text, one a line. */
  async function cardDecisions(page: TestPage): Promise<string[]> {
    await page.evaluate(() => {
      const h1 = document.querySelector('h1') as HTMLElement;
      h1.tabIndex = -1;
      h1.focus();
    });
    for (let i = 0; i < 10 && (await page.focusedRoot())?.host !== 'WRO-CHECK-BADGE'; i++) await page.press('Tab');
    await page.press('Enter');
    const card = await waitFor(async () => (await page.closedRoots()).find((r) => r.host === 'WRO-CHECK-CARD'), (r): r is ClosedRoot => r !== undefined);
    const lines = await card!.call<string[]>(`function () { return [...this.querySelectorAll('.org-decision')].map((li) => li.textContent.replace(/\\s+/g, ' ').trim()); }`);
    await page.addAxe();
    expect((await card!.call<AxeOnCopy>(AXE_ON_COPY)).violations).toEqual([]);
    return lines;
  }

  it('reads the feed set in the Organisation section and shows its decisions in the popup and the card, one marked for review', async () => {
    expect(await options.text(feedStatus)).toBe('No decisions feed is configured.');
    await options.fill(labelled('Organisation decisions feed (https address)', organisation), feedUrl);
    await options.click(button('Save organisation settings', organisation));
    await options.waitForText({ css: '[role="status"]', hasText: 'Settings saved.', within: organisation }, 'Settings saved.');
    await options.waitForText(feedStatus, /Not read yet/);
    await options.click(button('Refresh now', refresh));
    expect(await options.waitForText(feedStatus, /Last read/)).toMatch(/Last read .*: 3 decision\(s\), exported /);

    const page = await ext.newPage(pageUrl);
    // The feed's "not this company" for every site hides nothing: the name is painted.
    await page.waitForPainted((painted) => painted.includes(SUPERMAX));
    const lines = await popupDecisions(page);
    expect(lines.map((l) => l.review)).toEqual([false, true, false]);
    expect(lines[0]!.text).toMatch(CONFIRMED);
    expect(lines[1]!.text).toBe(`${ASKED}${listVersion}`);
    expect(lines[2]!.text).toMatch(/^Your organisation: Not this company · 1 May 2026 · Category team/);

    const card = await cardDecisions(page);
    expect(card[0]).toMatch(CONFIRMED);
    expect(card[1]).toBe(lines[1]!.text);
    await page.close();
  });

  it('shows them in screening: the newest in the results table, all of them in the result’s details', async () => {
    const screen = await ext.openExtensionPage('screen.html');
    await screen.locate('.list-info');
    await screen.fill('#pasted', `Quote 17: nitrile gloves\nMade by ${SUPERMAX}, shipped from Port Klang`);
    await screen.click('.input button');
    const row = { css: '.results-table tbody tr', hasText: 'Supermax' };
    expect(await screen.waitForText({ css: '.org-brief', within: row }, /Your organisation/)).toMatch(
      /^Your organisation: Supplier confirmed goods are not from the listed company · 12 Nov 2026$/,
    );
    await screen.click({ css: '.open-result', within: row });
    const detail = await screen.waitForText({ css: '.result-detail .org-decisions' }, /Review:/);
    expect(detail).toContain(`Review: taken under list version ${OLD_VERSION}, now ${listVersion}`);
    // axe on what this feature adds (the decision form's follow-up fields are another feature's).
    expect((await screen.axe()).filter((v) => JSON.stringify(v).includes('org-'))).toEqual([]);
    await screen.close();
  });

  it('two buyers: what one records and exports is, hosted as the feed, shown to the other', async () => {
    // Buyer A, in a profile of their own: their name, then a decision from the popup, then "Export JSON".
    const colleague = await launchExtension(kind);
    try {
      const theirOptions = await colleague.openExtensionPage('options.html');
      await theirOptions.fill(labelled(/^Your name/, organisation), 'Dana Okafor, Estates');
      await theirOptions.click(button('Save organisation settings', organisation));
      await theirOptions.waitForText({ css: '[role="status"]', hasText: 'Settings saved.', within: organisation }, 'Settings saved.');
      const theirPage = await colleague.newPage(pageUrl);
      await theirPage.waitForPainted((painted) => painted.includes(SUPERMAX));
      const popup = await colleague.openPopupFor(theirPage);
      const supermax = headed('article', /^Supermax/);
      await popup.click({ css: 'summary', within: supermax });
      await popup.select(labelled('Outcome', supermax), { value: 'escalated' });
      await popup.fill(labelled('Note (optional)', supermax), 'Escalated: bid 4 names Supermax as the maker');
      await popup.click(button('Record decision', supermax));
      await popup.waitForText({ css: '.decision-message', within: supermax }, /^Recorded: Escalated to modern slavery lead/);
      await popup.close();
      // The decisions list as it is now (the page was opened before the decision).
      await theirOptions.reload();
      await theirOptions.locate({ css: 'table.decisions tbody tr', hasText: 'Supermax' });
      exported = (await theirOptions.offeredFile(() => theirOptions.click(button('Export JSON')))).text;
    } finally {
      await colleague.close();
    }

    // Buyer B: the organisation hosts that file as its decisions feed.
    feedMode = 'exported';
    await options.click(button('Refresh now', refresh));
    await options.waitForText(feedStatus, /Last read .*: 1 decision\(s\)/);
    const page = await ext.newPage(pageUrl);
    await page.waitForPainted((painted) => painted.includes(SUPERMAX));
    const lines = await popupDecisions(page);
    expect(lines).toEqual([{ text: expect.stringMatching(/^Your organisation: Escalated to modern slavery lead · \d{1,2} \w{3} \d{4} · Dana Okafor, Estates — Escalated: bid 4 names Supermax as the maker \(list version v1-[0-9a-f]{16}\)$/), review: false }]);
    await page.close();
    feedMode = 'good';
    await options.click(button('Refresh now', refresh));
    await options.waitForText(feedStatus, /Last read .*: 3 decision\(s\)/);
  });

  it('refuses a broken feed with its reason in the options page and keeps showing the last good decisions', async () => {
    feedMode = 'broken';
    await options.click(button('Refresh now', refresh));
    const status = await options.waitForText(feedStatus, /failed/);
    expect(status).toContain(`${feedUrl} is not a decisions file WRO Check can read: Decision 1:`);
    expect(status).toContain('The decisions from the last good read are still shown.');
    expect(status).toMatch(/Last read .*: 3 decision\(s\)/);
    // The same account beside the sources' results, where the refresh is.
    expect(await options.text({ css: '.org-feed-status', within: refresh })).toBe(status);
    expect(await options.axe()).toEqual([]);

    const page = await ext.newPage(pageUrl);
    await page.waitForPainted((painted) => painted.includes(SUPERMAX));
    expect((await popupDecisions(page))[0]!.text).toMatch(CONFIRMED);
    await page.close();
  });
});
