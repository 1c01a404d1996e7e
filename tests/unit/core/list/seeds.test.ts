import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_PATH, SCHEMA_PATH, buildDefaultList, renderJson } from '../../../../scripts/build-seeds';
import { listJsonSchema, validateList } from '../../../../src/core/list/list-schema';
import type { ListRecord } from '../../../../src/core/record';
import { applyCorrections, isOfficialSource, markSecondarySources } from '../../../../seeds/lib/corrections';

const committed = JSON.parse(readFileSync(DEFAULT_LIST_PATH, 'utf8')) as unknown;
const letter = JSON.parse(readFileSync(new URL('../../../../seeds/sources/iasc-letter-2021.json', import.meta.url), 'utf8')) as {
  rows: Array<{ cbpRecordIds: string[]; subsidiaries: string[] }>;
};

function record(id: string): ListRecord {
  const list = validateList(committed);
  if (!list.ok) throw new Error(list.error);
  const found = list.list.records.find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
}

describe('bundled default list', () => {
  it('is current: rebuilding from seeds/sources gives the committed file byte for byte', () => {
    expect(readFileSync(DEFAULT_LIST_PATH, 'utf8')).toBe(renderJson(buildDefaultList()));
  });

  it('publishes the current JSON Schema', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(renderJson(listJsonSchema()));
  });

  it('validates and covers every CBP order and UFLPA entity in the reference data', () => {
    const result = validateList(committed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const wro = JSON.parse(readFileSync(new URL('../../../../seeds/sources/wro_findings.json', import.meta.url), 'utf8')) as Array<{ id: string }>;
    const uflpa = JSON.parse(readFileSync(new URL('../../../../seeds/sources/uflpa_entities.json', import.meta.url), 'utf8')) as unknown[];
    const ids = new Set(result.list.records.map((r) => r.id));
    for (const r of wro) expect(ids.has(r.id)).toBe(true);
    // The reference data has 143 entities; the saved DHS page adds the 144th.
    expect(uflpa).toHaveLength(143);
    expect(result.list.records.filter((r) => r.kind === 'uflpa')).toHaveLength(144);
    // CBP's file lists a WRO and a later Finding as two orders: both are records.
    expect(ids.has('cbp-wro-1991-11-14-yunnan-machinery')).toBe(true);
    expect(result.list.generated).toBe('2026-07-09T00:00:00.000Z');
  });

  it('lists with each record the source every reported name variant cites', () => {
    const built = validateList(committed);
    if (!built.ok) throw new Error(built.error);
    for (const r of built.list.records) {
      const cited = new Set(r.sources.map((p) => p.url));
      for (const v of r.nameVariants) expect(cited.has(v.sourceUrl), `${r.id}: ${v.name} (${v.sourceUrl})`).toBe(true);
    }
  });

  it('gives every record a source with a URL and a date', () => {
    const result = validateList(committed);
    if (!result.ok) throw new Error(result.error);
    for (const r of result.list.records) {
      expect(r.sources.some((s) => s.url.startsWith('http') && s.retrieved), r.id).toBe(true);
    }
  });

  it('shows Supermax as modified (CBP, 2023-09-18) and keeps the letter\'s 2021 "Active"', () => {
    const supermax = record('cbp-wro-2021-10-21-supermax-corporation-bhd');
    expect(supermax.status).toBe('modified');
    expect(supermax.statusDate).toBe('2023-09-18');
    const letterClaim = supermax.statusHistory.find((c) => c.asOf === '2021-11-22');
    expect(letterClaim?.status).toBe('active');
    expect(supermax.subsidiaries.some((s) => s.startsWith('Maxter Glove Manufacturing'))).toBe(true);
    expect(supermax.sources.some((s) => s.label.includes('Anti-Slavery Commissioner'))).toBe(true);
  });

  it('maps every letter row onto its records, adding the letter as a source and named subsidiaries', () => {
    for (const row of letter.rows) {
      for (const id of row.cbpRecordIds) {
        const r = record(id);
        expect(r.statusHistory.some((c) => c.asOf === '2021-11-22'), id).toBe(true);
        const subs = r.subsidiaries.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''));
        for (const sub of row.subsidiaries) expect(subs).toContain(sub.toLowerCase().replace(/[^a-z0-9]/g, ''));
      }
    }
    expect(record('cbp-wro-2021-11-04-smart-glove-corporation-sdn-bhd').subsidiaries).toContain('GX Corporation Sdn Bhd');
  });

  it('maps CBP statuses: inactive to inactive (not revoked) with the note, null to unknown', () => {
    const kingtom = record('cbp-finding-2024-12-04-kingtom-aluminio-s-r-l');
    expect(kingtom.status).toBe('inactive');
    expect(kingtom.statusNote).toContain('Inactive-Pending Litigation');
    const sunfar = record('cbp-wro-2016-03-29-tangshan-sunfar-silicon-company');
    expect(sunfar.status).toBe('unknown');
    expect(sunfar.statusDate).toBeNull();
    expect(record('cbp-wro-2020-09-30-fgv-holdings-berhad').statusDate).toBe('2026-01-15');
  });

  it('marks region orders, vessels and downstream scope', () => {
    const xuar = record('cbp-wro-2021-01-13-xinjiang-uyghur-autonomous-region-xuar');
    expect(xuar.kind).toBe('region');
    expect(xuar.regionTerms).toContain('Xinjiang');
    expect(xuar.products).toEqual(expect.arrayContaining(['cotton', 'tomatoes']));
    expect(xuar.aliases).toEqual([]);
    expect(xuar.downstream).toBe(true);
    expect(record('cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd').downstream).toBe(true);
    expect(record('cbp-wro-2020-08-18-da-wang').kind).toBe('vessel');
    const malawi = record('cbp-wro-2019-11-01-tobacco-produced-in-malawi-and-products-containing-tobacco-p');
    expect([malawi.kind, malawi.status, malawi.modified]).toEqual(['region', 'active', '2021-05-21']);
    const eastHope = record('uflpa-xinjiang-east-hope-nonferrous-metals-co-ltd');
    expect(eastHope.removedAliases).toContain('Xinjiang Nonferrous');
    expect(eastHope.aliases).not.toContain('Xinjiang Nonferrous');
  });
});

describe('seed corrections (seeds/lib/corrections.ts)', () => {
  const source = { label: 'Federal Register, 88 FR 7460 (3 Feb 2023)', url: 'https://www.federalregister.gov/d/2023-02282', retrieved: '2023-02-03' };
  const base = (): ListRecord => ({
    id: 'cbp-finding-x',
    kind: 'finding',
    name: 'Example Plantation Berhad',
    aliases: ['Example Plantation', 'Example Industrial Co'],
    subsidiaries: [],
    formerNames: [],
    nameVariants: [],
    removedAliases: [],
    country: 'Malaysia',
    products: ['palm oil', 'rayon'],
    scope: 'Palm oil.',
    downstream: false,
    issued: '2022-01-28',
    modified: null,
    status: 'revoked',
    statusDate: '2023-01-31',
    statusNote: 'revoked',
    statusHistory: [{ status: 'revoked', effective: '2023-01-31', asOf: '2026-06-23', note: 'revoked', sourceUrl: 'https://x.example/news' }],
    sources: [{ label: 'News', url: 'https://x.example/news', retrieved: '2023-01-31', secondary: true }],
    regionTerms: [],
    listSections: [],
    delistedSince: null,
  });
  const run = (entry: Record<string, unknown>, record = base()) => {
    const records = new Map([[record.id, record]]);
    applyCorrections(records, [{ name: 'corrections-test.json', json: [{ id: record.id, because: 'Test correction of a record.', source, ...entry }] }]);
    return records.get(record.id)!;
  };

  it('fails on an unknown id, an unknown field or a correction that changes nothing', () => {
    const records = new Map([['cbp-finding-x', base()]]);
    expect(() => applyCorrections(records, [{ name: 'c.json', json: [{ id: 'nope', because: 'Test correction.', source, set: { issued: '2022-01-01' } }] }])).toThrow(
      /correction for nope: no record has this id/,
    );
    expect(() => run({ set: { status: 'active' } })).toThrow(/corrections-test\.json: not a valid corrections file: .*set.*status|Unrecognized key/);
    expect(() => run({ colour: 'red' })).toThrow(/Unrecognized key/);
    expect(() => run({ set: { issued: '2022-01-28' } })).toThrow(/set\.issued is already "2022-01-28"/);
    expect(() => run({ removeAliases: ['Not There'] })).toThrow(/"Not There" is not an alias/);
    expect(() => run({ removeProducts: ['tomatoes'] })).toThrow(/"tomatoes" is not a product/);
    expect(() => run({ dropClaims: [{ status: 'active' }] })).toThrow(/no claim matches/);
    const withSource = base();
    withSource.sources.push({ ...source });
    expect(() => run({ secondarySources: ['https://x.example/news'] }, withSource)).toThrow(/already marked secondary/);
  });

  it('sets fields, moves names, replaces sources and recomputes the status from the claims', () => {
    const r = run({
      set: { issued: '2022-01-27' },
      addAliases: ['SD Example Berhad'],
      removeAliases: ['Example Industrial Co'],
      addNameVariants: ['例子'],
      removeProducts: ['rayon'],
      dropClaims: [{ sourceUrl: 'https://x.example/news', status: 'revoked' }],
      claims: [{ status: 'modified', effective: '2023-02-03', asOf: '2023-02-03', note: 'Finding modified.', sourceUrl: source.url }],
      replaceSources: [{ from: 'https://x.example/news', to: { label: 'CBP newsroom', url: 'https://www.cbp.gov/newsroom/x', retrieved: '2023-02-03' } }],
    });
    expect(r.issued).toBe('2022-01-27');
    expect(r.aliases).toEqual(['Example Plantation', 'SD Example Berhad']);
    expect(r.removedAliases).toEqual(['Example Industrial Co']);
    expect(r.nameVariants).toEqual([{ name: '例子', sourceUrl: source.url }]);
    expect(r.products).toEqual(['palm oil']);
    expect([r.status, r.statusDate, r.modified]).toEqual(['modified', '2023-02-03', '2023-02-03']);
    expect(r.statusHistory).toHaveLength(1);
    expect(r.sources.map((s) => [s.url, s.secondary])).toEqual([
      ['https://www.cbp.gov/newsroom/x', undefined],
      [source.url, undefined],
    ]);
    expect(run({ removeAliases: ['Example Industrial Co'], asFormer: true }).formerNames).toEqual(['Example Industrial Co']);
  });

  it('addAliases takes a name that differs from one of the record only by an apostrophe, not by dots, commas, case or spacing', () => {
    const yuanan = { ...base(), name: 'Sichuan Yuan’an Pharmaceutical Co., Ltd.', aliases: [] };
    expect(run({ addAliases: ['Sichuan Yuanan Pharmaceutical Co., Ltd.'] }, yuanan).aliases).toEqual(['Sichuan Yuanan Pharmaceutical Co., Ltd.']);
    expect(() => run({ addAliases: ['SICHUAN YUAN’AN  Pharmaceutical Co Ltd'] }, yuanan)).toThrow(/is already a name of the record/);
    expect(() => run({ addAliases: ['Example Plantation.'] })).toThrow(/is already a name of the record/);
  });

  it('replaceSources replaces a URL that only a name variant or a claim cites, and lists the replacement as a source', () => {
    const post = 'https://social.example/post/1';
    const filing = { label: 'Company filing (reproduced)', url: 'https://filings.example/x', retrieved: '2026-12-06' };
    const variant = { ...base(), nameVariants: [{ name: '例子', sourceUrl: post }] };
    const replaced = run({ replaceSources: [{ from: post, to: filing }] }, variant);
    expect(replaced.nameVariants).toEqual([{ name: '例子', sourceUrl: filing.url }]);
    expect(replaced.sources.find((s) => s.url === filing.url)).toEqual({ ...filing, secondary: true });
    expect(replaced.sources.some((s) => s.url === post)).toBe(false);

    const claimed = { ...base(), statusHistory: [{ ...base().statusHistory[0]!, sourceUrl: post }] };
    const fr = { label: 'Federal Register', url: 'https://www.federalregister.gov/d/2023-02282', retrieved: '2023-02-03' };
    const fixed = run({ replaceSources: [{ from: post, to: fr }] }, claimed);
    expect(fixed.statusHistory.map((c) => c.sourceUrl)).toEqual([fr.url]);
    expect(fixed.sources.find((s) => s.url === fr.url)).toEqual(fr);

    expect(() => run({ replaceSources: [{ from: post, to: filing }] })).toThrow(/replaceSources: https:\/\/social\.example\/post\/1 is not cited by the record/);
  });

  it('removeNameVariants drops a reported name; secondarySources lists and marks a URL only a name variant cites', () => {
    const variant = { ...base(), nameVariants: [{ name: '例子', sourceUrl: 'https://www.cbp.gov/x.csv' }, { name: 'Other Name', sourceUrl: 'https://x.example/news' }] };
    expect(run({ removeNameVariants: ['例子'] }, variant).nameVariants).toEqual([{ name: 'Other Name', sourceUrl: 'https://x.example/news' }]);
    expect(() => run({ removeNameVariants: ['Nothing Like It'] }, variant)).toThrow(/removeNameVariants: "Nothing Like It" is not a name variant/);
    const marked = run({ secondarySources: ['https://www.cbp.gov/x.csv'] }, variant);
    expect(marked.sources.find((s) => s.url === 'https://www.cbp.gov/x.csv')).toEqual({ label: 'Cited source: cbp.gov', url: 'https://www.cbp.gov/x.csv', retrieved: null, secondary: true });
    expect(() => run({ secondarySources: ['https://nowhere.example/'] })).toThrow(/secondarySources: https:\/\/nowhere\.example\/ is not cited by the record/);
  });

  it("drops an alias that is another listed firm's name (belongsTo) without withdrawing it, and checks that firm carries it", () => {
    const other: ListRecord = { ...base(), id: 'cbp-wro-other', name: 'Example Industrial Co', aliases: [] };
    const records = new Map([
      ['cbp-finding-x', base()],
      ['cbp-wro-other', other],
    ]);
    const entry = { id: 'cbp-finding-x', because: 'Test correction of a record.', source, removeAliases: ['Example Industrial Co'] };
    applyCorrections(records, [{ name: 'c.json', json: [{ ...entry, belongsTo: 'cbp-wro-other' }] }]);
    expect(records.get('cbp-finding-x')!.aliases).toEqual(['Example Plantation']);
    expect(records.get('cbp-finding-x')!.removedAliases).toEqual([]);
    expect(() => run({ removeAliases: ['Example Industrial Co'], belongsTo: 'cbp-wro-nobody' })).toThrow(/belongsTo: no record has the id/);
    const wrong = new Map([
      ['cbp-finding-x', base()],
      ['cbp-wro-other', { ...other, name: 'Someone Else' }],
    ]);
    expect(() => applyCorrections(wrong, [{ name: 'c.json', json: [{ ...entry, belongsTo: 'cbp-wro-other' }] }])).toThrow(/is not named "Example Industrial Co"/);
  });

  it('marks sources secondary by host: .gov hosts and CBP bulletins are official, the rest (and plain http) secondary', () => {
    expect(isOfficialSource('https://www.federalregister.gov/documents/2023/02/03/x')).toBe(true);
    expect(isOfficialSource('https://www.govinfo.gov/content/pkg/FR-1996-04-23/x')).toBe(true);
    expect(isOfficialSource('https://downloads.regulations.gov/x')).toBe(true);
    expect(isOfficialSource('https://content.govdelivery.com/bulletins/gd/USDHSCBP-3da4b2d')).toBe(true);
    expect(isOfficialSource('http://www.cbp.gov/x')).toBe(false);
    expect(isOfficialSource('http://federal.elaws.us/fr/4/23/1996/96-9875')).toBe(false);
    expect(isOfficialSource('https://github.com/opensanctions/opensanctions/blob/main/x.yml')).toBe(false);
    expect(isOfficialSource('https://github.com/USDepartmentofLabor/Child-Labor-Android/blob/230c37c/app/src/main/assets/goods_2021.xml')).toBe(true);
    expect(isOfficialSource('https://github.com/USDepartmentofLabor-mirror/x/blob/main/goods.xml')).toBe(false);
    expect(isOfficialSource('https://www.cbp.gov.example.com/x')).toBe(false);
    const marked = markSecondarySources(base());
    expect(marked.sources[0]!.secondary).toBe(true);
    const listed = validateList(committed);
    if (!listed.ok) throw new Error(listed.error);
    for (const r of listed.list.records) {
      for (const s of r.sources) expect(Boolean(s.secondary), `${r.id} ${s.url}`).toBe(s.secondary === true || !isOfficialSource(s.url));
      for (const s of r.sources) if (!isOfficialSource(s.url)) expect(s.secondary, `${r.id} ${s.url}`).toBe(true);
    }
  });
});
