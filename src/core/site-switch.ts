/**
 * Whether this page's site is switched off (by the user, or by an administrator's policy). The
 * background keeps the effective list in `storage.local` (`siteSwitches`), so a content script
 * needs neither the policy nor the background awake to know. Pure: shared by the background and
 * the content script.
 */

export interface SiteSwitches {
  /** Match patterns (`https://example.com/*`, `*://*.example.com/*`) where nothing is scanned. */
  off: string[];
}

/** The origin of an http(s) URL, or null for anything else (file:, about:, extension pages). */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * Whether a match pattern covers an origin. A pattern with a port (a switched-off origin such as
 * `http://127.0.0.1:8080/*`) covers that port only; without one, any port, as in extension match patterns.
 */
export function patternCoversOrigin(pattern: string, origin: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(?::(\d+))?\/.*$/.exec(pattern);
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (!m) return false;
  const scheme = m[1] as string;
  const host = m[2] as string;
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : `${scheme}:` !== url.protocol) return false;
  if (m[3] !== undefined && m[3] !== (url.port || (url.protocol === 'https:' ? '443' : '80'))) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
  return url.hostname === host;
}

export function isSwitchedOff(value: unknown, origin: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const off = (value as { off?: unknown }).off;
  return Array.isArray(off) && off.some((pattern) => typeof pattern === 'string' && patternCoversOrigin(pattern, origin));
}
