/**
 * The goods of the UFLPA Entity List records (seeds/sources/corrections-uflpa-goods.json), checked on
 * the built seeds/default-list.json. DHS's page names no goods; without them a card said "Not stated"
 * for every entity and the matcher had no goods to support a short name ("Pantum toner cartridges").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_PATH } from '../../../../scripts/build-seeds';
import { correctionFileSchema } from '../../../../seeds/lib/corrections';
import { goodsKeys } from '../../../../src/core/labels';
import { validateList } from '../../../../src/core/list/list-schema';
import type { ListRecord } from '../../../../src/core/record';

const built = validateList(JSON.parse(readFileSync(DEFAULT_LIST_PATH, 'utf8')) as unknown);
if (!built.ok) throw new Error(built.error);
const byId = new Map(built.list.records.map((r) => [r.id, r]));
const goods = correctionFileSchema.parse(JSON.parse(readFileSync(new URL('../../../../seeds/sources/corrections-uflpa-goods.json', import.meta.url), 'utf8')));

function record(id: string): ListRecord {
  const found = byId.get(id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
}

describe('UFLPA Entity List goods (corrections-uflpa-goods.json)', () => {
  it('sets only goods, on Entity List records, each from one cited source the record then lists', () => {
    expect(goods.length).toBeGreaterThanOrEqual(100);
    for (const c of goods) {
      const r = record(c.id);
      expect(r.kind, c.id).toBe('uflpa');
      expect(Object.keys(c.set ?? {}), c.id).toEqual(['products']);
      expect(r.products, c.id).toEqual(c.set!.products);
      expect(r.products.length, c.id).toBeGreaterThan(0);
      expect(r.products.length, c.id).toBeLessThanOrEqual(6);
      expect(r.sources.some((s) => s.url === c.source.url), c.id).toBe(true);
    }
  });

  it('marks every source that is not the issuing authority secondary (law firms, trade press, the company)', () => {
    for (const c of goods) {
      const cited = record(c.id).sources.find((s) => s.url === c.source.url)!;
      const official = /(^|\.)(dhs|cbp)\.gov$/.test(new URL(c.source.url).hostname);
      expect(cited.secondary === true, c.source.url).toBe(!official);
    }
  });

  it('gives the goods the sources name, one entity at a time', () => {
    expect(record('uflpa-zhuhai-pantum-electronics-co-ltd').products).toEqual(['printers', 'toner cartridges']);
    expect(record('uflpa-camel-group-co-ltd').products).toEqual(['lead-acid batteries']);
    expect(record('uflpa-changzhou-guanghui-food-ingredients-co-ltd').products).toEqual(['aspartame']);
    expect(record('uflpa-xinjiang-daqo-new-energy-co-ltd').products).toEqual(['polysilicon']);
    expect(record('uflpa-hubei-jingtian-cotton-industry-group-co-ltd').products).toEqual(['cotton']);
  });

  it('leaves unknown goods unknown: entities no source we could read describes have none', () => {
    // The notice of 25 November 2024 (23 food traders) could not be read offline; a holding company has no goods of its own.
    for (const id of ['uflpa-hebei-tomato-industry-co-ltd', 'uflpa-kingherbs-limited', 'uflpa-zhuhai-ninestar-management-co-ltd', 'uflpa-nanjing-synergy-textiles-co-ltd']) {
      expect(record(id).products, id).toEqual([]);
    }
  });

  it('heads an entity\'s goods as what it is known for, with a note that the listing covers all it makes', () => {
    expect(goodsKeys(record('uflpa-camel-group-co-ltd'))).toEqual({ heading: 'goodsKnownFor', note: 'goodsAllCovered' });
    expect(goodsKeys({ kind: 'wro' })).toEqual({ heading: 'products', note: null });
    expect(goodsKeys({ kind: 'region' })).toEqual({ heading: 'products', note: null });
  });
});
