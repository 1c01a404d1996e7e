/**
 * Whether a page's site is switched off (by the user, or by an administrator's policy), and the
 * shapes the site lists are kept in. Pure: the background answers each content script for its own
 * frame's origin (`get-page-mode`); the lists themselves stay where content scripts cannot read them.
 */

/** Sites the user chose on the popup (origins such as `https://portal.example.org`). */
/** Every site choice in force, for the options page's Sites section. */
export interface SiteLists {
  /** Sites the user switched off, and those they chose to always scan (origins). */
  user: UserSites;
  /** The administrator's policy: sites always scanned and sites never scanned (origins or patterns). */
  policyScan: string[];
  policyBlocked: string[];
  /** Whether the policy lets the user add sites. */
  userMayAdd: boolean;
  /** The portals scanned by default (the manifest's match patterns). */
  defaults: string[];
}

export interface UserSites {
  /** Origins the user asked to always scan. */
  always: string[];
  /** Origins the user switched off. */
  off: string[];
}

/** Where nothing is scanned (the user's switches and the policy's blocked sites), and whether discreet mode is on. */
export interface PageModes extends SiteSwitches {
  discreet: boolean;
}

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
 * The match pattern a site is granted and scanned by: its scheme and host, any port. Firefox refuses
 * a port in a match pattern (bugs 1362809 and 1468162), and without one Chrome matches every port
 * too, so a site on a port of its own (`https://portal.example:8443`) is granted and scanned on
 * every port of its host. Null for anything but an http(s) origin.
 */
export function sitePattern(origin: string): string | null {
  const site = originOf(origin);
  return site === null ? null : `${new URL(site).protocol}//${new URL(site).hostname}/*`;
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
