/**
 * Where the content script runs. Four sources, in order of precedence:
 * - an administrator's policy (`storage.managed`, schema in `public/managed-schema.json`):
 *   `blockedSites` are never scanned, `scanSites` always are, `allowUserSites: false` stops users
 *   adding sites or scanning pages on demand;
 * - sites the user switched off (nothing is scanned there, default portals included);
 * - sites the user chose to "Always scan" (an optional host permission, then a registered content script);
 * - the default portals in the manifest, and any page scanned once on request ("Scan this page", `activeTab`).
 * The effective switched-off list is published in `storage.local` for content scripts to read.
 */
import { z } from 'zod';
import browser from '../platform/browser';
import { originOf, patternCoversOrigin, type SiteSwitches } from '../core/site-switch';
import type { SiteStatus } from '../platform/request-types';
import type { RequestHandlers } from '../platform/requests';
import { readLocal, writeLocal, type UserSites } from '../platform/storage';

const SCRIPT_PREFIX = 'wro-site ';

interface SitePolicy {
  scanSites: string[];
  blockedSites: string[];
  allowUserSites: boolean;
}

/** Policy entries may be origins or match patterns; both become match patterns. */
function toPattern(site: string): string | null {
  if (site.includes('*')) return /^(\*|https?):\/\/[^/]+\/.*$/.test(site) ? site : null;
  const origin = originOf(site);
  return origin ? `${origin}/*` : null;
}

const policySchema = z.object({
  scanSites: z.array(z.string().max(500)).max(1000).catch([]).default([]),
  blockedSites: z.array(z.string().max(500)).max(1000).catch([]).default([]),
  allowUserSites: z.boolean().catch(true).default(true),
});

async function readPolicy(): Promise<SitePolicy> {
  // Firefox without an enterprise policy, and Chrome without a managed schema, reject or return nothing.
  const managed = await browser.storage.managed.get(null).catch(() => ({}));
  return policySchema.parse(managed ?? {});
}

async function readUserSites(): Promise<UserSites> {
  const stored: Partial<UserSites> | undefined = await readLocal('userSites');
  return { always: stored?.always ?? [], off: stored?.off ?? [] };
}

const isBlocked = (policy: SitePolicy, origin: string): boolean =>
  policy.blockedSites.some((site) => {
    const pattern = toPattern(site);
    return pattern !== null && patternCoversOrigin(pattern, origin);
  });

function defaultPatterns(): string[] {
  const manifest = browser.runtime.getManifest();
  return (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

/** Brings the registered content scripts and the published switches in line with the settings. */
export async function applySiteSettings(): Promise<void> {
  const [policy, user] = await Promise.all([readPolicy(), readUserSites()]);
  const blocked = policy.blockedSites.map(toPattern).filter((p): p is string => p !== null);
  const switches: SiteSwitches = { off: [...new Set([...user.off.map((origin) => `${origin}/*`), ...blocked])] };
  await writeLocal({ siteSwitches: switches });

  const wanted = new Map<string, string>();
  for (const site of policy.scanSites) {
    const pattern = toPattern(site);
    if (pattern) wanted.set(`${SCRIPT_PREFIX}${pattern}`, pattern);
  }
  if (policy.allowUserSites) {
    for (const origin of user.always) {
      if (!user.off.includes(origin) && !isBlocked(policy, origin)) wanted.set(`${SCRIPT_PREFIX}${origin}/*`, `${origin}/*`);
    }
  }
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.filter((s) => s.id.startsWith(SCRIPT_PREFIX));
  const stale = ours.filter((s) => !wanted.has(s.id)).map((s) => s.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const present = new Set(ours.map((s) => s.id));
  const missing = [...wanted].filter(([id]) => !present.has(id));
  if (missing.length === 0) return;
  const scripts = missing.map(([id, pattern]) => ({
    id,
    matches: [pattern],
    excludeMatches: blocked,
    js: ['content.js'],
    css: ['content.css'],
    allFrames: true,
    // about:blank and srcdoc frames the page writes its previews into (Chrome 119+, Firefox 128+);
    // both browsers refuse it on a pattern with a path, which a policy entry may have.
    matchOriginAsFallback: /^[^:]+:\/\/[^/]+\/\*$/.test(pattern),
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  }));
  await browser.scripting.registerContentScripts(scripts);
}

async function siteStatus(url: string): Promise<SiteStatus | null> {
  const origin = originOf(url);
  if (!origin) return null;
  const [policy, user] = await Promise.all([readPolicy(), readUserSites()]);
  const blocked = isBlocked(policy, origin);
  const forced = policy.scanSites.some((site) => {
    const pattern = toPattern(site);
    return pattern !== null && patternCoversOrigin(pattern, origin);
  });
  return {
    origin,
    isDefault: defaultPatterns().some((pattern) => patternCoversOrigin(pattern, origin)),
    always: forced || user.always.includes(origin),
    off: blocked || user.off.includes(origin),
    managed: blocked || forced,
    userMayScan: policy.allowUserSites && !blocked,
  };
}

async function updateUserSites(change: (sites: UserSites) => UserSites): Promise<void> {
  const next = change(await readUserSites());
  await writeLocal({ userSites: { always: [...new Set(next.always)], off: [...new Set(next.off)] } });
  await applySiteSettings();
}

async function tabUrl(tabId: number): Promise<string> {
  return (await browser.tabs.get(tabId)).url ?? '';
}

export const siteRequests = {
  /** The popup asks what applies to the tab it shows. */
  'get-site-status': async ({ tabId }) => siteStatus(await tabUrl(tabId)),

  /** "Scan this page": injects the content script into every frame of the tab, once (the user's click granted `activeTab`). */
  'scan-tab': async ({ tabId }) => {
    const status = await siteStatus(await tabUrl(tabId));
    if (!status) throw new Error('This page cannot be scanned');
    if (!status.userMayScan) throw new Error('Your administrator does not allow scanning this site');
    if (status.off) await updateUserSites((sites) => ({ ...sites, off: sites.off.filter((o) => o !== status.origin) }));
    await browser.scripting.insertCSS({ target: { tabId, allFrames: true }, files: ['content.css'] });
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['content.js'] });
    return { scanned: true } as const;
  },

  /**
   * "Always scan this site". The popup requests the optional host permission first (the request
   * needs the user's click, which only the popup has); this records the choice and registers the script.
   */
  'set-site-always': async ({ origin, always }) => {
    const policy = await readPolicy();
    if (always) {
      if (!policy.allowUserSites || isBlocked(policy, origin)) throw new Error('Your administrator does not allow adding this site');
      if (!(await browser.permissions.contains({ origins: [`${origin}/*`] }))) throw new Error('Permission for this site was not granted');
    }
    await updateUserSites((sites) => ({
      always: always ? [...sites.always, origin] : sites.always.filter((o) => o !== origin),
      off: always ? sites.off.filter((o) => o !== origin) : sites.off,
    }));
    return siteStatus(origin);
  },

  /** Switches a site off (nothing scanned there, default portals included) or back on. */
  'set-site-off': async ({ origin, off }) => {
    const policy = await readPolicy();
    if (!off && isBlocked(policy, origin)) throw new Error('Your administrator switched this site off');
    await updateUserSites((sites) => ({
      ...sites,
      off: off ? [...sites.off, origin] : sites.off.filter((o) => o !== origin),
    }));
    return siteStatus(origin);
  },
} satisfies Partial<RequestHandlers>;
