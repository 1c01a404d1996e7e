import { describe, expect, it } from 'vitest';
import { traditionalToSimplified } from '../../../../src/core/text/cjk-variants';
import { htmlToText } from '../../../../src/core/text/html-text';
import { loadLegalForms, stripLegalForms } from '../../../../src/core/text/legal-forms';
import { FIRST_UPPER, foldedTokens, hashString, tokenize, tokenText } from '../../../../src/core/text/tokenize';

const fold = traditionalToSimplified();
const tokens = (text: string) => foldedTokens(text, fold);

describe('tokenize', () => {
  it('folds case, width, diacritics and apostrophes', () => {
    expect(tokens('Hortícola TOM')).toEqual(['horticola', 'tom']);
    expect(tokens('ＴＯＰ　Ｇｌｏｖｅ')).toEqual(['top', 'glove']);
    expect(tokens('Sichuan Yuan’an')).toEqual(['sichuan', 'yuanan']);
    expect(tokens('Straße Øresund')).toEqual(['strasse', 'oresund']);
    expect(tokens('Horti\u0301cola')).toEqual(['horticola']);
  });

  it('joins a word hyphenated across a line break before a lower-case letter, as PDF text keeps it', () => {
    expect(tokens('Aksu Huafu Color Spin-\nning Co., Ltd.')).toEqual(['aksu', 'huafu', 'color', 'spinning', 'co', 'ltd']);
    expect(tokens('Wool Tex-\r\n    tile')).toEqual(['wool', 'textile']);
    // A hyphen within a line, or before a capital or a list's dash on the next line, still separates.
    expect(tokens('Pu-Tech')).toEqual(['pu', 'tech']);
    expect(tokens('Huafu -\nTop Glove')).toEqual(['huafu', 'top', 'glove']);
    expect(tokens('cotton-\nXinjiang')).toEqual(['cotton', 'xinjiang']);
  });

  it('parts a footnote\'s superscript mark from the word it follows, and keeps subscripts', () => {
    expect(tokens('Hetian Taida Apparel² and Top Glove³ (note ¹⁰)')).toEqual(['hetian', 'taida', 'apparel', 'and', 'top', 'glove', 'note']);
    expect(tokens('H₂O')).toEqual(['h2o']);
  });

  it('joins a word in capitals hyphenated across a line break before capitals, as a scanned invoice\'s text keeps it', () => {
    expect(tokens('GUANGHUI FOOD INGRE-\n      DIENTS CO., LTD')).toEqual(['guanghui', 'food', 'ingredients', 'co', 'ltd']);
    // Not a capitalised word before a capitalised one, nor a capital alone ("A-\nB").
    expect(tokens('Smith-\nJones')).toEqual(['smith', 'jones']);
    expect(tokens('SIZE XL-\nM')).toEqual(['size', 'xl', 'm']);
  });

  it('ends a word at a possessive', () => {
    expect(tokens("Top Glove's results")).toEqual(['top', 'glove', 'results']);
    expect(tokens('SUPERMAX’S US arm')).toEqual(['supermax', 'us', 'arm']);
    expect(tokens("Macy'sville")).toEqual(['macysville']);
  });

  it('reads & as "and" and punctuation as spacing', () => {
    expect(tokens('Fruits & Vegetable Co.,Ltd')).toEqual(['fruits', 'and', 'vegetable', 'co', 'ltd']);
    expect(tokens('G&G')).toEqual(['g', 'and', 'g']);
  });

  it('joins dotted single letters: S.A. de C.V., K.K., d.o.o.', () => {
    expect(tokens('S.A. de C.V.')).toEqual(['sa', 'de', 'cv']);
    expect(tokens('S.A de C.V.')).toEqual(['sa', 'de', 'cv']);
    expect(tokens('K.K. Carpet')).toEqual(['kk', 'carpet']);
    expect(tokens('D.O.O.')).toEqual(['doo']);
    expect(tokens('No. 4 Center')).toEqual(['no', '4', 'center']);
  });

  it('makes every ideograph a token, folding traditional to simplified', () => {
    expect(tokens('東莞綠洲')).toEqual(['东', '莞', '绿', '洲']);
    expect(tokens('新疆Cotton棉')).toEqual(['新', '疆', 'cotton', '棉']);
  });

  it('collapses ideographs no name uses into runs when told which ones names use', () => {
    const known = new Uint8Array(65536);
    for (const ch of '新疆') known[ch.charCodeAt(0)] = 1;
    const text = '我们在新疆的工厂 and 东莞';
    const s = tokenize(text, fold, undefined, known);
    const spans = Array.from({ length: s.count }, (_, i) => text.slice(s.start[i], s.end[i]));
    expect(spans).toEqual(['我们在', '新', '疆', '的工厂', 'and', '东莞']);
  });

  it('hashes tokens as hashString hashes their folded text', () => {
    const text = 'Top-Glove 東莞 & S.A.';
    const s = tokenize(text, fold);
    for (let i = 0; i < s.count; i++) {
      expect(s.hash[i]! & 0x3fffffff).toBe(hashString(tokenText(text, s, i, fold)));
    }
  });

  it('records offsets into the original text and capitalisation', () => {
    const text = '  Hello  wörld';
    const s = tokenize(text, fold);
    expect([s.start[0], s.end[0], s.start[1], s.end[1]]).toEqual([2, 7, 9, 14]);
    expect(s.info[0]! & FIRST_UPPER).toBeTruthy();
    expect(s.info[1]! & FIRST_UPPER).toBeFalsy();
  });

  it('grows past its initial capacity', () => {
    const text = 'a b '.repeat(10_000);
    expect(tokenize(text, fold).count).toBe(20_000);
  });
});

describe('legal forms', () => {
  const forms = loadLegalForms(fold);
  const strip = (name: string) => stripLegalForms(tokens(name), forms);

  it('strips stacked legal forms iteratively, Latin and CJK', () => {
    expect(strip('Camel Group Co., Ltd.').core).toEqual(['camel']);
    expect(strip('Top Glove Sdn. Bhd.').core).toEqual(['top', 'glove']);
    expect(strip('Laglove (M) Sdn Bhd').core).toEqual(['laglove']);
    expect(strip('Horticola Tom, S.A. de C.V.').core).toEqual(['horticola', 'tom']);
    expect(strip('Natchi Apparel (P) Ltd.').core).toEqual(['natchi', 'apparel']);
    expect(strip('Norsang Carpet Industries Pvt., Ltd.').core).toEqual(['norsang', 'carpet', 'industries']);
    expect(strip('Kingtom Aluminio S.R.L.').core).toEqual(['kingtom', 'aluminio']);
    expect(strip('Bonechar Carvão Ativado do Brasil Ltda').core).toEqual(['bonechar', 'carvao', 'ativado', 'do', 'brasil']);
    expect(strip('Serbia Zijin Copper d.o.o.').core).toEqual(['serbia', 'zijin', 'copper']);
    expect(strip('ACME GmbH').core).toEqual(['acme']);
    expect(strip('合盛硅业股份有限公司').core.join('')).toBe('合盛硅业');
    expect(strip('新疆中泰集團有限公司').core.join('')).toBe('新疆中泰');
    expect(strip('喀什建工责任有限公司').core.join('')).toBe('喀什建工');
  });

  it('keeps at least one token', () => {
    expect(strip('Limited').core).toEqual(['limited']);
  });

  it('does not strip English words that a few jurisdictions abbreviate', () => {
    expect(strip('Made in').core).toEqual(['made', 'in']);
    expect(strip('Known as').core).toEqual(['known', 'as']);
  });
});

describe('htmlToText', () => {
  it('joins inline markup and separates blocks and cells', () => {
    expect(htmlToText('<p><b>Top Glove</b> Corp.</p><p>Next</p>')).toBe('Top Glove Corp.\nNext');
    expect(htmlToText('<table><tr><td>Top</td><td>Glove</td></tr></table>')).not.toContain('Top Glove');
  });

  it('drops scripts and styles and decodes entities', () => {
    expect(htmlToText('<script>var a="Hoshine"</script><style>p{}</style><p>G&amp;G</p>')).toBe('G&G');
  });
});
