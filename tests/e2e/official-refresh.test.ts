/**
 * The list stays true after day one, in Chromium and Firefox ESR: fake CBP and DHS sites (the real
 * host names sent to a local https server: Chromium maps them, Firefox reaches them through a
 * local proxy) serve a landing page, CBP's CSV and DHS's page. The extension
 * refreshes from them on its own right after install, with no click and no permission asked; then
 * the sources drop one order and one entity, a second refresh runs, and the popup shows both as no
 * longer listed while nothing else changed, and the list's age follows the official data.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser as Firefox, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CBP_LANDING_URL } from '../../src/core/list/cbp-csv';
import { officialCopy } from '../fixtures/feeds/official';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { FIREFOX_UUID, launchFirefox } from './harness/firefox';
import { waitFor } from './harness/wait';
import { paintedTexts } from './harness/highlights';

const TLS = resolve(import.meta.dirname, '../fixtures/tls');
const CSV_PATH = '/sites/default/files/2026-12/withhold-release-orders-findings-2026-12-01.csv';
const csv = readFileSync(new URL('../fixtures/feeds/cbp-2026-06-23.csv', import.meta.url));
const dhsPage = readFileSync(officialCopy('dhs-uflpa-entity-list-2026-07-09.html'), 'utf8');
const landing = `<!doctype html><html lang="en"><head><title>Withhold Release Orders and Findings Dataset | U.S. Customs and Border Protection</title></head>
<body><main><h1>Withhold Release Orders and Findings Dataset</h1>
<p><a href="${CSV_PATH}">Withhold Release Orders &amp; Findings Dataset (December 1, 2026)</a> (CSV, 21 KB)</p></main></body></html>`;

const HOSHINE = 'Hoshine Silicon Industry Co., Ltd.';
const CAMEL = 'Camel Group Co., Ltd.';
const QUOTE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Supplier list</title></head>
<body><main><h1>Approved supplier list</h1><table>
<tr><th>Manufacturer</th><th>Goods</th></tr>
<tr><td>${HOSHINE}</td><td>Silicone sealant</td></tr>
<tr><td>${CAMEL}</td><td>Lead-acid batteries</td></tr>
</table></main></body></html>`;

/** The sources as served now: complete, or without the Hoshine order and the Camel Group entity. */
let dropped = false;
const requests: string[] = [];
let official: Server;
let pageServer: Server;
let pageUrl: string;
let ext: ChromiumWithExtension;
let options: Page;

function servedCsv(): Buffer {
  if (!dropped) return csv;
  const lines = csv.toString('latin1').split('\n').filter((line) => !line.includes('Hoshine Silicon Industry Co. Ltd.'));
  return Buffer.from(lines.join('\n'), 'latin1');
}
const servedDhs = () => (dropped ? dhsPage.replace(/<tr><td>Camel Group Co\., Ltd\.<\/td><td>[^<]*<\/td><\/tr>/g, '') : dhsPage);

async function listen(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

let port: number;

beforeAll(async () => {
  official = createHttpsServer({ key: readFileSync(join(TLS, 'test-key.pem')), cert: readFileSync(join(TLS, 'test-cert.pem')) }, (req, res) => {
    const url = `https://${req.headers.host}${req.url}`;
    requests.push(url);
    if (url === CBP_LANDING_URL) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(landing);
    if (url === `https://www.cbp.gov${CSV_PATH}`) return void res.writeHead(200, { 'content-type': 'text/csv' }).end(servedCsv());
    if (url === 'https://www.dhs.gov/uflpa-entity-list') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(servedDhs());
    res.writeHead(404).end();
  });
  port = await listen(official);
  pageServer = createHttpServer((_, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(QUOTE));
  pageUrl = `http://127.0.0.1:${await listen(pageServer)}/suppliers.html`;
});

afterAll(async () => {
  await new Promise((done) => official?.close(done));
  await new Promise((done) => pageServer?.close(done));
});

const admin = () => options.locator('section', { has: options.getByRole('heading', { name: /^Administration/ }) });
const lastRun = () => admin().locator('.last-run');

async function popupForQuote(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(pageUrl);
  await waitFor(() => paintedTexts(page), (texts) => texts.includes(HOSHINE) && texts.includes(CAMEL));
  const popup = await ext.openPopupFor(page);
  await popup.locator('article').nth(1).waitFor();
  return popup;
}
const finding = (popup: Page, name: RegExp) => popup.locator('article', { has: popup.locator('h2', { hasText: name }) });
const today = () => new Date().toISOString().slice(0, 10);

describe('in Chromium: the official sources, with no click', () => {
  beforeAll(async () => {
    dropped = false;
    // The release build as shipped (its manifest already asks for www.cbp.gov and www.dhs.gov), the
    // two host names sent to the local server.
    ext = await launchChromium({ args: [`--host-resolver-rules=MAP www.cbp.gov 127.0.0.1:${port}, MAP www.dhs.gov 127.0.0.1:${port}`, '--ignore-certificate-errors'] });
    options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('heading', { name: /^Administration/ }).waitFor();
  });
  afterAll(async () => ext?.close());

  it('are read right after install: CBP landing page, the CSV it links, DHS page; nothing withdrawn', async () => {
    // The extension's own record of the run: the options page shows it once the install refresh is done.
    await options.reload();
    await waitFor(
      async () => {
        await options.reload();
        return admin().locator('.source-results').innerText().catch(() => '');
      },
      (text) => /CBP Withhold Release Orders and Findings: updated/.test(text) && /DHS UFLPA Entity List: updated/.test(text),
      30_000,
    );
    expect(requests).toEqual(expect.arrayContaining([CBP_LANDING_URL, `https://www.cbp.gov${CSV_PATH}`, 'https://www.dhs.gov/uflpa-entity-list']));
    const popup = await popupForQuote();
    expect(await finding(popup, /^Hoshine Silicon Industry Co\.? Ltd\.$/).innerText()).toContain('Active');
    const age = await popup.locator('.list-official').innerText();
    expect(age).toContain('(0 days old)');
    expect(age).toMatch(/CBP's file downloaded .+; DHS's UFLPA Entity List downloaded /);
    await popup.close();
  });

  it('learns what the sources stopped listing on the next refresh: both shown as no longer listed, nothing else changed', async () => {
    dropped = true;
    await admin().getByRole('button', { name: 'Refresh now' }).click();
    // The install run also said "The list was updated.": wait for this run's own changes.
    await lastRun().getByText(/no longer on CBP's list/).waitFor();
    const changes = (await lastRun().getByRole('list', { name: 'What changed' }).locator('li').allInnerTexts()).sort();
    expect(changes).toEqual([
      `Camel Group Co., Ltd.: UFLPA Entity List entry no longer on the UFLPA Entity List since ${today()}`,
      `Hoshine Silicon Industry Co. Ltd.: WRO no longer on CBP's list since ${today()}`,
    ]);

    const popup = await popupForQuote();
    const hoshine = await finding(popup, /^Hoshine Silicon Industry Co\.? Ltd\.$/).innerText();
    expect(hoshine).toContain('No longer listed');
    expect(hoshine).toContain('probably modified or revoked');
    expect(hoshine).toMatch(/Last known status: Active \(.*2021\)\./);
    // Never shown as active: "Active" only as what it was before.
    expect(hoshine.replace('Last known status: Active', '')).not.toMatch(/\bActive\b/);
    const camel = await finding(popup, /^Camel Group Co\., Ltd\.$/).innerText();
    expect(camel).toContain('No longer listed');
    expect(camel).toContain('removed from the UFLPA Entity List');
    expect(await popup.locator('.list-official').innerText()).toContain('(0 days old)');
    await popup.close();
  });
});

describe('in Firefox ESR: the official sources, with no click', () => {
  let firefox: Firefox;
  let proxy: Server;
  /** An extension page (the popup's document in a tab), from which the test asks what a page asks. */
  let extPage: FirefoxPage;

  beforeAll(async () => {
    dropped = false;
    requests.length = 0;
    // Firefox sends https through this proxy; it tunnels only CBP's and DHS's names to the local server.
    proxy = createHttpServer((_, res) => void res.writeHead(403).end());
    proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
      const host = (req.url ?? '').split(':')[0];
      if (host !== 'www.cbp.gov' && host !== 'www.dhs.gov') return void socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      const upstream = connect(port, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket).pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    const proxyPort = await listen(proxy);
    firefox = await launchFirefox({
      popupOpenable: true,
      officialSourcesReachable: true,
      acceptInsecureCerts: true,
      // Local pages (127.0.0.1) bypass the proxy, as Firefox does for loopback addresses by default.
      prefs: { 'network.proxy.type': 1, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxyPort },
    });
    extPage = await firefox.newPage();
    // Firefox's WebDriver will not navigate to an extension page: a local page does (the test copy
    // makes the popup reachable from local pages). Puppeteer does not see that navigation finish.
    await extPage.goto(pageUrl);
    const popupUrl = `moz-extension://${FIREFOX_UUID}/popup.html`;
    void extPage.evaluate((to: string) => void location.assign(to), popupUrl).catch(() => undefined);
    await waitFor(() => extPage.evaluate(() => location.href).catch(() => ''), (href) => href === popupUrl, 30_000);
  });

  afterAll(async () => {
    await firefox?.close();
    await new Promise((done) => proxy?.close(done));
  });

  /** The request the options page makes, from an extension page: the per-source results. */
  const sourceOutcomes = () =>
    extPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const state = (await api.runtime.sendMessage({ type: 'get-admin-state' })) as { results: Record<string, { outcome: string; lastSuccess?: string }>; running: boolean };
      return { running: state.running, outcomes: Object.fromEntries(Object.entries(state.results).map(([id, r]) => [id, r.outcome])) };
    });

  /** The popup for the supplier page, opened in the extension tab, and the text of each finding. */
  async function findings(): Promise<{ cards: string[]; official: string }> {
    const page = await firefox.newPage();
    await page.goto(pageUrl);
    await waitFor(() => paintedTexts(page), (texts) => texts.includes(HOSHINE) && texts.includes(CAMEL));
    const tabId = await extPage.evaluate(async (url: string) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? -1;
    }, page.url());
    await extPage.evaluate((id: number) => void location.assign(`popup.html?tab=${id}`), tabId).catch(() => undefined);
    const read = () =>
      extPage
        .evaluate(() => ({ cards: [...document.querySelectorAll('article')].map((a) => (a as HTMLElement).innerText), official: (document.querySelector('.list-official') as HTMLElement | null)?.innerText ?? '' }))
        .catch(() => ({ cards: [] as string[], official: '' }));
    const result = await waitFor(read, (r) => r.cards.length >= 2 && r.official !== '', 30_000);
    await page.close();
    return result;
  }

  it('in Firefox ESR: are read right after install, and the age follows the download', async () => {
    const done = await waitFor(sourceOutcomes, (s) => !s.running && s.outcomes.cbp === 'updated' && s.outcomes['dhs-uflpa'] === 'updated', 30_000);
    expect(done.outcomes).toMatchObject({ cbp: 'updated', 'dhs-uflpa': 'updated' });
    expect(requests).toEqual(expect.arrayContaining([CBP_LANDING_URL, `https://www.cbp.gov${CSV_PATH}`, 'https://www.dhs.gov/uflpa-entity-list']));
    const { cards, official } = await findings();
    expect(cards.find((c) => c.startsWith('Hoshine'))).toContain('Active');
    expect(official).toMatch(/\(0 days old\): CBP's file downloaded .+; DHS's UFLPA Entity List downloaded /);
  });

  it('in Firefox ESR: shows an order and an entity the sources dropped as no longer listed after the next refresh', async () => {
    dropped = true;
    const lines = await extPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return ((await api.runtime.sendMessage({ type: 'refresh-now' })) as { lines: string[] }).lines;
    });
    expect([...lines].sort()).toEqual([
      `Camel Group Co., Ltd.: UFLPA Entity List entry no longer on the UFLPA Entity List since ${today()}`,
      `Hoshine Silicon Industry Co. Ltd.: WRO no longer on CBP's list since ${today()}`,
    ]);
    const { cards } = await findings();
    const hoshine = cards.find((c) => c.startsWith('Hoshine'))!;
    expect(hoshine).toContain('No longer listed');
    expect(hoshine).toMatch(/Last known status: Active/);
    expect(cards.find((c) => c.startsWith('Camel Group'))).toContain('removed from the UFLPA Entity List');
  });
});
