import { describe, expect, it } from 'vitest';
import { capText, CONTEXT_CHARS, formatContext } from '../../../src/core/finding-context';

describe('a finding\'s context', () => {
  it('joins a row\'s cells with their column names, whitespace collapsed', () => {
    const context = formatContext([
      { label: 'Bidder', text: '  Northgate Medical\n\t Supplies Ltd ' },
      { label: 'Product:', text: 'Nitrile gloves,\u00a0powder-free' },
      { label: 'Unit price', text: '£3.10' },
    ]);
    expect(context).toBe('Bidder: Northgate Medical Supplies Ltd · Product: Nitrile gloves, powder-free · Unit price: £3.10');
  });

  it('leaves out empty cells, and a label that only repeats its text', () => {
    expect(formatContext([{ label: 'Bidder', text: ' ' }, { label: 'Notes', text: 'Notes' }, { text: 'Lot 2' }])).toBe('Notes · Lot 2');
    expect(formatContext([])).toBe('');
  });

  it('is capped, ending in an ellipsis, never splitting a surrogate pair', () => {
    const long = formatContext([{ label: 'Bidder', text: 'x'.repeat(5000) }]);
    expect(long).toHaveLength(CONTEXT_CHARS);
    expect(long.endsWith('…')).toBe(true);
    const emoji = capText(`${'a'.repeat(8)}😀😀`, 10);
    expect(emoji).toBe('aaaaaaaa…');
    expect(capText('short', 10)).toBe('short');
  });
});
