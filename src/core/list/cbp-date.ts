/**
 * Dates as CBP writes them, in its CSV and on its landing page. The file's Effective Date has
 * been M/D/YYYY ("9/30/2020"); Remarks also zero-pad ("07/31/2020"); a spreadsheet export may
 * write ISO ("2020-09-30"), add a midnight time ("9/30/2020 0:00") or shorten the year
 * ("9/30/20"); link labels spell months out ("June 23, 2026"). Every form becomes the same ISO
 * date, so nothing downstream (record ids, list versions) depends on how a date was written.
 * Slashed dates are read month first (CBP is a US agency); day-first forms are read only where
 * the month is a word ("23 June 2026", "23-Jun-2026").
 */
import { cleanText, isoFromParts } from './text';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "June", "Jun", "Jun.", "Sept" to 1..12, or 0. */
function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return w.length < 3 ? 0 : MONTHS.findIndex((m) => m.startsWith(w)) + 1;
}

/** Two-digit years: 00-49 are 20xx, 50-99 19xx (CBP's oldest orders are from 1953). */
const fullYear = (y: string): number => (y.length === 4 ? Number(y) : Number(y) + (Number(y) < 50 ? 2000 : 1900));

const MONTH_WORD = '([A-Za-z]{3,9}\\.?)';
/** A time after the date, as spreadsheets export it ("0:00", "00:00:00", "T00:00:00Z", "12:00 AM"). */
const TIME = '(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s?[AP]M)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';

const WHOLE: Array<{ re: RegExp; read: (m: RegExpExecArray) => string | null }> = [
  // 9/30/2020, 09/30/2020, 9/30/20, 9-30-2020
  { re: new RegExp(`^(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4}|\\d{2})${TIME}$`, 'i'), read: (m) => isoFromParts(fullYear(m[4]!), Number(m[1]), Number(m[3])) },
  // 2020-09-30, 2020/09/30, 2020-9-30
  { re: new RegExp(`^(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})${TIME}$`, 'i'), read: (m) => isoFromParts(Number(m[1]), Number(m[3]), Number(m[4])) },
  // September 30, 2020; Sep 30 2020; Sept. 30, 2020
  { re: new RegExp(`^${MONTH_WORD}\\s+(\\d{1,2}),?\\s+(\\d{4})$`), read: (m) => fromWord(m[1]!, m[2]!, m[3]!) },
  // 30 September 2020; 30-Sep-2020; 30-Sep-20
  { re: new RegExp(`^(\\d{1,2})[\\s-]${MONTH_WORD}[\\s-](\\d{4}|\\d{2})$`), read: (m) => fromWord(m[2]!, m[1]!, m[3]!) },
];

function fromWord(month: string, day: string, year: string): string | null {
  const n = monthNumber(month);
  return n ? isoFromParts(fullYear(year), n, Number(day)) : null;
}

/** One whole date cell to YYYY-MM-DD, or null when it is not a real date. */
export function isoFromCbpDate(text: string): string | null {
  const t = cleanText(text);
  for (const { re, read } of WHOLE) {
    const m = re.exec(t);
    if (m) return read(m);
  }
  return null;
}

const IN_TEXT = `(?<![\\d/.-])(?:(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{4})-(\\d{1,2})-(\\d{1,2})|${MONTH_WORD}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+${MONTH_WORD}\\s+(\\d{4}))(?![\\d/])`;

function readInText(m: RegExpExecArray): string | null {
  if (m[1]) return isoFromParts(Number(m[3]), Number(m[1]), Number(m[2]));
  if (m[4]) return isoFromParts(Number(m[4]), Number(m[5]), Number(m[6]));
  if (m[7]) return fromWord(m[7], m[8]!, m[9]!);
  return fromWord(m[11]!, m[10]!, m[12]!);
}

/**
 * Dates written inside a longer text (a Remarks line, a link label): every M/D/YYYY, ISO,
 * "Month D, YYYY" or "D Month YYYY" date in it, in order, as ISO, with where each ends. Two-digit
 * years are not read here.
 */
export function datesIn(text: string): Array<{ iso: string; end: number }> {
  const found: Array<{ iso: string; end: number }> = [];
  const re = new RegExp(IN_TEXT, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const iso = readInText(m);
    if (iso) found.push({ iso, end: m.index + m[0].length });
  }
  return found;
}

export const isoDatesIn = (text: string): string[] => datesIn(text).map((d) => d.iso);
