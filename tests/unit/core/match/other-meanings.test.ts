/**
 * A short name or acronym the page says means something else, as the third and fourth outside sets
 * write it (tests/corpus/third/, tests/corpus/fourth/).
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { spelledOutAsOther, toldApart } from '../../../../src/core/match/other-meanings';
import { bundledRecords } from '../../../corpus/bundled-list';

const matcher = loadMatcher(compileMatcher(bundledRecords()));
const found = (text: string) => matcher.scan(text).map((f) => f.matchedText);
const at = (text: string, term: string, from = 0): [string, number, number] => {
  const i = text.indexOf(term, from);
  return [text, i, i + term.length];
};

describe('a short name in quotation marks that the sentence tells apart from the firm', () => {
  it('is not the firm', () => {
    const camel = 'Batteries supplied by Camel Group Co., Ltd. are 48V packs. Note that the colour "Camel" in Annex D refers to the beige trim and not to this supplier.';
    expect(found(camel)).toEqual(['Camel Group Co., Ltd.']);
    const taida = 'Hetian Taida Apparel Co., Ltd. makes tabards. "Taida" on the boot order is a Dutch trail-shoe style, nothing to do with the Hotan factory.';
    expect(found(taida)).toEqual(['Hetian Taida Apparel Co., Ltd.']);
    const meike = 'Modules: Jiangsu Meike Solar Technology Co., Ltd. Is "Meike" in the bidder column the same firm as the module maker? Answer: no.';
    expect(found(meike)).toEqual(['Jiangsu Meike Solar Technology Co., Ltd.']);
  });

  it('is the firm when the sentence denies something else, or when the name is not quoted', () => {
    expect(found('Camel Group Co., Ltd. makes batteries. We have stopped buying "Camel" batteries.')).toEqual(['Camel Group Co., Ltd.', 'Camel']);
    expect(toldApart(...at('Camel Group Co., Ltd. is not our supplier.', 'Camel'))).toBe(false);
    expect(toldApart(...at('the "Zijin" in the fleet sheet is Zijin Motors Ltd, the Ipswich garage, not the miner.', 'Zijin'))).toBe(true);
    expect(toldApart(...at('Is "Meike" the same firm as the module maker? Answer: yes.', 'Meike'))).toBe(false);
  });
});

describe('an acronym in a sentence about party politics', () => {
  it('is a party\'s there, not the firm; in any other sentence the firm', () => {
    const named = 'Sime Darby Plantation Berhad (SDP) was named in 2020. ';
    expect(found(`${named}Cllr Imran Bashir (Leader, SDP Group): I am moving the SDP amendment.`)).toEqual(['Sime Darby Plantation Berhad', 'SDP']);
    expect(found(`${named}The old SDP argued for ethical procurement; it has taken this House forty years to catch up.`)).toEqual(['Sime Darby Plantation Berhad', 'SDP']);
    expect(found(`${named}The SDP finding was modified.`)).toEqual(['Sime Darby Plantation Berhad', 'SDP', 'SDP']);
  });
});

describe('an acronym the same sentence spells out as other words', () => {
  it('is not the firm', () => {
    const text = 'Knitwear from Firemount Group Ltd. ("FMT"), which CBP named. FMT has been removed. Internally, FM&T means our '
      + 'Facilities Management and Transport category, and older papers abbreviate that to FMT; the two should not be confused.';
    expect(found(text)).toEqual(['Firemount Group Ltd.', 'FMT', 'FMT']);
    expect(spelledOutAsOther(...at('"FMT review" is the Facilities Management Team review.', 'FMT'), () => false)).toBe(true);
    // In square brackets as a minute-taker writes it, or after "for" in lower case.
    expect(spelledOutAsOther(...at('Officers told us the FMT [facilities management team] signed this off.', 'FMT'), () => false)).toBe(true);
    expect(spelledOutAsOther(...at('our own contract docs use FMT for facilities management team, so', 'FMT'), () => false)).toBe(true);
  });

  it('is not the firm when lower-case words beside it spell it out', () => {
    const programme = 'Palm oil from Sime Darby Plantation Berhad (SDP) is modified. Under the supplier development programme (SDP) run by one refiner, smallholders show payslips.';
    expect(found(programme)).toEqual(['Sime Darby Plantation Berhad', 'SDP']);
    const notes = 'Sime Darby Plantation Berhad mills. SDP one modified 2024?\n- careful - our own "SDP" = supplier development plan, not the same thing.';
    expect(found(notes)).toEqual(['Sime Darby Plantation Berhad', 'SDP']);
    // Nor a noun phrase of lower-case words later in the sentence (a meeting transcript).
    expect(spelledOutAsOther(...at("we've got the whole SDP to write up, the supplier development plan, so", 'SDP'), () => false)).toBe(true);
    // Lower-case words further off spell out nothing, nor words that are no noun phrase.
    expect(spelledOutAsOther(...at('SDP said dividends paid were up.', 'SDP'), () => false)).toBe(false);
  });

  it('is not the firm when a caption file spells it out past a timestamp line', () => {
    const captions = 'ok palm oil quickly sime darby plantation had an order that was\n2:20\nlater modified\n2:25\n'
      + "a completely different business by the way we'll use the SDP\n2:29\nthat's our supplier diligence pack in the next exercise";
    expect(found(captions)).toEqual(['sime darby plantation']);
    // A time alone on a line does not join two sentences that end.
    expect(found("sime darby plantation had an order. we'll use the SDP.\n2:29\nthat's our supplier diligence pack")).toEqual(['sime darby plantation', 'SDP']);
  });

  it('is not the firm when the sentence says what the acronym means to the page, a few words on', () => {
    const wrp = 'The order concerning WRP Asia Pacific Sdn Bhd was relied on by analogy. (The abbreviation "WRP" in our spreadsheets means "weekly reorder plan".)';
    expect(found(wrp)).toEqual(['WRP Asia Pacific Sdn Bhd']);
    const fmt = 'Firemount Group Ltd. ("FMT"), Mauritius. Note that in many departments "FMT" also stands for the facilities management team.';
    expect(found(fmt)).toEqual(['Firemount Group Ltd.', 'FMT']);
    // Spelt out beside another mention of it in the sentence.
    expect(found('YTY Group - 1 PO. YTY also appears as a cost-centre code ("YTY = year to year") in the export.')).toEqual(['YTY Group']);
    // Said of the firm, a verb further on is no definition.
    expect(found('Firemount Group Ltd. ("FMT"), Mauritius. Later FMT said its audits had changed, and the order stands.')).toEqual(['Firemount Group Ltd.', 'FMT', 'FMT']);
  });

  it('is the firm when the words are its own name', () => {
    const xpcc = 'Xinjiang Production and Construction Corps (XPCC) owns farms. XPCC is the Xinjiang Production and Construction Corps.';
    expect(found(xpcc).filter((t) => t === 'XPCC')).toHaveLength(2);
    // Its own words in another spelling ("Centre" for the listed "Center") are still its own.
    expect(found('Goods from the No. 4 Vocational Skills Education Training Centre (VSETC), which made hair goods.')).toEqual([
      'No. 4 Vocational Skills Education Training Centre', 'VSETC',
    ]);
  });
});

describe('an acronym in quotation marks', () => {
  it('is the firm when a bracket after the full name defines it, a comma after the term', () => {
    const corps = 'fibre from farms of the Xinjiang Production and Construction Corps (the "XPCC", also known as the Bingtuan). The XPCC itself is listed.';
    expect(found(corps).filter((t) => t === 'XPCC')).toHaveLength(2);
  });

  it('is talked about, unless the sentence says the firm is written so', () => {
    expect(found('Firemount Group Ltd. (Mauritius) – knitwear listed as "FMT" on packing lists')).toEqual(['Firemount Group Ltd.', 'FMT']);
    expect(found('FGV Holdings Bhd. Suppliers often just write "FGV" in the RSPO column.')).toEqual(['FGV Holdings Bhd.', 'FGV']);
    expect(found('Sime Darby Plantation Berhad is listed. "SDP" in a council paper usually means the supplier development plan.')).toEqual(['Sime Darby Plantation Berhad']);
  });
});

describe('an acronym followed by words in brackets', () => {
  it('is the firm when the words are its own, another body when they are not', () => {
    expect(found('Overall: XPCC (Xinjiang Production & Construction Corps) cotton, high')).toContain('XPCC');
    expect(found('Sime Darby Plantation Berhad mills. SDP (Social Democratic Party) candidates spoke.')).toEqual(['Sime Darby Plantation Berhad']);
  });

  it('is the firm with its legal form, whatever the bracket spells out (a writer\'s own gloss of the letters)', () => {
    expect(found('Orders in 2020: FGV Holdings Berhad (Federal Global Ventures) and others.')).toEqual(['FGV Holdings Berhad']);
    expect(found('Orders in 2020: FGV (Federal Global Ventures) and others.')).toEqual([]);
  });
});

describe('an acronym the page spelt out as something else earlier', () => {
  it('is not the firm anywhere on the page after that, in one text or in later ones', () => {
    const sheet = 'Auditor initials: JWD = J. W. Dunmore, RKS = R. K. Sandhu\n'
      + 'EN-014\tSolar PV\tBrightfield\tWafer source\tH\tJWD\tE\n'
      + 'ICT-033\tSichuan Jingweida Technology Group (JWD Technology)\tListed; supplies display modules\tH\tRKS\n'
      + 'MT-041\tCastleford Fixings\tSteel wire rod\tH\tJWD';
    expect(found(sheet)).toEqual(['Sichuan Jingweida Technology Group', 'JWD Technology']);
    const page = matcher.newPage();
    matcher.scan('Auditor initials: JWD = J. W. Dunmore. Sichuan Jingweida Technology Group supplies displays.', { page });
    expect(matcher.scan('Audited by JWD on 3 May.', { page })).toEqual([]);
    // Without the spelling out, the page's short name stands.
    expect(found('Sichuan Jingweida Technology Group supplies displays. Audited: JWD display line.')).toContain('JWD');
  });
});

describe('a word the page says names something else too, or a product in brackets', () => {
  it('is not the firm', () => {
    const zijin = 'Cable questions concern Zijin Mining Group Co., Ltd. Zijin is also the name of a district of Heyuan.';
    expect(found(zijin)).toEqual(['Zijin Mining Group Co., Ltd.']);
    const huafu = 'Yarn from Aksu Huafu Color Spinning Co., Ltd. Note: Huafu is also our carton supplier name but no relation.';
    expect(found(huafu)).toEqual(['Aksu Huafu Color Spinning Co., Ltd.']);
    // Said without "also", or of the word alone.
    const meijia = 'Fillets from Rizhao Meijia Group. Meijia is a popular brand name on our restaurant lists.';
    expect(found(meijia)).toEqual(['Rizhao Meijia Group']);
    const bayi = 'Rebar from Baowu Group Xinjiang Bayi Iron and Steel Co., Ltd. Note that "Bayi" alone is also a district name.';
    expect(found(bayi)).toEqual(['Baowu Group Xinjiang Bayi Iron and Steel Co., Ltd.']);
    // "(SUGAR)" after a name says what the firm supplied; it defines no acronym.
    const sugar = 'DM-007 CENTRAL ROMANA CORP LTD (SUGAR) 612.45\nDM-008 NORTHERN BAKERY SUGAR 80.00';
    expect(found(sugar)).toEqual(['CENTRAL ROMANA CORP LTD']);
  });
});

describe('a bracket after a full name that is not the firm\'s own term', () => {
  it('is not an acronym unless the name spells it, nor a term when it names a place', () => {
    expect(found('Laptops: Hefei Bitland Information Technology Co Ltd (ODM), ODM per contract.')).toEqual(['Hefei Bitland Information Technology Co Ltd']);
    expect(found('MANUFACTURER: ANNAN CANNED FOOD CO.,LTD. (NANLING COUNTY)')).toEqual(['ANNAN CANNED FOOD CO.,LTD.']);
    // A place from the firm's other names, in brackets after this one, is where it is, not its term.
    expect(found('Cooling sheets by Tanyuan Technology Co., Ltd. (Changzhou). Changzhou has good roads.')).toEqual(['Tanyuan Technology Co., Ltd.']);
    expect(found('Xinjiang Daqo New Energy Co., Ltd. (Daqo) said. Later Daqo said.')).toEqual(['Xinjiang Daqo New Energy Co., Ltd.', 'Daqo', 'Daqo']);
    // Letters of the name in order, from its first, make its acronym even when they are not its initials.
    expect(found('Firemount Group Ltd. ("FMT") knits. FMT was named.')).toEqual(['Firemount Group Ltd.', 'FMT', 'FMT']);
  });
});

describe('a one-word name used as an ordinary word, or an author cited', () => {
  it('is not the firm beside a word of its other meaning, unless a legal form makes it a firm\'s', () => {
    const page = 'Batteries: Camel Group Co., Ltd. Giant Manufacturing Co., Ltd. makes bicycles.\n';
    expect(found(page + 'SH7030 Camel hair brush set, 5pc')).toEqual(['Camel Group Co., Ltd.', 'Giant Manufacturing Co., Ltd.']);
    expect(found(page + 'Camel-colour document wallets are fine.')).toEqual(['Camel Group Co., Ltd.', 'Giant Manufacturing Co., Ltd.']);
    expect(found(page + 'D402 Giant inflatable marquee, used')).toEqual(['Camel Group Co., Ltd.', 'Giant Manufacturing Co., Ltd.']);
    expect(found('Giant Manufacturing Co. Ltd. (Taiwan), bicycles\nD402 Giant inflatable marquee')).toEqual(['Giant Manufacturing Co. Ltd.']);
  });

  it('is not the firm after a person\'s initial, nor as a short name beside its look-alike\'s goods', () => {
    const page = 'Laglove (M) Sdn Bhd, part of Brightway Holdings Sdn Bhd, nitrile gloves.\n';
    expect(found(page + '"0000410300","Maxwell Medical Supplies Ltd","GB","14.08.2025","D BRIGHTWAY"')).toEqual(['Laglove (M) Sdn Bhd', 'Brightway Holdings Sdn Bhd']);
    expect(found(page + 'Brightway moved the line to Klang.')).toContain('Brightway');
    expect(found('Giant Manufacturing Co., Ltd. bicycles. GIANT Black Friday savings applied.')).toEqual(['Giant Manufacturing Co., Ltd.']);
    // Its words joined make a word of their own: the craft, not Needle Craft Ltd.
    expect(found('Needle Craft Ltd, Amman. Kits for needlecraft classes; Needlecraft and NeedleCraft kits.')).toEqual(['Needle Craft Ltd']);
    expect(found('TopGlove nitrile, box of 100')).toEqual(['TopGlove']);
    const meike = 'Jiangsu Meike Solar Technology Co., Ltd. cells. Meike camera accessories on the ICT catalogue are a different brand.';
    expect(found(meike)).toEqual(['Jiangsu Meike Solar Technology Co., Ltd.']);
  });

  it('is not the firm in a place named after it ("Giant\'s Causeway"), but is after a place that ends the sentence before', () => {
    const page = 'Frames from Giant Manufacturing Co. Ltd in Taichung.\n';
    expect(found(page + 'Interpretation panels, Giant\'s Causeway coastal path.')).toEqual(['Giant Manufacturing Co. Ltd']);
    expect(found(page + 'Interpretation panels for the Giant Causeway path.')).toEqual(['Giant Manufacturing Co. Ltd']);
    const port = 'Top Glove Corporation Bhd was named in 2020.\nGloves are held at the port of Long Beach. Top Glove, they say, repaid fees.';
    expect(found(port)).toEqual(['Top Glove Corporation Bhd', 'Top Glove']);
  });

  it('is the firm before a namesake word that only begins the next column or a bracket, or follows its legal form', () => {
    const line = "IPA-3395    TOMATO PASTE 36/38 BRIX        22 X 20'     COFCO SUGAR HOLDINGS CO LTD  ISLAND FOODS (MTIUS) LTD";
    expect(found(line)).toEqual(['COFCO SUGAR HOLDINGS CO LTD']);
    expect(found('PACKER: DALIAN OCEAN FISHING (SCHOOL MEALS)')).toEqual(['DALIAN OCEAN FISHING']);
    expect(found('Rooms at the Ninestar Hotel, Zhuhai, booked for the audit.')).toEqual([]);
  });

  it('is not the firm as half of an adjective joined by a hyphen ("Giant-sized"), but a firm\'s goods stay its own', () => {
    const page = 'Serious question: the WRO on Giant Manufacturing Co Ltd in Taiwan.\n';
    expect(found(page + 'Our provider is pushing Giant-sized discounts on e-bikes.')).toEqual(['Giant Manufacturing Co Ltd']);
    expect(found('Zhuhai Pantum Electronics Co., Ltd. makes printers. Pantum-branded toner was found.')).toEqual([
      'Zhuhai Pantum Electronics Co., Ltd.', 'Pantum',
    ]);
  });

  it("is not the firm as a person's given name: a reply's handle, or before a surname's particle", () => {
    const page = 'Modules from Jiangsu Meike Solar Technology Co., Ltd. use wafers and silicon from Baotou.\n';
    expect(found(page + '@Meike honestly, no. Ask for the chain: cell, wafer, ingot, poly.')).toEqual(['Jiangsu Meike Solar Technology Co., Ltd.']);
    expect(found(page + 'Meike van der Berg, Head of ESG Procurement: the wafers sat in Long Beach for 9 weeks.')).toEqual(['Jiangsu Meike Solar Technology Co., Ltd.']);
    // LinkedIn tags a firm by its whole name.
    expect(found(page + 'we dropped @Jiangsu Meike Solar after the listing, wafers and all.')).toContain('Jiangsu Meike Solar');
    // Said by a firm in a sentence about its goods, the short name stays the firm's.
    expect(found(page + 'Meike makes both the cells and the silicon.')).toEqual(['Jiangsu Meike Solar Technology Co., Ltd.', 'Meike']);
    // A colleague named by their team or class: "ask Meike in legal", "Meiling in y5 found one".
    expect(found(page + 'can you ask Meike in legal whether we can put that in the contract')).toEqual(['Jiangsu Meike Solar Technology Co., Ltd.']);
    expect(found(page + 'Meike in Jiangsu makes the cells and the wafers.')).toEqual(['Jiangsu Meike Solar Technology Co., Ltd.', 'Meike']);
    // Introducing oneself: "hi all, i'm haolin, i do sourcing for two salons".
    const wigs = 'Hetian Haolin Hair Accessories Co. Ltd. is on the UFLPA Entity List for hair extensions.\n';
    expect(found(wigs + "hi all, i'm haolin, i do sourcing for two salons (no relation to that factory)")).toEqual(['Hetian Haolin Hair Accessories Co. Ltd.']);
    expect(found(wigs + 'Haolin wigs are on the list, call me if unsure.')).toEqual(['Hetian Haolin Hair Accessories Co. Ltd.', 'Haolin']);
  });

  it('is not the firm as an address\'s town before its province and country ("Esquel, Chubut, Argentina")', () => {
    const page = 'Shirting from Esquel Group, Hong Kong: cotton yarn and apparel.\n';
    expect(found(page + 'Patagonia Lana Textil S.A., Ruta 40, Esquel, Chubut, Argentina (not listed), makes apparel.')).toEqual(['Esquel Group']);
    expect(found(page + 'Fleece jackets are sewn at a plant in Esquel, Chubut Province, Argentina.')).toEqual(['Esquel Group']);
    // A list of firms between commas is still a list of firms.
    expect(found(page + 'Cotton yarn suppliers: Huafu, Esquel, Texhong, all in China.')).toContain('Esquel');
    expect(found(page + 'Named by CBP or DHS: Hero Vast, Esquel, Natchi, Dongguan Oasis, Meixin.')).toContain('Esquel');
  });

  it('is not a vessel or firm when cited as an author with a year', () => {
    const text = 'The fishing vessel Da Wang was detained. Authors examined orders (Da Wang & Hsu, 2021; Greenpeace, 2022).';
    expect(found(text)).toEqual(['Da Wang']);
    // First of a reference's authors, the others written surname first.
    const references = 'The fishing vessel Da Wang was detained.\n9. Da Wang; Chen, Lihua (2021). "Transshipment and labour risk". Marine Policy 131.';
    expect(found(references)).toEqual(['Da Wang']);
  });

  it('is the firm with a year alone after it when the sentence names its order (a list dating each firm\'s)', () => {
    expect(found('CBP issued withhold release orders against Top Glove (2020) and others.')).toEqual(['Top Glove']);
    // Without the order, a year alone after it is still a citation.
    expect(found('As Top Glove (2020) argued, demand rose.')).toEqual([]);
  });
});

