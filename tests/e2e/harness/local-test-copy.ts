/**
 * The release manifest asks for no local hosts. Tests and the demo serve fixture portals from
 * 127.0.0.1, so they load a copy of the built extension whose manifest adds the local hosts to
 * `host_permissions` and to the content script's matches, and which holds one more file, an empty
 * extension page (`TEST_PAGE`) from which tests ask what the extension's own pages ask. Its content
 * script is the build's test copy (`dist/test/content.js`, when the build has one), which sets the
 * performance marks tests wait on (`scan.ts`); the release content script sets none, since a page
 * reads them too (issue #17). `withLocalTestHosts(dist, { release: true })` keeps the release one,
 * for tests of what a page can see. Nothing else differs from the build.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export const LOCAL_TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * A local host name the extension may read but does not scan by default: a site the user has not
 * added. Browsers resolve every `*.localhost` name to the loopback address, so the fixture server
 * answers it with no DNS set-up, and `http://localhost/*` does not match it.
 */
export const UNSCANNED_TEST_HOST = 'wro-unscanned.localhost';

/**
 * An extension page with no script of its own, only in test copies: code a test runs in it has
 * the extension's APIs (`chrome.runtime.sendMessage`, `chrome.tabs`, `chrome.storage`), as the
 * popup's code has, without the popup's own requests.
 */
export const TEST_PAGE = 'e2e-test-page.html';

/** The extension pages a local page may open in a Firefox test copy (see `withPagesOpenableLocally`). */
export const EXTENSION_PAGES = ['popup.html', 'options.html', 'screen.html', TEST_PAGE];

export type Manifest = Record<string, unknown> & {
  host_permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
  web_accessible_resources?: Array<{ resources: string[]; matches: string[] }>;
};

const copies = new Map<string, string>();
/** The test build's content script for each copy made here (copies of copies keep their build's). */
const testScripts = new Map<string, string>();
/** Copies that already run on the local hosts and hold the test page. */
const localCopies = new Set<string>();

/** The folders of the copies this test file made: each a whole build (about 6 MB), removed when it ends. */
const made: string[] = [];

/** Removes this test file's copies (`remove-copies.ts`, after the file's own clean-up has closed its browsers). */
export function removeTestCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  copies.clear();
}

/** A fresh copy of `dist` whose manifest `edit` has changed. */
export function manifestCopy(dist: string, edit: (manifest: Manifest) => void, kind = 'edited'): string {
  const root = mkdtempSync(join(tmpdir(), `wro-test-${kind}-${basename(dist)}-`));
  made.push(root);
  const copy = join(root, basename(dist));
  cpSync(dist, copy, { recursive: true });
  const path = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  edit(manifest);
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  if (localCopies.has(dist)) localCopies.add(copy);
  const marked = testContentScript(dist);
  if (marked) testScripts.set(copy, marked);
  return copy;
}

/** A copy of `dist` (made once per process and `kind`) whose manifest `edit` has changed. */
function editedCopy(dist: string, kind: string, edit: (manifest: Manifest) => void): string {
  const key = `${kind} ${dist}`;
  const existing = copies.get(key);
  if (existing) return existing;
  const copy = manifestCopy(dist, edit, kind);
  copies.set(key, copy);
  return copy;
}

/** The content script with the scan marks that `scripts/build.ts` writes beside a build's chrome/ and firefox/ (for a copy: its build's). */
export function testContentScript(dist: string): string | null {
  const known = testScripts.get(dist);
  if (known) return known;
  const path = join(dirname(dist), 'test', 'content.js');
  return existsSync(path) ? path : null;
}

/**
 * A copy of `dist` that also runs on the local fixture server and holds the test page (`dist`
 * itself if it already does), with the test build's content script unless `release`.
 */
export function withLocalTestHosts(dist: string, options: { release?: boolean } = {}): string {
  if (localCopies.has(dist)) return dist;
  const copy = editedCopy(dist, options.release ? 'local-release' : 'local', (manifest) => {
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOCAL_TEST_HOSTS];
    for (const script of manifest.content_scripts ?? []) script.matches = [...script.matches, ...LOCAL_TEST_HOSTS];
  });
  writeFileSync(join(copy, TEST_PAGE), '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>WRO Check test page</title></head><body></body></html>\n');
  const marked = options.release ? null : testContentScript(dist);
  if (marked) copyFileSync(marked, join(copy, 'content.js'));
  localCopies.add(copy);
  return copy;
}

/**
 * A copy of `dist` already granted `UNSCANNED_TEST_HOST` (as if the user had allowed it) but with
 * no content script there, so only "Scan this page" or "Always scan this site" scan its pages:
 * headless browsers cannot answer a permission prompt. Pass it to `launchChromium({ dist })`,
 * which adds the usual local hosts on top.
 */
export function withUnscannedTestHost(dist: string): string {
  return editedCopy(dist, 'unscanned', (manifest) => {
    manifest.host_permissions = [...(manifest.host_permissions ?? []), `http://${UNSCANNED_TEST_HOST}/*`];
  });
}

/**
 * A copy of `dist` that also runs on the local fixture server and whose extension pages (popup,
 * options, screening page, test page) a local page may open. Firefox 153's WebDriver refuses to
 * navigate a tab to a moz-extension: page, so the harness has a local page navigate there itself
 * (see docs/testing.md); the release manifest has no web-accessible resources.
 */
export function withPagesOpenableLocally(dist: string): string {
  return editedCopy(withLocalTestHosts(dist), 'pages', (manifest) => {
    manifest.web_accessible_resources = [{ resources: EXTENSION_PAGES, matches: LOCAL_TEST_HOSTS }];
  });
}

/** The former name of `withPagesOpenableLocally` (it made only the popup openable). */
export const withPopupOpenableLocally = withPagesOpenableLocally;
