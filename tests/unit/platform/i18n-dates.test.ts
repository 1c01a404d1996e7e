/** Dates and numbers follow the language of the strings shown, not the browser's own language. */
import { describe, expect, it, vi } from 'vitest';

const messages: Record<string, string> = { langTag: 'en-GB', dateUnknown: 'date unknown' };
vi.mock('../../../src/platform/browser', () => ({
  default: {
    i18n: {
      getMessage: (key: string) => messages[key] ?? '',
      // A German browser: no German translation yet, so the English strings are shown.
      getUILanguage: () => 'de-DE',
    },
  },
}));

const { formatDate, formatNumber } = await import('../../../src/platform/i18n');

describe('formatDate and formatNumber', () => {
  it('use the translation in use (en-GB), not the browser language (de-DE)', () => {
    expect(formatDate('2026-06-23')).toBe('23 Jun 2026');
    expect(formatNumber(12345.5)).toBe('12,345.5');
  });

  it('say an unknown date is unknown', () => {
    expect(formatDate(null)).toBe('date unknown');
  });
});
