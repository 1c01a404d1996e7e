/**
 * Pages word core's messages with `tr()`, which asks the browser for each message once, with markers
 * for its substitutions, and fills them in itself: it must say exactly what `getMessage` with the
 * values would (here the browser's messages are the pseudo-locale over the English).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { lookupIn, msg, render, type MessagesFile } from '../../../src/core/message';

const messages = vi.hoisted(() => ({ lookup: undefined as undefined | ((key: string, subs: string[]) => string), asked: [] as string[] }));

vi.mock('../../../src/platform/browser', () => ({
  default: {
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => {
        messages.asked.push(key);
        const text = messages.lookup!(key, typeof subs === 'string' ? [subs] : (subs ?? []));
        return text === key ? '' : text;
      },
      getUILanguage: () => 'en-XA',
    },
  },
}));

const read = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as MessagesFile;
messages.lookup = lookupIn(read('en_XA'), read('en'));
const { tr } = await import('../../../src/platform/i18n');

describe('tr()', () => {
  it('says what getMessage with the values says, asking each message once', () => {
    const line = msg('diffAddedEffective', 'Sprocket Works $1 & Co', msg('diffKindFinding'), '2026-01-02');
    const expected = render(line, { message: messages.lookup! });
    expect(tr(line)).toBe('Åððéð: Sprocket Works $1 & Co (Ƒîñðîñĝ, éƒƒéçţîṽé 2026-01-02)');
    expect(tr(line)).toBe(expected);
    expect(tr(msg('diffAddedEffective', 'Other', msg('diffKindWro'), '2027-03-04'))).toBe('Åððéð: Other (ŴŔÖ, éƒƒéçţîṽé 2027-03-04)');
    expect(messages.asked.filter((k) => k === 'diffAddedEffective')).toHaveLength(1);
  });

  it('numbers in the translation’s digits, text stored before messages as it is, unknown keys as the key', () => {
    expect(tr(msg('diffCountAdded', 12345))).toBe('12,345 ŕéçöŕðš åððéð');
    expect(tr('Added: Widget Co (WRO)')).toBe('Added: Widget Co (WRO)');
    expect(tr(msg('noSuchMessage'))).toBe('noSuchMessage');
  });
});
