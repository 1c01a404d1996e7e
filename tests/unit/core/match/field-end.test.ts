/**
 * Where a cell's or a column's text ends, so that a name cut there is read as cut, not misspelt; and
 * names cut by a fixed-width report's column, as the hundred-and-thirty-fifth outside set's
 * goods-received report and the hundred-and-thirty-first's order lines print them.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { atFieldEnd } from '../../../../src/core/match/field-end';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { bundledRecords } from '../../../corpus/bundled-list';

const matcher = loadMatcher(compileMatcher(bundledRecords()));
const found = (text: string) => matcher.scan(text).map((f) => `${f.matchedText} → ${f.recordName} (${f.confidence})`);
/** Whether a field may end right after `word` in `text`. */
const endsAfter = (text: string, word: string): boolean => atFieldEnd(text, text.indexOf(word) + word.length);

describe('the end of a field', () => {
  it('is the text\'s or a line\'s end, a delimiter, a gap of two spaces or an ellipsis', () => {
    expect(endsAfter('HAIR ACCE', 'ACCE')).toBe(true);
    expect(endsAfter('HAIR ACCE  \nNEXT', 'ACCE')).toBe(true);
    expect(endsAfter('HAIR ACCE,GBP 45.00', 'ACCE')).toBe(true);
    expect(endsAfter('| HAIR ACCE | 45.00 |', 'ACCE')).toBe(true);
    expect(endsAfter('HAIR ACCE  45.00', 'ACCE')).toBe(true);
    expect(endsAfter('WRP Asia Pac… 10 x 50', 'Pac')).toBe(true);
    expect(endsAfter('Zhuhai Seine Printing Techn...\nVerified supplier', 'Techn')).toBe(true);
    expect(endsAfter('(HOTAN HAOLIN HAIR ACCE), 4 boxes', 'ACCE')).toBe(true);
  });

  it('is not one space in running text', () => {
    expect(endsAfter('HETIAN HAOLIN HAIR ACCE IS A LINE', 'ACCE')).toBe(false);
    expect(endsAfter('The food ingr list was long.', 'ingr')).toBe(false);
    expect(endsAfter('The food ingr. list was long.', 'ingr')).toBe(false);
  });

  it('is one space where the lines around begin a column at the same place', () => {
    const report = [
      'GR0422871  21-MAY-26  SHANGHAI SELECT SAFETY PRODU GLOVE CUT RES HPPE LVL C SZ9     60',
      'GR0420960  29-APR-26  CHANGZHOU GUANGHUI FOOD INGR SWEETENER STEVIA SACHET X1000   15',
      'GR0420961  29-APR-26  NORTHGATE CLEANING SUPPLIES  BLUE ROLL 2PLY X6              40',
      'GR0420962  30-APR-26  ACME OFFICE LTD              A4 PAPER 80GSM BOX              12',
    ].join('\n');
    expect(endsAfter(report, 'INGR')).toBe(true);
    // One line alone says nothing of columns; nor does prose that happens to agree on one line.
    expect(endsAfter(report.split('\n')[1]!, 'INGR')).toBe(false);
    expect(endsAfter('Changzhou Guanghui food ingr sweetener arrived late\nand the rest of the notes ran on\nover several lines of prose', 'ingr')).toBe(false);
  });
});

describe('a name cut by a fixed-width column', () => {
  it('is the firm cut at the column, its next column one space on', () => {
    const report = [
      'GRN        DATE       SUPPLIER (VENDOR MASTER)     ITEM                            QTY',
      'GR0422871  21-MAY-26  SHANGHAI SELECT SAFETY PRODU GLOVE CUT RES HPPE LVL C SZ9     60',
      'GR0420960  29-APR-26  CHANGZHOU GUANGHUI FOOD INGR SWEETENER STEVIA SACHET X1000   15',
      'GR0420961  29-APR-26  NORTHGATE CLEANING SUPPLIES  BLUE ROLL 2PLY X6              40',
    ].join('\n');
    expect(found(report)).toEqual([
      'SHANGHAI SELECT SAFETY PRODU → Shanghai Select Safety Products Company, Limited (match)',
      'CHANGZHOU GUANGHUI FOOD INGR → Changzhou Guanghui Food Ingredients Co., Ltd. (match)',
    ]);
    // The same words in a sentence are no cut name.
    expect(found('We checked Changzhou Guanghui Food Ingredi sweetener lines today.')).toEqual([]);
  });

  it('begins after a column of codes that fill it, one space before the name on every row', () => {
    const report = [
      'CONTAINER    SZTP POL   SHIPPER (24)             CONSIGNEE (18)     COMMODITY',
      'TGHU6617208  40HC CNSHA BAODING LYSZD TRADE & BUS BLUEPINE OUTFITTER MENS APPAREL',
      'FCIU4410926  40HC CNNGB SHENZHEN HUAFU ELECTRONICS PACIFIC DIGI SUPPL POWER BANKS',
      'TLLU5062288  40HC TWKHH GIANT MFG CO LTD         GIANT BICYCLE INC  BICYCLES COMPLETE',
      'CSNU7124480  40HC RSBEG LINGLONG INTL EUROPE DOO TIREHAUS WEST      PASSENGER TIRES',
    ].join('\n');
    expect(found(report)).toEqual([
      'GIANT MFG CO LTD → Giant Manufacturing Co., Ltd. (match)',
      'LINGLONG INTL EUROPE DOO → Linglong International Europe D.O.O. Zrenjanin (match)',
    ]);
    // One row alone shows no column: a capitalised word before a name still makes a longer one.
    expect(found('CNSHA CAMEL GROUP CO LTD')).toEqual([]);
  });

  it('is not a chat sender repeated on each line: the same word before, not a column of codes', () => {
    const chat = [
      '[03/06 09:24] Meike Jansen: is it the whole plant?',
      '[03/06 09:32] Meike Jansen: both listed, per the UFLPA Entity List',
      '[03/06 09:40] Meike Jansen: frames too',
    ].join('\n');
    expect(found(chat)).toEqual([]);
  });
});
