/**
 * The release manifest asks for no local hosts. Tests and the demo serve fixture portals from
 * 127.0.0.1, so they load a copy of the built extension whose manifest adds the local hosts to
 * `host_permissions` and to the content script's matches: nothing else differs from the build.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const LOCAL_TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

interface Manifest {
  host_permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
}

const copies = new Map<string, string>();

/** A copy of `dist` (made once per process) that also runs on the local fixture server. */
export function withLocalTestHosts(dist: string): string {
  const existing = copies.get(dist);
  if (existing) return existing;
  const copy = join(mkdtempSync(join(tmpdir(), `wro-test-${basename(dist)}-`)), basename(dist));
  cpSync(dist, copy, { recursive: true });
  const path = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOCAL_TEST_HOSTS];
  for (const script of manifest.content_scripts ?? []) script.matches = [...script.matches, ...LOCAL_TEST_HOSTS];
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  copies.set(dist, copy);
  return copy;
}
