/**
 * Privacy, end to end in Chromium: every request the browser makes while the extension scans the
 * fixture portals, the popup opens and a refresh runs is recorded twice, by a proxy every
 * connection goes through and by the browser's own network events (pages, extension pages and the
 * service worker). Only the fixture server and the configured feed host may appear, and no request
 * may carry page text: a canary phrase on a page must never leave it.
 *
 * Host access for the https feed on 127.0.0.1 is granted by a copy of the build whose manifest
 * also lists https://127.0.0.1/* (a headless test cannot answer the permission prompt).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostOf, startRecordingProxy, type RecordingProxy } from '../fuzz/browser/recording-proxy';
import { recordFigure } from '../fuzz/figures';
import { feedList, NEW_COMPANY, newRecord } from '../unit/background/feed-fixtures';
import { CHROME_DIST, launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { manifestCopy } from './harness/local-test-copy';
import { FIXTURE_PAGES, serveFixtures, type FixtureServer } from './harness/server';
import { TestPage } from './harness/test-page';
import { waitFor } from './harness/wait';
import { paintedTexts } from './harness/highlights';

const TLS = resolve(import.meta.dirname, '../fixtures/tls');
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

/** Hosts of Chromium's own background services (not the extension's: see the test below). */
const BROWSER_SERVICES = /(^|\.)(google|googleapis|gstatic|gvt1|gvt2)\.com$/;

interface SeenRequest {
  url: string;
  method: string;
  body: string;
  from: string;
}

let proxy: RecordingProxy;
let fixtures: FixtureServer;
let canaryDir: string;
let feedServer: Server;
let feedUrl: string;
const feedLog: Array<{ url: string; method: string; headers: Record<string, unknown> }> = [];
let dist: string;
let ext: ChromiumWithExtension;
const seen: SeenRequest[] = [];

beforeAll(async () => {
  proxy = await startRecordingProxy();
  // The fixture portals, plus the canary page, from one local origin.
  canaryDir = mkdtempSync(join(tmpdir(), 'wro-privacy-pages-'));
  cpSync(FIXTURE_PAGES, canaryDir, { recursive: true });
  writeFileSync(join(canaryDir, 'private-tender.html'), CANARY_PAGE);
  fixtures = await serveFixtures(canaryDir);

  feedServer = createHttpsServer({ key: readFileSync(join(TLS, 'test-key.pem')), cert: readFileSync(join(TLS, 'test-cert.pem')) }, (req, res) => {
    feedLog.push({ url: req.url ?? '', method: req.method ?? '', headers: req.headers });
    if (req.url !== '/feed.json') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(feedList(5, [newRecord()])));
  });
  await new Promise<void>((done) => feedServer.listen(0, '127.0.0.1', done));
  const address = feedServer.address();
  feedUrl = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/feed.json`;

  // A copy of the build (loaded with the test build's content script, whose marks `browse` waits on).
  dist = manifestCopy(CHROME_DIST, (manifest) => void manifest.host_permissions?.push('https://127.0.0.1/*'), 'privacy');

  ext = await launchChromium({
    dist,
    args: [
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      '--proxy-bypass-list=<-loopback>',
      '--ignore-certificate-errors',
      ...QUIET_BROWSER,
    ],
  });
  ext.context.on('request', (r) => {
    const worker = r.serviceWorker();
    seen.push({ url: r.url(), method: r.method(), body: r.postData() ?? '', from: worker ? `service worker ${worker.url()}` : (r.frame()?.url() ?? '?') });
  });
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await fixtures?.close();
  await new Promise((done) => feedServer?.close(done));
  await proxy?.close();
  for (const dir of [dist, canaryDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a fixture page and waits until the content script has scanned it (its own completion mark). */
async function browse(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(fixtures.url(path));
  await page.waitForLoadState('load');
  await new TestPage('chromium', page).waitForScan();
  return page;
}

/** Sends a request to the background as the options page does. */
async function ask<T>(page: Page, message: unknown): Promise<T> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
}

const fixtureHost = () => new URL(fixtures.origin).host;
const feedHost = () => new URL(feedUrl).host;
/**
 * The official sources, on by default: the extension asks for these two pages after install (here
 * they cannot be reached, so the CSV the CBP page links is never asked for).
 */
const OFFICIAL_HOSTS = ['www.cbp.gov:443', 'www.dhs.gov:443'];
const OFFICIAL_REQUESTS = ['GET www.cbp.gov/document/stats/withhold-release-orders-findings', 'GET www.dhs.gov/uflpa-entity-list'];

describe('privacy: what the browser sends while the extension works', () => {
  it('browses every fixture portal and the canary page; highlights appear, so the extension was working', async () => {
    const pages = readdirSync(FIXTURE_PAGES).filter((f) => f.endsWith('.html'));
    for (const p of pages) {
      const page = await browse(p);
      await page.close();
    }
    const page = await browse('private-tender.html');
    const texts = await waitFor(() => paintedTexts(page), (t) => t.includes('Hoshine Silicon Industry Co., Ltd.'));
    expect(texts).toContain('Hoshine Silicon Industry Co., Ltd.');
    const popup = await ext.openPopupFor(page);
    await popup.locator('article').first().waitFor();
    await popup.close();
    await page.close();
    recordFigure('privacy', 'fixture pages browsed with traffic recorded', pages.length + 1);
  });

  it('refreshes from the configured feed and then finds the company it added', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const state = await ask<{ settings: { settings: Record<string, unknown> } }>(options, { type: 'get-admin-state' });
    const settings = { ...state.settings.settings, sources: [{ id: 'org', kind: 'wro-json', url: feedUrl, label: 'Organisation feed', enabled: true }] };
    await ask(options, { type: 'save-settings', settings });
    const run = await ask<{ outcome: string }>(options, { type: 'refresh-now' });
    expect(run.outcome).toBe('applied');
    await options.close();
    const page = await browse('private-tender.html');
    const texts = await waitFor(() => paintedTexts(page), (t) => t.includes(NEW_COMPANY));
    expect(texts).toContain(NEW_COMPANY);
    await page.close();
    expect(feedLog.filter((r) => r.url === '/feed.json')).not.toHaveLength(0);
  });

  it('contacted only the fixture server, the feed host and the official sources, through every path the proxy saw', () => {
    expect(proxy.log.length).toBeGreaterThan(0);
    const hosts = [...new Set(proxy.log.map(hostOf))];
    const other = hosts.filter((h) => h !== fixtureHost() && h !== feedHost() && !OFFICIAL_HOSTS.includes(h));
    // Chromium's own services (component updates, network time, sign-in) run whatever is installed.
    expect(other.filter((h) => !BROWSER_SERVICES.test(h.replace(/:\d+$/, '')))).toEqual([]);
    recordFigure('privacy', 'connections recorded by the proxy', proxy.log.length, `hosts: ${hosts.join(', ')}`);
  });

  it('is not what reached Chromium\'s own services: they never mention the extension, and its code names none of them', () => {
    for (const r of proxy.log.filter((x) => BROWSER_SERVICES.test(hostOf(x).replace(/:\d+$/, '')))) {
      expect(`${r.target} ${r.body}`, r.target).not.toContain(ext.extensionId);
    }
    const code = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(js|html|json)$/.test(e.name))
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
      .join('\n');
    expect(code).not.toMatch(/\b(?:[a-z0-9-]+\.)*(?:google|googleapis|gstatic|gvt1|gvt2)\.com\b/);
  });

  it('made no request of its own except to the feed and the official sources, and none from a page to anywhere but the page\'s server', () => {
    const extensionOrigin = `chrome-extension://${ext.extensionId}`;
    for (const r of seen) {
      const url = new URL(r.url);
      if (url.protocol === 'chrome-extension:') {
        expect(url.host, `${r.from} loaded another extension's file`).toBe(ext.extensionId);
        continue;
      }
      if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
      const fromExtension = r.from.startsWith('service worker') || r.from.startsWith(extensionOrigin);
      if (fromExtension) {
        expect([`GET ${feedHost()}/feed.json`, ...OFFICIAL_REQUESTS], `extension request from ${r.from}`).toContain(`${r.method} ${url.host}${url.pathname}`);
        continue;
      }
      expect([fixtureHost(), feedHost()], `${r.method} ${r.url} from ${r.from}`).toContain(url.host);
    }
    recordFigure('privacy', 'requests recorded by the browser', seen.length);
  });

  it('sent no page text anywhere: the canary and the listed names on the page are in no request', () => {
    const carried = (text: string) => text.includes('Canary-7f3a9c') || text.includes(encodeURIComponent('Canary-7f3a9c')) || text.includes(NEW_COMPANY) || text.includes('Hoshine');
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
