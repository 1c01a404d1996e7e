import { describe, expect, it } from 'vitest';
import { groupResults } from '../../../../src/core/screening/group';
import type { ReportRow } from '../../../../src/core/screening/report';
import type { Status } from '../../../../src/core/record';

function result(row: number, column: string, recordId: string, status: Status, supplier?: string): ReportRow {
  return {
    row, column, cell: recordId, matchedText: recordId, recordId, recordName: recordId.toUpperCase(), kind: 'wro', status,
    statusDate: null, confidence: 'match', score: 1, why: '', decision: null, ...(supplier ? { supplier } : {}),
  };
}

const rows = [
  result(2, 'Manufacturer', 'supermax', 'modified', 'Northgate Medical Supplies Ltd'),
  result(3, 'Manufacturer', 'maxter-parent', 'modified', 'Northgate Medical Supplies Ltd'),
  result(3, 'Sub-supplier', 'hoshine', 'active', 'Northgate Medical Supplies Ltd'),
  result(4, 'Manufacturer', 'supermax', 'modified', 'Clearwater Hygiene Ltd'),
  result(5, 'Manufacturer', 'hoshine', 'active'),
];

describe('screening results grouped', () => {
  it('by direct supplier: its listed companies and rows, the supplier with the most severe result first, unknown suppliers last', () => {
    const groups = groupResults(rows, 'supplier');
    expect(groups.map((g) => [g.name, g.records, g.rowCount])).toEqual([
      ['Northgate Medical Supplies Ltd', 3, 2],
      ['Clearwater Hygiene Ltd', 1, 1],
      ['', 1, 1],
    ]);
    // Each group keeps the order it was given (the table's sort).
    expect(groups[0]?.rows.map((r) => r.row)).toEqual([2, 3, 3]);
  });

  it('by listed company: its rows and direct suppliers, in force first', () => {
    const groups = groupResults(rows, 'company');
    expect(groups.map((g) => [g.name, g.rowCount, g.suppliers])).toEqual([
      ['HOSHINE', 2, 1],
      // Equally severe: the one found first in the file first.
      ['SUPERMAX', 2, 2],
      ['MAXTER-PARENT', 1, 1],
    ]);
  });

  it('makes no group of nothing', () => {
    expect(groupResults([], 'company')).toEqual([]);
  });
});
