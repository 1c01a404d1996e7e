/**
 * A listed name ends in its own full stop ("Supermax Corporation Bhd."): filled into a sentence
 * that ends with one, it must not make two, whether the page asks `t()` with substitutions or
 * renders a message core returned (`tr()`). An ellipsis is left alone.
 */
import { describe, expect, it, vi } from 'vitest';
import { english, englishMessages } from '../../../src/cli/english';
import { lookupIn, msg } from '../../../src/core/message';

const lookup = lookupIn(englishMessages());
vi.mock('../../../src/platform/browser', () => ({
  default: { i18n: { getMessage: (key: string, subs?: string | string[]) => lookup(key, [subs ?? []].flat()), getUILanguage: () => 'en-GB' } },
}));

const { t, tr } = await import('../../../src/platform/i18n');

describe('one full stop where a name ends a sentence', () => {
  it('in messages asked with substitutions', () => {
    expect(t('dismissalDiscarded', 'Supermax Corporation Bhd.')).toBe('Discarded: nothing recorded for Supermax Corporation Bhd.');
    expect(t('dismissalDiscarded', 'Acme…')).toBe('Discarded: nothing recorded for Acme….');
    expect(t('dismissalDiscarded', 'Acme...')).toBe('Discarded: nothing recorded for Acme....');
  });

  it('in messages core returns, in the pages and in the CLI', () => {
    const sentence = msg('explainMatch', msg('explainRoleName', 'Supermax Corporation Bhd.', 'Supermax Corporation Bhd.'));
    expect(tr(sentence)).toBe('Match: Listed name Supermax Corporation Bhd.');
    expect(english(sentence)).toBe('Match: Listed name Supermax Corporation Bhd.');
  });
});

describe('one kind of quotation marks', () => {
  // Typographic quotes everywhere the extension speaks (issue #18): a straight one beside curly
  // ones reads as a slip. Placeholders like $NAME$ are filled with page text, which keeps its own.
  it('no English message quotes with straight double quotes', () => {
    const straight = Object.entries(englishMessages()).filter(([, m]) => m.message.includes('"')).map(([key]) => key);
    expect(straight).toEqual([]);
  });
});
