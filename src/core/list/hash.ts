/**
 * A synchronous content hash for list versions. Pure JS (no Node crypto, no async
 * crypto.subtle) so the build script, the service worker and the CLI compute the same value.
 * Two independent 32-bit FNV-1a lanes give 64 bits: plenty to tell list versions apart;
 * this is not a security boundary.
 */
import type { ListRecord } from '../record';

/** JSON with object keys sorted, so equal content always serialises the same way. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v as object).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

export function hashString(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The list version: changes exactly when the records change (order-independent). */
export function listVersion(records: readonly ListRecord[]): string {
  const sorted = [...records].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return `v1-${hashString(canonicalJson(sorted))}`;
}
