/** Small text helpers for turning the reference data into records. */

export function slug(text: string, max = 80): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}

/**
 * Compare names ignoring case, all punctuation and all spacing ("Sdn. Bhd." = "Sdn Bhd", but also
 * "Yuan’an" = "Yuanan" and "Co-op" = "Coop"). For text written by different hands where such
 * differences are noise (CBP's Entity cells, the IASC letter, an organisation's own list).
 */
export function looseKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Compare names ignoring only case, dots, commas and runs of spacing ("Co., Ltd." = "Co Ltd"):
 * an apostrophe, hyphen or bracket makes a different spelling. For names an official source
 * gives verbatim, where each spelling it lists is kept (DHS lists "Sichuan Yuanan
 * Pharmaceutical Co., Ltd." as an alias of "Sichuan Yuan’an Pharmaceutical Co., Ltd.").
 */
export function nameKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Append names not already present, keeping first spellings. `key` says when two names are the
 * same: `looseKey` (the default) or the stricter `nameKey`; each caller says why it uses which.
 */
export function addNames(target: string[], more: readonly string[], exclude: readonly string[] = [], key: (name: string) => string = looseKey): string[] {
  const seen = new Set([...target, ...exclude].map(key));
  const out = [...target];
  for (const name of more) {
    const k = key(name);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(name);
  }
  return out;
}

/** A full ISO date embedded in a URL path (/2021/06/24/ or 2026-06-23), or null. */
export function dateFromUrl(url: string): string | null {
  const slashed = /\/(20\d{2}|19\d{2})\/(\d{2})\/(\d{2})(?:\/|$)/.exec(url);
  if (slashed) return `${slashed[1]}-${slashed[2]}-${slashed[3]}`;
  const dashed = /(20\d{2})-(\d{2})-(\d{2})/.exec(url);
  return dashed ? `${dashed[1]}-${dashed[2]}-${dashed[3]}` : null;
}

export function hostLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url.slice(0, 60);
  }
}

/** Collapse whitespace, including the no-break spaces CBP's and DHS's files carry. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, ' ').trim();
}

/** M/D/YYYY (CBP) to YYYY-MM-DD, or null when it is not a real date. */
export function isoFromUsDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  return isoFromParts(Number(m[3]), Number(m[1]), Number(m[2]));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "June 21, 2022" (DHS) to 2022-06-21, or null. */
export function isoFromLongDate(text: string): string | null {
  const m = /^\s*([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\s*$/.exec(cleanText(text));
  if (!m) return null;
  const month = MONTHS.findIndex((name) => name.startsWith(m[1]!.toLowerCase()) && m[1]!.length >= 3);
  return month < 0 ? null : isoFromParts(Number(m[3]), month + 1, Number(m[2]));
}

export function isoFromParts(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}
