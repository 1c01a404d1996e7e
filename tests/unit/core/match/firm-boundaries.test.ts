/**
 * Where a listed firm's name ends and another firm's begins, and the short names a page makes good,
 * as the fresh outside pages (tests/corpus/fresh/) write them.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { bundledRecords } from '../../../corpus/bundled-list';

const matcher = loadMatcher(compileMatcher(bundledRecords()));
const found = (text: string) => matcher.scan(text).map((f) => [f.matchedText, f.recordName]);

describe('a listed name that begins another firm\'s name', () => {
  it('is not the listed firm: other words up to a legal form, or a group the listed firm is not', () => {
    expect(found('Supplier: Brightway Cleaning & Janitorial Ltd, Unit 4, Swindon')).toEqual([]);
    expect(found('Mounting: Hongyuan Solar Brackets Ltd (Leeds)')).toEqual([]);
    expect(found('L1-07 Green Prospect Facilities Ltd, Songkhla')).toEqual([]);
    // The listed firm's goods, up to another legal form, make another firm's name too.
    expect(found('Orange gloves: Green Prospect Medical Ltd, Leeds (own brand)')).toEqual([]);
    expect(found('Kuitun Jinfu Textile Co., Ltd. is listed; its sister Kuitun Jinfu Garment Co., Ltd. is not.').map(([t]) => t)).toEqual(['Kuitun Jinfu Textile Co., Ltd.']);
    expect(found('Anhui Xinya New Materials Co., Ltd. spins yarn. Declarations naming the parent Xinya Group alone say little.').map(([t]) => t)).toEqual(['Anhui Xinya New Materials Co., Ltd.']);
  });

  it('is not the listed firm before "Trading" and a legal form, a longer legal form\'s first word', () => {
    // "Ltd" alone ended the reading as if "Trading Ltd" were a legal form ("Trading Free Zone Company" is).
    expect(found('A Hong Kong trader, Kingtom Trading Ltd, said it was not affiliated.')).toEqual([]);
    expect(found('Sugar: Central Romana Trading LLC, Miami (a distributor)')).toEqual([]);
    expect(found('Kingtom Aluminio Trading Free Zone Company supplied').map(([t]) => t)).toEqual(['Kingtom Aluminio Trading Free Zone Company']);
  });

  it('is not the listed firm before two capitalised words naming another trade, even with no legal form', () => {
    expect(found('"Brightway Medical Supplies in Coventry is a local wholesaler," she said.')).toEqual([]);
    const junggar = 'Xinjiang Junggar Cotton and Linen Co., Ltd. spun the yarn. Junggar Trading Post, a market stall, sold zips.';
    expect(found(junggar).map(([t]) => t)).toEqual(['Xinjiang Junggar Cotton and Linen Co., Ltd.']);
    // A headline's capitalised words and the firm's own goods are not another firm.
    expect(found('Supermax Shares Fall After Order').map(([t]) => t)).toEqual(['Supermax']);
    // Trades of the kind buyers meet: couriers, care homes, hardware.
    expect(found('Brightway Group makes gloves. Our courier Brightway Couriers brings samples.').map(([t]) => t)).toEqual(['Brightway Group']);
    expect(found('Kingtom Aluminio S.R.L. smelts. A customer confused it with Kingtom Hardware (Foshan) Co., Ltd.').map(([t]) => t)).toEqual(['Kingtom Aluminio S.R.L.']);
    expect(found('Supermax Medical Gloves, box of 100').map(([, r]) => r)).toEqual(['Supermax Corporation Bhd.']);
    // A catalogue's product title: after the firm's goods, a colour is the product's, not another trade.
    expect(found('GL4410 SUPERMAX Nitrile Glove PF Blue S 10x100').map(([, r]) => r)).toEqual(['Supermax Corporation Bhd.']);
    expect(found('Our courier Supermax Blue Logistics brings samples.')).toEqual([]);
    // Joined by "&" to a capitalised word: another firm's longer name, unless that word is a legal form.
    expect(found('Rugs: Valley Carpet is banned. Valley Carpets & Flooring in Swindon fit our floor.').map(([t]) => t)).toEqual(['Valley Carpet']);
    expect(found('Camel Group & Co. batteries').map(([, r]) => r)).toEqual(['Camel Group Co., Ltd.']);
  });

  it('is the listed firm after an instruction that begins a note ("Add Bitland check to the spec")', () => {
    const notes = 'Hefei Bitland Info Tech Co Ltd (ODM laptops).\nAdd Bitland check to laptop spec. Ask Pantum nothing.';
    expect(found(notes).map(([t]) => t)).toEqual(['Hefei Bitland Info Tech Co Ltd', 'Bitland']);
  });

  it('is still the listed firm with its own words, its legal form misspelt, or beside the next firm in a list', () => {
    expect(found('Top Glove Sdn Bhd, Klang')).toEqual([['Top Glove Sdn Bhd', expect.stringMatching(/^Top Glove/)]]);
    expect(found('Please double-check Supermax Coporation Berhad and the rest.').map(([, r]) => r)).toEqual(['Supermax Corporation Bhd.']);
    expect(found('Ref 12: Hetian Taida Aparel Co., Ltd., gloves').map(([, r]) => r)).toEqual(['Hetian Taida Apparel Co., Ltd.']);
    expect(found('Qinghai Hide and Garment Factory, Huizhou Mink Industrial Co., Ltd.').map(([, r]) => r)).toEqual([
      'Qinghai Hide & Garment Factory', 'Huizhou Mink Industrial CO. LTD.',
    ]);
  });

  it('is read with its group\'s word or a descriptor cut as finance systems and orders cut them ("Hldgs", "Grp", "Ingr.")', () => {
    expect(found('FOOD: COFCO Sugar Hldgs Co Ltd, white sugar 25kg').map(([, r]) => r)).toEqual(['COFCO Sugar Holdings Co., Ltd.']);
    expect(found('Sweetener sachets | Changzhou Guanghui Food Ingr. Co. | 20,000').map(([, r]) => r)).toEqual(['Changzhou Guanghui Food Ingredients Co., Ltd.']);
    expect(found('SPICE: CHENGUANG BIOTECH GRP CO LTD, paprika').map(([, r]) => r)).toEqual(['Chenguang Biotech Group Co., Ltd.']);
  });

  it('is believed as a weak name with the Entity List named a few words on in its sentence', () => {
    expect(found('Hero Vast was added to the Entity List in 2024.').map(([, r]) => r)).toEqual(['Hero Vast Group']);
    expect(found('Top Glove is on the UFLPA Entity List.').map(([, r]) => r)).toEqual(['Top Glove Corporation Bhd']);
    // Not from another sentence (a name that carries its goods, "Top Glove", is read there by them).
    expect(found('Hero Vast. The Entity List is long.')).toEqual([]);
    expect(found('Top Glove said its legal entity list was long.')).toEqual([]);
  });

  it('is a brand before its maker\'s name, and the maker after "MFR" in a line of capitals', () => {
    expect(found('NITRILE GLOVES BLUE X 200 - MFR TOP GLOVE SDN BHD').map(([t]) => t)).toEqual(['TOP GLOVE SDN BHD']);
    expect(found('GLOVES LATEX FREE - LAGLOVE BRAND (LAGLOVE (M) SDN BHD)').map(([t]) => t)).toEqual(['LAGLOVE', 'LAGLOVE (M) SDN BHD']);
  });

  it('ends its legal form at a sentence that begins with "A"', () => {
    expect(found('Supplier: Top Glove Corporation Bhd. A company we use.').map(([t]) => t)).toEqual(['Top Glove Corporation Bhd.']);
    expect(found('Grower: Horticola Tom S.A. de C.V. said so.').map(([t]) => t)).toEqual(['Horticola Tom S.A. de C.V.']);
  });

  it('is still the listed firm before a place and its site ("Linglong Serbia plant"), not before another name', () => {
    const email = 'SHIPPER: LINGLONG INTERNATIONAL EUROPE D.O.O. ZRENJANIN\nSTATUS: HOLD. Carrier notes Linglong Serbia plant is under a US WRO.';
    expect(found(email).map(([t]) => t)).toEqual(['LINGLONG INTERNATIONAL EUROPE D.O.O. ZRENJANIN', 'Linglong']);
    expect(found('Giant Manufacturing Co., Ltd. makes bikes. The Giant Eagle store.').map(([t]) => t)).toEqual(['Giant Manufacturing Co., Ltd.']);
  });

  it('is still the listed firm after a word that says what it is ("Glovemaker", "Malaysian"), not after another firm\'s word', () => {
    expect(found('Glovemaker Top Glove Corporation Bhd has challenged the order.').map(([, r]) => r)).toEqual(['Top Glove Corporation Bhd']);
    expect(found('Shirtmaker Esquel Group has challenged its listing.').map(([, r]) => r)).toEqual(['Esquel Group']);
    expect(found('Malaysian Top Glove Corporation Bhd said so.').map(([, r]) => r)).toEqual(['Top Glove Corporation Bhd']);
    expect(found('Acme Top Glove Corporation Bhd said so.')).toEqual([]);
  });

  it('is the listed firm before a model line\'s name and code, not a longer name', () => {
    expect(found('4x Linglong Crosswind 225/65R17 van #14, UFLPA flag').map(([t]) => t)).toEqual(['Linglong']);
    expect(found('Tyres: Linglong Green-Max HP010 205/55 R16 91V, on the UFLPA list').map(([t]) => t)).toEqual(['Linglong']);
    // A short code is an event's or a pack's ("CAMEL TRAIL 10K", "Essential 20s").
    expect(found('GRANT - CAMEL TRAIL 10K SPONSORSHIP, UFLPA list checked')).toEqual([]);
    // A parent's name hyphened, with no model's code after it, is still another firm's.
    expect(found('Shuangliang Eco-Energy Systems makes polysilicon plant, UFLPA list checked')).toEqual([]);
  });

  it('is the listed firm where a fixed-width report\'s column begins, or after another firm\'s legal form', () => {
    const log = [
      'GRN No     Supplier                 Manufacturer             Item Description',
      'GRN0045871 Meditrade Clinical Suppl Top Glove Sdn Bhd        GLOVE EXAM NITRILE P/F BLUE MED',
      'GRN0045872 Aldwick Office Supplies  Zhuhai Pantum Electronic TONER CART BLACK TL-425H',
      'GRN0045873 Northgate Healthcare Dis Hartalega NGC Sdn Bhd    GLOVE NITRILE ORTHO STERILE',
    ].join('\n');
    expect(found(log).map(([t]) => t)).toContain('Top Glove Sdn Bhd');
    expect(found('GRN0045883 Pennant IT Solutions Ltd CAMEL GROUP CO LTD BATTERY SLA 12V').map(([t]) => t)).toEqual(['CAMEL GROUP CO LTD']);
    // Prose whose short lines agree by chance has no padded column: one word before still joins the name.
    expect(found('Acme Top Glove Corporation Bhd said so.\nAcme Top Glove went on.\nAcme Top Glove went on.')).toEqual([]);
  });
});

describe('a short name the page gave a firm, inside other firms\' names', () => {
  const page = 'Huafu Fashion Co., Ltd. ("Huafu") spins melange yarn. ';
  it('is not the firm in a longer name: another trade, a group, a place before it, a place in brackets', () => {
    for (const other of ['Not to be confused with Huafu Securities.', 'Huafu Holding Co., Ltd. controls it.',
      'Zhejiang Huafu Dyeing Technology Co., Ltd. dyes.', 'Huafu (Vietnam) Co., Ltd. sews.']) {
      // The full name and the short name it defines in brackets, nothing in the other firm's name.
      expect(found(page + other).map(([t]) => t), other).toEqual(['Huafu Fashion Co., Ltd.', 'Huafu']);
    }
    expect(found(page + 'Huafu said it would appeal.').map(([t]) => t)).toEqual(['Huafu Fashion Co., Ltd.', 'Huafu', 'Huafu']);
  });

  it('keeps a code in brackets that the listed name has', () => {
    expect(found('Gloves: Laglove (M) Sdn Bhd, Lumut').map(([t]) => t)).toEqual(['Laglove (M) Sdn Bhd']);
  });
});

describe('a listed name with its own words misspelt after it', () => {
  const read = (text: string) => matcher.scan(text).map((f) => `${f.matchedText} (${f.confidence})`);

  it('is read with the last, generic word of a long name misspelt, the others exact, as a possible match', () => {
    expect(matcher.scan('Blankets: Xinjiang Tianshan Wool Textille Co. Ltd.').map((f) => [f.matchedText, f.confidence])).toEqual([
      ['Xinjiang Tianshan Wool Textille Co. Ltd.', 'possible'],
    ]);
    expect(matcher.scan('Uniforms: Natchi Aparel (P) Ltd, Tiruppur').map((f) => f.confidence)).toEqual(['possible']);
  });

  it('is the whole name, a possible match: a misspelling is a prompt to check', () => {
    expect(read('Please double-check Supermax Coporation Berhad and the rest.')).toEqual(['Supermax Coporation Berhad (possible)']);
    expect(read('Gloves: Supermax Corporaton Bhd, Klang')).toEqual(['Supermax Corporaton Bhd (possible)']);
    expect(read('Ref 12: Hetian Taida Aparel Co., Ltd., gloves')).toEqual(['Hetian Taida Aparel Co., Ltd. (possible)']);
    // After the listed legal form too; and a misspelling that is also a near miss of another name's word ("Cooperation").
    expect(read('Tender: Supermax Corporation Berhard, Klang.')).toEqual(['Supermax Corporation Berhard (possible)']);
    expect(read('Gloves: Supermax Corperation Bhd, Klang')).toEqual(['Supermax Corperation Bhd (possible)']);
  });

  it('is not stretched over a real word, nor over a word the names use elsewhere', () => {
    // "Silicone" is a word, not a misspelt "Silicon"; "Shares" is a word of a legal form.
    expect(read('Supermax Shares Fall After Order')).toEqual(['Supermax (match)']);
    expect(read('Hoshine Silicon Industry Co. Ltd. sells. Later Hoshine Silicone Industry shipped it.')).toEqual([
      'Hoshine Silicon Industry Co. Ltd. (match)', 'Hoshine (match)',
    ]);
  });
});

describe('names in a buyer\'s notes', () => {
  it('reads a firm written in lower case with its legal form, not a lower-case phrase without one', () => {
    expect(found('- batteries: camel group co ltd per spec sheet').map(([t]) => t)).toEqual(['camel group co ltd']);
    expect(found('- gloves via Allclean = top glove corp bhd').map(([t]) => t)).toEqual(['top glove corp bhd']);
    expect(found('- ask about the top glove co policy')).toEqual([]);
    // One legal form that is no English word is enough; an acronym with a firm's legal form too.
    expect(found('also casual wear apparel llc in jordan').map(([, r]) => r)).toEqual(['Casual Wear Apparel L.L.C.']);
    expect(found('the fgv holdings bhd line was real though').map(([, r]) => r)).toEqual(['FGV Holdings Berhad']);
    expect(found('no more casual wear in the spec, fgv said')).toEqual([]);
    // A transcript's line without capitals: dictionary words and a legal form that ends the phrase.
    expect(found('[00:02:02] AGENT: the actual factory is uh needle craft limited in jordan').map(([, r]) => r)).toEqual(['Needle Craft Ltd']);
    expect(found('[00:02:02] AGENT: that bag is a needle craft limited edition')).toEqual([]);
    expect(found("[00:02:02] AGENT: my mum's needle craft group makes the book bags")).toEqual([]);
    // Shirts and polos are an apparel firm's goods, as its group's word in lower case needs.
    expect(found('[00:03:02] CALLER: good. and the shirts from esquel group, you still do those').map(([, r]) => r)).toEqual(['Esquel Group']);
    expect(found('[00:03:02] CALLER: good. and the vans from esquel group, you still do those')).toEqual([]);
    // A chat's lower-case "entity list" names the order as its capitals do, for a name and its group's word.
    expect(found('camel group is on that same entity list fwiw').map(([, r]) => r)).toEqual(['Camel Group Co., Ltd.']);
    expect(found('a camel group walked past the tent')).toEqual([]);
  });

  it('reads a full name of three common words or more in lower case when one is no English word', () => {
    expect(found('[14:16] there are two hair firms: hotan haolin hair accessories and others').map(([, r]) => r)).toEqual([
      'Hetian Haolin Hair Accessories Co. Ltd.',
    ]);
    expect(found('[14:17] linglong international europe makes the tyres').map(([t]) => t)).toEqual(['linglong international europe']);
    // Dictionary words only stay a phrase: "casual wear apparel" is what a shop sells.
    expect(found('we sell casual wear apparel for staff')).toEqual([]);
  });

  it('reads a short name of two words in lower case only after the page named the firm in full', () => {
    const chat = 'Modules from Donghai JA Solar Technology Co., Ltd. arrived.\n[10:02] sam: did donghai ja solar confirm?';
    expect(found(chat).map(([t]) => t)).toEqual(['Donghai JA Solar Technology Co., Ltd.', 'donghai ja solar']);
    expect(found('[10:02] sam: did donghai ja solar confirm?')).toEqual([]);
    // Dictionary words in lower case stay a phrase, whatever the page named.
    expect(found('Top Glove Corporation Bhd makes gloves. we like the top glove range.').map(([t]) => t)).toEqual(['Top Glove Corporation Bhd']);
  });

  it('reads an acronym before a word about the order as the firm, not as a longer name', () => {
    const notes = '- mill list names FGV Holdings Bhd mills\n- FGV WRO still active?? I think yes (2020).';
    expect(found(notes).map(([t]) => t)).toEqual(['FGV Holdings Bhd', 'FGV']);
  });
});

describe('short names a page makes good', () => {
  it('reads the initials a name begins with after the full name, never alone nor those of an unlisted firm', () => {
    const matrix = 'WRP Asia Pacific Sdn Bhd (Sepang): PASS*\n*WRO on WRP was revoked in 2022 per bidder.';
    expect(found(matrix).map(([t]) => t)).toEqual(['WRP Asia Pacific Sdn Bhd', 'WRP']);
    expect(found('*WRO on WRP was revoked in 2022 per bidder.')).toEqual([]);
    // After a leading "The", with only descriptors after it: "TNN" for "The TNN Development Limited".
    const transcript = 'Members raised TNN Development Limited. A company like TNN can close and reopen.';
    expect(found(transcript).map(([t]) => t)).toEqual(['TNN Development Limited', 'TNN']);
    // "GCL" begins the unlisted parent's name too (GCL Technology Holdings), "COFCO" the state group's.
    const solar = 'Polysilicon: Xinjiang GCL New Energy Material Technology Co. Ltd. Later GCL said it had moved.';
    expect(found(solar).map(([t]) => t)).toEqual(['Xinjiang GCL New Energy Material Technology Co. Ltd.']);
    expect(found('Sugar from COFCO Sugar Holdings Co., Ltd. is listed; COFCO itself is not.').map(([t]) => t)).toEqual(['COFCO Sugar Holdings Co., Ltd.']);
  });

  it('reads two words the list joins with a hyphen after the full name ("Pu-Tech"), never alone', () => {
    const qa = 'Our parts supplier Zhuhai Pu-Tech Industrial Co. Ltd ("Pu-Tech") makes drums. We understand Pu-Tech is now restricted.';
    expect(found(qa).map(([t]) => t)).toEqual(['Zhuhai Pu-Tech Industrial Co. Ltd', 'Pu-Tech', 'Pu-Tech']);
    expect(found('We understand Pu-Tech is now restricted.')).toEqual([]);
  });

  it('reads its place and a common word of its name after the full name, never alone', () => {
    const audit = 'Site 4: Dongguan Oasis Shoes Co., Ltd.\n3.4 Dongguan Oasis was added to the Entity List in 2024.';
    expect(found(audit).map(([t]) => t)).toEqual(['Dongguan Oasis Shoes Co., Ltd.', 'Dongguan Oasis']);
    expect(found('3.4 Dongguan Oasis hotel was full.')).toEqual([]);
  });

  it('reads the longest term over a place that begins it: the firm, not the region', () => {
    const text = 'Blankets: Xinjiang Tianshan Wool Textile Co. Ltd.\nLater, blankets use wool from Xinjiang Tianshan Wool and yarn from Aksu.';
    // "Yarn from Aksu" is goods from a Xinjiang city: the region presumption, not a firm.
    expect(found(text).map(([t, name]) => (name!.includes('UFLPA presumption') ? `${t} (region)` : t)))
      .toEqual(['Xinjiang Tianshan Wool Textile Co. Ltd.', 'Xinjiang Tianshan Wool', 'Aksu (region)']);
  });

  it('reads a term the page defined, even where an unlisted parent\'s name begins it', () => {
    const text = 'Xinjiang East Hope Nonferrous Metals Co., Ltd. ("East Hope Xinjiang") produces aluminium. East Hope Xinjiang is one subsidiary.';
    expect(found(text).map(([t]) => t)).toEqual(['Xinjiang East Hope Nonferrous Metals Co., Ltd.', 'East Hope Xinjiang', 'East Hope Xinjiang']);
  });

  it('reads letters joined by an ampersand as the firm\'s short name after its full name ("G&G")', () => {
    expect(found('Chips: Zhuhai G&G Digital Technology Co., Ltd. Older stock is still G&G branded.').map(([t]) => t))
      .toEqual(['Zhuhai G&G Digital Technology Co., Ltd.', 'G&G']);
    expect(found('Older stock is still G&G branded.')).toEqual([]);
  });

  it('reads a dictionary word with what the firm does after the full name, not the word alone', () => {
    const text = 'Chips: Zhuhai Apex Microelectronics Co., Ltd. Cartridges may hold chips from Apex Microelectronics. Apex said nothing.';
    expect(found(text).map(([t]) => t)).toEqual(['Zhuhai Apex Microelectronics Co., Ltd.', 'Apex Microelectronics']);
    expect(found('Cartridges may hold parts from Apex Microelectronics.')).toEqual([]);
  });

  it('reads a place and what the firm does after the full name, never before it nor a place alone', () => {
    expect(found('Dalian Ocean said nothing.')).toEqual([]);
    expect(found('Dalian Ocean Fishing Co., Ltd. owns the boats. Dalian Ocean said nothing.').map(([t]) => t)).toEqual(['Dalian Ocean Fishing Co., Ltd.', 'Dalian Ocean']);
    expect(found('Lop County Hair Product Industrial Park makes wigs. Lop County is in Xinjiang.').map(([t]) => t)).toEqual(['Lop County Hair Product Industrial Park']);
  });

  it('reads the name with its place written after the rest, and says so', () => {
    const moved = matcher.scan('Card 3: Inkpoint Ltd. Manufacturer partners: PANTUM ELECTRONICS (ZHUHAI); Brother.');
    expect(moved.map((f) => [f.matchedText, f.recordName, f.explanation.normalisations.includes('place-moved')])).toEqual([
      ['PANTUM ELECTRONICS (ZHUHAI)', 'Zhuhai Pantum Electronics Co. Ltd.', true],
    ]);
    expect(found('Chips from Apex Microelectronics, Zhuhai, arrived.')).toEqual([['Apex Microelectronics, Zhuhai', 'Zhuhai Apex Microelectronics Co., Ltd.']]);
    // One word of its own before the place, after the full name only.
    expect(found('Polysilicon from Xinjiang Daqo New Energy Co., Ltd. Is Daqo Xinjiang listed?').map(([t]) => t))
      .toEqual(['Xinjiang Daqo New Energy Co., Ltd.', 'Daqo Xinjiang']);
    expect(found('Is Daqo Xinjiang listed?')).toEqual([]);
    // With a descriptor dropped too it is a short name: read after the full name only.
    expect(found('Panels from JA Solar (Donghai) arrived.')).toEqual([]);
    expect(found('Modules: Donghai JA Solar Technology Co., Ltd. Panels from JA Solar (Donghai) arrived.').map(([t]) => t))
      .toEqual(['Donghai JA Solar Technology Co., Ltd.', 'JA Solar (Donghai)']);
  });

  it('reads a prefix written with a hyphen as the listed word ("Non-ferrous" for "Nonferrous")', () => {
    expect(found('Zinc from Xinjiang Zijin Non-Ferrous Metals Co., Ltd.').map(([, r]) => r)).toEqual(['Xinjiang Zijin Nonferrous Metals Co., Ltd.']);
  });

  it('reads descriptors spelt the British way or shortened as the listed ones', () => {
    expect(found('Yarn from Aksu Huafu Colour Spinning Co., Ltd., Aksu').map(([, r]) => r)).toEqual(['Aksu Huafu Color Spinning Co., Ltd.']);
    expect(found('Peeled garlic: Hongchang Fruit & Veg Products Co., Ltd.').map(([, r]) => r)).toEqual(['Hongchang Fruits & Vegetable Products Co., Ltd.']);
    // A listed subsidiary of Smart Glove, "GX3 Specialty Plant".
    expect(found('Nitrile from the GX3 Speciality Plant in Ipoh')).toEqual([['GX3 Speciality Plant', 'Smart Glove Corporation Sdn Bhd']]);
  });

  it('drops "&" between descriptors: "Hongchang" after "Hongchang Fruits & Vegetable Products"', () => {
    expect(found('Hongchang Fruits & Vegetable Products Co., Ltd. peels garlic. Hongchang said so.').map(([t]) => t)).toEqual(['Hongchang Fruits & Vegetable Products Co., Ltd.', 'Hongchang']);
  });
});

describe('a weak name in a list beside a listed firm named in full', () => {
  it('is that firm when both make the same goods, the list joined only by commas, "and" or a year', () => {
    const news = 'Then Supermax Corporation in 2021, Smart Glove, YTY Industry Holdings.';
    expect(found(news)).toEqual([
      ['Supermax Corporation', 'Supermax Corporation Bhd.'], ['Smart Glove', 'Smart Glove Corporation Sdn Bhd'], ['YTY Industry Holdings', 'YTY Industry Holdings Sdn Bhd'],
    ]);
    const why = matcher.scan('We buy Supermax Corporation Bhd and Smart Glove products.')[1]!.explanation.context;
    expect(why).toEqual([{ kind: 'beside', text: 'Supermax Corporation Bhd' }]);
  });

  it('is the firm beside any listed firm written with its legal form when its own name is two specific words', () => {
    const blog = 'plus electronics names such as JWD Technology, Geehy Semiconductor Co Ltd and the graphite firm Tanyuan Technology Co., Ltd.';
    expect(found(blog).map(([t]) => t)).toEqual(['JWD Technology', 'Geehy Semiconductor Co Ltd', 'Tanyuan Technology Co., Ltd.']);
    expect(found('plus electronics names such as jwd technology and others.')).toEqual([]);
  });

  it('is not the firm beside one with other goods, or further off in the sentence', () => {
    expect(found('Supermax Corporation Bhd and Apex supplied the office.').map(([t]) => t)).toEqual(['Supermax Corporation Bhd']);
    expect(found('Supermax Corporation Bhd was named, which a smart glove buyer noted.').map(([t]) => t)).toEqual(['Supermax Corporation Bhd']);
    expect(found('Supermax Corporation Bhd said that Smart Glove was unrelated.').map(([t]) => t)).toEqual(['Supermax Corporation Bhd']);
  });
});

describe('a name listed as an acronym and a trade', () => {
  // The Entity List's own short names, "Hongyuan Green Energy Co., Ltd. (HY Solar)": missed without an
  // order beside them by eight outside sets before the hundred-and-thirty-first.
  it('is the firm written as listed, with no order or goods beside it', () => {
    expect(found('Question: Is this panel made by HY Solar? My neighbour said')).toEqual([['HY Solar', 'Hongyuan Green Energy Co., Ltd.']]);
    expect(found('docks: JWD TECHNOLOGY; microcontrollers: see list')).toEqual([['JWD TECHNOLOGY', 'Sichuan Jingweida Technology Group Co., Ltd.']]);
    expect(found('Batch codes traced to TG Medical. Distributor asked for evidence.')).toEqual([['TG Medical', 'Top Glove Sdn Bhd']]);
  });

  it('needs support in lower case, before another trade, or cut from a group\'s name', () => {
    expect(found('we met hy solar and jwd technology today')).toEqual([]);
    expect(found('AKA JWD Technology Partners in Leeds')).toEqual([]);
    // "COFCO Sugar" is COFCO Sugar Holdings without its group's word: a short name, weak as before.
    expect(found('Minutes: COFCO Sugar joined the call.')).toEqual([]);
  });

  it('names its firm for the page, so its acronym later is the firm', () => {
    const page = matcher.newPage();
    const scan = (text: string) => matcher.scan(text, { page }).map((f) => f.matchedText);
    expect(scan('Check JWD Technology for PCB assembly.')).toEqual(['JWD Technology']);
    expect(scan('JWD confirmed the boards.')).toEqual(['JWD']);
  });
});
