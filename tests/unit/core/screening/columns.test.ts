import { describe, expect, it } from 'vitest';
import { resolveColumns, suggestColumns } from '../../../../src/core/screening/columns';
import { ScreeningInputError } from '../../../../src/core/screening/input-error';

describe('choosing columns', () => {
  it('suggests the organisation-name columns of typical exports and not ids, places, money or dates', () => {
    expect(
      suggestColumns(['Supplier ID', 'Supplier Name', 'Category', 'Country', 'Manufacturer', 'Sub-supplier', 'Annual Spend (GBP)']),
    ).toEqual(['Supplier Name', 'Manufacturer', 'Sub-supplier']);
    expect(suggestColumns(['Vendor No.', 'Vendor', 'Tier 2 Supplier', 'Supplier Email', 'PO Date'])).toEqual(['Vendor', 'Tier 2 Supplier']);
    expect(suggestColumns(['Fournisseur', 'Fabricant', 'Pays'])).toEqual(['Fournisseur', 'Fabricant']);
  });

  it('falls back to the first column when no header looks like a name', () => {
    expect(suggestColumns(['Column 1', 'Column 2'])).toEqual(['Column 1']);
  });

  it('resolves requested columns by exact name, then ignoring case and spaces, without repeats', () => {
    const headers = ['Supplier Name', 'Manufacturer', 'manufacturer (2)'];
    expect(resolveColumns(headers, ['Manufacturer', ' supplier name ', 'MANUFACTURER'])).toEqual([1, 0]);
    expect(resolveColumns(headers, ['manufacturer (2)'])).toEqual([2]);
  });

  it('names the unknown column and the columns the file has', () => {
    try {
      resolveColumns(['Supplier', 'Maker'], ['Manufacturer']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScreeningInputError);
      expect((e as ScreeningInputError).problem).toBe('unknown-column');
      expect((e as ScreeningInputError).detail).toBe('Manufacturer');
      expect((e as ScreeningInputError).message).toContain('Supplier, Maker');
    }
  });

  it('refuses an empty choice', () => {
    expect(() => resolveColumns(['Supplier'], [])).toThrow(ScreeningInputError);
  });
});
