import { describe, expect, it } from 'vitest';
import { english } from '../../../../src/cli/english';
import { mergeLists } from '../../../../src/core/list/merge';
import { compileMatcher } from '../../../../src/core/match/compile';
import { explanationMessage } from '../../../../src/core/match/explain';
import { loadMatcher } from '../../../../src/core/match/matcher';
import type { WroList } from '../../../../src/core/record';
import { screenTable } from '../../../../src/core/screening/screen';
import { tableFromCsvBytes } from '../../../../src/core/screening/table';
import seed from '../../../../seeds/default-list.json';
import { BRAND, brandFeed, DISTRIBUTOR, FEED_TITLE, MAKER_ID, MAKER_NAME } from '../../../fixtures/feeds/brand-feed';

const bundled = seed as WroList;
const merged = mergeLists([bundled, brandFeed()]);
const payload = compileMatcher(merged.records);
const matcher = loadMatcher(payload);
const maker = bundled.records.find((r) => r.id === MAKER_ID)!;
const why = (text: string): string[] => matcher.scan(text).map((f) => english(explanationMessage(f.explanation)));

describe('brand names from the organisation feed', () => {
  it('finds the brand as the maker it leads to, with the maker\'s kind and status', () => {
    const [f, ...rest] = matcher.scan(`Lot 3: ${BRAND} examination gloves (nitrile), 40,000 boxes.`);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ recordId: MAKER_ID, recordName: MAKER_NAME, kind: maker.kind, status: maker.status, matchedText: BRAND, confidence: 'match' });
    expect(f!.explanation).toMatchObject({ role: 'brand', matchedName: BRAND, brand: { feed: FEED_TITLE, asOf: '2026-12-02' } });
  });

  it('explains whom the brand leads to, through whom, and who says so: never as an official listing', () => {
    expect(why(`Offered: ${BRAND} gloves.`)).toEqual([
      `Match: “${BRAND}” (not itself on an official list), a private label of ${DISTRIBUTOR}, a distributor for ${MAKER_NAME}, as your organisation's feed “${FEED_TITLE}” says (2026-12-02; source: Category risk register, https://procurement.example.gov.uk/risk/57).`,
    ]);
    // An alias of the brand, and the distributor itself, each with its own way.
    expect(why('MediGuard nitrile, box of 100')[0]).toMatch(/^Match: “MediGuard Nitrile” \(not itself on an official list\), a private label of Larkspur Medical Supplies Ltd, a distributor for /);
    expect(why(`Supplied by ${DISTRIBUTOR}.`)[0]).toMatch(/^Match: “Larkspur Medical Supplies Ltd” \(not itself on an official list\), a distributor for Hoshine Silicon Industry \(Shanshan\) Co\., Ltd, as your organisation's feed/);
  });

  it('finds nothing of the brand without the feed, and the maker by its own name as before', () => {
    const plain = loadMatcher(compileMatcher(bundled.records));
    expect(plain.scan(`${BRAND} nitrile gloves`)).toEqual([]);
    expect(matcher.scan(`${MAKER_NAME} (the maker)`)[0]!.explanation).not.toHaveProperty('brand');
    expect(compileMatcher(bundled.records)).not.toHaveProperty('brands');
    expect(payload.brands?.length).toBe(3);
  });

  it('gives the chain in screening results', () => {
    const table = tableFromCsvBytes(new TextEncoder().encode(`Supplier,Product\n"${BRAND} Europe",Nitrile gloves\nNorthbridge Medical Ltd,Aprons\n`));
    const run = screenTable(matcher, table, ['Supplier']);
    expect(run.hits.map((h) => [h.row, h.finding.recordId, english(explanationMessage(h.finding.explanation))])).toEqual([
      [2, MAKER_ID, expect.stringContaining(`“${BRAND}” (not itself on an official list), a private label of ${DISTRIBUTOR}`)],
    ]);
  });
});
