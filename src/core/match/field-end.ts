/**
 * Where a cell's or a column's text ends: a name cut there is cut by the field's width ("HAIR ACCE,",
 * "| TECHNOLOG |", "FOOD INGR SWEETENER" in a fixed-width report), not misspelt. And where a line
 * break is only a paragraph's wrap, which a name's legal form goes on after ("COFCO Sugar⏎Holdings").
 */

/**
 * Whether a field may end at `at`, after an optional ")": the text's or the line's end (spaces may
 * come first), a delimiter (after a space too: "| TECHNOLOG |"), an ellipsis where a screen cut the
 * text ("WRP Asia Pac…"), a gap of two spaces, or one space where the next column begins on the
 * lines around it.
 */
export function atFieldEnd(text: string, at: number): boolean {
  let k = at;
  if (text.charCodeAt(k) === 41) k++;
  if (k >= text.length) return true;
  const c = text.charCodeAt(k);
  if (c === 10 || c === 13 || c === 0x2026 || isDelimiter(c) || ellipsisAt(text, k)) return true;
  if (c !== 32) return false;
  let j = k;
  while (text.charCodeAt(j) === 32) j++;
  if (j >= text.length || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13 || j - k >= 2) return true;
  return isDelimiter(text.charCodeAt(j)) || columnBeginsAt(text, j);
}

/** A screen's ellipsis, as "…" or as three full stops ("Zhuhai Seine Printing Techn..."). */
export function ellipsisAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x2026 || (text.charCodeAt(at) === 46 && text.charCodeAt(at + 1) === 46 && text.charCodeAt(at + 2) === 46);
}

function isDelimiter(c: number): boolean {
  return c === 44 || c === 9 || c === 124 || c === 34 || c === 39 || c === 59;
}

/** Lines looked at on each side for a column that begins where this one's next word does. */
const COLUMN_LINES = 2;

/**
 * Whether a column begins at `at` (a word after one space): on two of the nearest lines around, a
 * space stands just before the same place and something else at it, as a fixed-width report's
 * lines do. Prose lines agree by chance on one line in a handful, rarely on two.
 */
function columnBeginsAt(text: string, at: number): boolean {
  return columnLinesAt(text, at, false);
}

/**
 * Whether a fixed-width report's column begins at `at`, a word after one space: as `columnBeginsAt`,
 * and on one of those lines a gap of two spaces or more stands before it, a column padded to its
 * width; prose, whose short lines agree by chance, has none. With `codes`, also where another word
 * of the same width stands before it on such a line, a column of codes that fill it ("40HC CNSHA
 * BAODING …", "… CNTAO HETIAN …"); not the same word, as a chat's repeated sender is.
 */
export function reportColumnAt(text: string, at: number, codes = false): boolean {
  return columnLinesAt(text, at, true, codes);
}

function columnLinesAt(text: string, at: number, padded: boolean, codes = false): boolean {
  const lineStart = lineStartBefore(text, at);
  if (lineStart < 0) return false;
  const col = at - lineStart;
  const before = codes ? wordStartBefore(text, lineStart, col) : -1;
  let agree = 0;
  let gap = !padded;
  const look = (start: number, end: number): void => {
    if (!columnAt(text, start, end, col)) return;
    agree++;
    if (col >= 2 && text.charCodeAt(start + col - 2) === 32) gap = true;
    else if (before >= 0 && wordStartBefore(text, start, col) === before
      && text.slice(start + before, start + col - 1) !== text.slice(lineStart + before, lineStart + col - 1)) gap = true;
  };
  // Above.
  let end = lineStart - 1;
  for (let n = 0; n < COLUMN_LINES && end > 0; n++) {
    const start = lineStartBefore(text, end);
    if (start < 0) break;
    look(start, end);
    end = start - 1;
  }
  // Below.
  let start = lineEndAfter(text, at);
  for (let n = 0; n < COLUMN_LINES && start >= 0 && start < text.length; n++) {
    const next = lineEndAfter(text, start + 1);
    if (next < 0) break;
    look(start + 1, next);
    start = next;
  }
  return agree >= 2 && gap;
}

/** A report's lines are short: one longer is prose, and is not read for columns (nor scanned to its end). */
const WIDEST_LINE = 512;

/** Where the line holding `at` begins, or -1 if that is further back than a report's line is wide. */
function lineStartBefore(text: string, at: number): number {
  for (let k = at - 1; k >= 0; k--) {
    if (text.charCodeAt(k) === 10) return k + 1;
    if (at - k > WIDEST_LINE) return -1;
  }
  return at > WIDEST_LINE ? -1 : 0;
}

/** Where the line holding `at` ends (its newline or the text's end), or -1 if further than a report's line is wide. */
function lineEndAfter(text: string, at: number): number {
  for (let k = at; k < text.length; k++) {
    if (text.charCodeAt(k) === 10) return k;
    if (k - at > WIDEST_LINE) return -1;
  }
  return text.length;
}

/** The column where the word ending at column `col - 1` of the line at `lineStart` begins, a space before it; else -1. */
function wordStartBefore(text: string, lineStart: number, col: number): number {
  let k = lineStart + col - 2;
  while (k >= lineStart && text.charCodeAt(k) !== 32) k--;
  return k >= lineStart && k < lineStart + col - 2 ? k + 1 - lineStart : -1;
}

function columnAt(text: string, start: number, end: number, col: number): boolean {
  return col >= 1 && start + col < end && text.charCodeAt(start + col - 1) === 32 && text.charCodeAt(start + col) !== 32;
}

/** Characters a line of prose has before a writer's or a PDF's wrap. */
const WRAPPED_LINE = 50;

/** A line break at `at` where a paragraph wraps: after a long line of prose, not a cell's or an address's end. */
export function wrappedAt(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart >= WRAPPED_LINE && text.charCodeAt(at + 1) !== 10 && !/[\t|,;:]\s*$/.test(text.slice(lineStart, at));
}
