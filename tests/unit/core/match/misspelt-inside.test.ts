/**
 * A misspelt word inside a listed name, pinned by the words written exactly around it, and a name
 * cut or shortened as exports write it: shapes the outside sets missed (issue #14).
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { bundledRecords } from '../../../corpus/bundled-list';

const matcher = loadMatcher(JSON.parse(JSON.stringify(compileMatcher(bundledRecords()))));
const found = (text: string) => matcher.scan(text).map((f) => `${f.matchedText} → ${f.recordName} (${f.confidence})`);

describe('a misspelt word inside a name', () => {
  it('is a possible match wherever it sits, generic words too, when two words around it are the name', () => {
    expect(found('Salt: Taepyeng Salt Farm, per the bulletin.')).toEqual(['Taepyeng Salt Farm → Taepyung Salt Farm (possible)']);
    expect(found('We buy from Shanghai Select Safty Products Co Ltd in Shanghai.')).toEqual([
      'Shanghai Select Safty Products Co Ltd → Shanghai Select Safety Products Company, Limited (possible)',
    ]);
    expect(found('LOP COUNTY MEIXN HAIR PRODUCT CO')).toEqual(['LOP COUNTY MEIXN HAIR PRODUCT CO → Lop County Meixin Hair Product Co. Ltd. (possible)']);
  });

  it('is read as the word its neighbours pin, not as a nearer-looking word of another name', () => {
    // "Meixing" is a letter from "Meiling" (Changhong Meiling) too: the words around it say Meixin.
    expect(found('Wigs from Lop County Meixing Hair Products Co Ltd.')).toEqual([
      'Lop County Meixing Hair Products Co Ltd. → Lop County Meixin Hair Product Co. Ltd. (possible)',
    ]);
  });

  it('needs two words of the name written exactly beside it', () => {
    expect(found('Wigs from Meixing Hair, a salon.')).toEqual([]);
    expect(found('Glov Corp supplies hand warmers.')).toEqual([]);
    expect(found('Order from Shanghai Selekt.')).toEqual([]);
    // Two neighbours that are no listed name's: nothing to pin.
    expect(found('The Safty Products Co Ltd catalogue')).toEqual([]);
    // A real word is never a misspelling, however well its neighbours pin a name.
    expect(found('Xinjiang Production and Instruction Corps')).toEqual([]);
    expect(found('Hongchang Fruits and Vegetable Projects Co., Ltd.')).toEqual([]);
  });
});

describe('a name cut or shortened as exports write it', () => {
  it('is read with its last word cut to four letters at a field end, and with "Cnty" for County', () => {
    expect(found('HETIAN HAOLIN HAIR ACCE,GBP 45.00')).toEqual(['HETIAN HAOLIN HAIR ACCE → Hetian Haolin Hair Accessories Co. Ltd. (match)']);
    expect(found('HETIAN HAOLIN HAIR ACCE IS A LINE')).toEqual([]);
    expect(found('LOP CNTY MEIXIN HAIR PRODUCTS CO LTD')).toEqual(['LOP CNTY MEIXIN HAIR PRODUCTS CO LTD → Lop County Meixin Hair Product Co. Ltd. (match)']);
  });
});
