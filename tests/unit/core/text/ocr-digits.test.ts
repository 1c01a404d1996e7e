import { describe, expect, it } from 'vitest';
import { ocrRepaired } from '../../../../src/core/text/ocr-digits';

describe('a scan read back', () => {
  it('reads 0 as O and 1 as I inside a word, L at its end, in the word\'s case, keeping every offset', () => {
    const text = 'L0P C0UNTY MEIX1N HAIR PR0DUCT C0. LTD; lndustria1 Co.; G1ANT; N0. 112';
    const repair = ocrRepaired(text)!;
    expect(repair.text).toBe('LOP COUNTY MEIXIN HAIR PRODUCT CO. LTD; lndustrial Co.; GIANT; NO. 112');
    expect(repair.text).toHaveLength(text.length);
    expect([...repair.changed].flatMap((c, i) => (c ? [text[i]] : []))).toEqual(['0', '0', '1', '0', '0', '1', '1', '0']);
  });

  it('leaves codes, numbers and units as written, and a text without such words alone', () => {
    expect(ocrRepaired('Q1 results: 10kg, A4, B2B, A10 and 2021 totals. Up in Q1.')).toBeNull();
    expect(ocrRepaired('Top Glove Corporation Bhd, 2 boxes')).toBeNull();
  });
});
