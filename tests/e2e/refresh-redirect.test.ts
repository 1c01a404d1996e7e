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
 * The same steps in Chromium and Firefox ESR, through the harness.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addJsonSource } from './harness/options-sources';
import { BROWSERS, launchExtension, localHttps, type ExtensionBrowser, type TestPage } from './harness/extension';
import { button, headed, type Query } from './harness/find';
import { httpsTestServer, listenLocal } from './harness/server';

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

async function startServers(): Promise<Servers> {
  const plainContacts: string[] = [];
  const plain = createHttpServer((req, res) => {
    plainContacts.push(`request ${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  plain.on('connection', (socket) => plainContacts.push(`connection from ${socket.remoteAddress}`));
  const plainUrl = `http://127.0.0.1:${await listenLocal(plain)}/feed.json`;
  const feedRequests: string[] = [];
  const feed = httpsTestServer((req, res) => {
    feedRequests.push(`${req.method} ${req.url}`);
    if (req.url === '/feed.json') return void res.writeHead(302, { location: plainUrl }).end();
    res.writeHead(404).end();
  });
  const feedUrl = `https://127.0.0.1:${await listenLocal(feed)}/feed.json`;
  const close = (s: Server) => new Promise<void>((done) => {
    s.closeAllConnections();
    s.close(() => done());
  });
  return { feedUrl, plainUrl, feedRequests, plainContacts, close: async () => void (await Promise.all([close(plain), close(feed)])) };
}

/** The refusal the options page must show for this feed (the browser hides where it redirected). */
const refusal = (feedUrl: string) =>
  `Refused: the server redirected ${feedUrl} to another address, which the browser does not show to extensions. Redirects are not followed, so it was not contacted. Open ${feedUrl} in a browser tab and enter the address it ends at as the source's address instead. The current list was kept.`;

const admin: Query = headed('section', /^Refresh and sources$/);

describe.each(BROWSERS)('in %s: a feed that redirects to plain http', (_name, kind) => {
  let servers: Servers;
  let ext: ExtensionBrowser;
  let options: TestPage;

  beforeAll(async () => {
    servers = await startServers();
    ext = await launchExtension(kind, localHttps());
    options = await ext.openExtensionPage('options.html');
    await options.locate(admin);
  });

  afterAll(async () => {
    await ext?.close();
    await servers?.close();
  });

  it('is refused on "Refresh now" with the reason and what to do, and the plain-http server records no request at all', async () => {
    await addJsonSource(options, admin, servers.feedUrl, LABEL);
    await options.click(button('Save settings', admin));
    await options.waitForText(admin, 'Access to 127.0.0.1 granted.');

    // The button is disabled while a refresh (the first one after install) runs: the click waits for it.
    await options.click(button('Refresh now', admin));
    const result = await options.waitForText({ css: '.source-results li', hasText: `${LABEL}:`, within: admin }, refusal(servers.feedUrl), 30_000);
    expect(result).toMatch(new RegExp(`^${LABEL}: failed`));
    expect(servers.feedRequests).toEqual(['GET /feed.json']);
    expect(servers.plainContacts).toEqual([]);
  });
});
