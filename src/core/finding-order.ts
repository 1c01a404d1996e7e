/**
 * How the popup orders and counts a tab's findings (issue #18): in force first, then status
 * unknown, then lifted or modified, then possible matches; and which listed subsidiary a finding
 * was named by, so "Listed companies on this page: 2" agrees with three highlights.
 */
import type { Confidence } from './match/types';
import type { Status } from './record';
import { severityClass, type SeverityClass } from './severity';

/** The popup's order of the four finding styles: a possible match comes after every sure one. */
export const CLASS_ORDER: Record<SeverityClass, number> = { active: 3, unknown: 2, lifted: 1, possible: 0 };

/** The style of a record found on a tab: its status, or a possible match when no mention is sure. */
export function entryClass(status: Status, confidences: readonly Confidence[]): SeverityClass {
  return severityClass(status, confidences.includes('match') ? 'match' : 'possible');
}

interface Entry {
  record: { name: string; status: Status };
  mentions: ReadonlyArray<{ confidence: Confidence }>;
}

/** Most severe first (`CLASS_ORDER`), then by name. */
export function compareEntries(a: Entry, b: Entry): number {
  const rank = (e: Entry): number => CLASS_ORDER[entryClass(e.record.status, e.mentions.map((m) => m.confidence))];
  return rank(b) - rank(a) || a.record.name.localeCompare(b.record.name);
}

/** Letters and digits only, lower case: "Maxter Glove Manufacturing Sdn. Bhd." and "MAXTER GLOVE MANUFACTURING SDN BHD" are one. */
function key(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Shorter than this, a name is not taken to be a subsidiary's by its start alone. */
const MIN_PREFIX = 8;

/**
 * The listed subsidiaries the matched texts name (as the list spells them), in list order: the
 * same letters, or one the start of the other (a legal form left off or written differently).
 */
export function subsidiariesNamed(record: { subsidiaries: readonly string[] }, matchedTexts: readonly string[]): string[] {
  const texts = matchedTexts.map(key).filter((k) => k !== '');
  return record.subsidiaries.filter((name) => {
    const listed = key(name);
    return texts.some((text) => text === listed || (Math.min(text.length, listed.length) >= MIN_PREFIX && (text.startsWith(listed) || listed.startsWith(text))));
  });
}
