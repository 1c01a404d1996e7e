/**
 * The release manifest asks for no local hosts. Tests and the demo serve fixture portals from
 * 127.0.0.1, so they load a copy of the built extension whose manifest adds the local hosts to
 * `host_permissions` and to the content script's matches: nothing else differs from the build.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const LOCAL_TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * A local host name the extension may read but does not scan by default: a site the user has not
 * added. Browsers resolve every `*.localhost` name to the loopback address, so the fixture server
 * answers it with no DNS set-up, and `http://localhost/*` does not match it.
 */
export const UNSCANNED_TEST_HOST = 'wro-unscanned.localhost';

interface Manifest {
  host_permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
  web_accessible_resources?: Array<{ resources: string[]; matches: string[] }>;
}

const copies = new Map<string, string>();

/** A copy of `dist` (made once per process and `kind`) whose manifest `edit` has changed. */
function editedCopy(dist: string, kind: string, edit: (manifest: Manifest) => void): string {
  const key = `${kind} ${dist}`;
  const existing = copies.get(key);
  if (existing) return existing;
  const copy = join(mkdtempSync(join(tmpdir(), `wro-test-${basename(dist)}-`)), basename(dist));
  cpSync(dist, copy, { recursive: true });
  const path = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  edit(manifest);
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  copies.set(key, copy);
  return copy;
}

/** A copy of `dist` that also runs on the local fixture server. */
export function withLocalTestHosts(dist: string): string {
  return editedCopy(dist, 'local', (manifest) => {
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOCAL_TEST_HOSTS];
    for (const script of manifest.content_scripts ?? []) script.matches = [...script.matches, ...LOCAL_TEST_HOSTS];
  });
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
 * A copy of `dist` that also runs on the local fixture server and whose popup a fixture page may
 * open. Firefox 153's WebDriver refuses to navigate a tab to a moz-extension: page, so a test that
 * must ask an extension page (the toolbar badge's text) has a local page navigate there; the release
 * manifest has no web-accessible resources.
 */
export function withPopupOpenableLocally(dist: string): string {
  return editedCopy(withLocalTestHosts(dist), 'popup', (manifest) => {
    manifest.web_accessible_resources = [{ resources: ['popup.html'], matches: LOCAL_TEST_HOSTS }];
  });
}

