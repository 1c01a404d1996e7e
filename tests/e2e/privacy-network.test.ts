/**
 * Privacy, end to end in Chromium and Firefox ESR: every connection the browser opens while the
 * extension scans the fixture portals, the popup opens and a refresh runs goes through a recording
 * proxy, and the browser's own record of requests is kept too (Chromium: every request of pages,
 * extension pages and the service worker; Firefox: the pages' requests, while the proxy sees the
 * extension's background). Only the fixture server, the configured feed host and the official
 * sources may appear, and no request may carry page text: a canary phrase on a page must never
 * leave it.
 *
 * Host access for the https feed on 127.0.0.1 is granted by a test copy of the build whose manifest
 * also lists https://127.0.0.1/* (a headless test cannot answer the permission prompt).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostOf, startRecordingProxy, type RecordingProxy } from '../fuzz/browser/recording-proxy';
import { recordFigure } from '../fuzz/figures';
import { feedList, NEW_COMPANY, newRecord } from '../unit/background/feed-fixtures';
import { CHROME_DIST } from './harness/chromium';
import { BROWSERS, launchExtension, localHttps, type BrowserKind, type ExtensionBrowser, type TestPage } from './harness/extension';
import { FIREFOX_DIST, FIREFOX_UUID, GECKO_ID } from './harness/firefox';
import { includesAll } from './harness/highlights';
import { FIXTURE_PAGES, httpsTestServer, listenLocal, serveFixtures, type FixtureServer } from './harness/server';

/** Text only ever on a page: if any request carries it, page content left the browser. */
const CANARY = 'Canary-7f3a9c Quillmarsh tender reference';
const CANARY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Private tender</title></head>
<body><main><h1>Private tender</h1><p id="secret">${CANARY}</p><table>
<tr><td>Hoshine Silicon Industry Co., Ltd.</td><td>Silicone sealant</td></tr>
<tr><td>${NEW_COMPANY}</td><td>Nitrile gloves</td></tr></table></main></body></html>`;

/** Switches off Chromium's own background services, so what remains in the log is the extension's. */
const QUIET_BROWSER = [
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-breakpad',
  '--no-pings',
  '--no-service-autorun',
  '--metrics-recording-only',
  '--disable-features=AutofillServerCommunication,OptimizationHints,OptimizationHintsFetching,OptimizationGuideModelDownloading,MediaRouter,Translate,CertificateTransparencyComponentUpdater,SafeBrowsing,InterestFeedContentSuggestions,ChromeSignin,SigninInterceptBubble',
];

/** Hosts of each browser's own background services (not the extension's: see the tests below). */
const BROWSER_SERVICES: Record<BrowserKind, RegExp> = {
  chromium: /(^|\.)(google|googleapis|gstatic|gvt1|gvt2)\.com$/,
  firefox: /(^|\.)(mozilla\.(com|net|org)|mozaws\.net|mozgcp\.net|firefox\.com)$/,
};

/** Firefox sends everything through the proxy, loopback included (Chromium: `--proxy-bypass-list=<-loopback>`). */
const firefoxProxy = (port: number) => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': port,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': port,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
});

interface SeenRequest {
  url: string;
  method: string;
  body: string;
  from: string;
}

let fixtures: FixtureServer;
let canaryDir: string;
let feedServer: Server;
let feedUrl: string;
const feedLog: Array<{ url: string; method: string; headers: Record<string, unknown> }> = [];

beforeAll(async () => {
  // The fixture portals, plus the canary page, from one local origin.
  canaryDir = mkdtempSync(join(tmpdir(), 'wro-privacy-pages-'));
  cpSync(FIXTURE_PAGES, canaryDir, { recursive: true });
  writeFileSync(join(canaryDir, 'private-tender.html'), CANARY_PAGE);
  fixtures = await serveFixtures(canaryDir);

  feedServer = httpsTestServer((req, res) => {
    feedLog.push({ url: req.url ?? '', method: req.method ?? '', headers: req.headers });
    if (req.url !== '/feed.json') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(feedList(5, [newRecord()])));
  });
  feedUrl = `https://127.0.0.1:${await listenLocal(feedServer)}/feed.json`;
});

afterAll(async () => {
  await fixtures?.close();
  await new Promise((done) => feedServer?.close(done));
  if (canaryDir) rmSync(canaryDir, { recursive: true, force: true });
});

const fixtureHost = () => new URL(fixtures.origin).host;
const feedHost = () => new URL(feedUrl).host;
/**
 * The official sources, on by default: the extension asks for these two pages after install (here
 * they cannot be reached, so the CSV the CBP page links is never asked for).
 */
const OFFICIAL_HOSTS = ['www.cbp.gov:443', 'www.dhs.gov:443'];
const OFFICIAL_REQUESTS = ['GET www.cbp.gov/document/stats/withhold-release-orders-findings', 'GET www.dhs.gov/uflpa-entity-list'];
const carried = (text: string) => text.includes('Canary-7f3a9c') || text.includes(encodeURIComponent('Canary-7f3a9c')) || text.includes(NEW_COMPANY) || text.includes('Hoshine');

describe.each(BROWSERS)('in %s: privacy, what the browser sends while the extension works', (name, kind) => {
  let proxy: RecordingProxy;
  let ext: ExtensionBrowser;
  const seen: SeenRequest[] = [];
  const services = BROWSER_SERVICES[kind];
  const dist = kind === 'chromium' ? CHROME_DIST : FIREFOX_DIST;
  /** What the browser's own requests could name the extension by. */
  const identities = () => (kind === 'chromium' ? [ext.chromiumHandles.extensionId] : [FIREFOX_UUID, GECKO_ID]);
  /** Hosts the harness itself serves (Firefox opens extension pages from a local page of its own). */
  const harnessHosts = () => (ext.launchpadOrigin ? [new URL(ext.launchpadOrigin).host] : []);

  beforeAll(async () => {
    feedLog.length = 0;
    proxy = await startRecordingProxy();
    ext = await launchExtension(kind, localHttps({
      chromiumArgs: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>', ...QUIET_BROWSER],
      firefoxPrefs: firefoxProxy(proxy.port),
    }));
    if (kind === 'chromium') {
      ext.chromiumHandles.context.on('request', (r) => {
        const worker = r.serviceWorker();
        seen.push({ url: r.url(), method: r.method(), body: r.postData() ?? '', from: worker ? `service worker ${worker.url()}` : (r.frame()?.url() ?? '?') });
      });
    }
  }, 120_000);

  afterAll(async () => {
    await ext?.close();
    await proxy?.close();
  });

  /** A new tab whose requests are recorded (Firefox: per page; Chromium records the whole context). */
  async function recordedPage(): Promise<TestPage> {
    const page = await ext.newPage();
    if (kind === 'firefox') {
      // Puppeteer over BiDi gives no request bodies (postData throws): the proxy reads plain-http ones.
      page.puppeteer.on('request', (r) => void seen.push({ url: r.url(), method: r.method(), body: '', from: r.frame()?.url() ?? '?' }));
    }
    return page;
  }

  /** Opens a fixture page and waits until the content script has scanned it (its own completion mark). */
  async function browse(path: string): Promise<TestPage> {
    const page = await recordedPage();
    await page.goto(fixtures.url(path));
    await page.waitForScan();
    return page;
  }

  it('browses every fixture portal and the canary page; highlights appear, so the extension was working', async () => {
    const pages = readdirSync(FIXTURE_PAGES).filter((f) => f.endsWith('.html'));
    for (const p of pages) {
      const page = await browse(p);
      await page.close();
    }
    const page = await browse('private-tender.html');
    expect(await page.waitForPainted(includesAll(['Hoshine Silicon Industry Co., Ltd.']))).toContain('Hoshine Silicon Industry Co., Ltd.');
    const popup = await ext.openPopupFor(page);
    await popup.waitForText('article', 'Hoshine');
    await popup.close();
    await page.close();
    recordFigure('privacy', `fixture pages browsed with traffic recorded (${name})`, pages.length + 1);
  });

  it('refreshes from the configured feed and then finds the company it added', async () => {
    const state = await ext.request<{ settings: { settings: Record<string, unknown> } }>({ type: 'get-admin-state' });
    const settings = { ...state.settings.settings, sources: [{ id: 'org', kind: 'wro-json', url: feedUrl, label: 'Organisation feed', enabled: true }] };
    await ext.request({ type: 'save-settings', settings });
    const run = await ext.request<{ outcome: string }>({ type: 'refresh-now' });
    expect(run.outcome).toBe('applied');
    const page = await browse('private-tender.html');
    expect(await page.waitForPainted(includesAll([NEW_COMPANY]))).toContain(NEW_COMPANY);
    await page.close();
    expect(feedLog.filter((r) => r.url === '/feed.json')).not.toHaveLength(0);
  });

  it('contacted only the fixture server, the feed host and the official sources, through every path the proxy saw', () => {
    expect(proxy.log.length).toBeGreaterThan(0);
    const hosts = [...new Set(proxy.log.map(hostOf))];
    const allowed = [fixtureHost(), feedHost(), ...OFFICIAL_HOSTS, ...harnessHosts()];
    // The browser's own services (updates, network time, sign-in, telemetry) run whatever is installed.
    expect(hosts.filter((h) => !allowed.includes(h) && !services.test(h.replace(/:\d+$/, '')))).toEqual([]);
    // Plain http is read in full: to the fixture server, nothing but the GET of a page or its files.
    for (const r of proxy.log.filter((x) => hostOf(x) === fixtureHost())) expect(r.method, r.target).toBe('GET');
    recordFigure('privacy', `connections recorded by the proxy (${name})`, proxy.log.length, `hosts: ${hosts.join(', ')}`);
  });

  it('is not what reached the browser\'s own services: they never mention the extension, and its code names none of them', () => {
    for (const r of proxy.log.filter((x) => services.test(hostOf(x).replace(/:\d+$/, '')))) {
      for (const id of identities()) expect(`${r.target} ${r.body}`, r.target).not.toContain(id);
    }
    const code = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(js|html|json)$/.test(e.name))
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
      .join('\n');
    const hostsInCode = [...code.matchAll(/\b(?:[a-z0-9-]+\.)+(?:com|net|org)\b/g)].map((m) => m[0]).filter((h) => services.test(h));
    expect([...new Set(hostsInCode)]).toEqual([]);
  });

  it('made no request of its own except to the feed and the official sources, and none from a page to anywhere but the page\'s server', () => {
    const extensionScheme = kind === 'chromium' ? 'chrome-extension:' : 'moz-extension:';
    const own = kind === 'chromium' ? ext.chromiumHandles.extensionId : FIREFOX_UUID;
    expect(seen.length).toBeGreaterThan(0);
    for (const r of seen) {
      const url = new URL(r.url);
      if (url.protocol === extensionScheme) {
        expect(url.host, `${r.from} loaded another extension's file`).toBe(own);
        continue;
      }
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') continue;
      const fromExtension = r.from.startsWith('service worker') || r.from.startsWith(extensionScheme);
      if (fromExtension) {
        expect([`GET ${feedHost()}/feed.json`, ...OFFICIAL_REQUESTS], `extension request from ${r.from}`).toContain(`${r.method} ${url.host}${url.pathname}`);
        continue;
      }
      expect([fixtureHost(), feedHost(), ...harnessHosts()], `${r.method} ${r.url} from ${r.from}`).toContain(url.host);
    }
    // What reached the feed host (https, so the proxy sees only a tunnel): the feed, and nothing else.
    expect([...new Set(feedLog.map((r) => `${r.method} ${r.url}`))]).toEqual(['GET /feed.json']);
    recordFigure('privacy', `requests recorded by the browser (${name})`, seen.length);
  });

  it('sent no page text anywhere: the canary and the listed names on the page are in no request', () => {
    for (const r of seen) expect(carried(`${r.url} ${r.body}`), `${r.method} ${r.url}`).toBe(false);
    for (const r of proxy.log) expect(carried(`${r.target} ${JSON.stringify(r.headers)} ${r.body}`), `${r.method} ${r.target}`).toBe(false);
    for (const r of feedLog) {
      expect(carried(`${r.url} ${JSON.stringify(r.headers)}`), r.url).toBe(false);
      // The feed request carries no cookie and no page address.
      expect(r.headers).not.toHaveProperty('cookie');
      expect(String(r.headers.referer ?? '')).not.toContain(fixtureHost());
      expect(r.method).toBe('GET');
    }
  });
});
