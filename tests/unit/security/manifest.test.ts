/**
 * The manifest grants exactly what the features need, each for a documented reason; extension
 * pages run only the extension's own code; nothing outside the extension can talk to it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; world?: string }>;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
};

/** Every permission, why the extension needs it, and the API use in src/ that proves it is used. */
const PERMISSIONS: Record<string, { why: string; usedBy: RegExp }> = {
  storage: {
    why: 'storage.local holds the compiled matcher content scripts read (and nothing else they should not see); storage.session the per-tab findings and refresh progress; storage.managed the organisation policy.',
    usedBy: /browser\.storage\./,
  },
  alarms: { why: 'Scheduled list refresh: an MV3 background is stopped when idle and cannot keep a timer.', usedBy: /browser\.alarms\./ },
  activeTab: {
    why: '"Scan this page": access to the one tab the user clicked the button in, only for that page.',
    usedBy: /scripting\.executeScript/,
  },
  scripting: {
    why: 'Injects the content script on "Scan this page" and registers it for sites set to "Always scan this site".',
    usedBy: /browser\.scripting\./,
  },
};

/** Permissions granted at run time, only if the user asks from a click: nothing until then. */
const OPTIONAL_PERMISSIONS: Record<string, { why: string; usedBy: RegExp }> = {
  notifications: {
    why: 'A system notification when a refresh raises a watch-list alert; asked from the options page’s watch list, alerts show on the toolbar badge and the options page without it.',
    usedBy: /browser\.notifications\.create/,
  },
};

/** Origins granted at run time, one at a time, after the user or admin asks. */
const OPTIONAL_HOSTS: Record<string, string> = {
  'https://*/*': 'Requested per origin: a feed host the admin adds (feeds are https only), or a site the user sets to "Always scan".',
  'http://*/*': 'Requested per origin: an intranet portal on http the user sets to "Always scan"; never used for feeds.',
};


/** Never needed by WRO Check: each would reach far beyond warning about names on a page. */
const NEVER = ['<all_urls>', 'tabs', 'webRequest', 'webRequestBlocking', 'declarativeNetRequest', 'cookies', 'history', 'bookmarks', 'downloads', 'nativeMessaging', 'debugger', 'management', 'proxy', 'clipboardRead', 'clipboardWrite', 'geolocation', 'identity', 'webNavigation', 'browsingData', 'topSites', 'pageCapture', 'tabCapture', 'desktopCapture', 'privacy', 'unlimitedStorage'];

function srcText(): string {
  const read = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? read(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : []));
  return read(join(ROOT, 'src')).join('\n');
}

describe('manifest permissions', () => {
  it('asks for exactly the documented permissions, each used by the code', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(Object.keys(PERMISSIONS).sort());
    expect([...(manifest.optional_permissions ?? [])].sort()).toEqual(Object.keys(OPTIONAL_PERMISSIONS).sort());
    const code = srcText();
    for (const [name, { usedBy }] of Object.entries({ ...PERMISSIONS, ...OPTIONAL_PERMISSIONS })) expect(code, `${name} is documented but unused`).toMatch(usedBy);
  });

  it('has a permission for every browser API namespace the code uses', () => {
    const needsNone = new Set(['runtime', 'tabs', 'action', 'permissions', 'i18n']);
    const used = new Set([...srcText().matchAll(/\bbrowser\.([a-zA-Z]+)\./g)].map((m) => m[1]!));
    for (const ns of used) {
      if (needsNone.has(ns)) continue;
      expect([...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])], `browser.${ns} needs a permission`).toContain(ns);
    }
  });

  it('asks for none of the permissions that would reach beyond the page text it warns about', () => {
    const all = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? []), ...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
    for (const p of NEVER) expect(all).not.toContain(p);
    expect(all).not.toContain('*://*/*');
  });

  it('has host permissions only for the https portals its content script runs on and the two official sources a refresh reads', () => {
    const portals = new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches));
    const official = ['https://www.cbp.gov/*', 'https://www.dhs.gov/*'];
    expect(manifest.host_permissions).toEqual(expect.arrayContaining(official));
    // CBP's and DHS's own sites are read for the list, never scanned.
    for (const host of official) expect(portals.has(host), `${host} is scanned`).toBe(false);
    for (const host of (manifest.host_permissions ?? []).filter((h) => !official.includes(h))) {
      expect(portals.has(host), `${host} is not a portal`).toBe(true);
      expect(host, 'portals are https').toMatch(/^https:\/\//);
    }
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual(Object.keys(OPTIONAL_HOSTS).sort());
  });

  it('runs content scripts in their isolated world only', () => {
    for (const c of manifest.content_scripts ?? []) expect(c.world ?? 'ISOLATED').toBe('ISOLATED');
  });
});

describe('manifest: no way in from outside, no remote code', () => {
  it('has no externally_connectable: no web page or other extension can message it', () => {
    expect(manifest).not.toHaveProperty('externally_connectable');
  });

  it('exposes no web-accessible resources: pages cannot load or fingerprint its files', () => {
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  it('gives extension pages a strict CSP: own scripts only, no eval, no inline code, no remote hosts', () => {
    const csp = manifest.content_security_policy?.extension_pages;
    expect(csp).toBeDefined();
    const directives = new Map(
      csp!.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(["'self'", "'none'"]).toEqual(expect.arrayContaining(directives.get('object-src') ?? ['missing']));
    for (const [name, values] of directives) {
      for (const v of values) {
        expect(v, name).not.toMatch(/unsafe-(eval|inline|hashes)|^\*$|^https?:|^data:|^blob:|^wss?:/);
      }
    }
    expect(manifest.content_security_policy).not.toHaveProperty('sandbox');
    expect(manifest).not.toHaveProperty('sandbox');
  });

  it('loads no remote script in any extension page', () => {
    for (const page of readdirSync(join(ROOT, 'src/pages')).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(ROOT, 'src/pages', page), 'utf8');
      for (const [, src] of html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="([^"]+)"/gi)) {
        expect(src, page).not.toMatch(/^(https?:)?\/\//);
      }
    }
  });
});
