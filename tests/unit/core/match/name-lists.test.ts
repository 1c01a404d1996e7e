/**
 * What a list of names says of each: a weak name (dictionary words, no goods on the list) is one item
 * of a list the order is said of, or of a list with another firm on its list. The ninety-seventh and
 * ninety-eighth outside sets missed "Union Biotech" beside "Kingherbs Ltd" twice.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { listAround } from '../../../../src/core/match/name-lists';
import { prepare } from '../../../../src/core/match/runtime';
import { tokenText, tokenize } from '../../../../src/core/text/tokenize';
import { bundledRecords } from '../../../corpus/bundled-list';

const payload = compileMatcher(bundledRecords());
const matcher = loadMatcher(JSON.parse(JSON.stringify(payload)));
const found = (text: string) => matcher.scan(text).map((f) => `${f.matchedText} → ${f.recordName} (${f.confidence})`);
const UNION = 'Union Biotech → Hangzhou Union Biotechnology Co., Ltd. (match)';

describe('a name in a list the order is said of', () => {
  it('reads a weak name before other names and then the order words', () => {
    expect(found('Union Biotech, Acme Ltd and Foo Bar: all added to the UFLPA Entity List')).toEqual([UNION]);
    expect(found('• Union Biotech, Kingherbs Ltd and Qingdao Vital Nutraceutical: all added to the UFLPA Entity List')).toContain(UNION);
  });

  it('reads a weak name after the order words and other names', () => {
    expect(found('CBP issued WROs against Supermax, Top Glove and Union Biotech in 2021.')).toContain(UNION);
    expect(found('The WRO covers Acme Gloves, Foo Bar & Union Biotech')).toEqual([UNION]);
  });

  it('does not read it without the order in the same sentence, or where the list ends before it', () => {
    expect(found('Union Biotech and Acme attended the conference on Tuesday.')).toEqual([]);
    expect(found('Union Biotech, Acme Ltd and Foo Bar met in May. All were added to the UFLPA Entity List later.')).toEqual([]);
    // Lower-case words end the list: the order is said of what follows them.
    expect(found('Union Biotech and Acme sell extracts, while Foo Bar and Baz were added to the UFLPA Entity List')).toEqual([]);
    // Words beside each other with no comma, "and" or "or" are one longer name, not a list.
    expect(found('Meeting Union Biotech Research Board Members: UFLPA briefing')).toEqual([]);
  });
});

describe('a name in a list beside a firm on the same list', () => {
  // The Entity List gives no goods, so no goods in common can say two of its firms are listed together.
  it('reads a weak Entity List name beside another Entity List firm named with its legal form', () => {
    expect(found("We've also delisted Kingherbs Ltd and Union Biotech herbal extracts")).toEqual([
      'Kingherbs Ltd → Kingherbs Limited (match)', UNION,
    ]);
  });

  it('does not read it beside a firm on another list, or one named without its legal form', () => {
    expect(found('We buy from Top Glove Corporation Bhd and Union Biotech.')).toEqual(['Top Glove Corporation Bhd → Top Glove Corporation Bhd (match)']);
    expect(found('We buy from Kingherbs and Union Biotech.')).not.toContain(UNION);
  });
});

describe('short names listed together, none named in full', () => {
  it('reads each with the order in the list\'s sentence, or their shared goods beside them', () => {
    expect(found('the hand soap uses palm derivatives from sime darby plantation and fgv. both WROs modified')).toContain(
      'fgv → FGV Holdings Berhad (match)',
    );
    // Without their place, the order said of them makes them the listed firms; their goods alone, possibly.
    const both = (confidence: string) => [`Pantum → Zhuhai Pantum Electronics Co. Ltd. (${confidence})`, `G&G → Zhuhai G&G Digital Technology Co., Ltd. (${confidence})`];
    expect(found('Pantum and G&G went on the Entity List.')).toEqual(both('match'));
    expect(found('Pantum or G&G toner cartridges')).toEqual(both('possible'));
  });

  it('reads a list\'s item beside a full name, not beside a short name inside that full name', () => {
    // "sime darby" inside "sime darby plantation" is no item of the list.
    expect(found('palm oil is the big one. there were orders on sime darby plantation and f g v, both malaysian.')).toContain(
      'f g v → FGV Holdings Berhad (possible)',
    );
  });

  it('reads neither alone, nor a list without the order or goods', () => {
    expect(found('Pantum went on the Entity List.')).toEqual([]);
    expect(found('Our new vendors are Pantum and G&G.')).toEqual([]);
  });
});

describe('listAround', () => {
  const rt = prepare(payload);
  const around = (text: string, from: string, words: number) => {
    const s = tokenize(text, rt.fold, undefined, rt.knownIdeographs);
    const word = (k: number) => tokenText(text, s, k, rt.fold);
    const ids = Int32Array.from({ length: s.count }, (_, k) => rt.vocabIds.get(word(k)) ?? -1);
    const a = [...Array(s.count).keys()].find((k) => word(k) === from.toLowerCase())!;
    const list = listAround(rt, text, s, ids, a, a + words, word);
    return list && text.slice(s.start[list.first]!, s.end[list.last]!);
  };

  it('gives the whole run of names joined by commas, "and", "or" and ampersands', () => {
    expect(around('they named Alpha Co., Ltd., Beta Gamma and Delta & Sons today', 'beta', 2)).toBe('Alpha Co., Ltd., Beta Gamma and Delta & Sons');
    expect(around('Alpha or Beta', 'alpha', 1)).toBe('Alpha or Beta');
  });

  it('is null for a name no list joins', () => {
    expect(around('they named Beta Gamma today', 'beta', 2)).toBeNull();
    expect(around('Beta Gamma. Delta Epsilon', 'beta', 2)).toBeNull();
    expect(around('Beta Gamma and the rest', 'beta', 2)).toBeNull();
  });
});
