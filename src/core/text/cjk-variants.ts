/**
 * Traditional → simplified pairs (and a few variant characters) for the characters that occur in
 * listed Chinese names and in CJK legal forms. Compile time only: the compiler ships just the pairs whose characters a compiled name
 * uses, so no converter reaches the page. Written pair by pair (traditional first, then simplified);
 * extend it when the list gains names with other characters.
 */
import { ideographFold, type IdeographFold } from './tokenize';

const PAIRS =
  '業业東东產产團团屬属島岛時时碩硕礦矿紡纺綠绿織织紀纪納纳騰腾華华葉叶設设貿贸責责達达銅铜鎂镁' +
  '陽阳電电飾饰髮发發发國国際际實实開开區区廠厂術术藝艺農农興兴龍龙濟济進进機机製制銀银廣广門门' +
  '聯联鋁铝總总線线紗纱絲丝衛卫鐵铁鋼钢礦矿煉炼產产環环團团結结經经營营貨货運运輸输場场莊庄號号' +
  '縣县鎮镇鄉乡灣湾馬马魚鱼漁渔糧粮資资厰厂雲云蘇苏遼辽寧宁陝陕潤润錦锦聖圣鳳凤淵渊豐丰順顺' +
  '蘭兰齊齐魯鲁閩闽贛赣滬沪紅红藍蓝勝胜強强長长業业億亿協协電电燈灯變变壓压導导體体' +
  '醫医藥药療疗' +
  // Variant characters, not traditional forms: Taiwan writes silicon 矽 where the mainland writes 硅.
  '矽硅綫线衆众爲为峯峰羣群裡里甯宁';

let table: IdeographFold | undefined;

/** Fold table from each traditional code unit to its simplified code unit (built once; do not modify). */
export function traditionalToSimplified(): IdeographFold {
  if (!table) {
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i + 1 < PAIRS.length; i += 2) pairs.push([PAIRS.charCodeAt(i), PAIRS.charCodeAt(i + 1)]);
    table = ideographFold(pairs);
  }
  return table;
}
