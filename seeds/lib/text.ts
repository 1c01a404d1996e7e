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

/** Compare names ignoring case, punctuation and spacing ("Sdn. Bhd." = "Sdn Bhd"). */
export function looseKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Append names not already present (loosely), keeping first spellings. */
export function addNames(target: string[], more: readonly string[], exclude: readonly string[] = []): string[] {
  const seen = new Set([...target, ...exclude].map(looseKey));
  const out = [...target];
  for (const name of more) {
    const key = looseKey(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
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
