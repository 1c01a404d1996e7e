/**
 * Splits CBP's packed "Entity" cell into entities with names, aliases and subsidiaries.
 * Patterns (formats.md, real Dec-2025 / Jun-2026 cells): ", a/k/a " chains; ";" between firms;
 * "X and Y" between two legal names ("Trade and Business" is inside a name); Oxford-comma lists
 * whose names contain commas ("Singhe Carpet Pvt., Ltd."); "and its subsidiaries" tails, with or
 * without a named list; "(collectively, Group)"; vessels; region orders; a trailing place.
 */
import { regionFor } from './products';
import { cleanText } from './text';

export interface CbpEntity {
  name: string;
  aliases: string[];
  subsidiaries: string[];
  kind: 'company' | 'vessel' | 'region';
  /** Scope words taken off the name: "and its subsidiaries", "fishing vessels owned by", a place. */
  notes: string[];
}

const LEGAL_END =
  /(?:\bCo\.?|\bLtd\.?|\bLimited|\bInc\.?|\bCorp\.?|\bCorporation|\bCompany|S\.A\. de C\.V\.|\bS\.A\.|S\.R\.L\.|L\.L\.C\.|\bLLC|\bBhd\.?|\bBerhad|\bPvt\.?|\bGmbH|D\.O\.O\.|\bPLC)$/i;
const LEGAL_ONLY = /^(?:Ltd\.?|Limited|Inc\.?|Co\.?|Pvt\.?|LLC|L\.L\.C\.|S\.A\.|Bhd\.?)$/i;
const TAIL =
  /,?\s+and\s+(?:(?:its|their)\s+)?(?:(?:one|two|three|four|five|\d+)\s+)?(subsidiaries(?:\s+and\s+joint\s+ventures)?|subordinates|subordinate and affiliated entities|affiliates)\b(.*)$/i;

/** Split at separators outside parentheses. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  const re = new RegExp(separator.source, 'gi');
  let masked = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    masked += depth > 0 ? '\u0001' : ch;
  }
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    parts.push(text.slice(start, m.index));
    start = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** "A Co., Ltd. and B Co., Ltd." → two names; "Trade and Business Co." stays one. */
export function splitJoinedNames(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /\s+and\s+(?=[A-Z0-9])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (LEGAL_END.test(text.slice(start, m.index))) {
      out.push(text.slice(start, m.index).trim());
      start = m.index + m[0].length;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

/** An Oxford-comma list of firm names, or null when the commas belong inside one name. */
function splitCommaList(text: string): string[] | null {
  if (!/,\s+and\s+/i.test(text)) return null;
  const items: string[] = [];
  for (const raw of splitTopLevel(text, /,\s+(?:and\s+)?/)) {
    if (LEGAL_ONLY.test(raw) && items.length) items[items.length - 1] += `, ${raw}`;
    else items.push(raw.replace(/^and\s+/i, ''));
  }
  const allNames = items.every((i) => /^[A-Z0-9]/.test(i) && i.split(/\s+/).length >= 2);
  return items.length >= 3 && allNames ? items : null;
}

function trimName(text: string): string {
  let t = cleanText(text).replace(/^and\s+/i, '');
  // "Serbia Zijin Copper D.O.O.." (June 2026) and sentence-final full stops after a plain word.
  t = t.replace(/\.{2,}$/, '.');
  if (/[a-z]{3}\.$/.test(t) && !LEGAL_END.test(t)) t = t.slice(0, -1);
  return t.trim();
}

function entity(name: string, notes: string[] = [], aliases: string[] = [], subsidiaries: string[] = []): CbpEntity {
  let n = trimName(name);
  const place = /\s*\((of [^()]+)\)$/i.exec(n);
  if (place) {
    n = n.slice(0, place.index).trim();
    notes = [...notes, place[1]!];
  }
  return { name: n, aliases: aliases.map(trimName).filter(Boolean), subsidiaries: subsidiaries.map(trimName).filter(Boolean), kind: 'company', notes };
}

export function splitCbpEntity(cell: string): CbpEntity[] {
  let text = cleanText(cell);
  if (!text) return [];
  if (regionFor(text)) return [{ name: trimName(text), aliases: [], subsidiaries: [], kind: 'region', notes: [] }];
  const vessel = /^Fishing Vessel\s*:\s*(.+)$/i.exec(text);
  if (vessel) return [{ name: trimName(vessel[1]!), aliases: [], subsidiaries: [], kind: 'vessel', notes: [] }];
  const notes: string[] = [];
  const fleet = /^Fishing Vessels? (?:owned|operated)(?: or operated)? by\s+(.+)$/i.exec(text);
  if (fleet) {
    text = fleet[1]!;
    notes.push('fishing vessels owned by this company');
  }

  // "and its two subsidiaries from China, A Co. Limited and B Limited." / "and Subsidiaries"
  let tailSubsidiaries: string[] = [];
  const tail = TAIL.exec(text);
  if (tail) {
    const rest = tail[2]!.trim();
    const named = /^[^,]*,\s*(.+)$/.exec(rest);
    if (named) tailSubsidiaries = splitJoinedNames(named[1]!.replace(/\.$/, (dot, i, s) => (LEGAL_END.test(s.slice(0, i + 1)) ? dot : '')));
    notes.push(cleanText(`and ${tail[1]!.toLowerCase()}${tailSubsidiaries.length ? '' : rest ? ` ${rest}` : ''}`).replace(/\.$/, ''));
    text = text.slice(0, tail.index).trim();
  }

  let group: string | null = null;
  const collectively = /\s*\(collectively,?\s+([^()]+)\)\s*$/i.exec(text);
  if (collectively) {
    group = trimName(collectively[1]!);
    text = text.slice(0, collectively.index).trim();
  }

  let parts = splitTopLevel(text, /\s*;\s*/);
  // "…; Kathmandu." names the place, not a firm.
  const last = parts.at(-1);
  if (parts.length > 1 && last && /^[A-Z][\p{L}-]+\.?$/u.test(last)) {
    notes.push(`in ${last.replace(/\.$/, '')}`);
    parts = parts.slice(0, -1);
  }

  const entities: CbpEntity[] = [];
  for (const part of parts) {
    const akas = splitTopLevel(part, /,?\s+a\/k\/a\s+/);
    if (akas.length > 1) {
      entities.push(entity(akas[0]!, notes, akas.slice(1)));
      continue;
    }
    const names = splitCommaList(part) ?? splitJoinedNames(part);
    for (const name of names) entities.push(entity(name, notes));
  }
  if (group) return [entity(group, notes, [], entities.map((e) => e.name))];
  if (tailSubsidiaries.length && entities.length === 1) {
    entities[0] = { ...entities[0]!, subsidiaries: tailSubsidiaries.map(trimName) };
  }
  return entities.filter((e) => e.name);
}
