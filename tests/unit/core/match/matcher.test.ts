import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { blankRecord } from '../../../../src/core/list/make-list';
import type { ListRecord } from '../../../../src/core/record';
import { bundledRecords } from '../../../corpus/bundled-list';
import { english } from '../../../../src/cli/english';
import { explanationMessage } from '../../../../src/core/match/explain';

const records = bundledRecords();
const matcher = loadMatcher(JSON.parse(JSON.stringify(compileMatcher(records))));
const scan = (text: string) => matcher.scan(text);
const names = (text: string) => scan(text).map((f) => f.recordName);

function record(partial: Partial<ListRecord> & Pick<ListRecord, 'id' | 'name'>): ListRecord {
  return { ...blankRecord(partial.id, 'uflpa', partial.name), status: 'active', ...partial };
}

describe('matcher: names as pages write them', () => {
  it('finds legal-suffix and casing variants with UTF-16 offsets into the text', () => {
    const text = 'Gloves from SUPERMAX CORPORATION BERHAD arrived.';
    const [f] = scan(text);
    expect(f?.recordName).toBe('Supermax Corporation Bhd.');
    expect(text.slice(f!.start, f!.end)).toBe('SUPERMAX CORPORATION BERHAD');
    expect(f?.confidence).toBe('match');
    expect(f?.explanation.normalisations).toContain('case');
  });

  it('maps a subsidiary to its listed record and says so', () => {
    const [f] = scan('Supplier: Maxter Glove Manufacturing Sdn. Bhd., Klang');
    expect(f?.recordName).toBe('Supermax Corporation Bhd.');
    expect(f?.explanation.role).toBe('subsidiary');
    expect(english(explanationMessage(f!.explanation))).toMatch(/^Match: “Maxter Glove Manufacturing Sdn\. Bhd\.”, a subsidiary listed under Supermax/);
    expect(f?.matchedText).toBe('Maxter Glove Manufacturing Sdn. Bhd.');
  });

  it('reads words written together and full-width forms', () => {
    expect(names('TopGlove nitrile gloves')).toEqual(['Top Glove Corporation Bhd']);
    expect(names('Ｔｏｐ　Ｇｌｏｖｅ　Ｃｏｒｐ. Ｂｈｄ.')).toHaveLength(1);
  });

  it('keeps a name split by inline markup whole (text already extracted)', () => {
    const [f] = scan('Top Glove Corp. supplies gloves');
    expect(f?.matchedText).toBe('Top Glove Corp.');
  });

  it('matches diacritics, ampersands and stacked legal forms', () => {
    expect(names('Hortícola Tom, S.A. de C.V.')).toEqual(['Horticola Tom S.A. de C.V.']);
    expect(names('Hongchang Fruits and Vegetable Products Co.,Ltd')).toEqual(['Hongchang Fruits & Vegetable Products Co., Ltd.']);
    // The list's own other spelling in brackets ("Xingsheng (or Xinsheng)"), read in full only.
    expect(names('Wellington boots: Shenyang Xinsheng Rubber Plant')).toEqual(['Shenyang New Life Rubber Factory']);
    expect(names('Wuling Machinery Works made the hoists')).toEqual(['Wulin (or Wuling) Machinery Works']);
    expect(names('A CBP order on hoists from Wulin Machinery Works. Not the Wuling that makes the little EV vans.')).toEqual(['Wulin (or Wuling) Machinery Works']);
    // A bank's letter of credit abbreviates Corporation to "Corpn".
    expect(names('LC beneficiary SUPERMAX CORPN BHD, nitrile gloves')).toEqual(['Supermax Corporation Bhd.']);
    const [camel] = scan('Camel Group Co., Ltd. batteries');
    expect(camel?.explanation.context).toContainEqual({ kind: 'legal form', text: 'Group Co., Ltd.' });
    expect(english(explanationMessage(camel!.explanation))).toMatch(/supported by legal form “Group Co., Ltd.”/);
  });

  it('reads a legal form on the next line where a paragraph wraps, not after a cell or a short line', () => {
    // The hundred-and-thirty-third outside set's committee transcript wraps "COFCO Sugar⏎Holdings".
    const hansard = 'The large processor was COFCO Tunhe, now COFCO Sugar\nHoldings. Its state-owned parent is not listed.';
    expect(scan(hansard).map((f) => f.matchedText)).toEqual(['COFCO Sugar\nHoldings']);
    expect(names('Vendor 4471:\tCOFCO Sugar\nHoldings: see annex')).toEqual([]);
    expect(names('Lot 3\nCOFCO Sugar\nHoldings')).toEqual([]);
    // Nor across a blank line, a paragraph's end.
    expect(names('The large processor was COFCO Tunhe, now COFCO Sugar\n\nHoldings: a list of them follows.')).toEqual([]);
  });

  it('finds Chinese-script names in both scripts, without word boundaries', () => {
    const simplified = scan('据报道新疆中泰化工有限公司和新疆东方希望有色金属有限公司被列入清单');
    expect(simplified.map((f) => f.recordName)).toEqual([
      'Xinjiang Zhongtai Chemical Co. Ltd.',
      'Xinjiang East Hope Nonferrous Metals Co., Ltd.',
    ]);
    const traditional = scan('東莞綠洲鞋業有限公司');
    expect(traditional[0]?.recordName).toBe('Dongguan Oasis Shoes Co., Ltd.');
    expect(scan('东莞绿洲鞋业有限公司')[0]?.explanation.normalisations).not.toContain('ideographs');
    expect(scan('东莞绿洲鞋业有限公司')[0]?.recordName).toBe('Dongguan Oasis Shoes Co., Ltd.');
    expect(names('合盛硅业多晶硅')).toHaveLength(1);
  });
});

describe('matcher: decisions from context', () => {
  it('needs support for names made of common words', () => {
    expect(names('top glove picks for winter')).toEqual([]);
    expect(names('Top Glove Picks For Winter')).toEqual([]);
    expect(names('Top Glove Corp Bhd')).toEqual(['Top Glove Corporation Bhd']);
    expect(names('Top Glove nitrile examination gloves')).toEqual(['Top Glove Corporation Bhd']);
    expect(names('Camel cigarettes')).toEqual([]);
    // Nor the tobacco brand on a page that named the battery maker (the hundred-and-thirty-sixth outside set).
    const newsletter = 'Lead-acid batteries from Camel Group Co., Ltd. are on the UFLPA Entity List. Leaf from Malawi ends up in brands like Camel and in hand-rolling tobacco.';
    expect(scan(newsletter).map((f) => f.matchedText)).toEqual(['Camel Group Co., Ltd.', 'Malawi']);
    expect(names('Giant Eagle supermarket')).toEqual([]);
    expect(names('Giant bicycles')).toEqual(['Giant Manufacturing Co., Ltd.']);
    expect(names('Shandong Linglong Tyre sells tyres')).toEqual([]);
    expect(names('Linglong tires made in Zrenjanin')).toEqual(['Linglong International Europe D.O.O. Zrenjanin']);
  });

  it('needs support for bare acronyms', () => {
    expect(names('FGV said today')).toEqual([]);
    expect(names('FGV Holdings Berhad said that FGV would appeal.')).toEqual(['FGV Holdings Berhad', 'FGV Holdings Berhad']);
    expect(names('FGV crude palm oil')).toEqual(['FGV Holdings Berhad']);
    expect(names('the SDP (Social Democratic Party) won; palm oil fell')).toEqual([]);
    expect(names('XPCC cotton')).toEqual(['Xinjiang Production and Construction Corporation (XPCC)']);
    expect(names('fgv palm oil')).toEqual([]);
  });

  it('fires region orders only with their products nearby', () => {
    expect(names('Xinjiang lamb skewers')).toEqual([]);
    expect(names('Xinjiang cotton')).toEqual(['Xinjiang Uyghur Autonomous Region (XUAR)']);
    expect(names('tomato paste made in Xinjiang')).toEqual(['Xinjiang Uyghur Autonomous Region (XUAR)']);
    expect(names('Malawi tobacco leaf')).toHaveLength(1);
  });

  it('prefers the company over the region inside its name', () => {
    expect(names('Xinjiang Junggar Cotton and Linen Co., Ltd.')).toEqual(['Xinjiang Junggar Cotton and Linen Co., Ltd.']);
  });

  it('does not take look-alike brands for listed companies', () => {
    expect(names('Super-Max razor blades')).toEqual([]);
    expect(names('Supermax razor blades twin pack')).toEqual([]);
    expect(names('Supermax gloves')).toEqual(['Supermax Corporation Bhd.']);
    expect(names('We stayed at the Ninestar Hotel')).toEqual([]);
  });

  it('tolerates typos of long distinctive tokens only, as possible matches', () => {
    for (const text of ['Brigthway Holdings Sdn Bhd', 'Heibei Tomato Industry Co., Ltd.', 'Xingjang Zhongtai Chemical Co.']) {
      const [f] = scan(text);
      expect(f?.confidence, text).toBe('possible');
      expect(f!.score).toBeLessThan(0.7);
      expect(f?.explanation.normalisations.join(' ')).toMatch(/spelling/);
    }
    expect(names('our office in Central Romania')).toEqual([]);
    expect(names('Kingston upon Thames')).toEqual([]);
    expect(names('Superman comics')).toEqual([]);
  });

  it('never matches removed aliases', () => {
    expect(names('Xinjiang Nonferrous')).toEqual([]);
    const own = compileMatcher([record({ id: 'x', name: 'Alpha Widget Co., Ltd.', aliases: ['Betamax Widgets'], removedAliases: ['Betamax Widgets'] })]);
    expect(loadMatcher(own).scan('Betamax Widgets Ltd')).toEqual([]);
    expect(loadMatcher(own).scan('Alpha Widget Co., Ltd.')).toHaveLength(1);
  });

  it('names other records the same mention maps to', () => {
    const [f] = scan('Top Glove Corporation Bhd');
    expect(f?.relatedRecordIds?.length).toBeGreaterThan(0);
  });

  it('explains every finding', () => {
    for (const f of scan('Hoshine Silicon Industry Co., Ltd. and TopGlove and FGV Holdings Bhd (FGV) and Xinjiang cotton')) {
      // Worded from the English messages, every key found (a missing one would show as the bare key).
      expect(english(explanationMessage(f.explanation))).toMatch(/^(Possible match|Match): [^$]{10,}\.$/);
      expect(english(explanationMessage(f.explanation))).not.toMatch(/\b(explain|norm|support|list)[A-Z]\w+/);
      expect(f.explanation.matchedName.length).toBeGreaterThan(0);
      expect(f.score).toBeGreaterThan(0);
      expect(f.score).toBeLessThanOrEqual(1);
    }
  });

  it('reads a whole supplier field as a name when asked (CSV cells, form fields)', () => {
    expect(names('Top Glove')).toEqual([]);
    expect(matcher.scan('Top Glove', { nameField: true }).map((f) => f.recordName)).toEqual(['Top Glove Corporation Bhd']);
    expect(matcher.scan('FGV', { nameField: true })[0]?.explanation.context).toEqual([{ kind: 'field' }]);
    // Only when the name fills the field.
    expect(matcher.scan('Top Glove picks', { nameField: true })).toEqual([]);
  });

  it('gives the same answers when scanning again, long texts then short ones', () => {
    const long = 'Filler words here. '.repeat(5000) + 'Brigthway Holdings Sdn Bhd and Hoshine';
    const first = scan(long);
    expect(scan(long)).toEqual(first);
    expect(first.map((f) => f.confidence)).toEqual(['possible', 'match']);
    const short = scan('Hoshine');
    expect(short.map((f) => [f.start, f.end])).toEqual([[0, 7]]);
  });

  it('returns nothing for empty or name-free text', () => {
    expect(scan('')).toEqual([]);
    expect(scan('   \n\t ')).toEqual([]);
    expect(scan('The quick brown fox jumps over the lazy dog.')).toEqual([]);
  });
});

describe('compileMatcher', () => {
  it('produces a JSON payload that round-trips', () => {
    const payload = compileMatcher(records);
    const json = JSON.stringify(payload);
    expect(JSON.parse(json)).toEqual(payload);
    console.log(`payload for ${records.length} records: ${(json.length / 1024).toFixed(1)} KiB`);
  });

  it('compiles an empty list to a matcher that finds nothing', () => {
    expect(loadMatcher(compileMatcher([])).scan('Top Glove Corp Bhd')).toEqual([]);
  });
});
