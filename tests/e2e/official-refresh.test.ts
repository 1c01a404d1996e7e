/**
 * The list stays true after day one, in Chromium: fake CBP and DHS sites (the real host names,
 * mapped to a local https server) serve a landing page, CBP's CSV and DHS's page. The extension
 * refreshes from them on its own right after install, with no click and no permission asked; then
 * the sources drop one order and one entity, a second refresh runs, and the popup shows both as no
 * longer listed while nothing else changed, and the list's age follows the official data.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CBP_LANDING_URL } from '../../src/core/list/cbp-csv';
import { officialCopy } from '../fixtures/feeds/official';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
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

beforeAll(async () => {
  official = createHttpsServer({ key: readFileSync(join(TLS, 'test-key.pem')), cert: readFileSync(join(TLS, 'test-cert.pem')) }, (req, res) => {
    const url = `https://${req.headers.host}${req.url}`;
    requests.push(url);
    if (url === CBP_LANDING_URL) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(landing);
    if (url === `https://www.cbp.gov${CSV_PATH}`) return void res.writeHead(200, { 'content-type': 'text/csv' }).end(servedCsv());
    if (url === 'https://www.dhs.gov/uflpa-entity-list') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(servedDhs());
    res.writeHead(404).end();
  });
  const port = await listen(official);
  pageServer = createHttpServer((_, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(QUOTE));
  pageUrl = `http://127.0.0.1:${await listen(pageServer)}/suppliers.html`;
  // The release build as shipped (its manifest already asks for www.cbp.gov and www.dhs.gov), the
  // two host names sent to the local server.
  ext = await launchChromium({ args: [`--host-resolver-rules=MAP www.cbp.gov 127.0.0.1:${port}, MAP www.dhs.gov 127.0.0.1:${port}`, '--ignore-certificate-errors'] });
  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByRole('heading', { name: /^Administration/ }).waitFor();
});

afterAll(async () => {
  await ext?.close();
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
