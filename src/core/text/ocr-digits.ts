/**
 * A scan's digits for letters: optical character recognition reads O as 0 and I or L as 1 ("L0P
 * C0UNTY MEIX1N HAIR PR0DUCT C0. LTD", "G1ANT", "Smart G1ove", "lndustria1"), and a capital I as a
 * small l ("lron", "lndustria1"). The text with those read back as letters, of the same length so
 * every offset still points into the page, or null where no word has them. Only words of two
 * letters or more with 0 or 1 among them are read back, and "C0" and "N0" (Co., No.); a code such
 * as "Q1", "A4" or "10kg" is left as written. A small l is read as I only in a text that has such
 * digits, and only before n or r, which begin no English word ("ln", "lr").
 */

/** A word of letters holding 0 or 1: what is read back, if it has two letters or is "C0" or "N0". */
const OCR_WORD = /(?<![\p{L}\p{N}])\p{L}[\p{L}01]*[01][\p{L}01]*(?![\p{L}\p{N}])/gu;
const LETTERS = /\p{L}/gu;
/** A word's first small l before n or r and a small letter: a scan's capital I ("lron", "lnternational"). */
const L_FOR_I = /(?<![\p{L}\p{N}])l(?=[nr]\p{Ll})/gu;

export interface OcrRepair {
  text: string;
  /** Per UTF-16 index: 1 where a digit was read as a letter. */
  changed: Uint8Array;
}

export function ocrRepaired(text: string): OcrRepair | null {
  // Most texts have no 0 or 1 after a letter and before no other digit (every word read back has
  // one): ruled out by the engine's fast search for a character, then one test (each as costly as a
  // tenth of a scan, were it run on every text). Cells run together ("Catering01458104212") are not.
  if ((text.indexOf('0') < 0 && text.indexOf('1') < 0) || !/[A-Za-z][01]+(?![0-9])/.test(text)) return null;
  let out: string[] | null = null;
  let changed: Uint8Array | null = null;
  for (const m of text.matchAll(OCR_WORD)) {
    const word = m[0];
    if (!/^[CcNn]0$/.test(word) && (word.match(LETTERS)?.length ?? 0) < 2) continue;
    const lower = word === word.toLowerCase() || /\p{Ll}\p{Ll}/u.test(word);
    out ??= text.split('');
    changed ??= new Uint8Array(text.length);
    for (let k = 0; k < word.length; k++) {
      const c = word[k]!;
      if (c !== '0' && c !== '1') continue;
      // In capitals 1 is I inside a word ("MEIX1N") and L at its end; in small letters it is l
      // ("G1ove", "lndustria1"): a small i has its dot.
      const letter = c === '0' ? 'O' : lower ? 'l' : k === word.length - 1 ? 'L' : 'I';
      out[m.index + k] = lower ? letter.toLowerCase() : letter;
      changed[m.index + k] = 1;
    }
  }
  for (const m of text.matchAll(L_FOR_I)) {
    out ??= text.split('');
    changed ??= new Uint8Array(text.length);
    out[m.index] = 'I';
    changed[m.index] = 1;
  }
  return out && changed ? { text: out.join(''), changed } : null;
}
