import { describe, expect, it } from 'vitest';
import { english } from '../../../src/cli/english';
import { findingTitle } from '../../../src/core/finding-title';
import type { MatchExplanation } from '../../../src/core/match/types';

const e = (over: Partial<MatchExplanation>): MatchExplanation => ({
  matchedName: 'Maxter Glove Manufacturing Sdn. Bhd.',
  recordName: 'Supermax Corporation Bhd.',
  role: 'subsidiary',
  possible: false,
  normalisations: [],
  typo: 0,
  context: [],
  ...over,
});

const worded = (title: ReturnType<typeof findingTitle>) => `${title.name} — ${title.what ? english(title.what) : '(kind)'}`;

describe('a finding\'s heading: the name that matched and what it is', () => {
  it('names a listed subsidiary with the order and its parent', () => {
    expect(worded(findingTitle(e({}), 'MAXTER GLOVE', 'Supermax Corporation Bhd.', 'wro'))).toBe(
      'Maxter Glove Manufacturing Sdn. Bhd. — subsidiary named in the WRO on Supermax Corporation Bhd.',
    );
    expect(worded(findingTitle(e({}), 'Maxter', 'Supermax Corporation Bhd.', 'uflpa'))).toBe(
      'Maxter Glove Manufacturing Sdn. Bhd. — subsidiary named in the UFLPA Entity List entry on Supermax Corporation Bhd.',
    );
  });

  it('says what an alias, a former name and a page\'s own short name are; the record\'s own name leaves it to the kind', () => {
    expect(worded(findingTitle(e({ role: 'alias', matchedName: 'Supermax Corporation Berhad' }), 'x', 'Supermax Corporation Bhd.', 'wro'))).toBe(
      'Supermax Corporation Berhad — another name of Supermax Corporation Bhd., in the WRO',
    );
    expect(worded(findingTitle(e({ role: 'former', matchedName: 'Old Co' }), 'x', 'New Co', 'finding'))).toBe('Old Co — former name of New Co, in the Finding');
    expect(worded(findingTitle(e({ byPage: true, matchedName: 'HSI' }), 'HSI', 'Hoshine Silicon Industry Co. Ltd.', 'wro'))).toBe(
      'HSI — short name this page gives Hoshine Silicon Industry Co. Ltd.',
    );
    expect(findingTitle(e({ role: 'name', matchedName: 'Hoshine Silicon Industry Co. Ltd.' }), 'Hoshine', 'Hoshine Silicon Industry Co. Ltd.', 'wro')).toEqual({
      name: 'Hoshine Silicon Industry Co. Ltd.',
      what: null,
    });
  });
});
