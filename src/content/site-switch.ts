/**
 * Whether this page's site is switched off (by the user, or by an administrator's policy). The
 * background keeps the effective list in `storage.local` under `SITE_SWITCHES_KEY`, so a content
 * script needs neither the policy nor the background awake to know.
 */
export const SITE_SWITCHES_KEY = 'siteSwitches';

export interface SiteSwitches {
  /** Origins (`https://example.com`) where nothing is scanned. */
  off: string[];
}

export function isSwitchedOff(value: unknown, origin: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const off = (value as { off?: unknown }).off;
  return Array.isArray(off) && off.includes(origin);
}
