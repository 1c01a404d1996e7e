/**
 * The settings and the user's site choices, in the extension's IndexedDB (`meta` store), with the
 * organisation's policy from `storage.managed` laid over the settings. The stored settings are
 * always the effective ones, so readers that know nothing of policy (the popup's list-age warning)
 * still see its values.
 *
 * Not in `storage.local`: content scripts can read that, and feed addresses may carry access
 * tokens (issue #17, attack 6). Content scripts cannot open this database (theirs is the page's
 * origin); what they need of it they ask the background, for their own frame (`get-page-mode`).
 */
import { effectiveSettings, settingsSchema, withLockedFields, type EffectiveSettings, type Settings } from '../core/settings';
import type { UserSites } from '../core/site-switch';
import browser from './browser';
import { openWroDb, readMeta, writeMeta } from './db';
import { FORMER_LOCAL_KEYS } from './storage';

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    // No policy installed (Firefox rejects when there is no managed storage manifest).
    return {};
  }
}

/** What an earlier version left in `storage.local` under `key`, until `moveFromLocalStorage` has run. */
async function formerLocal(key: (typeof FORMER_LOCAL_KEYS)[number]): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

async function storedSettings(): Promise<unknown> {
  return (await readMeta('settings')) ?? (await formerLocal('settings'));
}

export async function loadSettings(): Promise<EffectiveSettings> {
  const [settings, managed] = await Promise.all([storedSettings(), readManaged()]);
  return effectiveSettings(settings, managed);
}

/** Saves the admin's edit (locked fields keep their policy values); returns what is now in force. */
export async function saveSettings(edit: Settings): Promise<EffectiveSettings> {
  const current = await loadSettings();
  const next = settingsSchema.parse(withLockedFields(edit, current));
  await writeMeta('settings', next);
  return { ...current, settings: next };
}

/** Writes policy values through to the stored settings (after install, start-up, or a policy change). */
export async function syncManagedSettings(): Promise<EffectiveSettings> {
  const effective = await loadSettings();
  await writeMeta('settings', effective.settings);
  return effective;
}

const origins = (value: unknown): string[] =>
  Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === 'string' && v.length <= 500))] : [];

/** The sites the user chose to always scan and switched off. */
export async function readUserSites(): Promise<UserSites> {
  const stored = ((await readMeta('sites:user')) ?? (await formerLocal('userSites'))) as Partial<Record<keyof UserSites, unknown>> | undefined;
  return { always: origins(stored?.always), off: origins(stored?.off) };
}

export async function writeUserSites(sites: UserSites): Promise<void> {
  await writeMeta('sites:user', { always: origins(sites.always), off: origins(sites.off) });
}

/**
 * After an update from a version that kept them in `storage.local`: the settings and the user's
 * sites move to IndexedDB (unless already there), and every former key leaves `storage.local`.
 */
export async function moveFromLocalStorage(): Promise<void> {
  const former = (await browser.storage.local.get([...FORMER_LOCAL_KEYS])) as Record<string, unknown>;
  if (Object.keys(former).length === 0) return;
  const tx = (await openWroDb()).transaction('meta', 'readwrite');
  const writes: Promise<unknown>[] = [];
  if (former.settings !== undefined && (await tx.store.get('settings')) === undefined) writes.push(tx.store.put(former.settings, 'settings'));
  if (former.userSites !== undefined && (await tx.store.get('sites:user')) === undefined) {
    const sites = former.userSites as Partial<Record<keyof UserSites, unknown>>;
    writes.push(tx.store.put({ always: origins(sites.always), off: origins(sites.off) }, 'sites:user'));
  }
  await Promise.all([...writes, tx.done]);
  await browser.storage.local.remove([...FORMER_LOCAL_KEYS]);
}
