/**
 * The pre-check that spares `decide` a text holding nothing but short names without their legal
 * forms: blocks cut at the edge of a longer name ("… Supplier: Sigma Glove"), which content
 * scripts pass by the thousand. It must answer as `decide` would: nothing on a page that has named
 * nothing, and every finding where the page or the text gives support.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../src/core/match/candidates';
import { compileMatcher } from '../../../../src/core/match/compile';
import { onlyBareShortNames } from '../../../../src/core/match/decide';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { FROM_DESCRIPTOR_DROPPED } from '../../../../src/core/match/payload';
import { prepare } from '../../../../src/core/match/runtime';
import { bundledRecords } from '../../../corpus/bundled-list';

const payload = compileMatcher(bundledRecords());
const matcher = loadMatcher(JSON.parse(JSON.stringify(payload)));
const found = (text: string, page = matcher.newPage()) =>
  matcher.scan(text, { page }).map((f) => `${f.matchedText} → ${f.recordName} (${f.confidence})`);

describe('onlyBareShortNames', () => {
  const rt = prepare(payload);
  const groupOf = (words: string, shortOnly: boolean): number => {
    const g = payload.groups.findIndex(([tokens]) => tokens.map((t) => payload.vocab[t]).join(' ') === words);
    expect(g, words).toBeGreaterThanOrEqual(0);
    expect(rt.shortOnly[g], words).toBe(shortOnly ? 1 : 0);
    return g;
  };
  const candidate = (group: number, legalWords = 0): Candidate => ({ group, a: 0, b: 1, end: 2 + legalWords, legalFrom: 2, typo: 0 });
  const short = groupOf('sigma glove', true);
  const full = groupOf('tangshan sunfar silicon', false);
  // Two words, one nobody else's: believed with goods or an order word in the text, so bare only without them.
  const ownWord = groupOf('tangshan sunfar', true);
  const none = new Int32Array(0);
  const orderWord = Int32Array.of(payload.vocab.indexOf('uflpa'));

  it('is true only when every candidate is a short name with no legal form after it', () => {
    expect(payload.entries.filter((e) => (e[4] & FROM_DESCRIPTOR_DROPPED) !== 0).length).toBeGreaterThan(0);
    expect(onlyBareShortNames(rt, [candidate(short)], '', none, false)).toBe(true);
    expect(onlyBareShortNames(rt, [candidate(short), candidate(short)], '', none, false)).toBe(true);
    expect(onlyBareShortNames(rt, [], '', none, false)).toBe(false);
    expect(onlyBareShortNames(rt, [candidate(short, 2)], '', none, false)).toBe(false);
    expect(onlyBareShortNames(rt, [candidate(short), candidate(full)], '', none, false)).toBe(false);
    expect(onlyBareShortNames(rt, [candidate(short), candidate(ownWord)], '', none, false)).toBe(true);
    expect(onlyBareShortNames(rt, [candidate(ownWord)], '', orderWord, false)).toBe(false);
    expect(onlyBareShortNames(rt, [candidate(ownWord)], 'added to the Entity List', none, false)).toBe(false);
    expect(onlyBareShortNames(rt, [candidate(ownWord)], '', none, true)).toBe(false);
  });
});

describe('a block holding only short names', () => {
  it('finds nothing on a page that has named nothing', () => {
    expect(found('order placed. Supplier: Tangshan Sunfar')).toEqual([]);
    expect(found('Tangshan Sunfar')).toEqual([]);
  });

  it('finds the short name once the page has named the firm in full, in an earlier block', () => {
    const page = matcher.newPage();
    expect(found('Supplier: Tangshan Sunfar Silicon Company', page)).toHaveLength(1);
    expect(found('order placed. Supplier: Tangshan Sunfar', page)).toEqual(['Tangshan Sunfar → Tangshan Sunfar Silicon Company (match)']);
  });

  it('still reads a short name written with its own legal form as a possible match', () => {
    expect(found('Tangshan Sunfar Co., Ltd.')).toEqual(['Tangshan Sunfar Co., Ltd. → Tangshan Sunfar Silicon Company (possible)']);
  });

  it('decides a block that also holds a full name as before', () => {
    expect(found('Tangshan Sunfar Silicon Company is listed; Tangshan Sunfar said so.')).toEqual([
      'Tangshan Sunfar Silicon Company → Tangshan Sunfar Silicon Company (match)',
      'Tangshan Sunfar → Tangshan Sunfar Silicon Company (match)',
    ]);
  });
});
