/**
 * The page scanner's pre-filter (`Matcher.mayName`): it may clear a block's whole text only when no
 * element's text inside it, nor several run together, names anyone; and it must clear most plain
 * supplier rows, or the scanner gains nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher, type Matcher } from '../../../../src/core/match/matcher';
import { EXPAND, JOIN, caseOf, foldClass } from '../../../../src/core/text/fold';
import type { WroList } from '../../../../src/core/record';
import seed from '../../../../seeds/default-list.json';
import { makeDirectory } from '../../../bench/content-directory';
import { Rng } from '../../../fuzz/prng';
import { hostileText, nearMiss, proseFiller } from '../../../fuzz/text-gen';

const list = seed as WroList;
const names = list.records.flatMap((r) => [r.name, ...r.aliases, ...r.subsidiaries, ...r.formerNames]);
const CELLS = ['Leeds', 'High Street', 'IT hardware', '01458104212', 'SUP-100000', 'Medical consumables', 'Kestrel Textiles Limited', '£1,200.00', 'Qty 500'];
let matcher: Matcher;

beforeAll(() => {
  matcher = loadMatcher(JSON.parse(JSON.stringify(compileMatcher(list.records))));
});

/** One element's text: a listed name, a near miss of one, page furniture or hostile Unicode. */
function elementText(rng: Rng): string {
  switch (rng.int(6)) {
    case 0:
      return rng.pick(names);
    case 1:
      return nearMiss(rng, rng.pick(names));
    case 2:
      return hostileText(rng, rng.range(1, 30));
    case 3:
      return proseFiller(rng, rng.range(5, 40));
    default:
      return rng.pick(CELLS);
  }
}

/**
 * Whether a text touching the one before shows where it begins, as the pre-filter's documented
 * limit requires: its first letter that counts is a capital or a digit, or a separator comes first.
 */
function beginsVisibly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldClass(c);
    if (f === JOIN) continue;
    if (f === EXPAND || f >= 0) return (f >= 48 && f <= 57) || (c < 128 ? c >= 65 && c <= 90 : caseOf(c) === 1);
    return true;
  }
  return true;
}

/** Element texts as `textContent` joins them: touching where the boundary shows, or with whitespace between. */
function block(rng: Rng): string[] {
  const parts = Array.from({ length: rng.range(1, 6) }, () => elementText(rng));
  for (let i = 1; i < parts.length; i++) {
    if (!beginsVisibly(parts[i]!) || rng.chance(0.5)) parts[i] = `${rng.pick([' ', '\n', '\t', ' | '])}${parts[i]}`;
  }
  return parts;
}

describe('the pre-filter', () => {
  it('never clears a block in which an element, or elements run together, name someone', () => {
    let cleared = 0;
    let named = 0;
    for (let seedIndex = 0; seedIndex < 1_500; seedIndex++) {
      const parts = block(new Rng(seedIndex));
      const whole = parts.join('');
      if (matcher.mayName(whole)) continue;
      cleared++;
      for (let from = 0; from < parts.length; from++) {
        for (let to = from + 1; to <= parts.length; to++) {
          const run = parts.slice(from, to).join('');
          const findings = matcher.scan(run);
          if (findings.length > 0) named++;
          expect(findings, `seed ${seedIndex}: ${JSON.stringify(run)} in ${JSON.stringify(whole)}`).toEqual([]);
        }
      }
    }
    // The fuzz must reach both sides: blocks cleared, and blocks with names in them kept.
    expect(cleared).toBeGreaterThan(200);
    expect(named).toBe(0);
  });

  it('keeps names that elements run together, dot or misspell', () => {
    for (const parts of [
      ['Leeds', 'Top Glove Corporation Bhd', '01458104212'],
      ['Supplier:', 'F.G.V. Holdings Berhad'],
      ['SUP-100050', 'Hoshnie Silicon Industry Co., Ltd.'],
      ['NORWICH', 'Brigthway Holdings Sdn Bhd', 'Carlisle'],
      ['新疆中泰化学股份有限公司'],
    ]) {
      const named = parts.find((text) => matcher.scan(text).length > 0);
      expect(named, parts.join('')).toBeDefined();
      expect(matcher.mayName(parts.join('')), parts.join('')).toBe(true);
    }
  });

  it('clears most rows of a supplier directory that name no one', () => {
    const rows = [...makeDirectory(list, 2_000).html.matchAll(/<tr>(<td>.*?)<\/tr>/g)].map((m) =>
      (m[1] as string).replace(/<\/?td>/g, '').replace(/&amp;/g, '&'));
    const plain = rows.filter((row) => matcher.scan(row).length === 0);
    const cleared = plain.filter((row) => !matcher.mayName(row));
    expect(plain.length).toBeGreaterThan(1_900);
    expect(cleared.length / plain.length).toBeGreaterThan(0.95);
  });

  it('still clears them on a page that has named the listed firms in it, whose short names it then looks for', () => {
    const rows = [...makeDirectory(list, 2_000).html.matchAll(/<tr>(<td>.*?)<\/tr>/g)].map((m) =>
      (m[1] as string).replace(/<\/?td>/g, '').replace(/&amp;/g, '&'));
    const page = matcher.newPage();
    const plain = rows.filter((row) => matcher.scan(row, { page }).length === 0);
    // A short name of one letter and a sign ("G&G", once "Zhuhai G&G Digital Technology" is named) is
    // looked for whole, not as its first letter, which nearly every row holds.
    expect(page.named.size).toBeGreaterThan(10);
    expect(plain.filter((row) => !matcher.mayName(row, page)).length / plain.length).toBeGreaterThan(0.95);
    const gg = matcher.newPage();
    matcher.scan('Zhuhai G&G Digital Technology Co., Ltd.', { page: gg });
    expect(matcher.mayName('Catering', gg)).toBe(false);
    expect(matcher.mayName('toner by G&G, boxed', gg)).toBe(true);
    // Beside its goods it is read on any page, so the initials are looked for whole there too.
    expect(matcher.mayName('toner by G&G, boxed')).toBe(true);
    expect(matcher.scan('toner by G&G, boxed', { page: gg }).map((f) => f.matchedText)).toEqual(['G&G']);
  });

  it('does not pass a name word\'s other spelling as a near miss of it ("Textiles" for "textile")', () => {
    expect(matcher.mayName('Kestrel Textiles Limited')).toBe(false);
    expect(matcher.mayName('Nanjing Synergy Textiles Co., Ltd.')).toBe(true);
  });
});
