/** The high-risk goods seed: built from its source as committed, each sector named by the edition DHS named it in, sources cited and marked. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHighRiskGoods, highRiskGoodsSchema } from '../../../../src/core/list/high-risk-goods';
import { isOfficialSource } from '../../../../seeds/lib/corrections';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8')) as unknown;
const source = read('seeds/sources/high-risk-goods.json') as { uflpaStrategy: { editions: Array<{ year: number; added: string[] }> } };

describe('high-risk goods (seeds/high-risk-goods.json)', () => {
  it('is current: building seeds/sources/high-risk-goods.json gives the committed file', () => {
    expect(buildHighRiskGoods(source)).toEqual(highRiskGoodsSchema.parse(read('seeds/high-risk-goods.json')));
  });

  it('names each UFLPA high-priority sector in the edition that added it', () => {
    const byYear = Object.fromEntries(source.uflpaStrategy.editions.map((e) => [e.year, e.added]));
    expect(byYear).toEqual({
      2022: ['apparel', 'cotton', 'silica', 'tomatoes'],
      2023: [],
      2024: ['aluminium', 'pvc', 'seafood'],
      2025: ['steel', 'copper', 'lithium', 'caustic-soda', 'red-dates'],
    });
    const built = buildHighRiskGoods(source);
    expect(built.goods.filter((g) => g.kind === 'uflpa')).toHaveLength(12);
    expect(built.goods.find((g) => g.id === 'uflpa-pvc')).toMatchObject({ year: 2024, source: { published: '2024-07-09', secondary: false } });
  });

  it('marks every source not published by the issuing authority secondary, and no official one', () => {
    for (const good of buildHighRiskGoods(source).goods) {
      expect({ id: good.id, secondary: good.source.secondary }).toEqual({ id: good.id, secondary: !isOfficialSource(good.source.url) });
    }
  });

  it('refuses a sector named by two editions, or an edition adding a sector it does not know', () => {
    const twice = structuredClone(source);
    twice.uflpaStrategy.editions[1]!.added = ['cotton'];
    expect(() => buildHighRiskGoods(twice)).toThrow(/cotton is added by 2 editions/);
    const unknown = structuredClone(source);
    unknown.uflpaStrategy.editions[3]!.added.push('rare-earths');
    expect(() => buildHighRiskGoods(unknown)).toThrow(/adds unknown sectors: rare-earths/);
  });
});
