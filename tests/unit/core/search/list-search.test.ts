import { describe, expect, it } from 'vitest';
import { createListSearch } from '../../../../src/core/search/list-search';
import { bundledRecords } from '../../../corpus/bundled-list';

const records = bundledRecords();
const search = createListSearch(records);
const top = (q: string, n = 1) => search.search(q, {}, n).map((h) => h.record.name);

describe('createListSearch', () => {
  it('finds Supermax from a typo and a prefix', () => {
    expect(top('supermx')[0]).toMatch(/^Supermax/);
    expect(top('superm')[0]).toMatch(/^Supermax/);
  });

  it('lists glove makers for "glove"', () => {
    const hits = search.search('glove', {}, 15).map((h) => h.record.name);
    for (const maker of ['Top Glove', 'Supermax', 'Smart Glove', 'Brightway', 'YTY', 'WRP']) {
      expect(hits.some((h) => h.includes(maker)), maker).toBe(true);
    }
  });

  it('ranks the exact name first, ignoring legal forms and case', () => {
    expect(top('hoshine silicon industry co ltd')[0]).toMatch(/^Hoshine Silicon Industry/);
    expect(top('TOP GLOVE SDN BHD')[0]).toMatch(/^Top Glove/);
  });

  it('finds a record by alias or subsidiary and says which name matched', () => {
    const [hit] = search.search('Maxter Glove', {}, 1);
    expect(hit?.record.name).toMatch(/^Supermax/);
    expect(hit?.matchedName).toMatch(/Maxter/);
    expect(hit?.matchedField).toBe('subsidiary');
  });

  it('searches products and countries', () => {
    expect(search.search('palm oil', {}, 5).map((h) => h.record.name).some((n) => /FGV|Sime Darby/.test(n))).toBe(true);
    const nepal = search.search('Nepal', {}, 20);
    expect(nepal.length).toBeGreaterThan(3);
    expect(nepal.every((h) => h.record.country === 'Nepal')).toBe(true);
  });

  it('applies kind, status and country filters', () => {
    expect(search.search('cotton', { kind: 'region' }, 10).every((h) => h.record.kind === 'region')).toBe(true);
    expect(search.search('glove', { country: 'malaysia' }, 20).every((h) => h.record.country === 'Malaysia')).toBe(true);
    expect(search.search('', { status: 'active' }, 500).every((h) => h.record.status === 'active')).toBe(true);
  });

  it('returns scores in order, and nothing for nonsense', () => {
    const hits = search.search('zhongtai', {}, 10);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    expect(search.search('qqqqqqqq', {}, 10)).toEqual([]);
  });
});
