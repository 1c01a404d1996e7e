/**
 * `npm run package`, run once: the three archives and their checksums, the versions and file lists,
 * Mozilla's linter on the Firefox archive, the sources archive rebuilding it byte for byte, and each
 * store archive unpacked and loaded in its browser exactly as shipped (no local test hosts added,
 * unlike the harness's copies). The release manifest runs the content script on the default portals
 * only, so the fixture demo page is served over https on one of their names,
 * www.find-tender.service.gov.uk, sent to this machine (Chromium: --host-resolver-rules; Firefox:
 * network.dns.localDomains), with the test certificate accepted.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { chromium, type BrowserContext } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localHostsIn, missingFiles, releaseVersion } from '../../scripts/package-checks';
import { CHROME_PATH, FIREFOX_PATH } from './harness/browsers';
import { paintedTexts } from './harness/highlights';
import { waitFor } from './harness/wait';

const run = promisify(execFile);
/**
 * A shell's environment, not vitest's: NODE_ENV=production (vitest's NODE_ENV=test would give a
 * development build), and no WRO_DIST (a build inside a copy writes to the copy's own dist/).
 */
const buildEnv = () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.WRO_DIST;
  return env;
};
const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const sourceManifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
  host_permissions: string[];
  content_scripts: Array<{ matches: string[] }>;
};
const version = pkg.version;
const CHROME_ZIP = `wro-check-chrome-${version}.zip`;
const FIREFOX_ZIP = `wro-check-firefox-${version}.zip`;
const SOURCES_ZIP = `wro-check-sources-${version}.zip`;
const GECKO_ID = 'wro-check@wro-check.org';

/** A default portal of the release manifest, served from this machine. */
const PORTAL_HOST = 'www.find-tender.service.gov.uk';
const DEMO_NAMES = ['Hoshine Silicon Industry Co., Ltd.', 'Supermax Corporation Berhad'];
const PAGES = join(root, 'tests/fixtures/pages');
const TLS = join(root, 'tests/fixtures/tls');

let work: string;
let out: string;
/** Each archive unpacked: file name → bytes. */
const unpacked = new Map<string, Map<string, Uint8Array>>();
let server: Server;
let portalUrl: string;
/** Mozilla's linter on the Firefox archive, started once the archive exists (it runs while other checks do). */
let lintOutput: Promise<string>;

/** Writes `files` under `dir` and returns `dir`. */
function writeTree(dir: string, files: Map<string, Uint8Array>): string {
  for (const [name, bytes] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return dir;
}

function unzip(path: string): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(readFileSync(path))).filter(([name]) => !name.endsWith('/')));
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

const chromeFiles = () => unpacked.get(CHROME_ZIP)!;
const firefoxFiles = () => unpacked.get(FIREFOX_ZIP)!;
const manifestOf = (files: Map<string, Uint8Array>) => JSON.parse(Buffer.from(files.get('manifest.json')!).toString('utf8'));
const sorted = (names: Iterable<string>) => [...names].sort();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'wro-package-test-'));
  out = join(work, 'release');
  // --allow-dirty: tests run in working trees with changes not yet committed.
  await run(process.execPath, ['--import', 'tsx', join(root, 'scripts/package.ts'), '--out', out, '--allow-dirty'], {
    cwd: root,
    env: buildEnv(),
  }).catch((e: { stdout?: string; stderr?: string }) => {
    throw new Error(`npm run package failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  });
  for (const name of [CHROME_ZIP, FIREFOX_ZIP, SOURCES_ZIP]) unpacked.set(name, unzip(join(out, name)));
  lintOutput = run(
    join(root, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', join(out, FIREFOX_ZIP), '--output', 'json', '--no-config-discovery'],
    { maxBuffer: 16 * 1024 * 1024 },
  ).then(
    (r) => r.stdout,
    // web-ext exits non-zero when the linter reports errors; its report is still on stdout.
    (e: { stdout?: string }) => e.stdout ?? '',
  );

  server = createServer({ key: readFileSync(join(TLS, 'test-key.pem')), cert: readFileSync(join(TLS, 'test-cert.pem')) }, (req, res) => {
    const file = resolve(PAGES, `.${decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname)}`);
    if (!file.startsWith(PAGES + sep)) return void res.writeHead(403).end();
    const type = { '.html': 'text/html; charset=utf-8', '.css': 'text/css' }[extname(file)] ?? 'application/octet-stream';
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': type }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  portalUrl = `https://${PORTAL_HOST}:${typeof address === 'object' && address ? address.port : 0}/demo.html`;
  // Three production builds and a sources archive rebuilt from scratch, beside two other browser files.
}, 240_000);

afterAll(async () => {
  await new Promise((done) => server?.close(done));
  if (!work) return;
  // The link to node_modules goes first, so removing the folder never reaches through it.
  const link = join(work, 'sources', `wro-check-${version}`, 'node_modules');
  if (existsSync(link)) unlinkSync(link);
  rmSync(work, { recursive: true, force: true });
});

describe('npm run package', () => {
  it('writes the Chrome, Firefox and sources archives named by package.json’s version, with their SHA-256 sums', () => {
    expect(sorted(readdirSync(out))).toEqual(sorted(['SHA256SUMS', CHROME_ZIP, FIREFOX_ZIP, SOURCES_ZIP]));
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums).toEqual(
      [CHROME_ZIP, FIREFOX_ZIP, SOURCES_ZIP].map((name) => `${createHash('sha256').update(readFileSync(join(out, name))).digest('hex')}  ${name}`),
    );
    expect(manifestOf(chromeFiles()).version).toBe(version);
    expect(manifestOf(firefoxFiles()).version).toBe(version);
  });

  it('ships the same files to both stores, only manifest.json differing, and every file a manifest names', () => {
    expect(sorted(chromeFiles().keys())).toEqual(sorted(firefoxFiles().keys()));
    const differing = [...chromeFiles()].filter(([name, bytes]) => !Buffer.from(bytes).equals(Buffer.from(firefoxFiles().get(name)!)));
    expect(differing.map(([name]) => name)).toEqual(['manifest.json']);
    expect(missingFiles(manifestOf(chromeFiles()), chromeFiles().keys())).toEqual([]);
    expect(missingFiles(manifestOf(firefoxFiles()), firefoxFiles().keys())).toEqual([]);
    expect([...chromeFiles().keys()]).toEqual(expect.arrayContaining(['manifest.json', 'background.js', 'content.js', 'popup.html', 'options.html', 'screen.html']));
  });

  it('ships no source maps, TypeScript, tests or dotfiles in the store archives', () => {
    const unwanted = (names: Iterable<string>) => [...names].filter((n) => /\.map$|\.tsx?$|(^|\/)(tests?|fixtures)\/|\.test\.|(^|\/)\.|node_modules/.test(n));
    expect(unwanted(chromeFiles().keys())).toEqual([]);
    expect(unwanted(firefoxFiles().keys())).toEqual([]);
  });

  it('asks in the release manifests for the source manifest’s hosts, and no local host', () => {
    for (const files of [chromeFiles(), firefoxFiles()]) {
      const text = Buffer.from(files.get('manifest.json')!).toString('utf8');
      expect(text).not.toMatch(/127\.0\.0\.1|localhost|\[::1\]|file:/);
      const manifest = JSON.parse(text);
      expect(localHostsIn(manifest)).toEqual([]);
      expect(manifest.host_permissions).toEqual(sourceManifest.host_permissions);
      expect(manifest.content_scripts.map((s: { matches: string[] }) => s.matches)).toEqual(sourceManifest.content_scripts.map((s) => s.matches));
      expect(manifest.web_accessible_resources).toBeUndefined();
    }
    expect(manifestOf(chromeFiles()).background).toEqual({ service_worker: 'background.js' });
    expect(manifestOf(firefoxFiles()).background).toEqual({ scripts: ['background.js'] });
    expect(manifestOf(firefoxFiles()).browser_specific_settings.gecko.id).toBe(GECKO_ID);
  });

  it('checks versions: manifest.json must say package.json’s, and stores take numbers only', () => {
    expect(releaseVersion('1.2.0', '1.2.0')).toBe('1.2.0');
    expect(() => releaseVersion('1.2.0', '1.1.0')).toThrow(/manifest\.json says version "1\.1\.0" but package\.json says "1\.2\.0"/);
    expect(() => releaseVersion('1.2.0-beta.1', '1.2.0-beta.1')).toThrow(/not one the stores accept/);
    expect(() => releaseVersion('1.02', '1.02')).toThrow(/not one the stores accept/);
    expect(localHostsIn({ host_permissions: ['http://127.0.0.1/*', 'https://www.dhs.gov/*'], m: ['*://*.localhost:8080/*', 'file:///tmp/*', 'http://[::1]/'] })).toEqual([
      'http://127.0.0.1',
      '*://*.localhost:8080',
      'file://',
      'http://[::1]',
    ]);
  });

  it('writes a sources archive for AMO review that rebuilds the Firefox archive byte for byte with npm run build', async () => {
    const sources = unpacked.get(SOURCES_ZIP)!;
    const top = `wro-check-${version}/`;
    expect([...sources.keys()].filter((n) => !n.startsWith(top))).toEqual([]);
    const names = [...sources.keys()].map((n) => n.slice(top.length));
    expect(names).toEqual(expect.arrayContaining(['SOURCES-README.md', 'package.json', 'package-lock.json', 'manifest.json', 'scripts/build.ts', 'vite.config.ts', 'tsconfig.json', 'src/background/index.ts', 'seeds/default-list.json']));
    expect(names.filter((n) => /^(node_modules|dist|release|\.git)\//.test(n))).toEqual([]);
    const readme = Buffer.from(sources.get(`${top}SOURCES-README.md`)!).toString('utf8');
    expect(readme).toContain('npm ci\nnpm run build');
    expect(readme).toContain(`built with Node.js ${process.version}`);
    expect(readme).toContain(FIREFOX_ZIP);

    // Rebuilt where a reviewer would unpack it, with this checkout's installed dependencies (as npm ci would install them).
    const dir = writeTree(join(work, 'sources'), sources);
    const project = join(dir, top);
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
    await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: project, env: buildEnv() });
    const rebuilt = join(project, 'dist/firefox');
    expect(sorted(listFiles(rebuilt))).toEqual(sorted(firefoxFiles().keys()));
    const different = [...firefoxFiles()].filter(([name, bytes]) => !readFileSync(join(rebuilt, name)).equals(Buffer.from(bytes)));
    expect(different.map(([name]) => name)).toEqual([]);
  }, 60_000);

  // The linter reads every file of the archive, pdf.js's among them: over a minute on a busy two-core machine.
  it('passes Mozilla’s add-on linter on the Firefox archive with no errors or warnings', async () => {
    const stdout = await lintOutput;
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    const describe = (items: Array<{ code: string; message: string; file?: string }>) => items.map((i) => `${i.code}: ${i.message} ${i.file ?? ''}`);
    expect(describe(report.errors)).toEqual([]);
    expect(describe(report.warnings)).toEqual([]);
    // The linter read the archive itself.
    expect(report.metadata).toMatchObject({ id: GECKO_ID, version, manifestVersion: 3 });
  }, 180_000);
});

describe('the store archives in their browsers, as shipped', () => {
  it('in Chromium: the Chrome archive loads, its service worker starts, a default portal is painted, the popup lists the findings and the options page renders', async () => {
    const dir = writeTree(join(work, 'chrome'), chromeFiles());
    const profile = mkdtempSync(join(work, 'chromium-profile-'));
    const context: BrowserContext = await chromium.launchPersistentContext(profile, {
      executablePath: CHROME_PATH,
      headless: true,
      args: [
        '--headless=new',
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        // The portal's name to the local server; CBP and DHS unreachable at once (the install refresh fails fast).
        `--host-resolver-rules=MAP ${PORTAL_HOST} 127.0.0.1, MAP www.cbp.gov ~NOTFOUND, MAP www.dhs.gov ~NOTFOUND`,
        '--ignore-certificate-errors',
      ],
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
      expect(new URL(worker.url()).pathname).toBe('/background.js');
      const extensionId = new URL(worker.url()).host;
      expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe(version);

      const page = await context.newPage();
      await page.goto(portalUrl);
      const texts = await waitFor(() => paintedTexts(page), (t) => DEMO_NAMES.every((n) => t.includes(n)));
      expect(texts).toEqual(expect.arrayContaining(DEMO_NAMES));

      const errors: string[] = [];
      const tabId = await worker.evaluate(async (url: string) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1, page.url());
      const popup = await context.newPage();
      popup.on('pageerror', (e) => errors.push(`popup: ${e.message}`));
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('article', { hasText: 'Supermax' }).first().waitFor();
      expect(await popup.locator('article').count()).toBeGreaterThanOrEqual(2);

      const options = await context.newPage();
      options.on('pageerror', (e) => errors.push(`options: ${e.message}`));
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.locator('h1').first().waitFor();
      await options.locator('h2').first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('in Firefox ESR: the Firefox archive installs, its background starts and a default portal is painted', async () => {
    const dir = writeTree(join(work, 'firefox'), firefoxFiles());
    const browser: Browser = await puppeteer.launch({
      browser: 'firefox',
      headless: true,
      executablePath: FIREFOX_PATH,
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        'datareporting.policy.dataSubmissionEnabled': false,
        'app.update.enabled': false,
        // The portal, CBP and DHS all resolve to this machine: the portal's page is served there, and nothing answers CBP and DHS.
        'network.dns.localDomains': `${PORTAL_HOST},www.cbp.gov,www.dhs.gov`,
      },
    });
    try {
      expect(await browser.installExtension(dir)).toBe(GECKO_ID);
      const page = await browser.newPage();
      await page.goto(portalUrl);
      // The content script paints from the matcher the background compiles at install: painted means the background ran.
      const texts = await waitFor(() => paintedTexts(page), (t) => DEMO_NAMES.every((n) => t.includes(n)));
      expect(texts).toEqual(expect.arrayContaining(DEMO_NAMES));
    } finally {
      await browser.close();
    }
  });
});
