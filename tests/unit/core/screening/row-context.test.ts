import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { screeningToCsv } from '../../../../src/core/screening/export-csv';
import { buildReport } from '../../../../src/core/screening/report';
import { directSupplierIndex, rowContext } from '../../../../src/core/screening/row-context';
import { screenTable } from '../../../../src/core/screening/screen';
import { parseCsvText } from '../../../../src/core/screening/table';
import { byId, list, matcher } from './helpers';

describe('the direct supplier column', () => {
  it('is the supplier, vendor or bidder, not a manufacturer or a deeper tier', () => {
    expect(directSupplierIndex(['Manufacturer', 'Sub-supplier', 'Vendor name'], [0, 1, 2])).toBe(2);
    expect(directSupplierIndex(['Tier 2 supplier', 'Bidder'], [0, 1])).toBe(1);
  });

  it('is the first screened column when none says so, and none for one such column', () => {
    expect(directSupplierIndex(['Company', 'Maker'], [0, 1])).toBe(0);
    expect(directSupplierIndex(['Company', 'Manufacturer'], [1])).toBeUndefined();
    expect(directSupplierIndex(['Supplier'], [0])).toBe(0);
  });
});

describe('a screening hit\'s row context', () => {
  it('names the other screened columns and the direct supplier', () => {
    const headers = ['Supplier', 'Manufacturer', 'Price', 'Sub-supplier'];
    const row = ['Northgate Medical Supplies Ltd', 'Supermax Corporation Berhad', '£3.10', ''];
    expect(rowContext(row, headers, [0, 1, 3], 1, 0)).toEqual({
      context: 'Supplier: Northgate Medical Supplies Ltd',
      supplier: 'Northgate Medical Supplies Ltd',
    });
    // A listed supplier is its own direct supplier.
    expect(rowContext(row, headers, [0, 1], 0, 0)).toEqual({ context: 'Manufacturer: Supermax Corporation Berhad', supplier: 'Northgate Medical Supplies Ltd' });
    expect(rowContext(['', 'Supermax Corporation Berhad'], headers, [0, 1], 1, 0)).toEqual({ context: '' });
  });

  it('comes with every hit of a screened table', () => {
    const table = parseCsvText(['Supplier,Manufacturer,Sub-supplier', 'Northgate Medical Supplies Ltd,Supermax Corporation Berhad,Hoshine Silicon Industry Co. Ltd.'].join('\r\n'));
    const run = screenTable(matcher, table, ['Supplier', 'Manufacturer', 'Sub-supplier']);
    const supermax = run.hits.find((h) => h.column === 'Manufacturer');
    expect(supermax).toMatchObject({
      context: 'Supplier: Northgate Medical Supplies Ltd · Sub-supplier: Hoshine Silicon Industry Co. Ltd.',
      supplier: 'Northgate Medical Supplies Ltd',
    });
    expect(run.hits.find((h) => h.column === 'Sub-supplier')?.context).toBe('Supplier: Northgate Medical Supplies Ltd · Manufacturer: Supermax Corporation Berhad');

    // The report and its CSV export carry both.
    const report = buildReport({
      run, byId, explain: () => 'why', explainNote: () => ({ ask: 'ask', source: 'source' }), screenedAt: '2026-12-06T08:00:00Z',
      source: { name: 'quote.csv', kind: 'csv', rowCount: 1, encoding: 'utf-8', delimiter: ',' },
      list: { title: list.title, version: list.version, generated: list.generated },
    });
    expect(report.rows.find((r) => r.column === 'Manufacturer')).toMatchObject({ supplier: 'Northgate Medical Supplies Ltd' });
    const lines = Papa.parse<Record<string, string>>(screeningToCsv(report).trim(), { header: true }).data;
    expect(lines.find((l) => l.tier === 'Manufacturer')).toMatchObject({
      row_context: 'Supplier: Northgate Medical Supplies Ltd · Sub-supplier: Hoshine Silicon Industry Co. Ltd.',
      direct_supplier: 'Northgate Medical Supplies Ltd',
    });
  });
});
