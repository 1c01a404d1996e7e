/**
 * A listed name written otherwise than the list spells it: a word written as two ("Ling Long" for
 * Linglong, "Super Max" for Supermax, "ho shine" in a transcript), its last word in the plural
 * ("Natchi Apparels"), an acronym letter by letter ("F G V") or its words run together
 * ("TOPGLOVE"): shapes the outside sets missed, or read as sure where their labels say possible.
 */
import { describe, expect, it } from 'vitest';
import { english } from '../../../../src/cli/english';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { plainWhy } from '../../../../src/core/match/plain-why';
import { bundledRecords } from '../../../corpus/bundled-list';

const matcher = loadMatcher(JSON.parse(JSON.stringify(compileMatcher(bundledRecords()))));
const found = (text: string) => matcher.scan(text).map((f) => `${f.matchedText} → ${f.recordName} (${f.confidence})`);

describe('a name word written as two', () => {
  it('is a possible match where the word as listed would be believed, as words or as Chinese syllables', () => {
    expect(found('Nitrile gloves from Super Max, the glove maker under a WRO.')).toEqual(['Super Max → Supermax Corporation Bhd. (possible)']);
    expect(found('tyres from ling long, per the WRO')).toEqual(['ling long → Linglong International Europe D.O.O. Zrenjanin (possible)']);
    expect(found('ho shine silicon metal under the UFLPA')).toEqual(['ho shine silicon → Hoshine Silicon Industry Co. Ltd. (possible)']);
  });

  it('after a leading place too, with the support the name needs', () => {
    expect(found('aluminium foil from Xinjiang Joinworld (also seen as Xinjiang Zhong He on invoices)'))
      .toContain('Xinjiang Zhong He → Xinjiang Zhonghe Co., Ltd. (possible)');
    expect(found('Hefei Bit Land Information Technology Co., Ltd. notebooks'))
      .toEqual(['Hefei Bit Land Information Technology Co., Ltd. → Hefei Bitland Information Technology Co., Ltd. (possible)']);
  });

  it('says so in its explanation, scored as one letter wrong is', () => {
    const [f] = matcher.scan('Nitrile gloves from Super Max, the glove maker under a WRO.');
    expect(f?.explanation.normalisations).toContain('split-word');
    // Not "punctuation" as well: the space is what 'split-word' says.
    expect(f?.explanation.normalisations).not.toContain('punctuation');
    const [typo] = matcher.scan('Nitrile gloves from Supermex, the glove maker under a WRO.');
    expect(f?.score).toBe(typo?.score);
  });

  it('needs the support the word needs and more: two ordinary words alone are not a name', () => {
    // "Supermax" alone is believed; "super max" alone is also a razor.
    expect(found('the gillette super max razor blades, pack of 10')).toEqual([]);
    expect(found('He sold the Supermax to a dealer.')).not.toEqual([]);
    expect(found('the band played long into the night, ling long ding dong')).toEqual([]);
  });

  it('is ruled out by what rules the word out: "Super Max" beside razor blades is the razor, even after Supermax', () => {
    expect(found('Nitrile gloves: Supermax Corporation Berhad. Compare the Super Max razor blades ordered for estates.')).toEqual([
      'Supermax Corporation Berhad → Supermax Corporation Bhd. (match)',
    ]);
  });

  it('is not read with a hyphen: "Super-Max" is a brand styled so, on a card of its own', () => {
    const page = matcher.newPage();
    expect(matcher.scan('Manufacturer: Supermax Corporation Bhd. Nitrile gloves', { page })).toHaveLength(1);
    expect(matcher.scan('Brand: Super-Max, stainless steel', { page })).toEqual([]);
    expect(matcher.scan('Brand: Super Max, nitrile', { page }).map((f) => f.matchedText)).toEqual(['Super Max']);
  });

  it('is never the record\'s own goods: "bone char" is what Bonechar made', () => {
    expect(found('Bone char filters cane sugar; Bonechar was under a WRO for bone black.').map((f) => f.split(' → ')[0])).toEqual(['Bonechar']);
  });

  it('does not tell the page that it named the firm in full, even with its legal form', () => {
    const page = matcher.newPage();
    expect(matcher.scan('Order 44: Super Max Corporation Bhd, nitrile gloves', { page })).toHaveLength(1);
    expect(page.named.size).toBe(0);
  });

  it('passes the page scanner\'s pre-filter, which looks for the word whole in the letters run together', () => {
    expect(matcher.mayName('<td>Ling Long</td><td>tyres</td>')).toBe(true);
    expect(matcher.mayName('Super-Max Glove')).toBe(true);
    // Its halves are ordinary words: apart, they pass nothing.
    expect(matcher.mayName('long sleeves for nine dollars, star buy')).toBe(false);
  });
});

describe('a name\'s last word in the plural', () => {
  it('is a possible match where the name as listed would be believed', () => {
    expect(found('Uniforms from Natchi Apparels, Tiruppur; garments under a WRO.')).toEqual(['Natchi Apparels → Natchi Apparel (P) Ltd. (possible)']);
    expect(found('Palm oil from Sime Darby Plantations, the WRO was lifted')).toEqual(['Sime Darby Plantations → Sime Darby Plantation Berhad (possible)']);
    const [f] = matcher.scan('Palm oil from Sime Darby Plantations, the WRO was lifted');
    expect(f?.explanation.normalisations).toContain('plural');
    // Said plainly as a spelling, not as capitals, accents, punctuation or spacing.
    expect(english(plainWhy(f!.explanation))).toContain('spelled slightly differently');
  });

  it('needs support as a weak name does, and is never the record\'s own goods: "top gloves" are gloves', () => {
    expect(found('I like natchi apparels')).toEqual([]);
    expect(found('Top Gloves cartons, the WRO')).toEqual([]);
    expect(found('the top gloves for winter: nitrile or wool?')).toEqual([]);
  });
});

describe('an acronym spelt out letter by letter', () => {
  it('is a possible match with the support the acronym needs, as a speech recogniser writes it', () => {
    expect(found('a WRO on F G V palm oil')).toEqual(['F G V → FGV Holdings Berhad (possible)']);
    expect(found('a WRO on F-G-V palm oil')).toEqual(['F-G-V → FGV Holdings Berhad (possible)']);
    expect(found('and f g v holdings was modified too, the palm oil order')).toEqual(['f g v holdings → FGV Holdings Berhad (possible)']);
    // Letters alone are no one's acronym.
    expect(found('options a b c or f g v, pick one')).toEqual([]);
  });
});

describe('a name\'s words run together', () => {
  it('is a possible match with the support the words apart need', () => {
    expect(found('TOPGLOVE SDN BHD')).toEqual(['TOPGLOVE SDN BHD → Top Glove Sdn Bhd (possible)']);
    expect(found('Smartglove nitrile exam gloves under a WRO')).toEqual(['Smartglove → Smart Glove Corporation Sdn Bhd (possible)']);
    const [f] = matcher.scan('TOPGLOVE SDN BHD');
    expect(f?.explanation.normalisations).toContain('joined-words');
    expect(f?.explanation.normalisations).not.toContain('punctuation');
    // Alone, as "Top Glove" alone is, nothing.
    expect(found('SMARTGLOVE')).toEqual([]);
  });
});
