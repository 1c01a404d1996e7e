/** The walker's fast test for blank text must agree with the full whitespace test everywhere. */
import { describe, expect, it } from 'vitest';
import { isBlank } from '../../../src/content/text-runs';

const WHITESPACE = ['', ' ', '\t', '\n', '\r\n  ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const VISIBLE = ['a', 'Supermax', '1', '!', '\u00e9', '合盛', '\u200b', '\ud800', ' a', '\u00a0b', '\u3000合'];

describe('isBlank', () => {
  it('agrees with /^\\s*$/ on whitespace, visible text, and every single UTF-16 unit', () => {
    for (const text of [...WHITESPACE, ...VISIBLE]) expect(isBlank(text), JSON.stringify(text)).toBe(/^\s*$/.test(text));
    for (let code = 0; code <= 0xffff; code++) {
      const text = String.fromCharCode(code);
      if (isBlank(text) !== /^\s*$/.test(text)) expect.fail(`U+${code.toString(16)}`);
    }
    expect(WHITESPACE.every(isBlank)).toBe(true);
    expect(VISIBLE.some(isBlank)).toBe(false);
  });
});
