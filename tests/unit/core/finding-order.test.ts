import { describe, expect, it } from 'vitest';
import { compareEntries, entryClass, subsidiariesNamed } from '../../../src/core/finding-order';
import type { Confidence } from '../../../src/core/match/types';
import type { Status } from '../../../src/core/record';

const entry = (name: string, status: Status, ...confidences: Confidence[]) => ({
  record: { name, status },
  mentions: confidences.map((confidence) => ({ confidence })),
});

describe('the popup\'s order of findings', () => {
  it('puts in force before status unknown before lifted or modified before possible matches', () => {
    const entries = [
      entry('Possible in force', 'active', 'possible'),
      entry('Modified', 'modified', 'match'),
      entry('Unknown', 'unknown', 'match'),
      entry('Revoked', 'revoked', 'match'),
      entry('In force', 'active', 'possible', 'match'),
    ];
    expect(entries.sort(compareEntries).map((e) => e.record.name)).toEqual(['In force', 'Unknown', 'Modified', 'Revoked', 'Possible in force']);
  });

  it('takes a record\'s style from its surest mention', () => {
    expect(entryClass('active', ['possible', 'match'])).toBe('active');
    expect(entryClass('active', ['possible'])).toBe('possible');
    expect(entryClass('delisted', ['match'])).toBe('lifted');
  });
});

describe('which listed subsidiary a finding was named by', () => {
  const supermax = { subsidiaries: ['Maxter Glove Manufacturing Sdn. Bhd.', 'Maxwell Glove Manufacturing Bhd.', 'Supermax Glove Manufacturing'] };

  it('finds it however its punctuation, case or legal form is written', () => {
    expect(subsidiariesNamed(supermax, ['Supermax Corporation Berhad', 'MAXTER GLOVE MANUFACTURING SDN BHD'])).toEqual(['Maxter Glove Manufacturing Sdn. Bhd.']);
    expect(subsidiariesNamed(supermax, ['Maxter Glove Manufacturing'])).toEqual(['Maxter Glove Manufacturing Sdn. Bhd.']);
  });

  it('names none for the parent\'s own name or a short word', () => {
    expect(subsidiariesNamed(supermax, ['Supermax Corporation Berhad'])).toEqual([]);
    expect(subsidiariesNamed(supermax, ['Maxter'])).toEqual([]);
    expect(subsidiariesNamed({ subsidiaries: [] }, ['Maxter Glove Manufacturing'])).toEqual([]);
  });
});
