import { describe, expect, it } from 'vitest';
import { ocrRepaired } from '../../../../src/core/text/ocr-digits';

describe('a scan read back', () => {
  it('reads 0 as O, and 1 in capitals as I inside a word and L at its end, keeping every offset', () => {
    const text = 'L0P C0UNTY MEIX1N HAIR PR0DUCT C0. LTD; G1ANT; N0. 112';
    const repair = ocrRepaired(text)!;
    expect(repair.text).toBe('LOP COUNTY MEIXIN HAIR PRODUCT CO. LTD; GIANT; NO. 112');
    expect(repair.text).toHaveLength(text.length);
    expect([...repair.changed].flatMap((c, i) => (c ? [text[i]] : []))).toEqual(['0', '0', '1', '0', '0', '1', '0']);
  });

  it('reads 1 in small letters as l, and a small l before n or r as I, where the text has such digits', () => {
    const text = 'Smart G1ove Corporation; lndustria1 Co.; Tianjin Malleable lron Factory';
    const repair = ocrRepaired(text)!;
    expect(repair.text).toBe('Smart Glove Corporation; Industrial Co.; Tianjin Malleable Iron Factory');
    expect([...repair.changed].flatMap((c, i) => (c ? [text[i]] : []))).toEqual(['1', 'l', '1', 'l']);
    // Words that begin with l otherwise are words ("llama", "Ltd", "lbs"), and without a digit read
    // back the text is as written.
    expect(ocrRepaired('G1ove: 2 llama, 3 lbs, Acme ltd, lymph')?.text).toBe('Glove: 2 llama, 3 lbs, Acme ltd, lymph');
    expect(ocrRepaired('Tianjin Malleable lron Factory, lot 12')).toBeNull();
  });

  it('leaves codes, numbers and units as written, and a text without such words alone', () => {
    expect(ocrRepaired('Q1 results: 10kg, A4, B2B, A10 and 2021 totals. Up in Q1.')).toBeNull();
    expect(ocrRepaired('Top Glove Corporation Bhd, 2 boxes')).toBeNull();
  });

  it('passes over table cells run together, a word before a number, and still reads a word among them', () => {
    // A supplier row's text content: "Catering" then a telephone number, "SUP-" then a code.
    expect(ocrRepaired('Northgate Medical Ltd12 High Street, LeedsCatering01458104212SUP-100050')).toBeNull();
    expect(ocrRepaired('Smart G1ove Corporation01458104212')?.text).toBe('Smart Glove Corporation01458104212');
  });
});
