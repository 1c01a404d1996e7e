/**
 * The UFLPA region presumption: any goods made in the Xinjiang Uyghur Autonomous Region, found where
 * the text gives the region (or one of its cities) as where goods come from, and not where the place
 * is only named (a headline, a menu, people).
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { bundledRecords } from '../../../corpus/bundled-list';
import { english } from '../../../../src/cli/english';
import { explanationMessage } from '../../../../src/core/match/explain';

const matcher = loadMatcher(compileMatcher(bundledRecords()));
const PRESUMPTION = 'uflpa-region-xinjiang-presumption';
const XUAR_ORDER = 'cbp-wro-2021-01-13-xinjiang-uyghur-autonomous-region-xuar';
const found = (text: string) => matcher.scan(text).filter((f) => f.kind === 'region').map((f) => [f.matchedText, f.recordId]);

describe('UFLPA region presumption', () => {
  it('is found where goods are said to come from the region or its cities, whatever the goods', () => {
    expect(found('Polysilicon sourced from Xinjiang.')).toEqual([['Xinjiang', PRESUMPTION]]);
    expect(found('Solar cells made in Urumqi by a contract manufacturer.')).toEqual([['Urumqi', PRESUMPTION]]);
    expect(found('Country of origin: Xinjiang')).toEqual([['Xinjiang', PRESUMPTION]]);
    expect(found('Our Xinjiang-based mill ships weekly.')).toEqual([['Xinjiang', PRESUMPTION]]);
    expect(found('Factory: 18 Beiting Road, Shihezi, China')).toEqual([['Shihezi', PRESUMPTION]]);
    expect(found('多晶硅产于新疆')).toEqual([['新疆', PRESUMPTION]]);
    expect(found('产地：新疆')).toEqual([['新疆', PRESUMPTION]]);
    expect(found('Aluminium smelted in 新疆')).toEqual([['新疆', PRESUMPTION]]);
  });

  it('is found where goods are said to come from the place, or to be traced to it', () => {
    expect(found('Customs records suggest part of the polysilicon came from Xinjiang via a trader.')).toEqual([['Xinjiang', PRESUMPTION]]);
    expect(found('No product containing inputs from the Xinjiang Uyghur Autonomous Region will be installed.'))
      .toEqual([['Xinjiang Uyghur Autonomous Region', PRESUMPTION]]);
    expect(found('Why does so much polysilicon trace back to Xinjiang?')).toEqual([['Xinjiang', PRESUMPTION]]);
    const [f] = matcher.scan('Aluminium billet from Xinjiang, per the mill certificate.');
    expect(f?.explanation.context).toEqual([{ kind: 'origin', how: 'words', text: 'Aluminium billet from' }]);
  });

  it('is not found where "from" has no goods before it, or the goods are in another clause or begin a firm name', () => {
    expect(found('A delegation from Xinjiang visited the trade fair.')).toEqual([]);
    expect(found('We stock polysilicon wafers. Our engineer is from Xinjiang.')).toEqual([]);
    expect(found('Hair extensions from Hetian Haolin Hair Accessories.').map(([, id]) => id)).not.toContain(PRESUMPTION);
  });

  it('is found where a Chinese product name begins with the place its goods come from', () => {
    expect(found('库尔勒香梨 4.5公斤礼盒')).toEqual([['库尔勒', PRESUMPTION]]);
    expect(found('和田大枣 20 x 500g')).toEqual([['和田', PRESUMPTION]]);
    expect(found('吐鲁番绿葡萄干')).toEqual([['吐鲁番', PRESUMPTION]]);
    expect(found('新疆长绒棉 精梳纱')).toEqual([['新疆', PRESUMPTION]]);
    expect(found('新疆多晶硅')).toEqual([['新疆', PRESUMPTION]]);
    const [f] = matcher.scan('和田大枣');
    expect(f?.explanation.context).toEqual([{ kind: 'origin', how: 'words', text: '和田大枣' }]);
  });

  it('is not found in a Chinese dish, a melon variety, a street, a government or a city alone', () => {
    expect(found('新疆大盘鸡 套餐')).toEqual([]);
    expect(found('哈密瓜 当季')).toEqual([]);
    expect(found('上海市和田路88号')).toEqual([]);
    expect(found('新疆维吾尔自治区人民政府')).toEqual([]);
    expect(found('乌鲁木齐市')).toEqual([]);
  });

  it('explains itself by the origin it was given', () => {
    const [f] = matcher.scan('Polysilicon sourced from Xinjiang.');
    expect(f?.explanation.context).toEqual([{ kind: 'origin', how: 'words', text: 'sourced from' }]);
    expect(english(explanationMessage(f!.explanation))).toMatch(/^Match: “Xinjiang”, an alias of .*\(UFLPA presumption\); supported by origin given \(“sourced from”\)\.$/);
  });

  it('is not found where the place says nothing about goods', () => {
    expect(found('Try the Xinjiang lamb skewers at the Silk Road restaurant.')).toEqual([]);
    expect(found('UN report on Xinjiang finds serious abuses.')).toEqual([]);
    expect(found('Hami melons are in season.')).toEqual([]);
    expect(found('Workers were transferred from southern Xinjiang to factories elsewhere.')).toEqual([]);
    // An origin word in the sentence before says nothing about this one.
    expect(found('Our partner mines lithium. Xinjiang Airlines flew the team.')).toEqual([]);
    expect(found('Ore from the mine. Xinjiang is the province.')).toEqual([]);
  });

  it('leaves a product the older CBP order names to that order (cotton, tomatoes)', () => {
    expect(found('Long staple cotton from Xinjiang.')).toEqual([['Xinjiang', XUAR_ORDER]]);
    expect(found('Tomato paste produced in Xinjiang.')).toEqual([['Xinjiang', XUAR_ORDER]]);
  });

  it('never borrows a product word from another line', () => {
    // "tomato" on the next line must not explain a mention of polysilicon's origin.
    const [f] = matcher.scan('Polysilicon, origin Xinjiang.\nTomato paste, origin Italy.').filter((x) => x.kind === 'region');
    expect(f?.recordId).toBe(PRESUMPTION);
    expect(JSON.stringify(f?.explanation.context)).not.toContain('omato');
    expect(found('Cotton yarn, 40s.\nPlace: Xinjiang')).toEqual([]);
  });

  it('stays inside a listed company named after a city', () => {
    expect(matcher.scan('Woven shirts made by Changji Esquel Textile Co., Ltd.').map((f) => f.recordName)).toEqual(['Changji Esquel Textile Co., Ltd.']);
  });
});
