/**
 * The UFLPA Entity List corrections (seeds/sources/corrections-uflpa.json), checked on the built
 * seeds/default-list.json: each test fails without its correction.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_PATH } from '../../../../scripts/build-seeds';
import { onDhsPage, uflpaRecord, type RefUflpa } from '../../../../seeds/lib/reference-data';
import { validateList } from '../../../../src/core/list/list-schema';
import { parseDhsUflpaHtml, uflpaRows } from '../../../../src/core/list/uflpa-html';
import type { ListRecord } from '../../../../src/core/record';

const built = validateList(JSON.parse(readFileSync(DEFAULT_LIST_PATH, 'utf8')) as unknown);
if (!built.ok) throw new Error(built.error);
const records = built.list.records;
const uflpa = records.filter((r) => r.kind === 'uflpa');

function record(id: string): ListRecord {
  const found = records.find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
}

const DHS_PAGE = 'https://www.dhs.gov/uflpa-entity-list';
const reference = JSON.parse(readFileSync(new URL('../../../../seeds/sources/uflpa_entities.json', import.meta.url), 'utf8')) as RefUflpa[];
const referenceSource = { label: 'reference data', url: 'https://example.org/uflpa_entities.json', asOf: '2026-07-09' };
const dhsHtml = readFileSync(new URL('../../../../seeds/sources/dhs-uflpa-entity-list-2026-07-09.html', import.meta.url), 'utf8');
const onOfficialPage = onDhsPage(uflpaRows(dhsHtml).rows.map((row) => row.cell));
const SECONDARY_TEXT = '(name text from secondary sources)';
function ref(name: string): RefUflpa {
  const found = reference.find((e) => e.name === name);
  if (!found) throw new Error(`no reference entity ${name}`);
  return found;
}
const FR = (date: string, doc: string) =>
  `https://www.federalregister.gov/documents/${date.replace(/-/g, '/')}/${doc}/notice-regarding-the-uyghur-forced-labor-prevention-act-entity-list`;

/** The four entities of the initial list whose row on DHS's page carries the date of a later change. */
const CHANGED = [
  { id: 'uflpa-changhong-meiling-co-ltd', change: '2024-10-03', sections: ['(ii)'], note: /corrected from Hefei Meiling Co\., Ltd\./ },
  { id: 'uflpa-changji-esquel-textile-co-ltd', change: '2024-11-01', sections: ['(v)'], note: /from section \(i\) to section \(v\)/ },
  { id: 'uflpa-xinjiang-east-hope-nonferrous-metals-co-ltd', change: '2024-11-25', sections: ['(i)'], note: /Alias 'Xinjiang Nonferrous' removed/ },
  { id: 'uflpa-aksu-huafu-color-spinning-co-ltd', change: '2025-01-15', sections: ['(ii)', '(v)'], note: /corrected to Aksu Huafu Color Spinning/ },
];

describe('UFLPA corrections: first listing dates', () => {
  for (const { id, change, sections, note } of CHANGED) {
    it(`${id}: issued is the initial list's June 21, 2022; the change of ${change} is a claim of its own`, () => {
      const r = record(id);
      expect(r.issued).toBe('2022-06-21');
      expect(r.listSections).toEqual(sections);
      expect(r.status).toBe('active');
      const first = r.statusHistory.find((c) => c.effective === '2022-06-21');
      expect(first?.status).toBe('active');
      expect(first?.note).toMatch(/initial UFLPA Entity List \(effective June 21, 2022\)/);
      const changed = r.statusHistory.find((c) => c.effective === change && note.test(c.note));
      expect(changed?.status).toBe('active');
      // DHS's own dated row stays in the history, as the page says it.
      expect(r.statusHistory.some((c) => c.sourceUrl === DHS_PAGE && c.effective === change && c.asOf === '2026-07-09')).toBe(true);
    });
  }

  it('cites the official notice of each change', () => {
    expect(record('uflpa-changhong-meiling-co-ltd').sources.map((s) => s.url)).toContain(
      'https://dhs.gov/news/2024/10/02/dhs-places-first-steel-and-aspartame-prc-based-companies-uflpa-entity-list',
    );
    expect(record('uflpa-changji-esquel-textile-co-ltd').sources.map((s) => s.url)).toContain(FR('2024-11-01', '2024-25423'));
    expect(record('uflpa-aksu-huafu-color-spinning-co-ltd').statusHistory.some((c) => c.sourceUrl === FR('2025-01-15', '2025-00901') && c.effective === '2025-01-15')).toBe(true);
  });

  it("agrees with DHS's running totals: the page's dates fall short of them by exactly the entities corrected here", () => {
    // DHS's announced totals after each update (DHS releases of 16 May 2024: 65; 2 Oct 2024: 75;
    // 31 Oct 2024: 78; 22 Nov 2024: 107; 14 Jan 2025: 144), by the update's effective date.
    const totals: Array<[string, number]> = [
      ['2024-05-17', 65],
      ['2024-10-03', 75],
      ['2024-11-01', 78],
      ['2024-11-25', 107],
      ['2025-01-15', 144],
    ];
    const html = readFileSync(new URL('../../../../seeds/sources/dhs-uflpa-entity-list-2026-07-09.html', import.meta.url), 'utf8');
    const page = parseDhsUflpaHtml(html, { sourceUrl: DHS_PAGE, retrieved: '2026-07-09T00:00:00.000Z' });
    if (!page.ok) throw new Error(page.error);
    for (const [date, total] of totals) {
      const onPage = page.list.records.filter((r) => r.issued! <= date).length;
      const corrected = CHANGED.filter((c) => c.change > date).length;
      expect(onPage + corrected, date).toBe(total);
      expect(uflpa.filter((r) => r.issued! <= date), date).toHaveLength(total);
    }
    // The launch list: 16 rows still dated June 21, 2022, plus the four.
    expect(uflpa.filter((r) => r.issued === '2022-06-21')).toHaveLength(20);
  });
});

describe('UFLPA corrections: Chinese-script names reported by news (name variants, not aliases)', () => {
  const DW = 'https://www.dw.com/zh/';
  const cases: Array<[string, string, string]> = [
    ['uflpa-yili-zhuowan-garment-manufacturing-co-ltd', '伊犁卓萬服飾製造有限公司', 'https://udn.com/news/story/6813/4861905'],
    ['uflpa-yili-zhuowan-garment-manufacturing-co-ltd', '伊犁卓万服饰制造有限公司', DW],
    ['uflpa-xinjiang-junggar-cotton-and-linen-co-ltd', '新疆准噶尔棉麻有限公司', DW],
    ['uflpa-xinjiang-junggar-cotton-and-linen-co-ltd', '新疆準噶爾棉麻有限公司', 'https://www.hk01.com/'],
    ['uflpa-hefei-bitland-information-technology-co-ltd', '合肥宝龙达信息技术股份有限公司', DW],
    ['uflpa-hefei-bitland-information-technology-co-ltd', '合肥寶龍達信息技術股份有限公司', 'https://www.hk01.com/'],
    ['uflpa-lop-county-hair-product-industrial-park', '洛浦县发制品工业园区', DW],
    ['uflpa-lop-county-hair-product-industrial-park', '洛浦縣發制品工業園區', 'https://udn.com/news/story/6813/4861905'],
    ['uflpa-xinjiang-gcl-new-energy-material-technology-co-ltd', '新疆協鑫新能源材料科技有限公司', 'https://www.rfi.fr/cn/'],
  ];
  for (const [id, name, source] of cases) {
    it(`${id}: ${name}`, () => {
      const r = record(id);
      const variant = r.nameVariants.find((v) => v.name === name);
      expect(variant?.sourceUrl.startsWith(source)).toBe(true);
      expect(r.aliases).not.toContain(name);
      const cited = r.sources.find((s) => s.url === variant?.sourceUrl);
      expect(cited?.secondary).toBe(true);
    });
  }

  it("keeps the GCL unit under DHS's current name (only its parent, GCL-Poly, was renamed)", () => {
    const gcl = record('uflpa-xinjiang-gcl-new-energy-material-technology-co-ltd');
    expect(gcl.name).toBe('Xinjiang GCL New Energy Material Technology, Co. Ltd');
    expect(gcl.aliases).toEqual(['Xinjiang GCL New Energy Materials Technology Co.']);
    expect(gcl.issued).toBe('2022-06-21');
  });

});

describe('UFLPA corrections: provenance', () => {
  it('cites the DHS page itself, not copies of it in personal repositories', () => {
    for (const r of uflpa) {
      expect(r.sources.some((s) => s.url === DHS_PAGE && !s.secondary), r.id).toBe(true);
      for (const s of r.sources) expect(s.url, r.id).not.toMatch(/^https:\/\/github\.com\//);
    }
  });

  it('cites Federal Register notices on federalregister.gov, not third-party copies', () => {
    for (const r of uflpa) for (const s of r.sources) expect(s.url, r.id).not.toMatch(/regulations\.justia\.com|regulations\.vlex\.com/);
    expect(record('uflpa-cofco-sugar-holdings-co-ltd').sources.map((s) => s.url)).toContain(FR('2023-12-11', '2023-26984'));
    expect(record('uflpa-shandong-meijia-group-co-ltd').sources.map((s) => s.url)).toContain(FR('2024-06-12', '2024-12631'));
    expect(record('uflpa-xinjiang-zhongtai-group-co-ltd').sources.map((s) => s.url)).toContain(FR('2023-09-27', '2023-21131'));
    expect(record('uflpa-fujian-minlong-warehousing-co-ltd').sources.map((s) => s.url)).toContain(FR('2024-05-17', '2024-10544'));
  });

  it('cites no social-media post for a name: the nostr mirror replaced by the companies\' own filings, or the name removed', () => {
    for (const r of records) {
      for (const s of r.sources) expect(s.url, r.id).not.toMatch(/nostr/);
      for (const v of r.nameVariants) expect(v.sourceUrl, `${r.id} ${v.name}`).not.toMatch(/nostr/);
    }
    const replaced: Array<[string, string, RegExp]> = [
      ['uflpa-century-sunshine-group-holdings-ltd', '世纪阳光集团控股有限公司', /^https:\/\/www\.marketscreener\.com\/CENTURY-SUNSHINE-GROUP-HO-6165923\//],
      ['uflpa-rare-earth-magnesium-technology-group-holdings-ltd', '稀镁科技集团控股有限公司', /^https:\/\/in\.marketscreener\.com\/news\/latest\/Sense-International-/],
      ['uflpa-xinjiang-tengxiang-magnesium-products-co-ltd', '新疆腾翔镁制品有限公司', /^http:\/\/basic\.10jqka\.com\.cn\/176\/HK0601\//],
    ];
    for (const [id, name, source] of replaced) {
      const r = record(id);
      const variant = r.nameVariants.find((v) => v.name === name);
      expect(variant?.sourceUrl, id).toMatch(source);
      // The variant's source is listed among the record's sources, marked secondary.
      expect(r.sources.find((s) => s.url === variant?.sourceUrl)?.secondary, id).toBe(true);
    }
    // No reputable source gives these two Chinese names: not matched as reported names.
    expect(record('uflpa-xinjiang-habahe-ashele-copper-co-ltd').nameVariants.map((v) => v.name)).toEqual(['Xinjiang Habahe Asheli Copper Co., Ltd.']);
    expect(record('uflpa-kashgar-construction-engineering-group-co-ltd').nameVariants).toEqual([]);
  });

  it("no name of a record is a cell naming two firms (Yili Zhuowan's 'Yili Zhuowan … and Baoding LYSZD …')", () => {
    const yili = record('uflpa-yili-zhuowan-garment-manufacturing-co-ltd');
    expect(yili.nameVariants.map((v) => v.name)).toEqual(['伊犁卓萬服飾製造有限公司', '伊犁卓万服饰制造有限公司']);
    expect(record('uflpa-baoding-lyszd-trade-and-business-co-ltd').name).toBe('Baoding LYSZD Trade and Business Co., Ltd.');
    for (const r of records) {
      for (const name of [...r.aliases, ...r.subsidiaries, ...r.formerNames, ...r.nameVariants.map((v) => v.name)]) {
        expect(name, r.id).not.toMatch(/\b(?:Co\.?,? Ltd\.?|Limited|Company)\s+and\s+\S/i);
      }
    }
  });

  it('marks every remaining non-official source of a UFLPA record secondary', () => {
    for (const r of uflpa) {
      for (const s of r.sources) {
        const official = s.url.startsWith('https://') && /\.gov$/.test(new URL(s.url).hostname);
        if (!official) expect(s.secondary, `${r.id} ${s.url}`).toBe(true);
      }
    }
  });

});

describe("UFLPA names: DHS's own spellings", () => {
  it("Sichuan Yuan'an: DHS's alias Sichuan Yuanan Pharmaceutical Co., Ltd. kept as an alias", () => {
    // The alias differs from the name only by an apostrophe; names are compared with nameKey.
    expect(dhsHtml).toContain('<td>Sichuan Yuan’an Pharmaceutical Co., Ltd. (also known as Sichuan Yuanan Pharmaceutical Co., Ltd.)</td>');
    const r = record('uflpa-sichuan-yuan-an-pharmaceutical-co-ltd');
    expect(r.name).toBe('Sichuan Yuan’an Pharmaceutical Co., Ltd.');
    expect(r.aliases).toEqual(['Sichuan Yuanan Pharmaceutical Co., Ltd.']);
    expect(r.removedAliases).toEqual([]);
    // Each step keeps it: the reference data's conversion and the parse of DHS's page.
    expect(uflpaRecord(ref('Sichuan Yuan’an Pharmaceutical Co., Ltd.'), referenceSource, onOfficialPage).aliases).toEqual(['Sichuan Yuanan Pharmaceutical Co., Ltd.']);
  });

  it('no UFLPA record whose name is on the official page copy is labelled as secondary name text', () => {
    // The reference data marks these `confidence: "secondary"`; DHS's saved page gives each verbatim.
    for (const name of ['Camel Group Co., Ltd.', 'Zhuhai Pantum Electronics Co. Ltd.', 'Xinjiang Production and Construction Corps (XPCC)', 'Xinjiang Daqo New Energy Co., Ltd.']) {
      expect(ref(name).confidence, name).toBe('secondary');
      expect(onOfficialPage(name), name).toBe(true);
    }
    for (const id of ['uflpa-camel-group-co-ltd', 'uflpa-zhuhai-pantum-electronics-co-ltd', 'uflpa-xinjiang-production-and-construction-corps-xpcc', 'uflpa-xinjiang-daqo-new-energy-co-ltd']) {
      const r = record(id);
      expect(r.statusNote, id).not.toContain(SECONDARY_TEXT);
      for (const c of r.statusHistory) expect(c.note, id).not.toContain(SECONDARY_TEXT);
    }
    for (const r of uflpa) {
      const labelled = [r.statusNote, ...r.statusHistory.map((c) => c.note)].some((n) => n.includes(SECONDARY_TEXT));
      expect(labelled && onOfficialPage(r.name), r.id).toBe(false);
    }
  });

  it('a name the page does not give is still labelled as secondary name text', () => {
    // The saved page gives every name the reference data has; one it did not give keeps the label.
    expect(reference.filter((e) => e.confidence === 'secondary' && !onOfficialPage(e.name))).toEqual([]);
    const reported = { ...ref('Camel Group Co., Ltd.'), name: 'Camel Battery Recycling Co., Ltd.' };
    expect(onOfficialPage(reported.name)).toBe(false);
    expect(uflpaRecord(reported, referenceSource, onOfficialPage).statusNote).toBe(`On the UFLPA Entity List, section (ii) ${SECONDARY_TEXT}.`);
    expect(uflpaRecord(ref('Camel Group Co., Ltd.'), referenceSource, onOfficialPage).statusNote).toBe('On the UFLPA Entity List, section (ii).');
    expect(uflpaRecord(ref('Camel Group Co., Ltd.'), referenceSource, () => false).statusNote).toBe(`On the UFLPA Entity List, section (ii) ${SECONDARY_TEXT}.`);
  });

  it('onDhsPage: a cell that is the name, or starts with it before a space, comma or bracket', () => {
    const test = onDhsPage(['Xinjiang Daqo New Energy, Co. Ltd (including three aliases: Xinjiang Great New Energy Co., Ltd.)', 'Hoshine Silicon Industry (Shanshan) Co., Ltd., and Subsidiaries', 'Camel Group Co., Ltd.']);
    expect(test('Camel Group Co., Ltd.')).toBe(true);
    expect(test('Xinjiang Daqo New Energy, Co. Ltd')).toBe(true);
    expect(test('Hoshine Silicon Industry (Shanshan) Co., Ltd.')).toBe(true);
    expect(test('Camel Group Co')).toBe(false);
    expect(test('Xinjiang Great New Energy Co., Ltd.')).toBe(false);
  });
});
