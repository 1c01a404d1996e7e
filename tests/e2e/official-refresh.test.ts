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
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CBP_LANDING_URL } from '../../src/core/list/cbp-csv';
import { officialCopy } from '../fixtures/feeds/official';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';
import { button, headed, type Query } from './harness/find';
import { httpsTestServer, listenLocal, servePage } from './harness/server';
import { waitFor } from './harness/wait';

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
let pageServer: Awaited<ReturnType<typeof servePage>> | undefined;
let pageUrl: string;

function servedCsv(): Buffer {
  if (!dropped) return csv;
  const lines = csv.toString('latin1').split('\n').filter((line) => !line.includes('Hoshine Silicon Industry Co. Ltd.'));
  return Buffer.from(lines.join('\n'), 'latin1');
}
const servedDhs = () => (dropped ? dhsPage.replace(/<tr><td>Camel Group Co\., Ltd\.<\/td><td>[^<]*<\/td><\/tr>/g, '') : dhsPage);

let port: number;

beforeAll(async () => {
  official = httpsTestServer((req, res) => {
    const url = `https://${req.headers.host}${req.url}`;
    requests.push(url);
    if (url === CBP_LANDING_URL) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(landing);
    if (url === `https://www.cbp.gov${CSV_PATH}`) return void res.writeHead(200, { 'content-type': 'text/csv' }).end(servedCsv());
    if (url === 'https://www.dhs.gov/uflpa-entity-list') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(servedDhs());
    res.writeHead(404).end();
  });
  port = await listenLocal(official);
  pageServer = await servePage(QUOTE, 'suppliers.html');
  pageUrl = pageServer.url;
});

afterAll(async () => {
  await new Promise((done) => official?.close(done));
  await pageServer?.close();
});

const admin: Query = headed('section', /^Refresh and sources$/);
const lastRun: Query = { css: '.last-run', within: admin };
const finding = (name: RegExp): Query => headed('article', name);
const today = () => new Date().toISOString().slice(0, 10);

/** A proxy Firefox sends https through: it tunnels only CBP's and DHS's names to the local server. */
async function startOfficialProxy(): Promise<{ port: number; server: Server }> {
  const proxy = createHttpServer((_, res) => void res.writeHead(403).end());
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
  return { port: await listenLocal(proxy), server: proxy };
}

describe.each(BROWSERS)('in %s: the official sources, with no click', (_name, kind) => {
  let ext: ExtensionBrowser;
  let proxy: Server | undefined;
  let options: TestPage;

  beforeAll(async () => {
    dropped = false;
    requests.length = 0;
    if (kind === 'chromium') {
      // The two host names sent to the local server.
      ext = await launchExtension(kind, {
        acceptInsecureCerts: true,
        chromiumArgs: [`--host-resolver-rules=MAP www.cbp.gov 127.0.0.1:${port}, MAP www.dhs.gov 127.0.0.1:${port}`],
      });
    } else {
      const started = await startOfficialProxy();
      proxy = started.server;
      ext = await launchExtension(kind, {
        officialSourcesReachable: true,
        acceptInsecureCerts: true,
        // Local pages (127.0.0.1) bypass the proxy, as Firefox does for loopback addresses by default.
        firefoxPrefs: { 'network.proxy.type': 1, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': started.port },
      });
    }
    // The build's manifest already asks for www.cbp.gov and www.dhs.gov: nothing is granted by the test.
    options = await ext.openExtensionPage('options.html');
    await options.locate(admin);
  });

  afterAll(async () => {
    await ext?.close();
    if (proxy) await new Promise((done) => proxy?.close(done));
  });

  /** The popup for the supplier page, once both companies are painted there. */
  async function popupForQuote(): Promise<TestPage> {
    const page = await ext.newPage(pageUrl);
    await page.waitForPainted((texts) => texts.includes(HOSHINE) && texts.includes(CAMEL));
    const popup = await ext.openPopupFor(page);
    await popup.waitForCount('article', (n) => n >= 2);
    return popup;
  }

  it('are read right after install: CBP landing page, the CSV it links, DHS page; nothing withdrawn', async () => {
    // The extension's own record of the run, as the options page asks for it.
    const outcomes = () =>
      ext.request<{ running: boolean; results: Record<string, { outcome: string }> }>({ type: 'get-admin-state' })
        .then((s) => ({ running: s.running, cbp: s.results.cbp?.outcome, dhs: s.results['dhs-uflpa']?.outcome }));
    expect(await waitFor(outcomes, (o) => !o.running && o.cbp === 'updated' && o.dhs === 'updated', 30_000)).toMatchObject({ cbp: 'updated', dhs: 'updated' });
    await options.reload();
    const results = await options.waitForText({ css: '.source-results', within: admin }, /DHS UFLPA Entity List: updated/);
    expect(results).toMatch(/CBP Withhold Release Orders and Findings: updated/);
    expect(requests).toEqual(expect.arrayContaining([CBP_LANDING_URL, `https://www.cbp.gov${CSV_PATH}`, 'https://www.dhs.gov/uflpa-entity-list']));
    const popup = await popupForQuote();
    expect(await popup.text(finding(/^Hoshine Silicon Industry Co\.? Ltd\.$/))).toContain('Active');
    const age = await popup.text('.list-official');
    expect(age).toContain('(0 days old)');
    expect(age).toMatch(/CBP's official CSV, downloaded .+; DHS's UFLPA Entity List downloaded /);
    await popup.close();
  });

  it('learns what the sources stopped listing on the next refresh: both shown as no longer listed, nothing else changed', async () => {
    dropped = true;
    await options.click(button('Refresh now', admin));
    // The install run also said "The list was updated.": wait for this run's own changes.
    await options.waitForText(lastRun, /no longer on CBP's list/);
    const changes = (await options.evaluate((css) => [...(document.querySelector(css)?.querySelectorAll('ul[aria-label="What changed"] li') ?? [])].map((li) => (li as HTMLElement).innerText), await options.locate(lastRun))).sort();
    expect(changes).toEqual([
      `Camel Group Co., Ltd.: UFLPA Entity List entry no longer on the UFLPA Entity List since ${today()}`,
      `Hoshine Silicon Industry Co. Ltd.: WRO no longer on CBP's list since ${today()}`,
    ]);

    const popup = await popupForQuote();
    // The status is on each finding's first line; what the source said is under its details.
    for (const name of [/^Hoshine Silicon Industry Co\.? Ltd\.$/, /^Camel Group Co\., Ltd\.$/]) {
      await popup.click({ css: 'details.finding-more > summary', within: finding(name) });
    }
    const hoshine = await popup.text(finding(/^Hoshine Silicon Industry Co\.? Ltd\.$/));
    expect(hoshine).toContain('No longer listed');
    expect(hoshine).toContain('probably modified or revoked');
    expect(hoshine).toMatch(/Last known status: Active \(.*2021\)\./);
    // Never shown as active: "Active" only as what it was before.
    expect(hoshine.replace('Last known status: Active', '')).not.toMatch(/\bActive\b/);
    const camel = await popup.text(finding(/^Camel Group Co\., Ltd\.$/));
    expect(camel).toContain('No longer listed');
    expect(camel).toContain('removed from the UFLPA Entity List');
    expect(await popup.text('.list-official')).toContain('(0 days old)');
    await popup.close();
  });
});
