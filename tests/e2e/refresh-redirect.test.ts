/**
 * A feed that redirects is refused, in a real browser, without the browser contacting where the
 * redirect points. An admin configures an https feed; the feed answers 302 to a plain-http server
 * on another port; the admin refreshes; the options page says the server redirected and asks for
 * the final address; the plain-http server records no connection and no request.
 *
 * Set-up as in refresh-options.test.ts: a test copy of the build that also lists
 * https://127.0.0.1/* in host_permissions (headless browsers cannot answer the permission
 * prompt), the committed test-only certificate (tests/fixtures/tls), and the browser told to
 * accept it. The copy is also allowed on http://127.0.0.1/* (the harness adds the local test
 * hosts), so nothing but the refresh code stands between the redirect and the plain-http server.
 *
 * Firefox ESR runs the same steps when it is installed: its WebDriver will not navigate to a
 * moz-extension: page, so a local page opens the options page (which the test copy makes
 * reachable from local pages, as `withPopupOpenableLocally` does for the popup).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_PATH } from './harness/browsers';
import { CHROME_DIST, launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { FIREFOX_DIST, FIREFOX_UUID, GECKO_ID } from './harness/firefox';
import { LOCAL_TEST_HOSTS, withLocalTestHosts } from './harness/local-test-copy';
import { waitFor } from './harness/wait';

const TLS = resolve(import.meta.dirname, '../fixtures/tls');
const LABEL = 'Redirecting feed';

/** The https feed (302 to plain http) and the plain-http server it points at, which must see nothing. */
interface Servers {
  feedUrl: string;
  plainUrl: string;
  feedRequests: string[];
  /** Every TCP connection and HTTP request the plain-http server saw. */
  plainContacts: string[];
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

async function startServers(): Promise<Servers> {
  const plainContacts: string[] = [];
  const plain = createHttpServer((req, res) => {
    plainContacts.push(`request ${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  plain.on('connection', (socket) => plainContacts.push(`connection from ${socket.remoteAddress}`));
  const plainUrl = `http://127.0.0.1:${await listen(plain)}/feed.json`;
  const feedRequests: string[] = [];
  const feed = createHttpsServer({ key: readFileSync(join(TLS, 'test-key.pem')), cert: readFileSync(join(TLS, 'test-cert.pem')) }, (req, res) => {
    feedRequests.push(`${req.method} ${req.url}`);
    if (req.url === '/feed.json') return void res.writeHead(302, { location: plainUrl }).end();
    res.writeHead(404).end();
  });
  const feedUrl = `https://127.0.0.1:${await listen(feed)}/feed.json`;
  const close = (s: Server) => new Promise<void>((done) => {
    s.closeAllConnections();
    s.close(() => done());
  });
  return { feedUrl, plainUrl, feedRequests, plainContacts, close: async () => void (await Promise.all([close(plain), close(feed)])) };
}

/** The refusal the options page must show for this feed (the browser hides where it redirected). */
const refusal = (feedUrl: string) =>
  `Refused: the server redirected ${feedUrl} to another address, which the browser does not show to extensions. Redirects are not followed, so it was not contacted. Open ${feedUrl} in a browser tab and enter the address it ends at as the source's address instead. The current list was kept.`;

/** A copy of a build whose manifest `edit` changed (removed in afterAll). */
function buildCopy(dist: string, edit: (manifest: Record<string, unknown>) => void): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'wro-redirect-dist-')), 'ext');
  cpSync(dist, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  edit(manifest);
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  return copy;
}
const withHttpsTestHost = (manifest: Record<string, unknown>) => {
  manifest.host_permissions = [...((manifest.host_permissions as string[] | undefined) ?? []), 'https://127.0.0.1/*'];
};

describe('in Chromium: a feed that redirects to plain http', () => {
  let servers: Servers;
  let dist: string;
  let ext: ChromiumWithExtension;
  let options: Page;

  beforeAll(async () => {
    servers = await startServers();
    dist = buildCopy(CHROME_DIST, withHttpsTestHost);
    ext = await launchChromium({ dist, args: ['--ignore-certificate-errors'] });
    options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('heading', { name: /^Administration/ }).waitFor();
  });

  afterAll(async () => {
    await ext?.close();
    await servers?.close();
    if (dist) rmSync(resolve(dist, '..'), { recursive: true, force: true });
  });

  const admin = () => options.locator('section', { has: options.getByRole('heading', { name: /^Administration/ }) });

  it('in Chromium: is refused on "Refresh now" with the reason and what to do, and the plain-http server records no request at all', async () => {
    await admin().getByRole('button', { name: 'Add a source' }).click();
    const source = admin().locator('fieldset.source').last();
    await source.getByLabel('Format').selectOption('wro-json');
    await source.getByLabel('Address (https)').fill(servers.feedUrl);
    await source.getByLabel('Name shown').fill(LABEL);
    await admin().getByRole('button', { name: 'Save settings' }).click();
    await admin().getByText('Access to 127.0.0.1 granted.').waitFor();

    await admin().getByRole('button', { name: 'Refresh now' }).click();
    const result = admin().locator('.source-results li', { hasText: `${LABEL}:` });
    await result.getByText(refusal(servers.feedUrl)).waitFor();
    expect(await result.innerText()).toMatch(new RegExp(`^${LABEL}: failed`));
    expect(servers.feedRequests).toEqual(['GET /feed.json']);
    expect(servers.plainContacts).toEqual([]);
  });
});

const firefoxInstalled = existsSync(FIREFOX_PATH) && existsSync(FIREFOX_DIST);

describe.skipIf(!firefoxInstalled)('in Firefox ESR: a feed that redirects to plain http', () => {
  let servers: Servers;
  let dist: string;
  let firefox: PuppeteerBrowser;
  let localPage: Server;
  let options: PuppeteerPage;

  beforeAll(async () => {
    servers = await startServers();
    // The harness' local-hosts copy, plus the https test host and an options page local pages may open.
    dist = buildCopy(withLocalTestHosts(FIREFOX_DIST), (manifest) => {
      withHttpsTestHost(manifest);
      manifest.web_accessible_resources = [{ resources: ['options.html'], matches: LOCAL_TEST_HOSTS }];
    });
    firefox = await puppeteer.launch({
      browser: 'firefox',
      headless: true,
      executablePath: FIREFOX_PATH,
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        'datareporting.policy.dataSubmissionEnabled': false,
        'app.update.enabled': false,
      },
    });
    await firefox.installExtension(dist);
    localPage = createHttpServer((_, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>start</title>'));
    const start = `http://127.0.0.1:${await listen(localPage)}/start.html`;
    const optionsUrl = `moz-extension://${FIREFOX_UUID}/options.html`;
    options = await firefox.newPage();
    await options.goto(start);
    // Puppeteer does not see this navigation finish: wait for the page itself.
    void options.evaluate((to: string) => void location.assign(to), optionsUrl).catch(() => undefined);
    const at = await waitFor(() => options.evaluate(() => location.href).catch(() => ''), (href) => href === optionsUrl, 30_000);
    expect(at).toBe(optionsUrl);
  });

  afterAll(async () => {
    await firefox?.close();
    await servers?.close();
    await new Promise((done) => localPage?.close(done));
    if (dist) rmSync(resolve(dist, '..'), { recursive: true, force: true });
  });

  /** The text of the options page's Administration section (read in the page, as a user sees it). */
  const adminText = () =>
    options.evaluate(() => [...document.querySelectorAll('section')].find((s) => /^Administration/.test(s.querySelector('h2')?.textContent ?? ''))?.innerText ?? '').catch(() => '');

  it('in Firefox ESR: is refused on "Refresh now" with the reason and what to do, and the plain-http server records no request at all', async () => {
    await waitFor(adminText, (t) => t.includes('Add a source'), 30_000);
    const clickButton = (name: string) =>
      options.evaluate((n: string) => {
        const section = [...document.querySelectorAll('section')].find((s) => /^Administration/.test(s.querySelector('h2')?.textContent ?? ''))!;
        const b = [...section.querySelectorAll('button')].find((x) => x.textContent?.trim() === n && !x.disabled);
        b?.click();
        return Boolean(b);
      }, name);
    // Fill the form as the admin does, with the same controls the Chromium test uses.
    const sources = () => options.evaluate(() => document.querySelectorAll('fieldset.source').length);
    const before = await sources();
    expect(await clickButton('Add a source')).toBe(true);
    const i = (await waitFor(sources, (n) => n > before)) - 1;
    await options.select(`#source-kind-${i}`, 'wro-json');
    await options.locator(`#source-url-${i}`).fill(servers.feedUrl);
    await options.locator(`#source-label-${i}`).fill(LABEL);
    expect(await clickButton('Save settings')).toBe(true);
    expect(await waitFor(adminText, (t) => t.includes('Access to 127.0.0.1 granted.'))).toContain('Access to 127.0.0.1 granted.');

    // The button is disabled while a refresh (the first one after install) runs.
    expect(await waitFor(() => clickButton('Refresh now'), (clicked) => clicked, 30_000)).toBe(true);
    const text = await waitFor(adminText, (t) => t.includes(refusal(servers.feedUrl)), 30_000);
    expect(text).toContain(refusal(servers.feedUrl));
    expect(text).toMatch(new RegExp(`${LABEL}: failed`));
    expect(servers.feedRequests).toEqual(['GET /feed.json']);
    expect(servers.plainContacts).toEqual([]);
  });
});
