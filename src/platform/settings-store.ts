/**
 * Settings in `storage.local` under `settings` (the popup reads `settings.maxListAgeDays` from
 * there), with the organisation's policy from `storage.managed` laid over them. The stored value
 * is always the effective one, so readers that know nothing of policy still see its values.
 */
import { effectiveSettings, settingsSchema, withLockedFields, type EffectiveSettings, type Settings } from '../core/settings';
import browser from './browser';
import { readLocal, writeLocal } from './storage';

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    // No policy installed (Firefox rejects when there is no managed storage manifest).
    return {};
  }
}

export async function loadSettings(): Promise<EffectiveSettings> {
  const [settings, managed] = await Promise.all([readLocal('settings'), readManaged()]);
  return effectiveSettings(settings, managed);
}

/** Saves the admin's edit (locked fields keep their policy values); returns what is now in force. */
export async function saveSettings(edit: Settings): Promise<EffectiveSettings> {
  const current = await loadSettings();
  const next = settingsSchema.parse(withLockedFields(edit, current));
  await writeLocal({ settings: next });
  return { ...current, settings: next };
}

/** Writes policy values through to `storage.local` (after install, start-up, or a policy change). */
export async function syncManagedSettings(): Promise<EffectiveSettings> {
  const effective = await loadSettings();
  await writeLocal({ settings: effective.settings });
  return effective;
}
