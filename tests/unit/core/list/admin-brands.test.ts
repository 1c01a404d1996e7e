/**
 * Brands, private labels and distributors in an admin CSV or JSON file (issue #19): a row whose
 * kind is brand, private label or distributor leads, through made_by, brand_of, private_label_of or
 * distributor_for, to a listed record, as a feed's brands do.
 */
import { describe, expect, it } from 'vitest';
import { parseAdminCsv, parseAdminJson } from '../../../../src/core/list/admin';
import { mergeLists } from '../../../../src/core/list/merge';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import type { WroList } from '../../../../src/core/record';
import seed from '../../../../seeds/default-list.json';
import { MAKER_ID, MAKER_NAME } from '../../../fixtures/feeds/brand-feed';

const options = { retrieved: '2026-12-02T06:00:00.000Z' };
const bundled = seed as unknown as WroList;

// As a category team keeps it in a spreadsheet: the maker by its id in the bundled list, the
// distributor and the private label by the names of the rows above them.
const CSV = [
  'name,kind,aliases,products,made_by,private_label_of,distributor_for,source_url,note',
  `Larkspur Medical Supplies Ltd,Distributor,,,,,${MAKER_ID},https://procurement.example.gov.uk/risk/58,Sole UK distributor`,
  '"MediGuard",Private label,MediGuard Nitrile,nitrile gloves,,Larkspur Medical Supplies Ltd,,https://procurement.example.gov.uk/risk/57,',
  'Acme Gloves Sdn Bhd,wro,Acme,gloves,,,,https://procurement.example.gov.uk/risk/42,',
  'Brightpak,brand,,,Acme Gloves Sdn Bhd,,,https://procurement.example.gov.uk/risk/43,',
].join('\r\n');

describe('admin files with brands', () => {
  it('reads brand, private-label and distributor rows as parties leading to records, by id or by the name of a row', () => {
    const result = parseAdminCsv(CSV, options);
    expect(result.ok, result.ok ? '' : result.error).toBe(true);
    if (!result.ok) return;
    expect(result.list.schemaVersion).toBe(2);
    expect(result.list.records.map((r) => r.id)).toEqual(['org-acme-gloves-sdn-bhd']);
    expect(result.list.brands?.map((b) => [b.id, b.type, b.name, b.aliases])).toEqual([
      ['org-brand-larkspur-medical-supplies-ltd', 'distributor', 'Larkspur Medical Supplies Ltd', []],
      ['org-brand-mediguard', 'brand', 'MediGuard', ['MediGuard Nitrile']],
      ['org-brand-brightpak', 'brand', 'Brightpak', []],
    ]);
    expect(result.list.relationships).toEqual([
      { from: 'org-brand-larkspur-medical-supplies-ltd', to: MAKER_ID, type: 'distributor-for', asOf: '2026-12-02', sourceUrl: 'https://procurement.example.gov.uk/risk/58' },
      { from: 'org-brand-mediguard', to: 'org-brand-larkspur-medical-supplies-ltd', type: 'private-label-of', asOf: '2026-12-02', sourceUrl: 'https://procurement.example.gov.uk/risk/57' },
      { from: 'org-brand-brightpak', to: 'org-acme-gloves-sdn-bhd', type: 'made-by', asOf: '2026-12-02', sourceUrl: 'https://procurement.example.gov.uk/risk/43' },
    ]);
  });

  it('finds the brand, once merged with the bundled list, as the listed maker it leads to', () => {
    const result = parseAdminCsv(CSV, options);
    if (!result.ok) throw new Error(result.error);
    const matcher = loadMatcher(compileMatcher(mergeLists([bundled, result.list]).records));
    const [finding] = matcher.scan('Lot 3: MediGuard examination gloves, 40,000 boxes.');
    expect(finding).toMatchObject({ recordId: MAKER_ID, recordName: MAKER_NAME, matchedText: 'MediGuard' });
    expect(JSON.stringify(finding?.explanation)).toContain('Larkspur Medical Supplies Ltd');
  });

  it('reads the same rows from admin JSON', () => {
    const json = JSON.stringify([
      { name: 'Acme Gloves Sdn Bhd', kind: 'wro', sourceUrl: 'https://procurement.example.gov.uk/risk/42' },
      { name: 'Brightpak', kind: 'brand', madeBy: ['Acme Gloves Sdn Bhd'], sourceUrl: 'https://procurement.example.gov.uk/risk/43' },
    ]);
    const result = parseAdminJson(json, options);
    expect(result.ok && result.list.relationships).toEqual([
      { from: 'org-brand-brightpak', to: 'org-acme-gloves-sdn-bhd', type: 'made-by', asOf: '2026-12-02', sourceUrl: 'https://procurement.example.gov.uk/risk/43' },
    ]);
  });

  it('keeps a file of watch-list rows as a version 1 list', () => {
    const result = parseAdminCsv('name,source_url\nAcme,https://a.example\n', options);
    expect(result.ok && [result.list.schemaVersion, result.list.brands]).toEqual([1, undefined]);
  });

  it('refuses, naming the row, a party that leads nowhere, a relation on a listed row, and a circle', () => {
    const nowhere = parseAdminCsv('name,kind,source_url\nBrightpak,brand,https://a.example\n', options);
    expect(nowhere).toMatchObject({ ok: false, error: expect.stringContaining('line 2: a brand row needs made_by, brand_of, private_label_of or distributor_for') as string });
    const listed = parseAdminCsv('name,kind,made_by,source_url\nAcme,wro,Someone,https://a.example\n', options);
    expect(listed).toMatchObject({ ok: false, error: expect.stringContaining('line 2: made_by, brand_of, private_label_of and distributor_for are for rows whose kind is brand') as string });
    const circle = parseAdminCsv('name,kind,brand_of,source_url\nA,brand,B,https://a.example\nB,brand,A,https://a.example\n', options);
    expect(circle).toMatchObject({ ok: false, error: expect.stringContaining('The relationships form a cycle') as string });
  });
});
