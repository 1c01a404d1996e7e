/**
 * Every explanation a finding can carry, worded through the English messages: the technical one
 * (`explanationMessage`) and the plain one (`plainWhy`), for every role, normalisation and kind of
 * support, with names that end in a full stop as listed names do ("Supermax Corporation Bhd.").
 * No sentence may end in two full stops, and quotes are the typographic ones throughout.
 */
import { describe, expect, it } from 'vitest';
import { english } from '../../../../src/cli/english';
import { explanationMessage, NORMALISATION_KEYS, ROLE_KEYS, type Support } from '../../../../src/core/match/explain';
import { plainWhy } from '../../../../src/core/match/plain-why';
import type { MatchExplanation, Normalisation } from '../../../../src/core/match/types';
import type { NameRole } from '../../../../src/core/record';

const ROLES = Object.keys(ROLE_KEYS) as NameRole[];
const NORMALISATIONS = Object.keys(NORMALISATION_KEYS) as Normalisation[];
const SUPPORTS: Support[] = [
  { kind: 'legal form', text: 'Bhd.' },
  { kind: 'product', text: 'gloves.' },
  { kind: 'related', text: 'Supermax Corporation Bhd.' },
  { kind: 'origin', how: 'words', text: 'made in Xinjiang.' },
  { kind: 'origin', how: 'address', text: 'Urumqi, Xinjiang.' },
  { kind: 'origin', how: 'brackets', text: 'Xinjiang.' },
  { kind: 'field' },
  { kind: 'vessel' },
  { kind: 'listing' },
  { kind: 'restriction' },
  { kind: 'page', name: 'Hoshine Silicon Industry Co., Ltd.', when: 'earlier', text: 'Hoshine Silicon Industry Co., Ltd.' },
  { kind: 'page', name: 'Hoshine Silicon Industry Co., Ltd.', when: 'later', text: 'Hoshine Silicon Industry Co., Ltd.' },
  { kind: 'acronym', name: 'Hoshine Silicon Industry Co., Ltd.', namedBy: 'Hoshine Silicon Industry Co., Ltd.', text: 'HSI' },
  { kind: 'short name', name: 'Hoshine Silicon Industry Co., Ltd.', namedBy: 'Hoshine Silicon Industry Co., Ltd.', text: 'Hoshine' },
];

const base: MatchExplanation = {
  matchedName: 'Maxter Glove Manufacturing Sdn. Bhd.',
  recordName: 'Supermax Corporation Bhd.',
  role: 'name',
  possible: false,
  normalisations: [],
  typo: 0,
  context: [],
};

/** Every explanation shape: each role alone and with each normalisation, each support, possible or not, a brand, the page's own name. */
function everyExplanation(): MatchExplanation[] {
  const out: MatchExplanation[] = [];
  for (const possible of [false, true]) {
    for (const role of ROLES) {
      out.push({ ...base, role, possible });
      for (const n of NORMALISATIONS) out.push({ ...base, role, possible, normalisations: [n], typo: n === 'spelling' ? 2 : 0 });
      out.push({ ...base, role, possible, normalisations: ['spelling'], typo: 1 });
      for (const s of SUPPORTS) out.push({ ...base, role, possible, context: [s] });
      out.push({ ...base, role, possible, normalisations: ['case', 'legal-form'], context: SUPPORTS.slice(0, 3) });
    }
    const chain = { steps: [{ type: 'made-by' as const, name: 'Supermax Corporation Bhd.' }], feed: 'Buyers’ feed.', sourceLabel: 'Annual report.', sourceUrl: 'https://example.org/report.' };
    out.push({ ...base, role: 'brand', possible, brand: { ...chain, asOf: '2026-01-02' } });
    out.push({ ...base, role: 'brand', possible, brand: { ...chain, asOf: null } });
    out.push({ ...base, possible, normalisations: ['short-name'], context: [SUPPORTS[1]!], sharedWith: 'Sime Darby Bhd.' });
  }
  out.push({ ...base, matchedName: 'HSI', byPage: true, context: [SUPPORTS[12]!] });
  return out;
}

const DOUBLED_STOP = /(?<!\.)\.\.(?!\.)/;

describe('explanations worded through _locales', () => {
  const worded = everyExplanation().flatMap((e) => [english(explanationMessage(e)), english(plainWhy(e))]);

  it('cover every role, normalisation and support, each worded (no bare message key)', () => {
    expect(worded.length).toBeGreaterThan(300);
    for (const text of worded) expect(text, text).not.toMatch(/\b(explain|norm|support|why|chain|list)[A-Z]\w+/);
  });

  it('never end a sentence in two full stops', () => {
    expect(worded.filter((text) => DOUBLED_STOP.test(text))).toEqual([]);
  });

  it('quote with typographic quotes only, never straight ones', () => {
    expect(worded.filter((text) => text.includes('"'))).toEqual([]);
    // Every opening quote is closed.
    for (const text of worded) expect((text.match(/“/g) ?? []).length, text).toBe((text.match(/”/g) ?? []).length);
  });

  it('say in plain words which name matched and how it was written', () => {
    expect(english(plainWhy({ ...base, normalisations: ['legal-form'] }))).toBe('Same company name; legal form written differently.');
    expect(english(plainWhy({ ...base, role: 'subsidiary' }))).toBe('A subsidiary named in the listing.');
    expect(english(plainWhy({ ...base, possible: true, normalisations: ['spelling'], typo: 1 }))).toBe('Possibly: Same company name; spelled slightly differently.');
    expect(english(plainWhy({ ...base, possible: true, normalisations: ['short-name'], sharedWith: 'Sime Darby Berhad' })))
      .toBe('Possibly: Same company name; short name; a firm that is not listed has this name too.');
  });
});
