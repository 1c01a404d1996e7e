/**
 * How much of a page's findings the extension keeps (issue #17, attack 4: a page with many frames
 * naming listed companies thousands of times, each mention padded with invisible characters,
 * filled `storage.session`'s 10 MB for the whole browser). Repeated mentions are counted, not kept
 * one by one; texts are shortened; and each frame and each tab has a size it cannot pass. Sizes
 * are measured as browsers count their storage quota: two bytes per character of the JSON.
 */
import { capText, CONTEXT_CHARS } from './finding-context';

export const FINDING_CAPS = {
  /** Distinct matched texts kept per record and confidence in one frame; further mentions are counted into them. */
  textsPerRecord: 3,
  /** Characters kept of a mention's matched text (the longest listed name is under 100). */
  matchedTextChars: 200,
  /**
   * Characters kept of a mention's explanation: a brand's chain of two steps with its source and
   * address fits whole; longer ones are cut in their middle, and an address longer than this
   * allows is kept whole all the same (`capExplanation`).
   */
  whyChars: 500,
  /** Characters kept of a mention's context (the row or card it sits in, core/finding-context.ts). */
  contextChars: CONTEXT_CHARS,
  /** One frame's stored findings: the most severe are kept, the rest counted as omitted. */
  frameBytes: 64 * 1024,
  /**
   * All frames of a tab but the top frame, together: another frame's findings are kept only while
   * they fit. The top frame's are always kept (within `frameBytes`), so a tab never holds more
   * than `tabBytes + frameBytes` (320 KB: 32 such tabs before storage.session's 10 MB is full).
   */
  tabBytes: 256 * 1024,
  /** Frames besides the top frame whose findings a tab keeps. */
  framesPerTab: 64,
} as const;

/** One finding as it is reported and kept: a record, a matched text and a confidence, and how many mentions it stands for. */
export interface CountedFinding {
  recordId: string;
  matchedText: string;
  confidence: 'match' | 'possible';
  score: number;
  why: string;
  /** Mentions of this record with this text, confidence and context (at least 1). */
  count: number;
  /** The row, card or list item the first of them sits in ("Bidder: Northgate Medical Supplies Ltd · …"); absent: none. */
  context?: string;
}

/** A mention as the scanner or an older report gives it (`count` absent: one mention). */
export type Mention = Omit<CountedFinding, 'count'> & { count?: number };

/** The size storage counts for a value: two bytes per character of its JSON. */
export function storedSize(value: unknown): number {
  return 2 * JSON.stringify(value).length;
}

/** An address in an explanation: the source a brand's chain cites ("source: MediGuard register, https://…)"). */
const LINK = /https?:\/\/[^\s)]+/;

/** `text` in at most `room` characters: its start and its end, its middle left out ("…"). */
function cutMiddle(text: string, room: number): string {
  if (text.length <= room) return text;
  if (room <= 1) return '…'.slice(0, room);
  const half = (room - 1) / 2;
  return `${text.slice(0, Math.ceil(half))}…${text.slice(text.length - Math.floor(half))}`;
}

/**
 * An explanation in at most `max` characters, cut in its middle, never at its ends: what matched and
 * what it is stay, and so does who says so. The first address it names (a brand chain's source,
 * in its first clause: words a page supplies come in later ones, so a page cannot push it out) is
 * kept whole, with what leads to it ("as your organisation's feed … says (source: …, "), the room
 * growing to fit an address longer than `max` allows (the list caps addresses at 2,000 characters);
 * a long chain of brands and distributors before it is what is cut.
 */
export function capExplanation(why: string, max: number): string {
  if (why.length <= max) return why;
  const link = LINK.exec(why);
  if (!link) return cutMiddle(why, max);
  const end = link.index + link[0].length;
  const rest = Math.max(max - link[0].length, 40);
  const after = why.slice(end);
  const afterKept = after.length <= rest / 4 ? after : `${after.slice(0, Math.floor(rest / 4) - 1)}…`;
  return `${cutMiddle(why.slice(0, link.index), rest - afterKept.length)}${link[0]}${afterKept}`;
}

/**
 * One finding per record, confidence, matched text and context, with its mentions counted; at most
 * `textsPerRecord` of them per record and confidence (the mentions of any further text or context
 * are counted into the first), so a page cannot grow what is kept by varying the rows around a
 * name. Texts are shortened to their caps (an explanation in its middle, keeping its source's
 * address). Order: first mention first.
 */
export function countMentions(mentions: readonly Mention[]): CountedFinding[] {
  const out: CountedFinding[] = [];
  const groups = new Map<string, CountedFinding[]>();
  for (const m of mentions) {
    const matchedText = m.matchedText.slice(0, FINDING_CAPS.matchedTextChars);
    const why = capExplanation(m.why, FINDING_CAPS.whyChars);
    const context = capText(m.context ?? '', FINDING_CAPS.contextChars);
    const count = Math.max(1, Math.floor(m.count ?? 1));
    const group = `${m.confidence}\u0000${m.recordId}`;
    const kept = groups.get(group) ?? [];
    const same = kept.find((f) => f.matchedText === matchedText && (f.context ?? '') === context) ?? (kept.length >= FINDING_CAPS.textsPerRecord ? kept[0] : undefined);
    if (same) {
      same.count += count;
      if (m.score > same.score && same.matchedText === matchedText) [same.score, same.why] = [m.score, why];
      continue;
    }
    const finding: CountedFinding = { recordId: m.recordId, matchedText, confidence: m.confidence, score: m.score, why, count, ...(context ? { context } : {}) };
    kept.push(finding);
    groups.set(group, kept);
    out.push(finding);
  }
  return out;
}

/**
 * A frame's findings within `maxBytes`: counted (`countMentions`), those `rank` leaves out
 * (undefined: not on the list) dropped, the most severe first, and findings past the size cap
 * left out and counted in `omitted`.
 */
export function capFrameFindings(
  mentions: readonly Mention[],
  rank: (finding: CountedFinding) => number | undefined = () => 0,
  maxBytes: number = FINDING_CAPS.frameBytes,
): { findings: CountedFinding[]; omitted: number } {
  const ranked: Array<{ finding: CountedFinding; rank: number; order: number }> = [];
  countMentions(mentions).forEach((finding, order) => {
    const r = rank(finding);
    if (r !== undefined) ranked.push({ finding, rank: r, order });
  });
  ranked.sort((a, b) => b.rank - a.rank || b.finding.count - a.finding.count || a.order - b.order);
  const findings: CountedFinding[] = [];
  let omitted = 0;
  let size = storedSize([]);
  for (const { finding } of ranked) {
    const more = storedSize(finding) + 2;
    if (size + more > maxBytes) {
      omitted += 1;
      continue;
    }
    findings.push(finding);
    size += more;
  }
  return { findings, omitted };
}
