import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { checkBrands, linkBrands, MAX_CHAIN_STEPS, unknownTargets, unknownTargetsError } from '../../../../src/core/list/brands';
import { listJsonSchema, MAX_BRANDS, validateList } from '../../../../src/core/list/list-schema';
import { mergeLists } from '../../../../src/core/list/merge';
import type { BrandParty, WroList } from '../../../../src/core/record';
import seed from '../../../../seeds/default-list.json';
import { BRAND, brandFeed, brandParties, brandRelationships, cyclicBrandFeed, DISTRIBUTOR, FEED_TITLE, MAKER_ID, MAKER_NAME, unknownTargetFeed } from '../../../fixtures/feeds/brand-feed';

const bundled = seed as WroList;
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8'));
const example = () => read('docs/examples/org-feed-brands.json') as WroList;
const error = (json: unknown): string => {
  const r = validateList(json);
  return r.ok ? 'valid' : r.error;
};

describe('the organisation feed with brands (schemaVersion 2)', () => {
  it('accepts the documented example and a feed of brands only', () => {
    expect(error(example())).toBe('valid');
    expect(error(brandFeed())).toBe('valid');
  });

  it('keeps version 1 feeds as they are, and refuses brands in one', () => {
    expect(error(bundled)).toBe('valid');
    expect(error({ ...brandFeed(), schemaVersion: 1 })).toBe('"brands" and "relationships" need "schemaVersion": 2.');
    expect(error({ ...brandFeed(), brands: [] })).toBe('The list has no records: refusing an empty list.');
  });

  it('refuses each broken relationship with the ids at fault', () => {
    const [brand, distributor] = brandParties();
    expect(error(brandFeed({ relationships: [...brandRelationships(), { from: 'ecc-nobody', to: MAKER_ID, type: 'made-by', asOf: null, sourceUrl: 'https://x.example/1' }] }))).toBe(
      'relationships[2] ("ecc-nobody" → "uflpa-hoshine-silicon-industry-shanshan-co-ltd"): "from" must be the id of one of this feed\'s brands; "ecc-nobody" is not.',
    );
    expect(error(brandFeed({ relationships: [...brandRelationships(), { from: brand!.id, to: brand!.id, type: 'brand-of', asOf: null, sourceUrl: 'https://x.example/1' }] }))).toContain('a brand cannot relate to itself');
    expect(error(brandFeed({ brands: [brand!, distributor!, { ...brand! }] }))).toBe('Duplicate brand id "ecc-brand-mediguard" at brands[0] and brands[2].');
    expect(error(brandFeed({ relationships: [brandRelationships()[1]!] }))).toBe('brands[0] (id "ecc-brand-mediguard") has no relationship: each brand must lead to a listed record.');
    expect(error(cyclicBrandFeed())).toBe('The relationships form a cycle: "ecc-brand-mediguard" → "ecc-dist-larkspur" → "ecc-brand-mediguard".');
    const clash = example();
    clash.brands![0]!.id = 'ecc-0001';
    expect(error(clash)).toBe('brands[0] (id "ecc-0001"): a record has the same id.');
    const region = { ...structuredClone(bundled.records.find((r) => r.kind === 'region')!) };
    expect(error({ ...brandFeed({ relationships: [{ from: brand!.id, to: region.id, type: 'made-by', asOf: null, sourceUrl: 'https://x.example/1' }], brands: [brand!] }), records: [region] })).toContain('a brand cannot lead to a region order');
  });

  it(`refuses a chain longer than ${MAX_CHAIN_STEPS} steps and a feed of more than ${MAX_BRANDS} brands`, () => {
    const chain: BrandParty[] = Array.from({ length: MAX_CHAIN_STEPS + 1 }, (_, i) => ({ ...brandParties()[0]!, id: `b${i}`, name: `Brand ${i}` }));
    const links = chain.map((b, i) => ({ from: b.id, to: i + 1 < chain.length ? `b${i + 1}` : MAKER_ID, type: 'made-by' as const, asOf: null, sourceUrl: 'https://x.example/1' }));
    expect(error(brandFeed({ brands: chain, relationships: links }))).toMatch(/^A chain of relationships is longer than 8 steps: "b0" → /);
    const many = Array.from({ length: MAX_BRANDS + 1 }, (_, i) => ({ ...brandParties()[0]!, id: `b${i}` }));
    expect(error(brandFeed({ brands: many }))).toContain(`brands: more than ${MAX_BRANDS} brands`);
  });

  it('names the targets no list in use holds (checked when the feed is applied)', () => {
    const known = new Set(bundled.records.map((r) => r.id));
    expect(unknownTargets(brandFeed(), known)).toEqual([]);
    expect(unknownTargets(unknownTargetFeed(), known)).toEqual(['uflpa-no-such-entity']);
    expect(unknownTargetsError(['uflpa-no-such-entity'])).toContain('lead to records that are in none of the lists in use: "uflpa-no-such-entity"');
    expect(checkBrands(unknownTargetFeed())).toBeNull();
  });

  it('links each brand to the record it leads to when lists are merged, with the chain and who says so', () => {
    const merged = mergeLists([bundled, brandFeed()]);
    expect(merged.schemaVersion).toBe(2);
    expect(error(merged)).toBe('valid');
    const maker = merged.records.find((r) => r.id === MAKER_ID)!;
    expect(maker.status).toBe(bundled.records.find((r) => r.id === MAKER_ID)!.status);
    expect(maker.brandLinks).toEqual([
      {
        partyId: 'ecc-brand-mediguard', partyType: 'brand', name: BRAND, aliases: ['MediGuard Nitrile'],
        steps: [{ type: 'private-label-of', name: DISTRIBUTOR }, { type: 'distributor-for', name: MAKER_NAME }],
        feed: FEED_TITLE, asOf: '2026-12-02', sourceLabel: 'Category risk register', sourceUrl: 'https://procurement.example.gov.uk/risk/57',
      },
      expect.objectContaining({ partyId: 'ecc-dist-larkspur', partyType: 'distributor', name: DISTRIBUTOR, steps: [{ type: 'distributor-for', name: MAKER_NAME }] }),
    ]);
    // Without the feed, the links go: they are never kept from a list merged before.
    expect(mergeLists([merged]).records.find((r) => r.id === MAKER_ID)!.brandLinks).toHaveLength(2);
    expect(mergeLists([bundled]).records.find((r) => r.id === MAKER_ID)!.brandLinks).toBeUndefined();
    expect(linkBrands(merged.records, []).find((r) => r.id === MAKER_ID)!.brandLinks).toBeUndefined();
  });

  it("follows a feed's own record when merging gave it an earlier list's id", () => {
    const own = structuredClone(bundled.records.find((r) => r.id === MAKER_ID)!);
    const feed = brandFeed({ relationships: [brandRelationships()[0]!, { ...brandRelationships()[1]!, to: 'ecc-own-copy' }] });
    const merged = mergeLists([bundled, { ...feed, records: [{ ...own, id: 'ecc-own-copy' }] }]);
    expect(merged.records.some((r) => r.id === 'ecc-own-copy')).toBe(false);
    expect(merged.records.find((r) => r.id === MAKER_ID)!.brandLinks?.map((l) => l.name)).toEqual([BRAND, DISTRIBUTOR]);
  });
});

describe('the published JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(read('schema/wro-list.schema.json') as object);

  it('is the zod schema (so the two cannot drift), and the examples in docs/feeds.md pass it', () => {
    expect(read('schema/wro-list.schema.json')).toEqual(JSON.parse(JSON.stringify(listJsonSchema())));
    const docs = readFileSync(new URL('../../../../docs/feeds.md', import.meta.url), 'utf8');
    const blocks = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as unknown).filter((j) => j && typeof j === 'object' && 'schemaVersion' in j);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const json of [...blocks, example(), brandFeed(), mergeLists([bundled, brandFeed()])]) {
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(error(json)).toBe('valid');
    }
  });

  it('refuses what zod refuses in a brand or relationship', () => {
    const cases: Array<(f: WroList) => void> = [
      (f) => void ((f.brands![0] as unknown as Record<string, unknown>).type = 'retailer'),
      (f) => void ((f.relationships![0] as unknown as Record<string, unknown>).type = 'owned-by'),
      (f) => void (f.brands![0]!.sources = []),
      (f) => void (f.relationships![0]!.asOf = '2 Dec 2026'),
      (f) => void (f.brands![0]!.id = 'has spaces'),
    ];
    for (const change of cases) {
      const feed = brandFeed();
      change(feed);
      expect(validate(feed)).toBe(false);
      expect(error(feed)).not.toBe('valid');
    }
    // Only http(s) links is a check of zod's own (a refinement, which JSON Schema does not carry).
    const script = brandFeed();
    script.brands![0]!.sources[0]!.url = 'javascript:alert(1)';
    expect(error(script)).toContain('brands[0].sources[0].url: expected an http(s) URL');
  });
});
