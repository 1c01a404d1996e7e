/**
 * What the words beside a listed name say it is: an address's field, a stock code, a person's given
 * name, another firm's longer name. Shapes the seventy-fifth and seventy-sixth outside sets missed
 * or raised falsely (issue #14).
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { bundledRecords } from '../../../corpus/bundled-list';

const matcher = loadMatcher(JSON.parse(JSON.stringify(compileMatcher(bundledRecords()))));
const found = (text: string) => matcher.scan(text).map((f) => `${f.matchedText} → ${f.recordName} (${f.confidence})`);

describe('an address', () => {
  it('reads a listed park after a street in the field before it, the comma parting the two', () => {
    expect(found('Address: No. 8 Industrial Road, Lop County Hair Product Industrial Park, Lop')).toEqual([
      'Lop County Hair Product Industrial Park → Lop County Hair Product Industrial Park (match)',
    ]);
    // Written as one name, the street is still the namesake's.
    expect(found('Ninestar Road is closed.')).toEqual([]);
  });
});

describe('a stock code', () => {
  it('reads a page\'s short name between an address\'s commas before a city, or after "in" before one, as a place', () => {
    const page = matcher.newPage();
    const scan = (text: string) => matcher.scan(text, { page }).map((f) => f.matchedText);
    expect(scan('Label: Hetian Taida Apparel Co., Ltd.')).toEqual(['Hetian Taida Apparel Co., Ltd.']);
    expect(scan('Unit 7, Harbour Centre, TEDA, Tianjin 300457, China')).toEqual([]);
    expect(scan('Garments are finished in TEDA, Tianjin, for the buyer.')).toEqual([]);
    // Elsewhere it is still the firm's short name, and a list of firms is not an address.
    expect(scan('TEDA cut the order.')).toEqual(['TEDA']);
    expect(scan('Suppliers: Supermax, TEDA, Tianjin Tongbao Fittings Company')).toEqual(['Supermax', 'TEDA', 'Tianjin Tongbao Fittings Company']);
  });

  it('does not read a maker\'s letters at the start of a catalogue code as the maker', () => {
    expect(found('"UNI-004831","YTY-BLU-S","NITRILE GLOVE BLUE 3.5G EXAM SMALL"')).toEqual([]);
    expect(found('YTY-100 nitrile gloves')).toEqual([]);
    // A hyphen to a word is not a code.
    expect(found('XPCC-linked cotton')).toEqual(['XPCC → Xinjiang Production and Construction Corporation (XPCC) (match)']);
  });
});

describe('a person', () => {
  it('reads a name said to be someone\'s, or signed with an initial, as that person', () => {
    const page = matcher.newPage();
    const scan = (text: string) => matcher.scan(text, { page }).map((f) => f.matchedText);
    expect(scan('The hair firm under a 2020 WRO is Lop County Meixin Hair Products.')).toEqual(['Lop County Meixin Hair Products']);
    expect(scan('Funny, my first name is Meixin (no relation!).')).toEqual([]);
    expect(scan('Meixin L. · Lotus Lash & Brow · San Jose')).toEqual([]);
    // Still the firm, later on the same page.
    expect(scan('If you see Meixin on a label, ask.')).toEqual(['Meixin']);
  });

  it('still reads a firm after "the old name is"', () => {
    expect(found('the old name is Hebei Temeite Industrial Group Co., Ltd., same factory')).toEqual([
      'Hebei Temeite Industrial Group Co., Ltd. → Hebei Tomato Industry Co., Ltd. (match)',
    ]);
  });
});

describe('a determiner', () => {
  it('before a short name the page named in full does not make the two a longer name', () => {
    const text = 'Not to be used: Hetian Haolin Hair Accessories Co. Ltd. Any Haolin or Each Haolin on packing lists = stop.';
    expect(found(text).map((f) => f.split(' → ')[0])).toEqual(['Hetian Haolin Hair Accessories Co. Ltd.', 'Haolin', 'Haolin']);
    // Another capitalised word before it still may: "Haolin" is then part of another name.
    expect(found('Not to be used: Hetian Haolin Hair Accessories Co. Ltd. Any Beijing Haolin Trading on packing lists.')).toHaveLength(1);
  });
});

describe('a button\'s or an instruction\'s verb', () => {
  it('before a short name the page named in full does not make the two a longer name', () => {
    const page = matcher.newPage();
    const scan = (text: string) => matcher.scan(text, { page }).map((f) => f.matchedText);
    expect(scan('Devices and OEM toner: Zhuhai Pantum Electronics Co., Ltd.')).toEqual(['Zhuhai Pantum Electronics Co., Ltd.']);
    expect(scan('Show Pantum price schedule')).toEqual(['Pantum']);
    // A word that is no verb still makes another name: "Beijing Pantum" is not the listed firm.
    expect(scan('Beijing Pantum Trading price schedule')).toEqual([]);
  });
});

describe('another name the firm goes by', () => {
  it('reads a name of two words or more after "AKA" or "trading as" in a vendor record as the firm', () => {
    expect(found('V201262  AKA JWD TECHNOLOGY. UFLPA LIST.')).toEqual(['JWD TECHNOLOGY → Sichuan Jingweida Technology Group Co., Ltd. (match)']);
    expect(found('Acme Ltd trading as Union Biotech (Hangzhou)')).toEqual(['Union Biotech → Hangzhou Union Biotechnology Co., Ltd. (match)']);
    // Nor is one word after it: a person's nickname.
    expect(found('Ali, also known as Giant.')).toEqual([]);
    // Written on, the words are more of a longer name.
    expect(found('AKA JWD Technology Partners in Leeds')).toEqual([]);
  });
});

describe('another firm\'s longer name', () => {
  it('reads a listed short name followed by another trade, with a place in brackets, as that firm', () => {
    const page = matcher.newPage();
    const scan = (text: string) => matcher.scan(text, { page }).map((f) => f.matchedText);
    expect(scan('Gloves from Brightway Holdings Sdn Bhd.')).toEqual(['Brightway Holdings Sdn Bhd.']);
    expect(scan('Forwarder: Brightway Wenzhou (Ningbo) Co., Ltd.')).toEqual([]);
    expect(scan('Forwarder: Brightway Freight (Ningbo) Co., Ltd.')).toEqual([]);
  });

  it('reads a name of dictionary words followed by another trade\'s words as that firm, in capitals too', () => {
    expect(found('Decant support: Green Prospect Housing Association, Truro')).toEqual([]);
    expect(found('| TDC/26/0064 | TEMPORARY ACCOMM | GREEN PROSPECT HOUSING ASSOC | 1 LEMON ST, TRURO')).toEqual([]);
    // The listed subsidiary itself, and before its own goods, is still read.
    expect(found('Gloves made by Green Prospect Sdn Bhd, Klang')).toEqual(['Green Prospect Sdn Bhd → YTY Industry Holdings Sdn Bhd (match)']);
    expect(found('Green Prospect Nitrile Gloves, boxed')).toEqual(['Green Prospect → YTY Industry Holdings Sdn Bhd (match)']);
  });

  it('reads a page\'s short name before a shipping agent\'s words in a line of capitals as another firm', () => {
    const page = matcher.newPage();
    const scan = (text: string) => matcher.scan(text, { page }).map((f) => f.matchedText);
    expect(scan('0304.87.0000 FROZEN TUNA LOINS      DALIAN OCEAN FISHING CO LTD         DET')).toEqual(['DALIAN OCEAN FISHING CO LTD']);
    expect(scan('AGENT AT ORIGIN IS DALIAN OCEAN SHIPPING AGENCY')).toEqual([]);
  });

  it('ends a place\'s mention at the place, not at the legal form of the firm named after it', () => {
    expect(found('Hoshine Silicon Industry (Shihezi) Co., Ltd. makes silicon metal').map((f) => f.split(' → ')[0])).toEqual(['Hoshine Silicon Industry', 'Shihezi']);
  });
});

describe('an order line\'s or a label\'s word before a name', () => {
  it('reads a size before a name in capitals as the item\'s, not the start of a longer name', () => {
    expect(found('KGD201     NITRILE EXAM GLOVE PF BLUE S TOP GLOVE SDN BHD       QUARANTINE')).toEqual(['TOP GLOVE SDN BHD → Top Glove Sdn Bhd (match)']);
    // Written in small letters, a capital letter before it may be an initial of a longer name.
    expect(found('Distributor: Blue S Top Glove Sdn Bhd')).toEqual([]);
  });

  it('reads a hedge before a name ("POSSIBLE XPCC GINNERY") as a word about the tie, not the start of a longer name', () => {
    expect(found('COTTON FIBER ORIGIN DECLARED: GINNED LINT, POSSIBLE XPCC GINNERY')).toEqual(['XPCC → Xinjiang Production and Construction Corporation (XPCC) (match)']);
    expect(found('The lint came from a suspected XPCC ginnery.')).toEqual(['XPCC → Xinjiang Production and Construction Corporation (XPCC) (match)']);
    // Another capitalised word before it still makes a longer name.
    expect(found('COTTON LINT, SHIHE XPCC GINNERY')).toEqual([]);
  });

  it('reads a name after a packer\'s, a processor\'s or a payee\'s label as a firm named in its field', () => {
    expect(found('Line 4 packer: Dalian Ocean Fishing')).toEqual(['Dalian Ocean Fishing → Dalian Ocean Fishing Co., Ltd. (match)']);
    expect(found('Line 4 payee: Dalian Ocean Fishing')).toEqual(['Dalian Ocean Fishing → Dalian Ocean Fishing Co., Ltd. (match)']);
    // A label that names no firm's field leaves a name of a place and common words needing support.
    expect(found('Line 4 notes: Dalian Ocean Fishing')).toEqual([]);
  });
});

describe('an Entity List firm\'s goods as buyers write them', () => {
  const row = (cell: string, notes: string) => `Supplier\tCategory\tManufacturer / Brand\tNotes\nMedisave\tFirst aid\tSupermax Corp Bhd\tNitrile gloves\nCounty Catering\tAmbient\t${cell}\t${notes}`;
  it('reads a brand or name weak alone beside what a school or a fleet calls those goods', () => {
    expect(found(row('GSweet', 'Sweetener in no-added-sugar squash'))).toContain('GSweet → Changzhou Guanghui Food Ingredients Co., Ltd. (match)');
    expect(found(row('Dongguan Oasis Shoes', 'Plimsolls + PE trainers'))).toContain('Dongguan Oasis Shoes → Dongguan Oasis Shoes Co., Ltd. (match)');
    // Without the goods, the same cells say nothing.
    expect(found(row('GSweet', 'Account closed'))).toEqual(['Supermax Corp Bhd → Supermax Corporation Bhd. (match)']);
  });

  it('does not read "lead" of "lead-acid batteries" as the goods beside a dictionary-word name', () => {
    expect(found('UFLPA list check. Tack: Camel lead rope x2')).toEqual([]);
    expect(found('UFLPA list check. Fleet: Camel 12V AGM batts x2')).toEqual(['Camel → Camel Group Co., Ltd. (match)']);
  });
});
