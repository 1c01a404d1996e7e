import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addNames, looseKey, nameKey } from '../../../../src/core/list/text';
import { parseDhsUflpaHtml, uflpaRows } from '../../../../src/core/list/uflpa-html';
import { parseUflpaName } from '../../../../src/core/list/uflpa-name';
import type { ListRecord } from '../../../../src/core/record';
import { officialCopy } from '../../../fixtures/feeds/official';

const fixture = (name: string) => new URL(`../../../fixtures/feeds/${name}`, import.meta.url);
const html = readFileSync(officialCopy('dhs-uflpa-entity-list-2026-07-09.html'), 'utf8');
const pageRows = (JSON.parse(readFileSync(fixture('uflpa_page_rows_2026-07-09.json'), 'utf8')) as {
  rows: Array<{ section: string; name_cell_text: string; effective_date: string }>;
}).rows;
const options = { retrieved: '2026-07-09T12:00:00.000Z' };

function records(): ListRecord[] {
  const result = parseDhsUflpaHtml(html, options);
  if (!result.ok) throw new Error(result.error);
  return result.list.records;
}
const find = (name: string) => records().find((r) => r.name === name);

describe('parseDhsUflpaHtml on the saved DHS page of 2026-07-09', () => {
  it('recovers all 160 rows, verbatim, in page order, with their sections', () => {
    const { rows, lastUpdated, tables } = uflpaRows(html);
    expect(tables).toBe(3);
    expect(rows).toHaveLength(160);
    expect(rows.map((r) => [r.section, r.cell])).toEqual(pageRows.map((r) => [r.section, r.name_cell_text]));
    expect(lastUpdated).toBe('2025-01-14');
  });

  it('merges them into 144 unique entities: 14 in two tables, XPCC in all three', () => {
    const all = records();
    expect(all).toHaveLength(144);
    expect(all.filter((r) => r.listSections.length === 2)).toHaveLength(14);
    expect(all.filter((r) => r.listSections.length === 3).map((r) => r.name)).toEqual(['Xinjiang Production and Construction Corps']);
    expect(new Set(all.map((r) => r.id)).size).toBe(144);
    expect(all.every((r) => r.kind === 'uflpa' && r.status === 'active' && r.sources[0]?.retrieved === '2026-07-09')).toBe(true);
  });

  it('keeps per-table dates as dated claims and the earliest as issued', () => {
    const daqo = find('Xinjiang Daqo New Energy, Co. Ltd')!;
    expect(daqo.listSections).toEqual(['(i)', '(v)']);
    expect(daqo.issued).toBe('2022-06-21');
    expect(daqo.statusHistory.map((c) => c.effective).sort()).toEqual(['2022-06-21', '2024-11-25']);
    const xpcc = find('Xinjiang Production and Construction Corps')!;
    expect(xpcc.aliases).toEqual(['XPCC', 'Xinjiang Corps', 'Bingtuan']);
    expect(xpcc.scope).toContain('and its subordinate and affiliated entities');
  });

  it('reads the alias phrasings, nested parentheses and entities', () => {
    const hoshine = find('Hoshine Silicon Industry (Shanshan) Co., Ltd')!;
    expect(hoshine.aliases).toEqual(['Hesheng Silicon Industry (Shanshan) Co.']);
    expect(hoshine.scope).toContain('and subsidiaries');
    expect(find('Jiangyin Lianyun Co. Ltd.')?.aliases).toEqual(['Jiangyin Intermodal Transport Co.', 'Jiangyin United Transport Co.']);
    const hongyuan = find('Hongyuan Green Energy Co., Ltd.')!;
    expect(hongyuan.aliases).toEqual(['HY Solar', 'Hoyuan Green Energy Co. Ltd.']);
    expect(hongyuan.formerNames).toEqual(['Wuxi Shangji CNC Co., Ltd.', 'Wuxi Shangji Automation Co., Ltd.', 'Wuxi Shangji Grinding Machine Co., Ltd.']);
    expect(find('Sichuan Jingweida Technology Group Co., Ltd.')?.formerNames).toEqual(['Mianyang High-tech Zone Jingweida Technology Co., Ltd.']);
    expect(find('Baowu Group Xinjiang Bayi Iron and Steel Co., Ltd.')?.aliases).toContain('Bayi Iron and Steel');
    expect(find('Inner Mongolia Xuanda Food Co., Ltd.')?.formerNames).toEqual(['Wuyuan County Xuanda Cereals, Oils and Foods Co., Ltd.']);
    expect(find('Junan Jinsheng Import & Export Co., Ltd.')).toBeDefined();
    expect(find('Tanyuan Technology Co. Ltd.')?.aliases).toHaveLength(5);
  });

  it("keeps an alias that differs from the name only by an apostrophe (Sichuan Yuan'an)", () => {
    expect(find('Sichuan Yuan’an Pharmaceutical Co., Ltd.')?.aliases).toEqual(['Sichuan Yuanan Pharmaceutical Co., Ltd.']);
  });
});

describe('name keys for de-duplicating names', () => {
  const yuanan = 'Sichuan Yuan’an Pharmaceutical Co., Ltd.';
  it('nameKey ignores only case, dots, commas and spacing; looseKey ignores all punctuation', () => {
    expect(nameKey('Top Glove  Sdn. Bhd.')).toBe(nameKey('TOP GLOVE Sdn Bhd'));
    expect(nameKey('Sichuan Yuanan Pharmaceutical Co., Ltd.')).not.toBe(nameKey(yuanan));
    expect(nameKey('Hesheng Silicon (Shanshan) Co.')).not.toBe(nameKey('Hesheng Silicon Shanshan Co.'));
    expect(nameKey('Ｇeehy Semiconductor')).toBe(nameKey('Geehy Semiconductor'));
    expect(looseKey('Sichuan Yuanan Pharmaceutical Co., Ltd.')).toBe(looseKey(yuanan));
  });

  it('addNames de-duplicates with the key it is given, looseKey by default', () => {
    expect(addNames([], ['Sichuan Yuanan Pharmaceutical Co., Ltd.'], [yuanan])).toEqual([]);
    expect(addNames([], ['Sichuan Yuanan Pharmaceutical Co., Ltd.', 'Sichuan Yuanan Pharmaceutical Co Ltd'], [yuanan], nameKey)).toEqual(['Sichuan Yuanan Pharmaceutical Co., Ltd.']);
  });
});

describe('parseUflpaName', () => {
  it('handles the formats.md examples', () => {
    expect(parseUflpaName('Demo Iron and Steel Co., Ltd. (also known as Demo Steel; and Demo Iron and Steel Group)').aliases).toEqual(['Demo Steel', 'Demo Iron and Steel Group']);
    expect(parseUflpaName('Mock Cotton and Linen Co., Ltd., Testville Branch').name).toBe('Mock Cotton and Linen Co., Ltd., Testville Branch');
    expect(parseUflpaName('Placeholder Meiling Co., Ltd. (formerly known as Old Meiling Co., Ltd.; and Old Meiling Group Holdings Limited)').formerNames).toHaveLength(2);
    const nested = parseUflpaName('Examplia Silicon (Hami) Co., Ltd (including one alias: Yangli Silicon (Hami) Co.) and subsidiaries');
    expect(nested).toEqual({ name: 'Examplia Silicon (Hami) Co., Ltd', aliases: ['Yangli Silicon (Hami) Co.'], formerNames: [], suffix: 'and subsidiaries', acronym: null });
    expect(parseUflpaName('Xinjiang\u00a0Goens\u00a0Energy Co., Ltd.\n ').name).toBe('Xinjiang Goens Energy Co., Ltd.');
  });
});

describe('parseDhsUflpaHtml on bad pages', () => {
  it('refuses a page without entity tables, and empty tables', () => {
    expect(parseDhsUflpaHtml('<html><body><h1>Page not found</h1></body></html>', options)).toMatchObject({ ok: false, error: expect.stringContaining('No UFLPA Entity List table') as string });
    expect(parseDhsUflpaHtml('<table><thead><tr><th>Entity Name</th></tr></thead><tbody></tbody></table>', options)).toMatchObject({ ok: false, error: expect.stringContaining('empty') as string });
  });

  it('keeps markup in names as inert text', () => {
    const page = '<p><a href="#">Section 2(d)(2)(B)(ii)</a></p><table><tr><th>Name of Entity</th><th>Effective Date</th></tr><tr><td>&lt;img src=x onerror=alert(1)&gt; Trading Co., Ltd.</td><td>May 17, 2024</td></tr></table>';
    const result = parseDhsUflpaHtml(page, options);
    expect(result.ok && result.list.records[0]).toMatchObject({ name: '<img src=x onerror=alert(1)> Trading Co., Ltd.', listSections: ['(ii)'], issued: '2024-05-17' });
  });
});
