/**
 * Footnote markers and other raised or lowered marks (`Metals<sup>2</sup>`, `Group<sup>[4]</sup>`,
 * `Supermax<sup>®</sup>`): a reader sees a mark beside the word, not part of it, but the text joins
 * them ("Metals2"), and the name is then read as misspelt. Both the page scanner and `htmlToText`
 * read a `<sup>` or `<sub>` whose whole text is such a mark as blank.
 */
const SYMBOLS = /^[\s\d*†‡§¶#[\](),.\-–®™©]+$/;
/** A letter mark: "a", "iv", "TM", an ordinal's "st" (never a word a name is made of). */
const LETTERS = /^\s*[[(]?[A-Za-z]{1,3}[\])]?\s*$/;
const LONGEST = 12;

export function isFootnoteMark(text: string): boolean {
  return text.length <= LONGEST && text.trim() !== '' && (SYMBOLS.test(text) || LETTERS.test(text));
}

/** Whether an element of this name may hold a mark (`isFootnoteMark`). */
export function isRaised(localName: string): boolean {
  return localName === 'sup' || localName === 'sub';
}
