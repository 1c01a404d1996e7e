/**
 * An organisation's feed with a brand (schemaVersion 2), in Chromium and Firefox ESR: the feed,
 * served over https from a local server, names "MediGuard", a private label of a distributor that
 * sells a listed maker's goods. After "Refresh now", a page naming only the brand gets a finding on
 * the maker, whose explanation in the popup gives the chain and says it comes from the
 * organisation's feed; a feed whose relationships go round in a circle, or lead to a record no list
 * holds, is refused with its reason and the brand stays found from the last good feed.
 *
 * Host access as in refresh-options.test.ts: a copy of the build whose manifest lists
 * https://127.0.0.1/*, and the committed test-only certificate.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRAND, BRAND_SOURCE, brandFeed, cyclicBrandFeed, DISTRIBUTOR, FEED_TITLE, MAKER_NAME, unknownTargetFeed } from '../fixtures/feeds/brand-feed';
import { addJsonSource } from './harness/options-sources';
import { BROWSERS, launchExtension, localHttps, type ExtensionBrowser, type TestPage } from './harness/extension';
import { button, headed, type Query } from './harness/find';
import { httpsTestServer, listenLocal, servePage } from './harness/server';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Glove tender</title></head>
<body><main><h1>Lot 3: examination gloves</h1>
<p>Offered: ${BRAND} examination gloves (nitrile, powder-free), 40,000 boxes.</p></main></body></html>`;

let feedMode: 'good' | 'cycle' | 'unknown' = 'good';
let feedServer: Server;
let pageServer: Awaited<ReturnType<typeof servePage>> | undefined;
let feedUrl: string;
let pageUrl: string;

beforeAll(async () => {
  feedServer = httpsTestServer((req, res) => {
    if (req.url !== '/brands.json') return void res.writeHead(404).end();
    const feed = feedMode === 'cycle' ? cyclicBrandFeed() : feedMode === 'unknown' ? unknownTargetFeed() : brandFeed();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(feed));
  });
  feedUrl = `https://127.0.0.1:${await listenLocal(feedServer)}/brands.json`;
  pageServer = await servePage(PAGE, 'tender.html');
  pageUrl = pageServer.url;
});

afterAll(async () => {
  await new Promise((done) => feedServer?.close(done));
  await pageServer?.close();
});

const admin: Query = headed('section', /^Refresh and sources$/);
const lastRun: Query = { css: '.last-run', within: admin };
const sourceResults: Query = { css: '.source-results', within: admin };

describe.each(BROWSERS)('in %s: a brand in the organisation feed', (_name, kind) => {
  let ext: ExtensionBrowser;
  let options: TestPage;

  beforeAll(async () => {
    feedMode = 'good';
    ext = await launchExtension(kind, localHttps());
    options = await ext.openExtensionPage('options.html');
    await options.locate(admin);
  });

  afterAll(async () => {
    await ext?.close();
  });

  const refreshNow = () => options.click(button('Refresh now', admin));

  /** The page, its brand painted, and the popup's finding for it. */
  async function brandFinding(checkAxe = false): Promise<{ heading: string[]; why: string }> {
    const page = await ext.newPage(pageUrl);
    await page.waitForPainted((t) => t.includes(BRAND));
    const popup = await ext.openPopupFor(page);
    await popup.locate('article');
    const heading = await popup.texts('article h2');
    await popup.click({ css: 'article summary' });
    const why = await popup.text({ css: 'article .why' });
    if (checkAxe) expect(await popup.axe()).toEqual([]);
    await popup.close();
    await page.close();
    return { heading, why };
  }

  it('refreshes the feed; a page naming the brand gets a finding on the maker, explained by the chain', async () => {
    await addJsonSource(options, admin, feedUrl, 'Brand feed');
    await options.click(button('Save settings', admin));
    await options.waitForText({ css: '[role="status"]', hasText: 'Settings saved.', within: admin }, 'Settings saved.');
    await refreshNow();
    await options.waitForText(sourceResults, /Brand feed: updated/);

    const { heading, why } = await brandFinding(true);
    // The finding is the maker's, with the maker's status: the brand itself is never shown as listed.
    expect(heading).toEqual([expect.stringMatching(new RegExp(`^${MAKER_NAME.replace(/[().]/g, '\\$&')}`))]);
    expect(why).toContain(`“${BRAND}” (not itself on an official list), a private label of ${DISTRIBUTOR}, a distributor for ${MAKER_NAME}, as your organisation's feed “${FEED_TITLE}” says (2026-12-02; source: Category risk register`);
    // The source's address survives the cap on explanations.
    expect(why).toContain(`source: Category risk register, ${BRAND_SOURCE})`);
  });

  it('refuses a feed whose relationships form a cycle, says so, and keeps the brand from the last good feed', async () => {
    feedMode = 'cycle';
    await refreshNow();
    await options.waitForText(sourceResults, /Brand feed: failed/);
    expect(await options.text(sourceResults)).toContain('The relationships form a cycle: "ecc-brand-mediguard" → "ecc-dist-larkspur" → "ecc-brand-mediguard".');
    expect(await options.text(lastRun)).toMatch(/The list was not changed\./);
    expect((await brandFinding()).why).toContain(`a distributor for ${MAKER_NAME}`);
  });

  it('refuses a feed leading to a record no list holds, naming it, and keeps the brand', async () => {
    feedMode = 'unknown';
    await refreshNow();
    await options.waitForText(sourceResults, /"uflpa-no-such-entity"/);
    expect(await options.text(sourceResults)).toMatch(/Brand feed: failed/);
    expect(await options.text(sourceResults)).toContain('lead to records that are in none of the lists in use: "uflpa-no-such-entity"');
    expect((await brandFinding()).why).toContain(`a distributor for ${MAKER_NAME}`);
  });
});
