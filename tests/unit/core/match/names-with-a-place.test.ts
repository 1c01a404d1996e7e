/**
 * A firm named by its place and what is left of its name once descriptors are dropped ("Xinjiang
 * GCL", "dalian ocean fishing"), by its name without its place ("Pantum Electronics Co."), with a
 * description before it ("Subsidiary"), in lower case with a group's word and its goods ("smart
 * glove corp"), with its Xinjiang place spelt another way ("Hotan Taida"), and never across a
 * sentence's end ("… Xinjiang. Daqo …"): shapes the
 * hundred-and-seventeenth to hundred-and-twenty-seventh outside sets missed or misread (issue #14).
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { bundledRecords } from '../../../corpus/bundled-list';

const matcher = loadMatcher(JSON.parse(JSON.stringify(compileMatcher(bundledRecords()))));
const found = (text: string) => matcher.scan(text).map((f) => `${f.matchedText} → ${f.recordName} (${f.confidence})`);

describe('a Xinjiang place spelt from Uyghur or Mandarin', () => {
  it('is a possible match of the firm: "Hotan" for "Hetian", "Luopu" for "Lop", "Kashi" for "Kashgar"', () => {
    expect(found('Tabards from Hotan Taida Apparel Co., Ltd. were withdrawn.')).toEqual(['Hotan Taida Apparel Co., Ltd. → Hetian Taida Apparel Co., Ltd. (possible)']);
    expect(found('Wigs from Luopu County Meixin Hair Products Co., Ltd.')).toEqual(['Luopu County Meixin Hair Products Co., Ltd. → Lop County Meixin Hair Product Co. Ltd. (possible)']);
    expect(found('Kashi Construction Engineering (Group) Co., Ltd. built the park.')).toEqual(['Kashi Construction Engineering (Group) Co., Ltd. → Kashgar Construction Engineering (Group) Co., Ltd. (possible)']);
    // An alias the list gives with that spelling is the firm's own name.
    expect(found('Hair from Hotan Haolin Hair Accessories Co., Ltd.')).toEqual(['Hotan Haolin Hair Accessories Co., Ltd. → Hetian Haolin Hair Accessories Co. Ltd. (match)']);
    const why = matcher.scan('Tabards from Hotan Taida Apparel Co., Ltd.')[0]!.explanation.normalisations;
    expect(why).toContain('abbreviated-descriptor');
  });
});

describe('a place and an acronym', () => {
  it('is the listed firm with the order in its sentence; the acronym alone is the unlisted parent', () => {
    expect(found('Xinjiang GCL is on the UFLPA list.')).toEqual(['Xinjiang GCL → Xinjiang GCL New Energy Material Technology, Co. Ltd (match)']);
    expect(found('GCL is on the UFLPA list.')).toEqual([]);
    // With nothing beside it to say it is the firm, it is not reported.
    expect(found('The list influence to Xinjiang GCL is small.')).toEqual([]);
  });
});

describe('a place and two words in lower case', () => {
  it('is the listed firm with its goods or the order beside it, as a chat writes it', () => {
    expect(found('seafood update: squid rings from dalian ocean fishing via the korean trader')).toEqual([
      'dalian ocean fishing → Dalian Ocean Fishing Co., Ltd. (match)',
    ]);
    expect(found('we cant touch dalian ocean fishing, WRO on the boats')).toEqual(['dalian ocean fishing → Dalian Ocean Fishing Co., Ltd. (match)']);
    // Without either, it is a phrase.
    expect(found('we went dalian ocean fishing last summer')).toEqual([]);
  });
});

describe('a description before a name', () => {
  it('says how a table or memo ties the firm in, and is not part of a longer name', () => {
    expect(found('Subsidiary Donghai JA Solar on UFLPA list')).toEqual(['Donghai JA Solar → Donghai JA Solar Technology Co., Ltd. (match)']);
    // Another capitalised word before it still makes a longer name.
    expect(found('Jinko Donghai JA Solar on UFLPA list')).toEqual([]);
  });
});

describe('a misspelt one-word name before goods', () => {
  it('is a possible match when the goods are the firm\'s own', () => {
    expect(found('Supermx gloves from the distributor')).toEqual(['Supermx → Supermax Corporation Bhd. (possible)']);
    expect(found('Supermx drives from the distributor')).toEqual([]);
  });
});

describe('a name in lower case with a group\'s word after it', () => {
  it('is the firm with its own goods in the sentence, and a phrase without them', () => {
    expect(found('we get our nitrile gloves from smart glove corp in klang')).toEqual(['smart glove corp → Smart Glove Corporation Sdn Bhd (match)']);
    expect(found('the smart glove group looks good')).toEqual([]);
    expect(found('a camel group crossed the desert')).toEqual([]);
    // "Corporation" after two words or more is a firm's, goods or none ("the smart glove corp looks
    // good" too, as transcripts' writers label it); after one dictionary word a phrase.
    expect(found('okay and is that top glove corporation directly or through an agent')).toEqual(['top glove corporation → Top Glove Corporation Bhd (match)']);
    expect(found('they have become a giant corporation since then')).toEqual([]);
  });
});

describe('a name without its place', () => {
  it('is a possible match when it begins with the firm\'s own word and has what a short name needs beside it', () => {
    expect(found('We buy toner from Pantum Electronics Co. in Zhuhai.')).toEqual(['Pantum Electronics Co. → Zhuhai Pantum Electronics Co. Ltd. (possible)']);
    expect(found('Pantum Electronics is on the UFLPA Entity List.')).toEqual(['Pantum Electronics → Zhuhai Pantum Electronics Co. Ltd. (possible)']);
    // Beside its goods too ("printers", as sources describe the Entity List's Pantum); with nothing beside
    // it, it is not reported; nor is the unlisted parent a place's subsidiary leaves.
    expect(found('Pantum Electronics makes printers.')).toEqual(['Pantum Electronics → Zhuhai Pantum Electronics Co. Ltd. (possible)']);
    expect(found('Pantum Electronics opened an office.')).toEqual([]);
    expect(found('Daqo New Energy is on the UFLPA list.')).toEqual([]);
  });

  it('beginning with a dictionary word, is a possible match only with a legal form or the firm\'s goods beside it', () => {
    const line = 'WFA7821  | CHIP RESET KIT TONER (10)  | APEX MICROELECTRONICS CO LTD  | Printwise UK';
    expect(found(line)).toEqual(['APEX MICROELECTRONICS CO LTD → Zhuhai Apex Microelectronics Co., Ltd. (possible)']);
    expect(found('Supplier: Apex Microelectronics Co., Ltd.')).toEqual(['Apex Microelectronics Co., Ltd. → Zhuhai Apex Microelectronics Co., Ltd. (possible)']);
    // The outside sets' writers name the chip maker so, beside its chips, again and again.
    expect(found('Apex Microelectronics makes printer chips.')).toEqual(['Apex Microelectronics → Zhuhai Apex Microelectronics Co., Ltd. (possible)']);
    // Without either, "apex" is a word and the rest a trade.
    expect(found('Apex Microelectronics sponsored the school prize.')).toEqual([]);
  });

  it('left as one word no dictionary has, or as initials joined by "&", is a possible match beside the firm\'s goods', () => {
    expect(found('The desk printers in the Library are Pantum P3300 units.')).toEqual(['Pantum → Zhuhai Pantum Electronics Co. Ltd. (possible)']);
    expect(found('Compatible toner: G&G, boxed.')).toEqual(['G&G → Zhuhai G&G Digital Technology Co., Ltd. (possible)']);
    // A model's code after it is the firm's product, not a longer name; a "laser" is a printer.
    expect(found('Recently viewed\nPantum TL-5120X Toner Cartridge, Black, High Yield')).toEqual(['Pantum → Zhuhai Pantum Electronics Co. Ltd. (possible)']);
    expect(found('12 x Pantum P3300DN mono lasers for library branches.')).toEqual(['Pantum → Zhuhai Pantum Electronics Co. Ltd. (possible)']);
    expect(found('Pantum came up at the meeting.')).toEqual([]);
    // So is a short name of one word no dictionary has ("Maxter" of Maxter Glove Manufacturing),
    // unless another firm the page named has that word as its short name.
    expect(found('Sterile surgical gloves previously sourced from Maxter.')).toEqual(['Maxter → Supermax Corporation Bhd. (possible)']);
    expect(found('Maxter said nothing.')).toEqual([]);
    expect(found('Yarn from Aksu Huafu Color Spinning Co., Ltd. 1. Yarn: no Huafu lots.')).toEqual([
      'Aksu Huafu Color Spinning Co., Ltd. → Aksu Huafu Color Spinning Co., Ltd. (match)', 'Huafu → Aksu Huafu Color Spinning Co., Ltd. (match)',
    ]);
    // A table's row is one item: its goods a cell or two away; a buyer's "fridge" is a refrigerator.
    expect(found('CT-3020   Tomato paste 28-30 brix, 2.2kg tin         TIANWEI            6           21.75')).toEqual(['TIANWEI → Tianjin Tianwei Food Co., Ltd. (possible)']);
    expect(found('KA-4010   Undercounter fridge 130L                   MEILING            1          189.00')).toEqual(['MEILING → Changhong Meiling Co., Ltd. (possible)']);
    // A full name that needs its goods finds them cells away in its row too.
    expect(found('NON-FOOD (per cover)\tNitrile gloves blue, food safe, 100\tBunzl Catering\tTop Glove\tMY\t£0.04'))
      .toEqual(['Top Glove → Top Glove Corporation Bhd (match)']);
    expect(found('NON-FOOD (per cover)\tBin liners, black, heavy duty, 100\tBunzl Catering\tTop Glove\tMY\t£0.04')).toEqual([]);
    // A scan's "R0AD" is a road's name, as "ROAD" is.
    expect(found('NO.1 HUAFU R0AD, TEXTILE INDUSTRIAL CITY')).toEqual([]);
    expect(found('Older stock is still G&G branded.')).toEqual([]);
    // Not the goods word of another's name in the list before it, nor a word two listed firms' names leave.
    expect(found('Not on the list: China Cotton Association, Yinlong electric buses.')).toEqual([]);
    expect(found('Meike solar panels on the roof.')).toEqual([]);
    // In a chat's lower case, only on a page that names the orders.
    expect(found('estates bought a few pantum printers. are they on the UFLPA list?')).toEqual(['pantum → Zhuhai Pantum Electronics Co. Ltd. (possible)']);
    expect(found('estates bought a few pantum printers.')).toEqual([]);
    expect(found('we also get huafu yarn for the polos. is that on the UFLPA list?')).toEqual(['huafu → Huafu Fashion Co., Ltd. (possible)']);
  });

  it('never names the firm for the page: a later one-word short name still needs the full name', () => {
    const page = matcher.newPage();
    const scan = (text: string) => matcher.scan(text, { page }).map((f) => f.matchedText);
    expect(scan('Pantum Electronics Co. is on the UFLPA list.')).toEqual(['Pantum Electronics Co.']);
    expect(scan('Pantum said it would appeal.')).toEqual([]);
  });

  it('is never an industry\'s words: "nonferrous metals" after the firm is named in full is a phrase', () => {
    const page = matcher.newPage();
    const scan = (text: string) => matcher.scan(text, { page }).map((f) => f.matchedText);
    expect(scan('Aluminium may come from Xinjiang Nonferrous Metals Industry (Group) Co.')).toEqual(['Xinjiang Nonferrous Metals Industry (Group) Co.']);
    expect(scan('Fluctuations in the price of nonferrous metals could compound these effects.')).toEqual([]);
    expect(scan('| Xinjiang Zijin Nonferrous Metals Co., Ltd. | UFLPA Entity List | Nonferrous metals |')).toEqual(['Xinjiang Zijin Nonferrous Metals Co., Ltd.']);
  });
});

describe('a sentence ending between a place and a name', () => {
  it('does not join them into the firm ("… from Xinjiang. Daqo is …"); an abbreviation\'s stop inside a name does', () => {
    expect(found('Most poly comes from Xinjiang. Daqo is on the UFLPA list.')).toEqual([]);
    expect(found('most poly comes from xinjiang. daqo and gcl are on the uflpa list')).toEqual([]);
    expect(found('Xinjiang Daqo is on the UFLPA list.')).toEqual(['Xinjiang Daqo → Xinjiang Daqo New Energy Co., Ltd. (match)']);
    expect(found('Lien Yi Hsing No. 12 was detained under a WRO.')).toEqual(['Lien Yi Hsing No. 12 → Lien Yi Hsing No. 12 (match)']);
  });
});
