/**
 * Fishing vessels as trade journals, investigations and manifests write them (the fifth and sixth
 * outside sets, tests/corpus/fifth/ and sixth/).
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { bundledRecords } from '../../../corpus/bundled-list';

const matcher = loadMatcher(compileMatcher(bundledRecords()));
const found = (text: string) => matcher.scan(text).map((f) => `${f.matchedText} → ${f.recordName}`);

describe('a listed vessel', () => {
  it('is read with its number written with or without "No.", or after "#", its syllables apart or together', () => {
    expect(found('The longliner Lien Yi Hsing #12 was detained.')).toEqual(['Lien Yi Hsing #12 → Lien Yi Hsing No. 12']);
    expect(found('The fishing vessel Yu Long No.2 was detained.')).toEqual(['Yu Long No.2 → Yu Long No. 2']);
    expect(found('The squid jigger Zhen Fa No. 7 landed its catch.')).toEqual(['Zhen Fa No. 7 → Zhen Fa 7']);
    expect(found('The squid jigger ZHENFA 7 was detained.')).toEqual(['ZHENFA 7 → Zhen Fa 7']);
  });

  it('is believed from the page\'s earlier mention when written with its number, never without', () => {
    const table = 'The fishing vessel Yu Long No. 2 was detained after complaints reached three port authorities last year.\nVessel register\nYu Long No 2 | Taiwan | not disclosed';
    expect(found(table)).toEqual(['Yu Long No. 2 → Yu Long No. 2', 'Yu Long No 2 → Yu Long No. 2']);
    expect(found('A list of names follows.\nYu Long No 2 | Taiwan')).toEqual([]);
  });

  it('ends before the pronoun and its contractions, which begin no longer name', () => {
    expect(found("After the stories about the longliner Da Wang I'd like to know which boats catch it.")).toEqual(['Da Wang → Da Wang']);
    expect(found('After the stories about the longliner Da Wang I think we should ask.')).toEqual(['Da Wang → Da Wang']);
  });

  it('is not a firm of its name: a boat has no legal form', () => {
    expect(found('Canned tuna via Da Wang Trading Co. (Manchester), a wholesaler, from vessels such as the Da Wang.')).toEqual(['Da Wang → Da Wang']);
    expect(found('Supplier: Da Wang Co. Ltd, tuna loins')).toEqual([]);
  });

  it('is believed with a ship word further off in its sentence, or a numbered one with an order named', () => {
    const list = 'Frozen tuna was traced to longline vessels including the Da Wang, the Yu Long No.2 and the Tunago No 61, each under an order.';
    expect(found(list)).toEqual(['Da Wang → Da Wang', 'Yu Long No.2 → Yu Long No. 2', 'Tunago No 61 → Tunago No. 61']);
    expect(found('Tuna from the Tunago No 61, each subject to a US withhold release order, was sold.')).toEqual(['Tunago No 61 → Tunago No. 61']);
    expect(found('  - ZHENFA NO. 7 (a.k.a. ZHEN FA 7) (flag: China)')).toEqual(['ZHENFA NO. 7 → Zhen Fa 7', 'ZHEN FA 7 → Zhen Fa 7']);
    // Not across sentences, nor an unnumbered name with an order alone.
    expect(found('The vessels were inspected by two officers from the port authority last spring. Later, Tunago No 61 paid.')).toEqual([]);
    expect(found('The Da Wang order was issued under a withhold release order.')).toEqual([]);
  });

  it('is believed beside another listed vessel\'s numbered name in its sentence', () => {
    expect(found('Orders against the Yu Long No.2, Hangton No. 112 and Zhenfa 7 show the same pattern.')).toEqual([
      'Yu Long No.2 → Yu Long No. 2', 'Hangton No. 112 → Hangton No. 112', 'Zhenfa 7 → Zhen Fa 7',
    ]);
    // A table of vessels, one a row with the flag and order in the next cells: one row's ship word is every numbered row's.
    const table = 'Vessel / company\nFlag\nWhy\nDa Wang\nVanuatu\nCBP WRO, 2022 (longliner, tuna)\nTunago No.61\nVanuatu\nCBP finding, 2021\n'
      + 'Yu Long No.2\nTaiwan\nCBP WRO\nLIEN YI HSING NO. 12\nTaiwan\nCBP WRO\nHangton No 112\nFiji\nCBP WRO, 2021';
    expect(found(table)).toEqual([
      'Da Wang → Da Wang', 'Tunago No.61 → Tunago No. 61', 'Yu Long No.2 → Yu Long No. 2',
      'LIEN YI HSING NO. 12 → Lien Yi Hsing No. 12', 'Hangton No 112 → Hangton No. 112',
    ]);
    expect(found('Suppliers\nHangton No 112\nFiji\nOrder placed 2021')).toEqual([]);
    // A name without a number, right beside a numbered one in a list, is a boat too; a ship word may be plural.
    expect(found('Importers said the listing of the Da Wang and Tunago No.61 in earlier years changed how processors document transhipments.')).toEqual([
      'Da Wang → Da Wang', 'Tunago No.61 → Tunago No. 61',
    ]);
    // After "the", with the order in its sentence, a name without a number is the boat; not "the Da Wang family".
    expect(found('The most cited case is the Da Wang, where a WRO in 2020 was followed by a Finding.')).toEqual(['Da Wang → Da Wang']);
    expect(found('The WRO hearing heard from the Da Wang family.')).toEqual([]);
    // One alone, or beside a name with no number, is not enough.
    expect(found('Orders against the Yu Long No.2 show a pattern.')).toEqual([]);
    expect(found('Da Wang met Hangton No. 112.')).toEqual([]);
  });

  it('is read with its number after a lower-case "no."', () => {
    expect(found('Detained: F/V Zhenfa no.7 (flag: Vanuatu); Tunago no. 61 held at Suva for crew interviews.')).toEqual([
      'Zhenfa no.7 → Zhen Fa 7', 'Tunago no. 61 → Tunago No. 61',
    ]);
  });

  it('is read after "F/V" or "EX" in a line of capitals, which do not make it part of a longer name', () => {
    expect(found('030342 | FZN YELLOWFIN TUNA F/V HANGTON NO.112 | FJ')).toEqual(['HANGTON NO.112 → Hangton No. 112']);
    expect(found('transhipped ex F/V DA WANG\tfrozen tuna\tWRO (vessel)')).toEqual(['DA WANG → Da Wang']);
    expect(found('FROZEN SQUID TUBES EX ZHENFA NO 7    | CN')).toEqual(['ZHENFA NO 7 → Zhen Fa 7']);
    // Another capitalised word before it still makes a longer name.
    expect(found('FZN YELLOWFIN TUNA PACIFIC DA WANG TRADING')).toEqual([]);
    // In running prose the prefix alone says it is a boat; without it, "Da Wang" may be a person.
    expect(found('F/V Da Wang is subject to a CBP Finding.')).toEqual(['Da Wang → Da Wang']);
    expect(found('Da Wang is subject to a CBP Finding.')).toEqual([]);
  });

  it('is not another vessel of the same name with a number of its own', () => {
    expect(found('The fishing vessel Da Wang No. 8 fishes out of Kaohsiung.')).toEqual([]);
    expect(found('The fishing vessel Da Wang was detained.')).toEqual(['Da Wang → Da Wang']);
  });
});

describe('a fishing firm', () => {
  it('is read with its fleet or vessels as its goods, not with nothing about fishing', () => {
    expect(found('a processor unconnected with Chinese fleet operator Dalian Ocean Fishing, whose vessels are also covered.')).toEqual([
      'Dalian Ocean Fishing → Dalian Ocean Fishing Co., Ltd.',
    ]);
    expect(found('Dalian Ocean Fishing said nothing.')).toEqual([]);
  });
});
