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

  it('is read in a word of four letters between two words of the name, and in a plural descriptor', () => {
    expect(found('Shipper: XINJIANG DAQUO NEW ENERGY CO LTD, polysilicon')).toEqual([
      'XINJIANG DAQUO NEW ENERGY CO LTD → Xinjiang Daqo New Energy Co., Ltd. (possible)',
    ]);
    expect(found('wafers from Xinjiang Dago New Energy')).toEqual(['Xinjiang Dago New Energy → Xinjiang Daqo New Energy Co., Ltd. (possible)']);
    // "Accessories" is compiled as "accessory": its misspelt plural is one edit from that.
    expect(found('Seller: Hetian Haolin Hair Accesories Co., Ltd.')).toEqual([
      'Hetian Haolin Hair Accesories Co., Ltd. → Hetian Haolin Hair Accessories Co. Ltd. (possible)',
    ]);
    // Not a real word's plural, nor a word of four letters at a name's end.
    expect(found('Sichuan Xinsheng New Life Labours Factory')).toEqual([]);
    expect(found('Xinjiang Data New Energy')).toEqual([]);
  });

  it('is read in a one-word name of seven letters before a legal form, a space between', () => {
    expect(found('Nitrile gloves from Supermx Corporation Bhd are blocked.')).toEqual([
      'Supermx Corporation Bhd → Supermax Corporation Bhd. (possible)',
    ]);
    // An author and an initial, a comma between, are no firm.
    expect(found('as Hoshino, K. (2022) argues for polysilicon')).toEqual([]);
  });

  it('reads a spelling writers take for a misspelling ("Bidi" for "Beedi") as a possible match, and "Mgmt." as Management', () => {
    expect(found('MANGALORE GANESH BIDI WORKS')).toEqual(['MANGALORE GANESH BIDI WORKS → Mangalore Ganesh Beedi Works (possible)']);
    expect(found('Mangalore Ganesh Beedi Works')).toEqual(['Mangalore Ganesh Beedi Works → Mangalore Ganesh Beedi Works (match)']);
    expect(found('Toner by Zhuhai Ninestar Mgmt. Co.')).toEqual(['Zhuhai Ninestar Mgmt. Co. → Zhuhai Ninestar Management Co., Ltd. (match)']);
    // A fishing firm written as a fishery, as every outside set that wrote it labels it.
    expect(found('SHIPPER: DALIAN OCEAN FISHERIES CO LTD')).toEqual(['DALIAN OCEAN FISHERIES CO LTD → Dalian Ocean Fishing Co., Ltd. (possible)']);
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
  it('is read with its last word cut to four letters at a field end, and with "Cnty" for County, "Acc" for Accessories and "Inds" for Industries', () => {
    expect(found('HETIAN HAOLIN HAIR ACCE,GBP 45.00')).toEqual(['HETIAN HAOLIN HAIR ACCE → Hetian Haolin Hair Accessories Co. Ltd. (match)']);
    expect(found('HETIAN HAOLIN HAIR ACCE IS A LINE')).toEqual([]);
    // A catalogue's cell cut to fit with an ellipsis, as a field's end.
    expect(found('Nitrile glove, extended cuff | LongReach | WRP Asia Pac… | 10 x 50')).toEqual(['WRP Asia Pac → WRP Asia Pacific Sdn. Bhd. (possible)']);
    expect(found('Nitrile glove, extended cuff | LongReach | WRP Asia Pac and more')).toEqual([]);
    // A marketplace card's title cut with three full stops, as with "…".
    expect(found('Min. order: 100 pieces\nZhuhai Seine Printing Techn...\nVerified supplier'))
      .toEqual(['Zhuhai Seine Printing Techn → Zhuhai Seine Printing Technology Co., Ltd. (possible)']);
  });

  it('says a name was cut where its field ends, not that it was misspelt or written another way', () => {
    const norms = (text: string) => matcher.scan(text).map((f) => f.explanation.normalisations);
    expect(norms('Zhuhai Ninestar Managem...\n')).toEqual([['cut-off', 'legal-form-omitted']]);
    expect(norms('HEFEI BITLAND INFORMATION TECHNOLOG,12')).toEqual([['case', 'cut-off', 'legal-form-omitted']]);
    expect(matcher.scan('Zhuhai Ninestar Managem...\n')[0]?.explanation.typo).toBe(0);
    // "Product" for the listed "Products" is a word, not a cut.
    expect(norms('LOP COUNTY MEIXIN HAIR PRODUCT, wigs')[0]).not.toContain('cut-off');
    expect(found('LOP CNTY MEIXIN HAIR PRODUCTS CO LTD')).toEqual(['LOP CNTY MEIXIN HAIR PRODUCTS CO LTD → Lop County Meixin Hair Product Co. Ltd. (match)']);
    // "Inds" for Industries, as an e-mail signature writes it.
    expect(found('packed by Platinum Glove Inds Sdn Bhd')).toEqual(['Platinum Glove Inds Sdn Bhd → Smart Glove Corporation Sdn Bhd (match)']);
    // A vendor master's "Acc" for Accessories, as for "Cnty".
    expect(found('V-10042 HETIAN HAOLIN HAIR ACC CO LTD')).toEqual(['HETIAN HAOLIN HAIR ACC CO LTD → Hetian Haolin Hair Accessories Co. Ltd. (match)']);
  });

  it('reads a customs broker\'s "PLANTN", "WKS" and "ACCESS." as Plantation, Works and Accessories', () => {
    expect(found('NOTE SUPPLIER FKA SIME DARBY PLANTN 7KX-0413051-8')).toEqual(['SIME DARBY PLANTN → Sime Darby Plantation Berhad (match)']);
    expect(found('SPICE ROUTE TRADING MANGALORE GANESH BEEDI WKS 2402.90.0000 WRO HOLD')).toEqual(['MANGALORE GANESH BEEDI WKS → Mangalore Ganesh Beedi Works (match)']);
    expect(found('2ND LOT FROM HETIAN HAOLIN HAIR ACCESS. 7KX-0413124-6')).toEqual(['HETIAN HAOLIN HAIR ACCESS → Hetian Haolin Hair Accessories Co. Ltd. (match)']);
    // The word alone is still a word.
    expect(found('Free access to the hair salon for members')).toEqual([]);
  });
});

describe('a name a scan misread', () => {
  it('is a possible match where the scan read O as 0 or I as 1, spelt as the page wrote it', () => {
    expect(found('CONSIGNEE: L0P C0UNTY MEIX1N HAIR PR0DUCT C0. LTD')).toEqual([
      'L0P C0UNTY MEIX1N HAIR PR0DUCT C0. LTD → Lop County Meixin Hair Product Co. Ltd. (possible)',
    ]);
    expect(found('Vessel: HANGT0N N0. 112, frozen tuna')).toEqual(['HANGT0N N0. 112 → Hangton No. 112 (possible)']);
    // In small letters a scan's 1 is l, and its l before n or r a capital I.
    expect(found('Manufactured by : Smart G1ove Corporation Sdn Bhd\nManufactured by : Tianjin Malleable lron Factory')).toEqual([
      'Smart G1ove Corporation Sdn Bhd → Smart Glove Corporation Sdn Bhd (possible)',
      'Tianjin Malleable lron Factory → Tianjin Malleable Iron Factory (possible)',
    ]);
    // Written right, it stays a match; a code with digits is not read back.
    expect(found('LOP COUNTY MEIXIN HAIR PRODUCT CO. LTD, batch A10')).toEqual([
      'LOP COUNTY MEIXIN HAIR PRODUCT CO. LTD → Lop County Meixin Hair Product Co. Ltd. (match)',
    ]);
  });

  it('teaches the page nothing: its short name later is not a match, as after the name written right', () => {
    const misread = matcher.newPage();
    matcher.scan('CONSIGNEE: L0P C0UNTY MEIX1N HAIR PR0DUCT C0. LTD', { page: misread });
    expect(matcher.scan('Meixin said nothing.', { page: misread })).toEqual([]);
    const named = matcher.newPage();
    matcher.scan('CONSIGNEE: LOP COUNTY MEIXIN HAIR PRODUCT CO. LTD', { page: named });
    expect(matcher.scan('Meixin said nothing.', { page: named }).map((f) => f.recordName)).toEqual(['Lop County Meixin Hair Product Co. Ltd.']);
  });

  it('is let through by the pre-filter', () => {
    expect(matcher.mayName('SHIPPER: L0P C0UNTY MEIX1N HAIR PR0DUCT C0. LTD')).toBe(true);
  });
});
