/**
 * The admin's settings: list sources, refresh schedule, list-age threshold, removal threshold,
 * discreet mode.
 * Pure (no browser API): the shapes, their defaults, and how an organisation's policy
 * (`storage.managed`) overrides what was set on the options page, field by field.
 */
import { z } from 'zod';
import { CBP_LANDING_URL } from './list/cbp-csv';
import { SOURCE_KINDS, type OfferedSourceKind } from './list/formats';

/** The kinds of source an admin may configure (the feed registry's, `list/formats.ts`). */
export type SettingsSourceKind = OfferedSourceKind;

export const DHS_UFLPA_URL = 'https://www.dhs.gov/uflpa-entity-list';

const httpsUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((u) => URL.canParse(u) && new URL(u).protocol === 'https:', 'Only https addresses are allowed.');

/** An https address, or empty for none configured. */
const optionalHttpsUrl = z.union([z.literal(''), httpsUrl]);

export const sourceSchema = z.object({
  id: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/),
  kind: z.enum(SOURCE_KINDS),
  url: httpsUrl,
  label: z.string().trim().max(120),
  enabled: z.boolean(),
});
export type SourceSetting = z.infer<typeof sourceSchema>;

export const settingsSchema = z.object({
  sources: z.array(sourceSchema).max(20).refine((s) => new Set(s.map((x) => x.id)).size === s.length, 'Source ids must be unique.'),
  /** Hours between scheduled refreshes. */
  refreshHours: z.number().int().min(1).max(24 * 31),
  /** The popup warns once the list is older than this. */
  maxListAgeDays: z.number().int().min(1).max(3650),
  /** A refresh removing more than this share of the records waits for the admin's confirmation. */
  maxRemovalFraction: z.number().min(0.01).max(1),
  /** Merge the list bundled with the extension under the configured sources. */
  includeBundled: z.boolean(),
  /**
   * Discreet mode: nothing is added to pages (no highlights, badges, cards or screen-reader
   * summary), so a page cannot read what was found on it or that the extension is installed;
   * findings show only in the toolbar badge and the popup.
   */
  discreetMode: z.boolean(),
  /**
   * Product risk notes for pages: high-risk goods named on a scanned page listed in the popup
   * ("Products to ask about"), apart from listed companies. Off by default (see DEFAULT_SETTINGS);
   * screening always shows them.
   */
  productNotesOnPages: z.boolean(),
  /** The name recorded as who took each decision ("by"), set once by the user or by policy. */
  userName: z.string().trim().max(120),
  /**
   * The organisation's decisions feed: decisions in the export's JSON format, read with every list
   * refresh and shown beside this profile's own. Empty: none.
   */
  decisionsFeedUrl: optionalHttpsUrl,
  /**
   * Where each decision and alert is also sent as JSON (the organisation's case-management or
   * workflow system), queued and retried while offline. Empty: nothing is sent.
   */
  submissionUrl: optionalHttpsUrl,
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(settingsSchema.shape) as SettingKey[];

export const DEFAULT_SETTINGS: Settings = {
  // The official sources are on out of the box (their hosts are in the manifest); an admin may switch them off.
  sources: [
    { id: 'cbp', kind: 'cbp', url: CBP_LANDING_URL, label: 'CBP Withhold Release Orders and Findings', enabled: true },
    { id: 'dhs-uflpa', kind: 'dhs-uflpa', url: DHS_UFLPA_URL, label: 'DHS UFLPA Entity List', enabled: true },
  ],
  refreshHours: 24,
  maxListAgeDays: 30,
  maxRemovalFraction: 0.5,
  includeBundled: true,
  discreetMode: false,
  // Off: cotton, steel and aluminium are on most product pages, and a note on each would teach
  // buyers to ignore the popup. Screening, a deliberate check of a tender or supplier file, always shows them.
  productNotesOnPages: false,
  userName: '',
  // Nothing leaves the browser unless an admin configures where.
  decisionsFeedUrl: '',
  submissionUrl: '',
};

export interface EffectiveSettings {
  settings: Settings;
  /** Fields set by the organisation's policy: shown locked, never saved from the options page. */
  locked: SettingKey[];
  /** Policy values that were ignored, with why (a policy typo must not pass silently). */
  policyErrors: string[];
}

/** Each valid field of `raw` over `base`; invalid fields are reported and left as they were. */
function overlay(base: Settings, raw: unknown, origin: string): { settings: Settings; applied: SettingKey[]; errors: string[] } {
  const settings: Settings = { ...base };
  const applied: SettingKey[] = [];
  const errors: string[] = [];
  if (typeof raw !== 'object' || raw === null) return { settings, applied, errors };
  for (const key of SETTING_KEYS) {
    const value = (raw as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const parsed = settingsSchema.shape[key].safeParse(value);
    if (parsed.success) {
      (settings as Record<SettingKey, unknown>)[key] = parsed.data;
      applied.push(key);
    } else {
      errors.push(`${origin} "${key}" ignored: ${parsed.error.issues[0]?.message ?? 'invalid value'}`);
    }
  }
  return { settings, applied, errors };
}

/** Defaults, then the options page's values, then the policy's, which win and are locked. */
export function effectiveSettings(local: unknown, managed: unknown): EffectiveSettings {
  const mine = overlay(DEFAULT_SETTINGS, local, 'Saved setting');
  const policy = overlay(mine.settings, managed, 'Policy setting');
  return { settings: policy.settings, locked: policy.applied, policyErrors: policy.errors };
}

/** The options page's edit, with locked fields put back to their policy values. */
export function withLockedFields(edit: Settings, effective: EffectiveSettings): Settings {
  const out: Settings = { ...edit };
  for (const key of effective.locked) (out as Record<SettingKey, unknown>)[key] = effective.settings[key];
  return out;
}

/** The match pattern a host permission is granted for (any port; https only). */
export function originPattern(url: string): string {
  return `https://${new URL(url).hostname}/*`;
}
