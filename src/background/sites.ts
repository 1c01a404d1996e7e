/**
 * Where the content script runs. Four sources, in order of precedence:
 * - an administrator's policy (`storage.managed`, schema in `public/managed-schema.json`):
 *   `blockedSites` are never scanned, `scanSites` always are, `allowUserSites: false` stops users
 *   adding sites or scanning pages on demand;
 * - sites the user switched off (nothing is scanned there, default portals included);
 * - sites the user chose to "Always scan" (an optional host permission, then a registered content script);
 * - the default portals in the manifest, and any page scanned once on request ("Scan this page", `activeTab`).
 * The lists stay in the background's reach only (IndexedDB and `storage.managed`): a content script
 * asks for its own frame's mode (`get-page-mode`: scanned or not, discreet or not) and is told to
 * ask again by a timestamp in `storage.local` (`pageModeChanged`), so it never reads the lists.
 */
import { z } from 'zod';
import browser, { type Runtime } from '../platform/browser';
import { isSwitchedOff, originOf, patternCoversOrigin, sitePattern, type PageModes, type SiteLists, type UserSites } from '../core/site-switch';
import type { PageMode } from '../platform/messages';
import type { SiteStatus } from '../platform/request-types';
import type { RequestHandlers } from '../platform/requests';
import { effectiveSettings } from '../core/settings';
import { loadSettings, readUserSites, writeUserSites } from '../platform/settings-store';
import { readMeta, writeMeta } from '../platform/db';
import { writeLocal } from '../platform/storage';

const SCRIPT_PREFIX = 'wro-site ';

interface SitePolicy {
  scanSites: string[];
  blockedSites: string[];
  allowUserSites: boolean;
}

/** Policy entries may be origins or match patterns; both become match patterns (an origin's without its port: `sitePattern`). */
function toPattern(site: string): string | null {
  if (!site.includes('*')) return sitePattern(site);
  const m = /^(\*|https?):\/\/([^/:]+)(?::(?:\d+|\*))?(\/.*)$/.exec(site);
  return m ? `${m[1]}://${m[2]}${m[3]}` : null;
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

/**
 * The page modes from the user's sites, the policy and the settings; with `withoutPolicy`, from the
 * user's sites and the settings as last stored (the policy's values as of its last read) only.
 */
async function computePageModes(withoutPolicy = false): Promise<PageModes> {
  const [policy, user, { settings }] = await Promise.all([
    withoutPolicy ? policySchema.parse({}) : readPolicy(),
    readUserSites(),
    withoutPolicy ? readMeta('settings').then((stored) => effectiveSettings(stored, {})) : loadSettings(),
  ]);
  const blocked = policy.blockedSites.map(toPattern).filter((p): p is string => p !== null);
  return { off: [...new Set([...user.off.map((origin) => `${origin}/*`), ...blocked])], discreet: settings.discreetMode };
}

/**
 * The switches or discreet mode may have changed (install, start-up, policy, the user's sites, the
 * settings): what each frame gets is worked out again and kept (IndexedDB), and open pages'
 * content scripts are told to ask their mode again.
 */
export function pageModesChanged(): Promise<void> {
  // One after another: the last one run reads what the last change left.
  const next = publishing.then(async () => {
    await writeMeta('sites:page-modes', await computePageModes());
    await writeLocal({ pageModeChanged: Date.now() });
  });
  publishing = next.catch(() => undefined);
  return next;
}

let publishing: Promise<void> = Promise.resolve();

/**
 * The origin a content script's message came from, as the browser reports it (never as the
 * script claims): an about:blank or srcdoc frame has its creator's origin; a sandboxed frame's
 * opaque origin gives way to its address's.
 */
export function senderOrigin(sender: Runtime.MessageSender): string | null {
  const reported = (sender as { origin?: unknown }).origin;
  if (typeof reported === 'string' && reported !== 'null') {
    const origin = originOf(reported);
    if (origin) return origin;
  }
  return originOf(sender.url ?? '') ?? originOf(sender.tab?.url ?? '');
}

/**
 * `get-page-mode`: whether the sender's own frame is scanned, and whether it may show anything.
 * Answered at once from what was last worked out, never after reading the policy: its first read
 * after the browser starts can take seconds, and a page is scanned as soon after it loads as
 * before. Before anything was ever worked out (the first seconds after install) it is answered from
 * the user's sites and the stored settings, and corrected by the `pageModeChanged` signal once the
 * policy has been read (see docs/security.md).
 */
export async function pageModeFor(sender: Runtime.MessageSender): Promise<PageMode> {
  const modes = (await readMeta('sites:page-modes')) ?? (await computePageModes(true));
  const origin = senderOrigin(sender);
  return { scan: origin === null || !isSwitchedOff(modes, origin), discreet: modes.discreet === true };
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

/** Brings the registered content scripts in line with the settings, and has open pages ask their mode again. */
export async function applySiteSettings(): Promise<void> {
  await pageModesChanged();
  const [policy, user] = await Promise.all([readPolicy(), readUserSites()]);
  const blocked = policy.blockedSites.map(toPattern).filter((p): p is string => p !== null);

  const wanted = new Map<string, string>();
  for (const site of policy.scanSites) {
    const pattern = toPattern(site);
    if (pattern) wanted.set(`${SCRIPT_PREFIX}${pattern}`, pattern);
  }
  if (policy.allowUserSites) {
    for (const origin of user.always) {
      const pattern = sitePattern(origin);
      if (pattern && !user.off.includes(origin) && !isBlocked(policy, origin)) wanted.set(`${SCRIPT_PREFIX}${pattern}`, pattern);
    }
  }
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.filter((s) => s.id.startsWith(SCRIPT_PREFIX));
  // Registered by an earlier version with the highlight style sheet, which pages are no longer given: registered again.
  const stale = ours.filter((s) => !wanted.has(s.id) || (s.css?.length ?? 0) > 0).map((s) => s.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const present = new Set(ours.map((s) => s.id).filter((id) => !stale.includes(id)));
  const missing = [...wanted].filter(([id]) => !present.has(id));
  if (missing.length === 0) return;
  const scripts = missing.map(([id, pattern]) => ({
    id,
    matches: [pattern],
    excludeMatches: blocked,
    js: ['content.js'],
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
  await writeUserSites(change(await readUserSites()));
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
      const pattern = sitePattern(origin);
      if (!pattern || !(await browser.permissions.contains({ origins: [pattern] }))) throw new Error('Permission for this site was not granted');
    }
    await updateUserSites((sites) => ({
      always: always ? [...sites.always, origin] : sites.always.filter((o) => o !== origin),
      off: always ? sites.off.filter((o) => o !== origin) : sites.off,
    }));
    return siteStatus(origin);
  },

  /** The options page lists every site choice; the user's are changed back through the two requests above and below. */
  'list-sites': async (): Promise<SiteLists> => {
    const [policy, user] = await Promise.all([readPolicy(), readUserSites()]);
    return { user, policyScan: policy.scanSites, policyBlocked: policy.blockedSites, userMayAdd: policy.allowUserSites, defaults: defaultPatterns() };
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
