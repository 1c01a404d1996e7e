/**
 * An admin's path through list refresh, in Chromium and Firefox ESR: configure a feed served over
 * https from a local server, refresh from the options page, read what changed, see the page and the
 * popup warn about a company the feed added, roll back, find that a broken feed (an HTML error page
 * with 200) leaves the list as it was, with its reason, confirm or discard an update that drops most
 * of a source, and import a file.
 *
 * Host access: a headless browser's permission prompt cannot be answered, so the test loads a copy
 * of the build whose manifest also lists https://127.0.0.1/* (only that copy; the shipped build asks
 * at run time). A second source on https://localhost stays ungranted, and the server proves it was
 * never contacted. The feed server uses the committed test-only certificate (tests/fixtures/tls),
 * which the browser is told to accept.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedList, NEW_COMPANY, newRecord, seed } from '../unit/background/feed-fixtures';
import { addJsonSource } from './harness/options-sources';
import { BROWSERS, launchExtension, localHttps, type ExtensionBrowser, type TestPage } from './harness/extension';
import { button, headed, labelled, type Query } from './harness/find';
import { httpsTestServer, listenLocal, servePage } from './harness/server';
import { waitFor } from './harness/wait';

const BASELINE = 'Hoshine Silicon Industry Co., Ltd.';
const QUOTE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quote comparison</title></head>
<body><main><h1>Quote comparison: gloves and sealants</h1><table>
<tr><th>Supplier</th><th>Goods</th></tr>
<tr><td>${NEW_COMPANY}</td><td>Nitrile examination gloves, 40,000 boxes</td></tr>
<tr><td>${BASELINE}</td><td>Silicone sealant</td></tr>
</table></main></body></html>`;

let feedMode: 'good' | 'broken' | 'shrunk' = 'good';
let feedDelayMs = 0;
const requests: string[] = [];
let feedServer: Server;
let pageServer: Awaited<ReturnType<typeof servePage>> | undefined;
let feedUrl: string;
let otherUrl: string;
let pageUrl: string;

beforeAll(async () => {
  feedServer = httpsTestServer((req, res) => {
    requests.push(`${req.headers.host}${req.url}`);
    if (req.url !== '/feed.json') return void res.writeHead(404).end();
    if (feedDelayMs > 0) return void setTimeout(() => serveFeed(res), feedDelayMs);
    serveFeed(res);
  });
  function serveFeed(res: import('node:http').ServerResponse) {
    if (feedMode === 'broken') {
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html><body><h1>We are down for maintenance</h1></body></html>');
    }
    // 'shrunk': the feed suddenly lists one other company instead of its six records.
    const list = feedMode === 'shrunk' ? feedList(0, [newRecord('Brindlecot Ceramics Co., Ltd.', 'org-brindlecot')]) : feedList(5, [newRecord()]);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list));
  }
  const feedPort = await listenLocal(feedServer);
  feedUrl = `https://127.0.0.1:${feedPort}/feed.json`;
  otherUrl = `https://localhost:${feedPort}/other.json`;
  pageServer = await servePage(QUOTE_PAGE, 'quote.html');
  pageUrl = pageServer.url;
});

afterAll(async () => {
  await new Promise((done) => feedServer?.close(done));
  await pageServer?.close();
});

const admin: Query = headed('section', /^Refresh and sources$/);
const importSection: Query = headed('section', /^Import$/);
const lastRun: Query = { css: '.last-run', within: admin };
const sourceResults: Query = { css: '.source-results', within: admin };
const held: Query = { css: '[role="region"]', has: { css: 'h4', text: 'An update is waiting for your confirmation' }, within: admin };
const changes = (scope: Query): Query => ({ css: 'ul[aria-label="What changed"]', within: scope });

describe.each(BROWSERS)('in %s: list refresh from the options page', (_name, kind) => {
  let ext: ExtensionBrowser;
  let options: TestPage;

  beforeAll(async () => {
    feedMode = 'good';
    feedDelayMs = 0;
    requests.length = 0;
    ext = await launchExtension(kind, localHttps());
    options = await ext.openExtensionPage('options.html');
    await options.locate(admin);
  });

  afterAll(async () => {
    await ext?.close();
  });

  async function openQuote(expected: (texts: string[]) => boolean): Promise<{ page: TestPage; texts: string[] }> {
    const page = await ext.newPage(pageUrl);
    const texts = await page.waitForPainted(expected);
    return { page, texts };
  }

  const refreshNow = () => options.click(button('Refresh now', admin));

  it('shows the page without the company before any refresh', async () => {
    const { page, texts } = await openQuote((t) => t.includes(BASELINE));
    // Judged on the settled scan: the company is not painted later either.
    await page.waitForScan();
    expect(texts).toContain(BASELINE);
    expect(await page.painted()).not.toContain(NEW_COMPANY);
    await page.close();
  });

  it('configures a feed; its host is granted, another host is not', async () => {
    await addJsonSource(options, admin, feedUrl, 'Organisation feed');
    await addJsonSource(options, admin, otherUrl, 'Ungranted feed');
    await options.click(button('Save settings', admin));
    await options.waitForText({ css: '[role="status"]', hasText: 'Settings saved.', within: admin }, 'Settings saved.');
    expect(await options.text(admin)).toContain('Access to 127.0.0.1 granted.');
    expect(await options.has(button('Grant access to localhost', admin))).toBe(true);
    const stored = (await ext.request<{ settings: { settings: { sources: Array<{ url: string }>; maxListAgeDays: number } } }>({ type: 'get-admin-state' })).settings.settings;
    expect(stored.sources.map((s) => s.url)).toEqual(expect.arrayContaining([feedUrl, otherUrl]));
    expect(stored.maxListAgeDays).toBe(30);
  });

  it("schedules the refresh daily by default and follows the admin's hours", async () => {
    const period = () => ext.inExtension(async () => (await chrome.alarms.get('wro-refresh'))?.periodInMinutes ?? null);
    expect(await period()).toBe(24 * 60);
    await options.fill(labelled('Refresh every (hours)', admin), '6');
    await options.click(button('Save settings', admin));
    expect(await waitFor(period, (p) => p === 6 * 60)).toBe(6 * 60);
  });

  it('refreshes now and shows what changed, per source too', async () => {
    // The first refresh after install (the official sources, unreachable here) may still run.
    await refreshNow();
    await options.waitForText(changes(lastRun), `Added: ${NEW_COMPANY} (WRO, effective 2026-11-02)`);
    expect(await options.text(lastRun)).toContain('The list was updated.');
    const results = await options.text(sourceResults);
    expect(results).toMatch(/Organisation feed: updated/);
    expect(results).toMatch(/Ungranted feed: host not granted/);
    expect(results).toContain('access to localhost has not been granted');
    expect(requests.some((r) => r.startsWith('localhost'))).toBe(false);
    expect(await options.text({ css: '.list-info', within: admin })).toContain(`${seed.records.length + 1} records`);
  });

  it('shows progress while a refresh runs, with the button disabled, then that nothing changed and why', async () => {
    feedDelayMs = 1500;
    await refreshNow();
    // The official sources (on by default, unreachable here) come first: the feed is the third of four.
    await options.waitForText({ css: '[role="status"]#refresh-progress', within: admin }, 'Downloading 3 of 4: Organisation feed');
    expect(await options.isDisabled(button('Refresh now', admin))).toBe(true);
    // The feed is the same; the ungranted source is the reason given.
    await options.waitForText(lastRun, 'The list was not changed.');
    expect(await options.text(lastRun)).toContain('access to localhost has not been granted');
    feedDelayMs = 0;
    expect(await options.isDisabled(button('Refresh now', admin))).toBe(false);
  });

  it('has no axe-core violations with results shown', async () => {
    expect(await options.axe()).toEqual([]);
  });

  it('highlights the added company on the page and lists it in the popup', async () => {
    const { page, texts } = await openQuote((t) => t.includes(NEW_COMPANY) && t.includes(BASELINE));
    expect(texts).toEqual(expect.arrayContaining([NEW_COMPANY, BASELINE]));
    const popup = await ext.openPopupFor(page);
    await popup.locate('article');
    expect(await popup.texts('article h2')).toEqual(expect.arrayContaining([expect.stringMatching(/^Quillmarsh Latex Gloves/)]));
    await popup.close();
    await page.close();
  });

  it('rolls back: the company is gone from the list and the page', async () => {
    await options.click(button('Roll back', admin));
    await options.waitForText(lastRun, 'Rolled back to the previous list.');
    expect(await options.text(changes(lastRun))).toContain(`Removed: ${NEW_COMPANY} (WRO)`);
    const { page } = await openQuote((t) => t.includes(BASELINE));
    // The page is scanned with the republished matcher (baseline found), and the company is not.
    await page.waitForScan();
    expect(await page.painted()).not.toContain(NEW_COMPANY);
    await page.close();
  });

  it('keeps the list when the feed answers 200 with an HTML error page, and says why', async () => {
    feedMode = 'broken';
    await refreshNow();
    await options.waitForText(sourceResults, /Organisation feed: failed/);
    expect(await options.text(sourceResults)).toContain('returned a web page instead of the list (HTTP 200, text/html)');
    expect(await options.text(lastRun)).toMatch(/The list was not changed\./);
    expect(await options.text({ css: '.list-info', within: admin })).toContain(`${seed.records.length} records`);
    const stored = await ext.inExtension(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => Object.assign(indexedDB.open('wro-check'), { onsuccess(this: IDBOpenDBRequest) { ok(this.result); }, onerror: fail }));
      return new Promise<number>((ok) => {
        const req = db.transaction('lists').objectStore('lists').get('current');
        req.onsuccess = () => {
          ok((req.result as { records: unknown[] }).records.length);
          db.close();
        };
      });
    });
    expect(stored).toBe(seed.records.length);
  });

  it('holds an update that drops most of a source for confirmation: Discard keeps the list, Apply anyway applies it', async () => {
    feedMode = 'good';
    await refreshNow();
    await options.waitForText(sourceResults, /Organisation feed: updated/);
    const withFeed = await options.text({ css: '.list-info', within: admin });
    feedMode = 'shrunk';
    await refreshNow();
    expect(await options.text(held)).toMatch(/Organisation feed: This update would remove 6 of 6 records \(100%\)/);
    expect(await options.axe()).toEqual([]);
    await options.click(button('Discard', held));
    await options.waitForText(lastRun, 'The held update was discarded; the list was not changed.');
    expect(await options.has(held)).toBe(false);
    expect(await options.text({ css: '.list-info', within: admin })).toBe(withFeed);

    await refreshNow();
    await options.click(button('Apply anyway', held));
    await options.waitForText(lastRun, 'The list was updated.');
    const lines = await options.text(changes(lastRun));
    expect(lines).toContain('Added: Brindlecot Ceramics Co., Ltd. (WRO, effective 2026-11-02)');
    // Dropped by the feed, kept in the list as no longer listed by it.
    expect(lines).toContain(`${NEW_COMPANY}: WRO no longer in its source's file since`);
  });

  it('imports an organisation CSV file through the same checks, and refuses a broken one with its reason', async () => {
    const input = labelled('List file', importSection);
    await options.upload(input, { name: 'watch-list.csv', mimeType: 'text/csv', buffer: Buffer.from('name,country,products,source_url\r\nHarrowgate Polymer Works Ltd,China,PVC resin,https://intranet.example.org/watch/123\r\n') });
    await options.click(button('Import', importSection));
    // The previous test's run also said "updated": wait for this one's change line.
    await options.waitForText(changes(lastRun), /^Added: Harrowgate Polymer Works Ltd \(/m);
    expect(await options.text(lastRun)).toContain('The list was updated.');

    await options.upload(input, { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"records": [{"name": "Truncated') });
    await options.click(button('Import', importSection));
    await options.waitForText(lastRun, /broken\.json: .+ The current list was kept\./);
    expect(await options.text(sourceResults)).toMatch(/watch-list\.csv|broken\.json: failed/);
  });
});
