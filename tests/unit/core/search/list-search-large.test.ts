/**
 * Large lists are narrowed by trigrams before fuse.js runs (for speed): the answers must stay
 * those of the full search for typed names, typos, prefixes, products and filters.
 */
import { describe, expect, it } from 'vitest';
import { createListSearch } from '../../../../src/core/search/list-search';
import { bundledRecords } from '../../../corpus/bundled-list';
import { generateRecords } from '../../../bench/popup-search.bench';

const bundled = bundledRecords();
const large = [...generateRecords(2_000), ...bundled];
const small = createListSearch(bundled);
const big = createListSearch(large);
const names = (hits: Array<{ record: { name: string } }>) => hits.map((h) => h.record.name);

describe('list search over 2,000+ records', () => {
  it('still finds Supermax from a typo, a prefix and a subsidiary name', () => {
    expect(names(big.search('supermx', {}, 1))[0]).toMatch(/^Supermax/);
    expect(names(big.search('superm', {}, 1))[0]).toMatch(/^Supermax/);
    expect(names(big.search('Maxter Glove', {}, 1))[0]).toMatch(/^Supermax/);
    expect(names(big.search('topglove', {}, 3)).some((n) => /^Top Glove/.test(n))).toBe(true);
  });

  it('gives the bundled records the same top answers as a search of the bundled list alone', () => {
    for (const query of ['hoshine', 'zhongtai', 'Brightway', 'Hetian Taida', 'sime darby']) {
      const alone = names(small.search(query, {}, 1));
      const among = names(big.search(query, {}, 50)).filter((n) => bundled.some((r) => r.name === n));
      expect(among[0], query).toBe(alone[0]);
    }
  });

  it('finds nothing for a single character or nonsense, and applies filters', () => {
    expect(big.search('h', {}, 10)).toEqual([]);
    expect(big.search('qqqqqqqq', {}, 10)).toEqual([]);
    const hits = big.search('glove', { kind: 'wro', country: 'Malaysia' }, 30);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.record.kind === 'wro' && h.record.country === 'Malaysia')).toBe(true);
  });
});
