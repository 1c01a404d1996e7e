/**
 * An admin's path through list refresh in Chromium: configure a feed served over https from a
 * local server, refresh from the options page, read what changed, see the page and the popup warn
 * about a company the feed added, roll back, and find a broken feed (an HTML error page with 200)
 * leaves the list as it was, with its reason.
 *
 * Host access: Chromium's permission prompt cannot be answered in a headless test, so the test
 * loads a copy of the build whose manifest also lists https://127.0.0.1/* (only that copy; the
 * shipped build asks at run time). A second source on https://localhost stays ungranted, and the
 * server proves it was never contacted. The feed server uses the committed test-only certificate
 * (tests/fixtures/tls) with Chromium's --ignore-certificate-errors.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedList, NEW_COMPANY, newRecord, seed } from '../unit/refresh/feed-fixtures';
import { CHROME_DIST, launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { waitFor } from './harness/wait';
import { paintedTexts } from './harness/highlights';
import { axeViolations } from './popup-helpers';

const TLS = resolve(import.meta.dirname, '../fixtures/tls');
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
let pageServer: Server;
let feedUrl: string;
let otherUrl: string;
let pageUrl: string;
let dist: string;
let ext: ChromiumWithExtension;
let options: Page;

async function listen(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

beforeAll(async () => {
  feedServer = createHttpsServer({ key: readFileSync(join(TLS, 'test-key.pem')), cert: readFileSync(join(TLS, 'test-cert.pem')) }, (req, res) => {
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
  const feedPort = await listen(feedServer);
  feedUrl = `https://127.0.0.1:${feedPort}/feed.json`;
  otherUrl = `https://localhost:${feedPort}/other.json`;
  pageServer = createHttpServer((_, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(QUOTE_PAGE));
  pageUrl = `http://127.0.0.1:${await listen(pageServer)}/quote.html`;

  dist = mkdtempSync(join(tmpdir(), 'wro-refresh-dist-'));
  cpSync(CHROME_DIST, dist, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push('https://127.0.0.1/*');
  writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest));
  ext = await launchChromium({ dist, args: ['--ignore-certificate-errors'] });
  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByRole('heading', { name: /^Administration/ }).waitFor();
});

afterAll(async () => {
  await ext?.close();
  await new Promise((done) => feedServer?.close(done));
  await new Promise((done) => pageServer?.close(done));
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const admin = () => options.locator('section', { has: options.getByRole('heading', { name: /^Administration/ }) });
const lastRun = () => admin().locator('.last-run');

async function openQuote(expected: (texts: string[]) => boolean): Promise<{ page: Page; texts: string[] }> {
  const page = await ext.context.newPage();
  await page.goto(pageUrl);
  const texts = await waitFor(() => paintedTexts(page), expected);
  return { page, texts };
}

async function addSource(url: string, label: string) {
  await admin().getByRole('button', { name: 'Add a source' }).click();
  const source = admin().locator('fieldset.source').last();
  await source.getByLabel('Format').selectOption('wro-json');
  await source.getByLabel('Address (https)').fill(url);
  await source.getByLabel('Name shown').fill(label);
}

describe('list refresh from the options page', () => {
  it('shows the page without the company before any refresh', async () => {
    const { page, texts } = await openQuote((t) => t.includes(BASELINE));
    expect(texts).toContain(BASELINE);
    expect(texts).not.toContain(NEW_COMPANY);
    await page.close();
  });

  it('configures a feed; its host is granted, another host is not', async () => {
    await addSource(feedUrl, 'Organisation feed');
    await addSource(otherUrl, 'Ungranted feed');
    await admin().getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => admin().getByRole('status').filter({ hasText: 'Settings saved.' }).count()).toBe(1);
    expect(await admin().getByText('Access to 127.0.0.1 granted.').count()).toBe(1);
    expect(await admin().getByRole('button', { name: 'Grant access to localhost' }).count()).toBe(1);
    const stored = await ext.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { sources: Array<{ url: string }>; maxListAgeDays: number });
    expect(stored.sources.map((s) => s.url)).toEqual(expect.arrayContaining([feedUrl, otherUrl]));
    expect(stored.maxListAgeDays).toBe(30);
  });

  it('schedules the refresh daily by default and follows the admin\'s hours', async () => {
    const period = () => ext.worker.evaluate(async () => (await chrome.alarms.get('wro-refresh'))?.periodInMinutes);
    expect(await period()).toBe(24 * 60);
    await admin().getByLabel('Refresh every (hours)').fill('6');
    await admin().getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(period).toBe(6 * 60);
  });

  it('refreshes now and shows what changed, per source too', async () => {
    await admin().getByRole('button', { name: 'Refresh now' }).click();
    await lastRun().getByText('The list was updated.').waitFor();
    const changes = await lastRun().getByRole('list', { name: 'What changed' }).innerText();
    expect(changes).toContain(`Added: ${NEW_COMPANY} (WRO, effective 2026-11-02)`);
    const results = await admin().locator('.source-results').innerText();
    expect(results).toMatch(/Organisation feed: updated/);
    expect(results).toMatch(/Ungranted feed: host not granted/);
    expect(results).toContain('access to localhost has not been granted');
    expect(requests.some((r) => r.startsWith('localhost'))).toBe(false);
    expect(await admin().locator('.list-info').innerText()).toContain(`${seed.records.length + 1} records`);
  });

  it('shows progress while a refresh runs, with the button disabled, then that nothing changed and why', async () => {
    feedDelayMs = 1500;
    await admin().getByRole('button', { name: 'Refresh now' }).click();
    // The official sources (on by default, unreachable here) come first: the feed is the third of four.
    await admin().getByRole('status').filter({ hasText: 'Downloading 3 of 4: Organisation feed' }).waitFor();
    expect(await admin().getByRole('button', { name: 'Refresh now' }).isDisabled()).toBe(true);
    // The feed is the same; the ungranted source is the reason given.
    await lastRun().getByText('The list was not changed.').waitFor();
    expect(await lastRun().innerText()).toContain('access to localhost has not been granted');
    feedDelayMs = 0;
    expect(await admin().getByRole('button', { name: 'Refresh now' }).isEnabled()).toBe(true);
  });

  it('has no axe-core violations with results shown', async () => {
    expect(await axeViolations(options)).toEqual([]);
  });

  it('highlights the added company on the page and lists it in the popup', async () => {
    const { page, texts } = await openQuote((t) => t.includes(NEW_COMPANY) && t.includes(BASELINE));
    expect(texts).toEqual(expect.arrayContaining([NEW_COMPANY, BASELINE]));
    const popup = await ext.openPopupFor(page);
    await popup.locator('article').first().waitFor();
    expect(await popup.locator('article h2').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Quillmarsh Latex Gloves/)]));
    await popup.close();
    await page.close();
  });

  it('rolls back: the company is gone from the list and the page', async () => {
    await admin().getByRole('button', { name: 'Roll back' }).click();
    await lastRun().getByText('Rolled back to the previous list.').waitFor();
    expect(await lastRun().getByRole('list', { name: 'What changed' }).innerText()).toContain(`Removed: ${NEW_COMPANY} (WRO)`);
    const { page, texts } = await openQuote((t) => t.includes(BASELINE));
    // The page is scanned with the republished matcher (baseline found), and the company is not.
    expect(texts).not.toContain(NEW_COMPANY);
    await page.close();
  });

  it('keeps the list when the feed answers 200 with an HTML error page, and says why', async () => {
    feedMode = 'broken';
    await admin().getByRole('button', { name: 'Refresh now' }).click();
    await admin().locator('.source-results').getByText(/Organisation feed: failed/).waitFor();
    expect(await admin().locator('.source-results').innerText()).toContain('returned a web page instead of the list (HTTP 200, text/html)');
    expect(await lastRun().innerText()).toMatch(/The list was not changed\./);
    expect(await admin().locator('.list-info').innerText()).toContain(`${seed.records.length} records`);
    const stored = await ext.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => Object.assign(indexedDB.open('wro-check'), { onsuccess(this: IDBOpenDBRequest) { ok(this.result); }, onerror: fail }));
      return new Promise<number>((ok) => {
        const req = db.transaction('lists').objectStore('lists').get('current');
        req.onsuccess = () => ok((req.result as { records: unknown[] }).records.length);
      });
    });
    expect(stored).toBe(seed.records.length);
  });

  it('holds an update that drops most of a source for confirmation: Discard keeps the list, Apply anyway applies it', async () => {
    feedMode = 'good';
    await admin().getByRole('button', { name: 'Refresh now' }).click();
    await admin().locator('.source-results').getByText(/Organisation feed: updated/).waitFor();
    const withFeed = await admin().locator('.list-info').innerText();
    feedMode = 'shrunk';
    await admin().getByRole('button', { name: 'Refresh now' }).click();
    const held = admin().getByRole('region', { name: 'An update is waiting for your confirmation' });
    await held.waitFor();
    expect(await held.innerText()).toMatch(/Organisation feed: This update would remove 6 of 6 records \(100%\)/);
    expect(await axeViolations(options)).toEqual([]);
    await held.getByRole('button', { name: 'Discard' }).click();
    await lastRun().getByText('The held update was discarded; the list was not changed.').waitFor();
    expect(await held.count()).toBe(0);
    expect(await admin().locator('.list-info').innerText()).toBe(withFeed);

    await admin().getByRole('button', { name: 'Refresh now' }).click();
    await held.waitFor();
    await held.getByRole('button', { name: 'Apply anyway' }).click();
    await lastRun().getByText('The list was updated.').waitFor();
    const changes = await lastRun().getByRole('list', { name: 'What changed' }).innerText();
    expect(changes).toContain('Added: Brindlecot Ceramics Co., Ltd. (WRO, effective 2026-11-02)');
    // Dropped by the feed, kept in the list as no longer listed by it.
    expect(changes).toContain(`${NEW_COMPANY}: WRO no longer in its source's file since`);
  });

  it('imports an organisation CSV file through the same checks, and refuses a broken one with its reason', async () => {
    const input = admin().getByLabel('List file', { exact: true });
    await input.setInputFiles({ name: 'watch-list.csv', mimeType: 'text/csv', buffer: Buffer.from('name,country,products,source_url\r\nHarrowgate Polymer Works Ltd,China,PVC resin,https://intranet.example.org/watch/123\r\n') });
    await admin().getByRole('button', { name: 'Import' }).click();
    // The previous test's run also said "updated": wait for this one's change line.
    await lastRun().getByText(/^Added: Harrowgate Polymer Works Ltd \(/).waitFor();
    expect(await lastRun().innerText()).toContain('The list was updated.');

    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"records": [{"name": "Truncated') });
    await admin().getByRole('button', { name: 'Import' }).click();
    await lastRun().getByText(/^broken\.json: .+ The current list was kept\.$/).waitFor();
    expect(await admin().locator('.source-results').innerText()).toMatch(/watch-list\.csv|broken\.json: failed/);
  });
});
