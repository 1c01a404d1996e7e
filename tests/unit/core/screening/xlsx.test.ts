/**
 * The workbook reader: every sheet of an .xlsx, its header found below a title block, the sheets'
 * columns side by side by name, each row and cell with its sheet, row number and letter; the
 * person's problems for an old .xls, a password-protected workbook and a damaged file.
 */
import { describe, expect, it } from 'vitest';
import { suggestColumns } from '../../../../src/core/screening/columns';
import { screeningToCsv } from '../../../../src/core/screening/export-csv';
import { ScreeningInputError } from '../../../../src/core/screening/input-error';
import { columnLetter, placeOf } from '../../../../src/core/screening/place';
import { buildReport } from '../../../../src/core/screening/report';
import { screenTable, selectColumns } from '../../../../src/core/screening/screen';
import { headerRow, tableFromXlsx } from '../../../../src/core/screening/xlsx';
import { makeXlsx, supplierWorkbook } from '../../../fixtures/documents/xlsx';
import { byId, matcher, problemOf } from './helpers';

/** An OLE2 compound file's first bytes, with `name` (UTF-16) in its directory. */
function compoundFile(name: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(Uint8Array.from(Array.from(name, (c) => [c.charCodeAt(0), 0]).flat()), 1024);
  return bytes;
}

describe('reading .xlsx workbooks', () => {
  it('reads every sheet, puts their columns side by side by name, and remembers sheet, row and cell', async () => {
    const table = await tableFromXlsx(supplierWorkbook().xlsx);
    expect(table.headers).toEqual(['Supplier ID', 'Supplier Name', 'Country', 'Manufacturer', 'Annual Spend (GBP)', 'Sub-supplier', 'Goods']);
    expect(suggestColumns(table.headers)).toEqual(['Supplier Name', 'Manufacturer', 'Sub-supplier']);
    // The second sheet's title block (a title, a blank row) is not its header, and not screened.
    expect(table.rows.at(-2)).toEqual(['', 'Castlegate Solar Ltd', '', '', '', 'Hoshine Silicon Industry Co., Ltd.', 'Polysilicon']);
    const hoshine = table.rows.length - 2;
    expect(placeOf(table.origin, hoshine, 5)).toEqual({ sheet: 'Sub-suppliers', row: 4, cell: 'A4' });
    expect(placeOf(table.origin, hoshine, 1)).toEqual({ sheet: 'Sub-suppliers', row: 4, cell: 'B4' });
    expect(placeOf(table.origin, 0, 3)).toEqual({ sheet: 'Suppliers', row: 2, cell: 'D2' });
    expect(table.rows[0]?.[4]).toBe('120000');
  });

  it('screens the picked columns of every sheet: each finding with its sheet, row and cell, in the report and the CSV export', async () => {
    const { xlsx, planted } = supplierWorkbook();
    const table = await tableFromXlsx(xlsx);
    const run = screenTable(matcher, table, ['Supplier Name', 'Manufacturer', 'Sub-supplier']);
    const found = run.hits.map((h) => `${h.place && 'sheet' in h.place ? `${h.place.sheet}!${h.place.cell}` : '?'} ${h.column} ${h.finding.recordId}`);
    expect(found.sort()).toEqual(planted.map((p) => `${p.sheet}!${p.cell} ${p.column} ${p.recordId}`).sort());
    const report = buildReport({
      run,
      source: { name: 'suppliers.xlsx', kind: 'xlsx', rowCount: run.rowCount, encoding: 'utf-8', delimiter: '' },
      list: { title: 'List', version: 'v1', generated: '2026-11-01T00:00:00Z' },
      byId,
      screenedAt: '2026-11-02T09:00:00Z',
      explain: () => 'why',
      explainNote: () => ({ ask: 'ask', source: 'source' }),
    });
    const csv = screeningToCsv(report, { clearRowsFrom: { table: selectColumns(table, run.columns), columns: run.columns } });
    // The row is the sheet's own.
    expect(csv).toContain('\r\nlisted-company,4,,,Sub-suppliers,A4,Sub-supplier,"Hoshine Silicon Industry Co., Ltd.",match,');
    // Rows with no finding are placed too.
    expect(csv).toContain('\r\nlisted-company,5,,,Sub-suppliers,A5,Sub-supplier,Wacker Chemie AG,no finding');
  });

  it('keeps each sheet\'s column letters when a kept screening keeps only the screened columns', async () => {
    const table = await tableFromXlsx(supplierWorkbook().xlsx);
    const kept = selectColumns(table, ['Sub-supplier', 'Manufacturer']);
    expect(kept.origin?.kind === 'xlsx' && kept.origin.sheets.map((s) => s.letters)).toEqual([['', 'D'], ['A', '']]);
  });

  it('names columns by letter when the first row is data, and leaves empty sheets out with a warning', async () => {
    const xlsx = makeXlsx([
      { name: 'Empty', rows: [] },
      { name: 'Names', rows: [['Top Glove Corporation Bhd', 'Malaysia']], firstRow: 3 },
    ]);
    const table = await tableFromXlsx(xlsx, { hasHeader: false });
    expect(table.headers).toEqual(['Column A', 'Column B']);
    expect(placeOf(table.origin, 0, 0)).toEqual({ sheet: 'Names', row: 3, cell: 'A3' });
    expect(table.warnings).toEqual([{ code: 'empty-sheets', count: 1, rows: [] }]);
  });

  it('finds the header below a title block', () => {
    expect(headerRow([['Supplier list, 2026'], [], ['Supplier', 'Manufacturer', 'Country'], ['a', 'b', 'c']])).toBe(2);
    expect(headerRow([['Supplier'], ['Acme']])).toBe(0);
    expect(headerRow([[], ['', '']])).toBe(-1);
    expect(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA'].map((_, i) => columnLetter([0, 25, 26, 51, 52, 701, 702][i] as number))).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('says what is wrong with files it cannot read: an empty workbook, a header without rows, an old .xls, a password, a damaged file', async () => {
    expect(await problemOf(() => tableFromXlsx(makeXlsx([{ name: 'Sheet1', rows: [] }])))).toBe('empty');
    expect(await problemOf(() => tableFromXlsx(makeXlsx([{ name: 'Sheet1', rows: [['Supplier', 'Manufacturer']] }])))).toBe('no-rows');
    expect(await problemOf(() => tableFromXlsx(compoundFile('Workbook')))).toBe('workbook');
    expect(await problemOf(() => tableFromXlsx(compoundFile('EncryptedPackage')))).toBe('password');
    expect(await problemOf(() => tableFromXlsx(supplierWorkbook().xlsx.slice(0, 900)))).toBe('broken');
    expect(await problemOf(() => tableFromXlsx(new TextEncoder().encode('Supplier,Manufacturer\n')))).toBe('broken');
  });
});
