/**
 * Per-character folding shared by name compilation and page scanning, so both see the same tokens.
 * A lazily filled table keeps the scanner's hot loop to one array read per UTF-16 unit, and keeps
 * the content-script bundle free of any Unicode data: non-ASCII answers come from the runtime's own
 * `normalize()` the first time each code unit is seen.
 */

/** Ends a token (space, punctuation, symbols, surrogates). */
export const SEP = -1;
/** Dropped without ending the token: apostrophes, combining marks ("Yuan’an" = "Yuanan"). */
export const JOIN = -2;
/** A CJK ideograph: a token of its own (no spaces in CJK), folded through the variant map. */
export const IDEO = -3;
/** A letter that expands to several letters (ß → ss, æ → ae). */
export const EXPAND = -4;
/** `&`: a token of its own that reads as "and". */
export const AMP = -5;
/**
 * The high surrogate of the mathematical letters (U+1D400-U+1D7FF, "𝐓𝐨𝐩"): the letter is read from
 * the pair (`mathLetter`). Code that does not know this class reads it as a separator.
 */
export const PAIR = -6;
export const MATH_HIGH = 0xd835;

/** Not yet computed: read `foldTable[c]` directly in hot loops and call `foldClass` only on this. */
export const UNSET = -100;
const table = new Int32Array(65536).fill(UNSET);
export const foldTable: Int32Array = table;
const expansions = new Map<number, string>();

// Letters NFKD leaves whole but people write without the stroke.
const EXTRA: Record<string, string> = {
  ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th',
};

/**
 * Cyrillic and Greek letters drawn like Latin ones, read as the Latin letter (their UTS #39
 * confusables skeleton): "Tоp Glove" with a Cyrillic "о" is Top Glove. A word wholly in Cyrillic
 * keeps its other letters, so it never reads as a Latin name.
 */
const LOOKALIKE_LATIN =
  'аaвbеeкkмmнhоoрpсcтtуyхxіiјjѕsԁdһhԛqԝwӏlѐeёeїiАaВbЕeКkМmНhОoРpСcТtУyХxІiЈjЅsԚqԜw' +
  'αaβbεeιiκkνvοoρpτtυuχxΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧx';
for (let i = 0; i + 1 < LOOKALIKE_LATIN.length; i += 2) EXTRA[LOOKALIKE_LATIN[i]!] = LOOKALIKE_LATIN[i + 1]!;

/**
 * Dropped inside a word without ending it: the soft hyphen CMS text is full of, zero-width space,
 * non-joiner, joiner, word joiner and BOM ("Super\u00admax" is Supermax).
 */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

function isIdeograph(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]+$/u;
const MARK = /^\p{M}$/u;

function compute(c: number): number {
  if (c < 128) {
    if (c >= 97 && c <= 122) return c;
    if (c >= 65 && c <= 90) return c + 32;
    if (c >= 48 && c <= 57) return c;
    if (c === 39) return JOIN;
    if (c === 38) return AMP;
    return SEP;
  }
  if (INVISIBLE.has(c)) return JOIN;
  if (c === MATH_HIGH) return PAIR;
  if (c >= 0xd800 && c <= 0xdfff) return SEP;
  if (isIdeograph(c)) return IDEO;
  // Full-width ASCII (ＴＯＰ　ＧＬＯＶＥ) reads as ASCII.
  if (c >= 0xff01 && c <= 0xff5e) return compute(c - 0xfee0);
  if (c === 0x2019 || c === 0x2018 || c === 0x02bc) return JOIN;
  // A superscript digit is a footnote's mark ("Hetian Taida Apparel²"), not part of the word.
  if (c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079)) return SEP;
  const ch = String.fromCharCode(c);
  if (MARK.test(ch)) return JOIN;
  const extra = EXTRA[ch];
  const folded = extra ?? ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (folded.length === 0) return JOIN;
  if (!LETTER_OR_DIGIT.test(folded)) return SEP;
  if (folded.length === 1) {
    const f = folded.charCodeAt(0);
    return f < 128 ? compute(f) : f;
  }
  expansions.set(c, folded);
  return EXPAND;
}

/** The folded code unit of `c`, or one of SEP, JOIN, IDEO, EXPAND, AMP. */
export function foldClass(c: number): number {
  const v = table[c]!;
  if (v !== UNSET) return v;
  const computed = compute(c);
  table[c] = computed;
  return computed;
}

const mathTable = new Int32Array(1024).fill(UNSET);
const mathCase = new Int8Array(1024);

/** The folded letter or digit of the mathematical character MATH_HIGH + `low`, or SEP. */
export function mathLetter(low: number): number {
  if (low < 0xdc00 || low > 0xdfff) return SEP;
  const k = low - 0xdc00;
  let v = mathTable[k]!;
  if (v === UNSET) {
    const ch = String.fromCharCode(MATH_HIGH, low);
    const plain = ch.normalize('NFKD');
    v = plain.length === 1 && plain.charCodeAt(0) < 128 ? compute(plain.charCodeAt(0)) : plain.length === 1 ? foldClass(plain.charCodeAt(0)) : SEP;
    if (v < 0) v = SEP;
    mathCase[k] = plain.length === 1 ? caseOf(plain.charCodeAt(0)) : 0;
    mathTable[k] = v;
  }
  return v;
}

/** The case (as `caseOf`) of the mathematical character MATH_HIGH + `low`. */
export function mathCaseOf(low: number): number {
  return mathLetter(low) === SEP ? 0 : mathCase[low - 0xdc00]!;
}

/** The letters an EXPAND code unit stands for. */
export function expansionOf(c: number): string {
  return expansions.get(c) ?? '';
}

const caseTable = new Int8Array(65536).fill(-1);

/** 1 for an upper-case letter, 2 for a lower-case one, 0 otherwise (digits, ideographs…). */
export function caseOf(c: number): number {
  const v = caseTable[c]!;
  if (v >= 0) return v;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  const computed = lower === upper ? 0 : ch === upper ? 1 : 2;
  caseTable[c] = computed;
  return computed;
}

/** Whether a code unit is an ideograph (used to tell CJK names from Latin ones). */
export { isIdeograph };
