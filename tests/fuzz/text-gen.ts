/**
 * Hostile text for the matcher and the page fuzz: every Unicode shape that breaks naive scanners
 * (combining marks, bidi controls, zero-width characters, surrogate pairs and lone surrogates,
 * ideographs, fullwidth forms), mixed with listed names and near misses of them.
 */
import type { Rng } from './prng';

const WORDS = [
  'supplier', 'gloves', 'nitrile', 'cotton', 'tender', 'Ltd', 'Co.,', 'Sdn', 'Bhd', 'Berhad', 'Inc', 'Corp',
  'framework', 'the', 'and', '&', 'S.A.', 'de', 'C.V.', 'GmbH', '有限公司', '股份', 'vessel', 'fishing',
  'Bursa', 'KLSE', 'razor', 'blades', 'silicon', 'polysilicon', 'tomatoes', 'Xinjiang', 'XUAR', '2026',
];

/** Code points or short sequences, each a class of trouble. */
const PIECES: Array<(rng: Rng) => string> = [
  (r) => String.fromCharCode(r.range(0x61, 0x7a)), // ascii letter
  (r) => String.fromCharCode(r.range(0x41, 0x5a)),
  () => ' ',
  (r) => r.pick(['.', ',', '-', '(', ')', '/', '\n', '\t', '"', "'", '&', ';']),
  (r) => String.fromCharCode(r.range(0x300, 0x36f)), // combining diacritics
  (r) => String.fromCharCode(r.range(0x1ab0, 0x1aff)), // combining extended
  (r) => r.pick(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']), // zero-width, soft hyphen
  (r) => r.pick(['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f']), // bidi
  (r) => String.fromCharCode(r.range(0x5d0, 0x5ea)), // Hebrew
  (r) => String.fromCharCode(r.range(0x627, 0x64a)), // Arabic
  (r) => String.fromCodePoint(r.range(0x1f300, 0x1faff)), // emoji: surrogate pair
  (r) => String.fromCodePoint(r.range(0x20000, 0x2a6df)), // CJK extension B: surrogate pair
  (r) => String.fromCharCode(r.range(0xd800, 0xdbff)), // lone high surrogate
  (r) => String.fromCharCode(r.range(0xdc00, 0xdfff)), // lone low surrogate
  (r) => String.fromCharCode(r.range(0x4e00, 0x9fff)), // CJK ideograph
  (r) => String.fromCharCode(r.range(0xff01, 0xff5e)), // fullwidth ASCII
  (r) => String.fromCharCode(r.range(0xc0, 0x24f)), // Latin-1 and extended letters
  (r) => String.fromCharCode(r.range(0x400, 0x4ff)), // Cyrillic (homoglyphs)
  (r) => String.fromCharCode(r.range(0, 0x1f)), // controls, NUL included
  (r) => String.fromCharCode(r.range(0xfff0, 0xffff)), // specials, noncharacters
  (r) => String.fromCharCode(r.range(0x1e00, 0x1eff)), // precomposed Latin
  (r) => String.fromCharCode(r.range(0x2160, 0x2188)), // Roman numerals (compatibility)
  (r) => r.pick(['ß', 'ﬁ', 'ﬂ', 'Æ', 'œ', 'İ', 'ı', 'ǅ', 'Σ', 'ς', 'ẞ']), // case-fold and expansion edge cases
  (r) => r.pick(WORDS),
];

/** `length` UTF-16 units (roughly) of mixed hostile text. */
export function hostileText(rng: Rng, length: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const piece = rng.pick(PIECES)(rng);
    parts.push(piece);
    n += piece.length;
  }
  return parts.join('');
}

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u200f'];

/** A near miss of `name`: one edit, an invisible character inside, a mark, odd case or width. */
export function nearMiss(rng: Rng, name: string): string {
  const chars = [...name];
  const at = rng.int(Math.max(1, chars.length));
  switch (rng.int(8)) {
    case 0: // substitute a letter
      chars[at] = String.fromCharCode(rng.range(0x61, 0x7a));
      break;
    case 1: // drop a letter
      chars.splice(at, 1);
      break;
    case 2: // swap neighbours
      if (at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
      break;
    case 3: // invisible character inside a word
      chars.splice(at, 0, rng.pick(INVISIBLE));
      break;
    case 4: // combining mark on a letter
      chars.splice(at + 1, 0, String.fromCharCode(rng.range(0x300, 0x36f)));
      break;
    case 5: // case flip everywhere
      return rng.chance(0.5) ? name.toUpperCase() : name.toLowerCase();
    case 6: // fullwidth forms
      return [...name].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
    default: // wrapped in bidi overrides
      return `\u202e${name}\u202c`;
  }
  return chars.join('');
}

/** `length` units of plain sentence-like text with no listed name in it. */
export function proseFiller(rng: Rng, length: number): string {
  const filler = ['The', 'framework', 'covers', 'supply', 'of', 'office', 'paper', 'and', 'chairs', 'for', 'schools', 'in', 'Leeds.'];
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const w = rng.pick(filler);
    parts.push(w);
    n += w.length + 1;
  }
  return parts.join(' ');
}
