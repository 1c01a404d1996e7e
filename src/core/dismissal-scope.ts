/**
 * What a "not this company" hides, and where. A dismissal names the one name that matched (the
 * listed name, alias or subsidiary), so dismissing "Supermax Corporation Berhad" on a site does
 * not hide its listed subsidiary "Maxter Glove Manufacturing" there; and it reaches its site, every
 * site, or its one page, as the buyer chose. Dismissals kept before scopes hide the whole record on
 * their site, as they did.
 */
import { isActiveDismissal, type Decision } from './decision';

/** A page's address without its fragment: "just this page" holds across in-page links. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** Names compared as a buyer would: case, spacing and accents aside. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** What a frame may hide: whole records (old dismissals) and single names of records. */
export interface HiddenNames {
  /** Record ids hidden under every name. */
  records: string[];
  /** A record's names hidden, as `nameKey`s. */
  names: Array<{ recordId: string; name: string }>;
}

/** The active dismissals that apply on a page of `site` at `pageUrl`, as what that page's frame hides. */
export function hiddenOn(decisions: readonly Decision[], site: string, pageUrl: string): HiddenNames {
  const records = new Set<string>();
  const names = new Map<string, { recordId: string; name: string }>();
  for (const d of decisions) {
    if (!isActiveDismissal(d) || !applies(d, site, pageUrl)) continue;
    if (d.dismissedName === undefined) records.add(d.recordId);
    else {
      const name = nameKey(d.dismissedName);
      names.set(`${d.recordId}\u0000${name}`, { recordId: d.recordId, name });
    }
  }
  return { records: [...records].sort(), names: [...names.values()].sort((a, b) => (a.recordId + a.name).localeCompare(b.recordId + b.name)) };
}

function applies(d: Decision, site: string, pageUrl: string): boolean {
  switch (d.scope) {
    case 'everywhere':
      return true;
    case 'page':
      return site !== '' && d.site === site && pageKey(d.pageUrl) === pageKey(pageUrl);
    default:
      return site !== '' && d.site === site;
  }
}

/**
 * Whether a mention is hidden: its record wholly, or the name that matched (the listed name, alias
 * or subsidiary) or the text the page wrote (what a dismissal from the popup names).
 */
export function isHidden(hidden: HiddenNames, recordId: string, matchedName: string, matchedText: string): boolean {
  if (hidden.records.includes(recordId)) return true;
  if (hidden.names.length === 0) return false;
  const name = nameKey(matchedName);
  const text = nameKey(matchedText);
  return hidden.names.some((n) => n.recordId === recordId && (n.name === name || n.name === text));
}
