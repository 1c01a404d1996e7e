import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../../src/core/decision';
import { SCREENING_CSV_COLUMNS, screeningExportName, screeningToCsv } from '../../../../src/core/screening/export-csv';
import { buildReport, bySeverity, resultKey, screeningDecisionUrl } from '../../../../src/core/screening/report';
import { screenTable, selectColumns } from '../../../../src/core/screening/screen';
import { parseCsvText } from '../../../../src/core/screening/table';
import { byId, list, matcher } from './helpers';
import { english } from '../../../../src/cli/english';
import { explanationMessage } from '../../../../src/core/match/explain';
import type { MatchExplanation } from '../../../../src/core/match/types';
import type { HighRiskGoods } from '../../../../src/core/list/high-risk-goods';
import { productNoteMessage, productNoteSourceMessage } from '../../../../src/core/risk/note-message';
import { compileProductMatcher, type ProductNote } from '../../../../src/core/risk/product-notes';
import { tableProductNotes } from '../../../../src/core/risk/row-notes';
import goods from '../../../../seeds/high-risk-goods.json';

const csv = [
  'Supplier,Manufacturer,Sub-supplier',
  'Northbridge Medical Ltd,Supermax Corporation Berhad,',
  '=HYPERLINK("http://evil.example"),Korvell Industries Ltd,Hoshine Silicon Industry Co., Ltd.',
  'Ashcombe Office Ltd,Veltrana Manufacturing Ltd,',
  '"+Marlow, Ltd",Supermaxx Corporation Bhd,',
].join('\r\n');
const table = parseCsvText(csv);
const run = screenTable(matcher, table, ['Supplier', 'Manufacturer', 'Sub-supplier']);
const source = { name: 'suppliers.csv', kind: 'csv' as const, rowCount: table.rows.length, encoding: 'utf-8', delimiter: ',' };
const listStamp = { title: list.title, version: list.version, generated: list.generated };
const screenedAt = '2026-11-28T06:00:00.000Z';
const explain = (e: MatchExplanation) => english(explanationMessage(e));
const explainNote = (n: ProductNote) => ({ ask: english(productNoteMessage(n)), source: english(productNoteSourceMessage(n)) });

function decisionOn(row: number, column: string, recordId: string): Decision {
  return {
    id: 1,
    uid: `u-${row}-${column}`,
    by: '',
    owner: '',
    status: 'open',
    reviewDate: null,
    time: '2026-11-28T06:05:00.000Z',
    outcome: 'asked-for-evidence',
    note: 'asked the distributor for the glove factory',
    pageUrl: screeningDecisionUrl('s1', row, column),
    pageTitle: 'suppliers.csv',
    site: '',
    matchedText: 'Supermax Corporation Berhad',
    recordId,
    recordName: byId.get(recordId)?.name ?? '',
    listVersion: list.version,
    undoneAt: null,
  };
}

describe('the screening report', () => {
  const supermax = 'cbp-wro-2021-10-21-supermax-corporation-bhd';
  const report = buildReport({
    run,
    source,
    list: listStamp,
    byId,
    screenedAt,
    decisions: new Map([[resultKey(2, 'Manufacturer', supermax), decisionOn(2, 'Manufacturer', supermax)]]),
    explain,
    explainNote,
  });

  it('carries the stamp: list title, version and date, input name and rows, columns, time', () => {
    expect(report.list).toEqual(listStamp);
    expect(report.source).toEqual(source);
    expect(report.columns).toEqual(['Supplier', 'Manufacturer', 'Sub-supplier']);
    expect(report.screenedAt).toBe(screenedAt);
  });

  it('lists each mention with its tier, the record\'s status and date, and why', () => {
    const row2 = report.rows.find((r) => r.row === 2);
    const record = byId.get(supermax);
    expect(row2).toMatchObject({ column: 'Manufacturer', recordId: supermax, status: record?.status, statusDate: record?.statusDate });
    expect(row2?.why).toContain('Supermax');
    const hoshine = report.rows.find((r) => r.row === 3);
    expect(hoshine?.column).toBe('Sub-supplier');
  });

  it('counts rows, mentions, distinct records, sure matches by status and possible matches', () => {
    expect(report.totals.rows).toBe(4);
    expect(report.totals.mentions).toBe(report.rows.length);
    expect(report.totals.records).toBe(new Set(report.rows.map((r) => r.recordId)).size);
    const sure = new Map(report.rows.filter((r) => r.confidence === 'match').map((r) => [r.recordId, r.status]));
    expect(Object.values(report.totals.byStatus).reduce((a, b) => a + b, 0)).toBe(sure.size);
    expect(report.totals.possible).toBe(report.rows.filter((r) => r.confidence === 'possible').length);
    expect(report.totals.possible).toBeGreaterThan(0);
  });

  it('attaches the latest decision to its result only', () => {
    expect(report.rows.find((r) => r.row === 2)?.decision?.outcome).toBe('asked-for-evidence');
    expect(report.rows.filter((r) => r.decision !== null)).toHaveLength(1);
  });

  it('sorts the most severe first: active sure matches before lifted ones, possible matches after sure ones', () => {
    const sorted = [...report.rows].sort(bySeverity);
    const rank = { active: 3, unknown: 2, modified: 1, inactive: 1, delisted: 1, revoked: 0 };
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1], sorted[i]];
      if (!a || !b) continue;
      expect(rank[a.status] * 2 + Number(a.confidence === 'match')).toBeGreaterThanOrEqual(rank[b.status] * 2 + Number(b.confidence === 'match'));
    }
  });
});

describe('CSV export', () => {
  const report = buildReport({ run, source, list: listStamp, byId, screenedAt, explain, explainNote });

  it('writes one line per finding, every line stamped, and reads back with the same values', () => {
    const text = screeningToCsv(report);
    const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
    expect(parsed.meta.fields).toEqual([...SCREENING_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(report.rows.length);
    for (const [i, line] of parsed.data.entries()) {
      const r = report.rows[i];
      expect(line).toMatchObject({
        row: String(r?.row),
        tier: r?.column,
        record_id: r?.recordId,
        status: r?.status,
        list_version: list.version,
        list_date: list.generated,
        source_file: 'suppliers.csv',
        source_rows: '4',
        screened_at: screenedAt,
      });
    }
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const text = screeningToCsv(report, { clearRowsFrom: { table, columns: report.columns } });
    const cells = Papa.parse<string[]>(text.trim()).data.flat();
    expect(cells).toContain('\'=HYPERLINK("http://evil.example")');
    expect(cells).toContain("'+Marlow, Ltd");
    expect(cells.some((c) => /^[=+\-@]/.test(c))).toBe(false);
  });

  it('lists rows without findings as "no finding" when asked, in row order', () => {
    const parsed = Papa.parse<Record<string, string>>(screeningToCsv(report, { clearRowsFrom: { table, columns: report.columns } }).trim(), {
      header: true,
    }).data;
    const clear = parsed.filter((l) => l.result === 'no finding');
    expect(clear.map((l) => `${l.row} ${l.tier}`)).toContain('4 Manufacturer');
    expect(clear.map((l) => `${l.row} ${l.tier}`)).not.toContain('2 Manufacturer');
    expect(parsed.map((l) => Number(l.row))).toEqual([...parsed.map((l) => Number(l.row))].sort((a, b) => a - b));
    expect(parsed.length).toBe(report.rows.length + clear.length);
  });

  it('names the file after the input and the date, safely', () => {
    expect(screeningExportName('Supplier master (Q3).csv', screenedAt, 'csv')).toBe('wro-screening-Supplier-master-Q3-2026-11-28.csv');
    expect(screeningExportName('../../etc', screenedAt, 'csv')).toBe('wro-screening-etc-2026-11-28.csv');
  });
});

describe('product notes in the report and the CSV export', () => {
  const lots = parseCsvText(
    [
      'Supplier,Product,Origin',
      'Northbridge Medical Ltd,Nitrile examination gloves,Malaysia',
      'Supermax Corporation Berhad,Polysilicon 25 kg,',
      'Ashcombe Office Ltd,Office chairs,Germany',
      '=cmd|calc,Polysilicon wafers,China',
    ].join('\r\n'),
  );
  const lotsRun = screenTable(matcher, lots, ['Supplier']);
  const notes = tableProductNotes(compileProductMatcher(goods as HighRiskGoods), lots, 0, lots.rows.length);
  const withNotes = buildReport({
    run: { ...lotsRun, productNotes: notes },
    source: { ...source, name: 'lots.csv', rowCount: lots.rows.length },
    list: listStamp,
    byId,
    screenedAt,
    explain,
    explainNote,
  });
  const parse = (text: string) => Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;

  it('carries each good with its rows, worded, apart from the findings and their totals', () => {
    expect(withNotes.productNotes.map((n) => n.note.goodId)).toEqual(notes.map((g) => g.note.goodId));
    const silica = withNotes.productNotes.find((n) => n.note.goodId === 'uflpa-silica');
    expect(silica?.ask).toBe(english(productNoteMessage(silica!.note)));
    expect(silica?.source).toMatch(/^UFLPA Strategy/);
    expect(silica?.rows.map((r) => [r.row, r.column])).toEqual([[3, 'Product'], [5, 'Product']]);
    expect(withNotes.totals.mentions).toBe(withNotes.rows.length);
    expect(withNotes.rows.every((r) => r.column === 'Supplier')).toBe(true);
  });

  it('has no notes when the run had none', () => {
    expect(buildReport({ run: lotsRun, source, list: listStamp, byId, screenedAt, explain, explainNote }).productNotes).toEqual([]);
  });

  it('writes a line per row naming a good after the findings, marked as a product note; the findings\' lines keep their meaning', () => {
    const lines = parse(screeningToCsv(withNotes));
    const findings = lines.filter((l) => l.entry === 'listed-company');
    expect(findings).toHaveLength(withNotes.rows.length);
    expect(findings[0]).toMatchObject({ row: '3', tier: 'Supplier', result: 'match', record_id: 'cbp-wro-2021-10-21-supermax-corporation-bhd', good: '', good_rows: '' });
    const noteLines = lines.filter((l) => l.entry === 'product-note');
    expect(lines.slice(findings.length)).toEqual(noteLines);
    const gloves = noteLines.find((l) => l.good === 'rubber gloves');
    expect(gloves).toMatchObject({
      row: '2',
      tier: 'Product',
      input_text: 'Nitrile examination gloves',
      result: 'product note',
      matched_text: expect.stringMatching(/gloves/i),
      listed_name: '',
      record_id: '',
      kind: '',
      status: '',
      confidence: '',
      stated_origins: 'Malaysia',
      good_rows: '1',
      source_file: 'lots.csv',
      list_version: list.version,
      screened_at: screenedAt,
    });
    expect(gloves?.why).toMatch(/Malaysia/);
    expect(gloves?.good_source_url).toMatch(/^https:\/\//);
    const silica = noteLines.filter((l) => l.why?.startsWith('High-priority UFLPA sector'));
    expect(silica.map((l) => l.row)).toEqual(['3', '5']);
    expect(silica.every((l) => l.good_rows === '2' && l.good_source?.startsWith('UFLPA Strategy'))).toBe(true);
    expect(silica[1]?.stated_origins).toBe('China');
  });

  it('puts a row\'s notes between its findings and its cells with no finding when every row is listed', () => {
    const lines = parse(screeningToCsv(withNotes, { clearRowsFrom: { table: selectColumns(lots, ['Supplier']), columns: ['Supplier'] } }));
    expect(lines.map((l) => Number(l.row))).toEqual([...lines.map((l) => Number(l.row))].sort((a, b) => a - b));
    const row3 = lines.filter((l) => l.row === '3').map((l) => `${l.entry} ${l.result}`);
    expect(row3[0]).toBe('listed-company match');
    expect(row3.at(-1)).toBe('product-note product note');
    const row2 = lines.filter((l) => l.row === '2').map((l) => `${l.entry} ${l.result}`);
    expect(row2.indexOf('product-note product note')).toBeLessThan(row2.indexOf('listed-company no finding'));
  });

  it('defuses a formula in a note\'s cell', () => {
    const cells = Papa.parse<string[]>(screeningToCsv(withNotes).trim()).data.flat();
    expect(cells.some((c) => /^[=+\-@]/.test(c))).toBe(false);
  });

  it('gives a workbook\'s note its sheet and cell', () => {
    const placed = {
      ...withNotes,
      productNotes: [{ ...withNotes.productNotes[0]!, rows: [{ row: 2, column: 'Goods', cell: 'Polysilicon', place: { sheet: 'Tier 2', row: 7, cell: 'B7' } }] }],
    };
    const [line] = parse(screeningToCsv(placed)).filter((l) => l.entry === 'product-note');
    expect(line).toMatchObject({ row: '7', sheet: 'Tier 2', cell: 'B7', tier: 'Goods' });
  });
});
