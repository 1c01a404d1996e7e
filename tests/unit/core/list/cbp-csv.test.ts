import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCbpCsv, parseCbpCsvText } from '../../../../src/core/list/cbp-csv';
import { findCbpCsvLink } from '../../../../src/core/list/cbp-link';
import { splitCbpEntity } from '../../../../src/core/list/cbp-entity';
import type { ListRecord } from '../../../../src/core/record';
import { encodeWindows1252 } from '../../../fixtures/feeds/make-cbp-csv';
import { officialCopy } from '../../../fixtures/feeds/official';

const fixture = (name: string) => new URL(`../../../fixtures/feeds/${name}`, import.meta.url);
const csvBytes = new Uint8Array(readFileSync(fixture('cbp-2026-06-23.csv')));
const sourceRows = (JSON.parse(readFileSync(officialCopy('cbp_csv_rows_2026-06-23.json'), 'utf8')) as {
  rows: Array<{ effective_date: string; wro_finding: string; entity_verbatim_dec2025: string | null; entity_parsed_name: string; status: string }>;
}).rows;
const options = { sourceUrl: 'https://www.cbp.gov/sites/default/files/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv', retrieved: '2026-06-24T08:00:00.000Z' };

function parsed(): ListRecord[] {
  const result = parseCbpCsv(csvBytes, options);
  if (!result.ok) throw new Error(result.error);
  return result.list.records;
}
const byName = (name: string) => parsed().filter((r) => r.name === name);

describe('parseCbpCsv on the 2026-06-23 file', () => {
  it('is really Windows-1252 with quoted multi-line cells', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(csvBytes)).toThrow();
    expect(new TextDecoder('windows-1252').decode(csvBytes)).toMatch(/"[^"]*\r?\n[^"]*"/);
  });

  it('recovers an entity for each of the 67 rows, dated and typed as CBP lists them', () => {
    const records = parsed();
    expect(sourceRows).toHaveLength(67);
    for (const row of sourceRows) {
      const cell = (row.entity_verbatim_dec2025 ?? row.entity_parsed_name).replace(/\u00a0/g, ' ');
      const type = row.wro_finding === 'Finding' ? 'finding' : 'wro';
      const hit = records.find((r) => r.issued === row.effective_date && (r.kind === type || r.kind === 'region' || r.kind === 'vessel') && cell.includes(r.name.replace(/\.$/, '')));
      expect(hit, `${row.effective_date} ${cell}`).toBeDefined();
    }
  });

  it('splits packed cells into one record per firm (78 records from 67 rows)', () => {
    const records = parsed();
    expect(records).toHaveLength(78);
    const carpets = records.filter((r) => r.issued === '1998-07-21').map((r) => r.name);
    expect(carpets).toEqual(['Kumar Carpet Pvt.', 'Singhe Carpet Pvt., Ltd.', 'Norsang Carpet Industries Pvt., Ltd.', 'Annapurna Carpet', 'Everest Carpet', 'Valley Carpet', 'K.K. Carpet Industries']);
    expect(byName('Union Kogyo Co., Ltd.')).toHaveLength(1);
    expect(byName('Fuchu Prison')).toHaveLength(1);
    expect(byName('Kwong Ngai Industrial Company')).toHaveLength(1);
    expect(byName('Guangzhou No. 1 Reeducation-Through-Labor Camp')[0]?.aliases).toEqual(['Guangdong Province No. 1 Reeducation-Through-Labor Camp']);
    expect(byName('Nanhu Tree Farm, Zhejiang Sanmei Tea Co., Ltd.')).toHaveLength(1);
    expect(byName('Baoding LYSZD Trade and Business Co., Ltd.')).toHaveLength(1);
    expect(byName('Horticola Tom S.A. de C.V.')).toHaveLength(1);
    expect(byName('Inner Mongolia Hengzheng Group Baoanzhao Agriculture, Industry, and Trade Co., Ltd.')).toHaveLength(2);
  });

  it('reads a/k/a chains, subsidiaries and scope tails', () => {
    expect(byName('Shenyang New Life Rubber Factory')[0]?.aliases).toContain('Shenyang Xingsheng (or Xinsheng) (New Life) Rubber Plant');
    expect(byName('Shanghai Select Safety Products Company, Limited')[0]?.subsidiaries).toEqual(['Select (Nantong) Safety Products Co. Limited', 'Select Protective Technology (HK) Limited']);
    const hoshine = byName('Hoshine Silicon Industry Co. Ltd.')[0]!;
    expect(hoshine.scope).toContain('and subsidiaries');
    expect(byName('Xinjiang Production and Construction Corporation (XPCC)')[0]?.scope).toContain('and subordinates');
    expect(byName('Serbia Zijin Copper D.O.O.')).toHaveLength(1);
    expect(byName('Dalian Ocean Fishing Co. Ltd.')[0]?.kind).toBe('wro');
  });

  it('marks vessels and region orders with their terms and products', () => {
    expect(byName('Da Wang').map((r) => r.kind)).toEqual(['vessel', 'vessel']);
    // A vessel or region order still says which instrument it is: Da Wang's WRO (2020), then its Finding (2022).
    expect(byName('Da Wang').map((r) => [r.issued?.slice(0, 4), r.instrument]).sort()).toEqual([['2020', 'wro'], ['2022', 'finding']]);
    expect(parsed().filter((r) => r.kind === 'region' || r.kind === 'vessel').every((r) => r.instrument === 'wro' || r.instrument === 'finding')).toBe(true);
    expect(parsed().filter((r) => r.kind === 'wro' || r.kind === 'finding').every((r) => r.instrument === undefined)).toBe(true);
    expect(byName('Zhen Fa 7')[0]?.country).toBeNull();
    const xuar = byName('Xinjiang Uyghur Autonomous Region (XUAR)')[0]!;
    expect(xuar.kind).toBe('region');
    expect(xuar.regionTerms).toContain('Xinjiang');
    expect(xuar.products).toContain('tomatoes');
    expect(xuar.downstream).toBe(true);
    expect(parsed().filter((r) => r.kind === 'region')).toHaveLength(5);
  });

  it('maps statuses and partial lifts by firm', () => {
    const kingtom = byName('Kingtom Aluminio S.R.L.')[0]!;
    // CBP's "Inactive" is not a revocation: the order is not enforced now and may return.
    expect(kingtom.status).toBe('inactive');
    expect(kingtom.statusNote).toContain('Inactive-Pending Litigation');
    expect(byName('Tangshan Sanyou Group')[0]?.status).toBe('active');
    const annapurna = byName('Annapurna Carpet')[0]!;
    expect([annapurna.status, annapurna.statusDate]).toEqual(['modified', '2021-07-23']);
    expect(byName('Norsang Carpet Industries Pvt., Ltd.')[0]?.statusDate).toBe('1998-10-06');
    expect(byName('Valley Carpet')[0]?.status).toBe('active');
    expect(parsed().every((r) => r.sources[0]?.url === options.sourceUrl && r.sources[0].retrieved === '2026-06-24')).toBe(true);
  });

  it('gives stable ids: parsing twice yields the same version', () => {
    const a = parseCbpCsv(csvBytes, options);
    const b = parseCbpCsv(csvBytes, { ...options, retrieved: '2026-07-01T00:00:00.000Z' });
    expect(a.ok && b.ok && a.list.records.map((r) => r.id)).toEqual(b.ok && b.list.records.map((r) => r.id));
  });
});

describe('parseCbpCsv on other dialects', () => {
  const header = 'Calendar Year,Country Code,Country,Effective Date,Industry,Status,WRO/Finding,Entity,Remarks,Press Release';
  it('reads columns by name in any order, without Merchandise (Oct 2025 layout)', () => {
    const text = `${header}\r\n2020,MY,Malaysia,9/30/2020,Agriculture,Inactive,WRO,FGV\u00a0Holdings Berhad and its subsidiaries and joint ventures,,https://www.cbp.gov/newsroom/x\r\n`;
    const result = parseCbpCsv(encodeWindows1252(text), options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [fgv] = result.list.records;
    expect(fgv?.name).toBe('FGV Holdings Berhad');
    expect(fgv?.status).toBe('inactive');
    expect(fgv?.issued).toBe('2020-09-30');
    expect(fgv?.sources.map((s) => s.url)).toContain('https://www.cbp.gov/newsroom/x');
  });

  it('reads a UTF-8 file with a BOM', () => {
    const text = `\ufeffEffective Date,WRO/Finding,Status,Entity,Merchandise\n1/29/2026,WRO,Active,Finca Monte Grande,Coffee\n`;
    const result = parseCbpCsv(new TextEncoder().encode(text), options);
    expect(result.ok && result.list.records[0]?.name).toBe('Finca Monte Grande');
  });

  it('refuses a file whose required columns were renamed, naming them', () => {
    const result = parseCbpCsvText('Date Issued,Order,State,Entity\n1/1/2020,WRO,Active,X Co.\n', options);
    expect(result).toEqual({ ok: false, format: 'cbp-csv', error: expect.stringContaining('"Effective Date", "WRO/Finding", "Status"') as string });
  });

  it('refuses broken quoting and header-only files', () => {
    expect(parseCbpCsvText('Effective Date,WRO/Finding,Status,Entity\n1/1/2020,WRO,Active,"Broken Co\n', options)).toMatchObject({ ok: false, error: expect.stringContaining('malformed') as string });
    expect(parseCbpCsvText('Effective Date,WRO/Finding,Status,Entity\n', options)).toMatchObject({ ok: false, error: expect.stringContaining('no orders') as string });
  });

  it('keeps markup in names as inert text and warns on unknown values', () => {
    const result = parseCbpCsvText('Effective Date,WRO/Finding,Status,Entity\n1/1/2020,Order,Pending,"<script>alert(1)</script> Co., Ltd."\n1/2/2020,WRO,Active,\n', options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.list.records[0]?.name).toBe('<script>alert(1)</script> Co., Ltd.');
    expect(result.list.records[0]?.status).toBe('unknown');
    expect(result.warnings.join(' ')).toMatch(/not recognised.*not recognised.*without an Entity/);
  });
});

describe('splitCbpEntity', () => {
  it('reads "(collectively, …)" groups and place tails', () => {
    expect(splitCbpEntity('Brightway Holdings Sdn Bhd, Laglove (M) Sdn Bhd, and Biopro (M) Sdn Bhd (collectively, Brightway Group)')).toEqual([
      { name: 'Brightway Group', aliases: [], subsidiaries: ['Brightway Holdings Sdn Bhd', 'Laglove (M) Sdn Bhd', 'Biopro (M) Sdn Bhd'], kind: 'company', notes: [] },
    ]);
    expect(splitCbpEntity('Imaizumi Tea Manufacturing & Trading Co., Ltd. (of Nagoya, Japan)')[0]?.notes).toEqual(['of Nagoya, Japan']);
  });
});

describe('findCbpCsvLink', () => {
  const base = 'https://www.cbp.gov/document/stats/withhold-release-orders-findings';
  it('finds the dataset link by its text, also when misspelt, and resolves it', () => {
    const html = '<table><tr><th><a href="/sites/default/files/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv">Withhold Release Orders &amp; Findings Dataset (CSV)</a></th></tr></table>';
    expect(findCbpCsvLink(html, base)).toBe('https://www.cbp.gov/sites/default/files/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv');
    expect(findCbpCsvLink('<p><a href="https://www.cbp.gov/f/x.csv">Withold Release Orders and Findings Dataset</a></p>', base)).toBe('https://www.cbp.gov/f/x.csv');
  });

  it('falls back to the file name, and ignores missing or non-web links', () => {
    expect(findCbpCsvLink('<a href="/files/withhold-release-orders-findings-fy26-dec.csv">Download</a>', base)).toBe('https://www.cbp.gov/files/withhold-release-orders-findings-fy26-dec.csv');
    expect(findCbpCsvLink('<a href="/other.pdf">Report</a>', base)).toBeNull();
    expect(findCbpCsvLink('<a href="javascript:alert(1)">Withhold Release Orders Dataset</a>', base)).toBeNull();
  });
});
