/**
 * Reads a DHS UFLPA name cell: NAME [ALIAS-PARENTHETICAL] [SCOPE-SUFFIX] (formats.md, real rows):
 * "(and two aliases: X; and Y)", "(including three aliases: …)", "(also known as X and Y)",
 * "(formerly known as X; and Y)", "(also known as X; and Y; and formerly known as Z)", nested
 * parentheses inside names, and tails such as "and subsidiaries". Never splits on commas, and
 * splits on a bare " and " only right after "Co." or "Ltd." ("Iron and Steel" is one name).
 */
import { cleanText } from './text';

export interface UflpaName {
  name: string;
  aliases: string[];
  formerNames: string[];
  /** "and subsidiaries", "and its subordinate and affiliated entities", or null. */
  suffix: string | null;
  /** A trailing acronym in the name itself: "(XPCC)". */
  acronym: string | null;
}

const ALIAS_LEAD = /^(?:(?:and|including)\s+\w+\s+alias(?:es)?\s*:|also known as\b|formerly known as\b|a\.?k\.?a\.?\b|f\.?k\.?a\.?\b)/i;
const SUFFIX = /,?\s+and\s+((?:its\s+)?(?:subsidiaries|subordinate and affiliated entities|affiliates))\s*\.?$/i;

/** Top-level parenthetical groups as [start, end) index pairs (end after the ")"). */
function topLevelGroups(text: string): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (text[i] === ')' && depth > 0) {
      depth--;
      if (depth === 0) groups.push([start, i + 1]);
    }
  }
  return groups;
}

function splitSemicolons(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** "X; and Y", "X and Y" (only after Co./Ltd.) → names. */
export function splitAliasList(text: string): string[] {
  const out: string[] = [];
  for (const raw of splitSemicolons(text)) {
    const part = cleanText(raw).replace(/^and\s+/i, '').replace(/\s+and$/i, '');
    if (!part) continue;
    let start = 0;
    const re = /\s+and\s+/g;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const left = part.slice(start, m.index);
      if (/\b(?:Co\.|Ltd\.?)$/.test(left)) {
        out.push(left.trim());
        start = m.index + m[0].length;
      }
    }
    out.push(part.slice(start).trim());
  }
  return out.filter(Boolean);
}

function stripLead(text: string): string {
  return text
    .replace(/^(?:(?:and|including)\s+\w+\s+alias(?:es)?\s*:|also known as\b|a\.?k\.?a\.?)/i, '')
    .trim();
}

export function parseUflpaName(cell: string): UflpaName {
  let text = cleanText(cell);
  let suffix: string | null = null;
  const tail = SUFFIX.exec(text);
  if (tail) {
    suffix = `and ${tail[1]!.toLowerCase()}`;
    text = text.slice(0, tail.index).trim();
  }
  const aliases: string[] = [];
  const formerNames: string[] = [];
  const groups = topLevelGroups(text);
  const aliasGroup = [...groups].reverse().find(([s, e]) => ALIAS_LEAD.test(text.slice(s + 1, e - 1).trim()));
  if (aliasGroup) {
    const [s, e] = aliasGroup;
    const inner = text.slice(s + 1, e - 1).trim();
    const former = /(?:^|;?\s*(?:and\s+)?)(?:formerly known as|f\.?k\.?a\.?)\s+/i.exec(inner);
    const akaPart = former ? inner.slice(0, former.index) : inner;
    const fkaPart = former ? inner.slice(former.index + former[0].length) : '';
    aliases.push(...splitAliasList(stripLead(akaPart)));
    formerNames.push(...splitAliasList(fkaPart));
    text = cleanText(`${text.slice(0, s)} ${text.slice(e)}`);
  }
  const name = text.replace(/,\s*$/, '').trim();
  const acronym = /\(([A-Z][A-Z0-9&]{1,9})\)$/.exec(name)?.[1] ?? null;
  return { name, aliases, formerNames, suffix, acronym };
}

/** Merge key for one entity across tables: case, punctuation and a trailing "(XPCC)" ignored. */
export function uflpaKey(name: string): string {
  return name
    .replace(/\s*\([A-Z][A-Z0-9&]{1,9}\)$/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
