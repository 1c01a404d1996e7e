/** Product notes in a screened table: a row's cells read as one line, rows gathered by good, places in documents, workers' shares merged. */
import { describe, expect, it } from 'vitest';
import type { HighRiskGoods } from '../../../../src/core/list/high-risk-goods';
import { compileProductMatcher } from '../../../../src/core/risk/product-notes';
import { MAX_NOTE_ROWS, mergeGoodsInRows, tableProductNotes } from '../../../../src/core/risk/row-notes';
import type { ScreeningTable } from '../../../../src/core/screening/table';
import data from '../../../../seeds/high-risk-goods.json';

const matcher = compileProductMatcher(data as HighRiskGoods);

function table(rows: string[][], extra: Partial<ScreeningTable> = {}): ScreeningTable {
  return { headers: ['Supplier', 'Product', 'Origin'], rows, firstRowNumber: 2, delimiter: ',', encoding: 'utf-8', nameFields: true, warnings: [], ...extra };
}

describe('product notes in screened rows', () => {
  const rows = [
    ['Acme Solar Ltd', 'Polysilicon 25 kg', ''],
    ['Beta Medical', 'Nitrile examination gloves', 'Malaysia'],
    ['Gamma GmbH', 'Nitrile examination gloves', 'Germany'],
    ['Delta', 'Tomatoes', ''],
    ['Epsilon', 'Office chairs', 'China'],
    ['Zeta', 'Polysilicon, 6N', 'China'],
  ];

  it('reads the origin from another column of the same row, never from the next row', () => {
    const goods = tableProductNotes(matcher, table(rows), 0, rows.length);
    const byId = new Map(goods.map((g) => [g.note.goodId, g]));
    expect(byId.get('dol-malaysia-rubber-gloves')?.rows.map((r) => r.row)).toEqual([3]);
    // Germany's row gives DOL's China and Malaysia entries nothing; "Office chairs … China" lends nothing to row 5's tomatoes.
    expect(byId.get('dol-china-gloves')).toBeUndefined();
    expect(byId.get('dol-china-tomato-products')?.note.origins).toEqual([]);
    expect(byId.get('uflpa-silica')).toMatchObject({ rowCount: 2, rows: [{ row: 2, cell: 'Polysilicon 25 kg' }, { row: 7, cell: 'Polysilicon, 6N' }] });
    expect(byId.get('uflpa-silica')?.note.origins).toEqual(['China']);
    // UFLPA sectors first.
    expect(goods.map((g) => g.note.kind)).toEqual([...goods.filter((g) => g.note.kind === 'uflpa'), ...goods.filter((g) => g.note.kind === 'dol')].map((g) => g.note.kind));
  });

  it('gives a workbook row its sheet and the cell that named the good', () => {
    const t = table([['Acme', 'Frozen prawns', 'Vietnam']], {
      origin: { kind: 'xlsx', sheets: [{ name: 'Lot 2', start: 0, end: 1, letters: ['A', 'C', 'D'] }], rowNumbers: [14] },
    });
    const [seafood] = tableProductNotes(matcher, t, 0, 1);
    expect(seafood?.rows).toEqual([{ row: 2, column: 'Product', cell: 'Frozen prawns', place: { sheet: 'Lot 2', row: 14, cell: 'C14' } }]);
  });

  it('merges workers\' shares in order and keeps at most MAX_NOTE_ROWS rows per good, counting them all', () => {
    const many = Array.from({ length: MAX_NOTE_ROWS + 50 }, (_, i) => [`Supplier ${i}`, 'Steel shelving', '']);
    const half = Math.floor(many.length / 2);
    const t = table(many);
    const merged = mergeGoodsInRows([tableProductNotes(matcher, t, 0, half), tableProductNotes(matcher, t, half, many.length)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.rowCount).toBe(many.length);
    expect(merged[0]?.rows).toHaveLength(MAX_NOTE_ROWS);
    expect(merged[0]?.rows.map((r) => r.row)).toEqual(Array.from({ length: MAX_NOTE_ROWS }, (_, i) => i + 2));
  });
});
