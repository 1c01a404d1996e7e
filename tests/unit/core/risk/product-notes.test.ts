/** The product risk rule: which goods on a line get a note, which origin rules a DOL entry out, the decoys, and that a line never borrows from another. */
import { describe, expect, it } from 'vitest';
import type { HighRiskGoods } from '../../../../src/core/list/high-risk-goods';
import { productNoteMessage } from '../../../../src/core/risk/note-message';
import { readFileSync, readdirSync } from 'node:fs';
import { compileProductMatcher, lineMentions, lineNotes, productNotes, statedOrigins } from '../../../../src/core/risk/product-notes';
import data from '../../../../seeds/high-risk-goods.json';

const matcher = compileProductMatcher(data as HighRiskGoods);
const ids = (text: string) => productNotes(text, matcher).map((n) => n.goodId);

describe('product notes', () => {
  it('notes polysilicon with no stated origin as a UFLPA sector and as DOL\'s China entry', () => {
    const notes = productNotes('Grade A polysilicon, 99.9999% purity, 25 kg bags', matcher);
    expect(notes.map((n) => n.goodId)).toEqual(['uflpa-silica', 'dol-china-polysilicon']);
    expect(notes[0]).toMatchObject({ kind: 'uflpa', matchedText: 'polysilicon', origins: [], year: 2022 });
    expect(productNoteMessage(notes[0]!)).toEqual({ key: 'productNoteUflpa', params: ['polysilicon', 'silica-based products, including polysilicon'] });
    expect(productNoteMessage(notes[1]!)).toEqual({ key: 'productNoteDol', params: ['2022', 'China', 'polysilicon'] });
  });

  it('gives a DOL entry a note when the line states its country or none, not another country', () => {
    expect(ids('Nitrile examination gloves, Made in Malaysia')).toEqual(['dol-malaysia-rubber-gloves']);
    expect(ids('Nitrile examination gloves, origin: Germany')).toEqual([]);
    expect(ids('Latex surgical gloves, sterile')).toEqual(['dol-china-gloves', 'dol-malaysia-rubber-gloves']);
    expect(ids('Black tea bags, origin India')).toEqual(['dol-india-tea']);
    expect(ids('Jasmine tea, product of Sri Lanka')).toEqual([]);
  });

  it('gives a UFLPA sector a note whatever origin the line states (its inputs may come from Xinjiang)', () => {
    const [note] = productNotes('Aluminium extrusions, made in Germany', matcher);
    expect(note).toMatchObject({ goodId: 'uflpa-aluminium', origins: ['Germany'], year: 2024 });
    expect(ids('Rigger boots, steel toe cap, made in China')).toEqual(['uflpa-steel']);
  });

  it('never borrows a good or an origin from another line', () => {
    const notes = productNotes('Tomatoes\nPolysilicon sourced from Xinjiang.', matcher);
    expect(notes.find((n) => n.goodId === 'uflpa-tomatoes')?.origins).toEqual([]);
    expect(notes.find((n) => n.goodId === 'uflpa-silica')?.origins).toEqual(['China']);
    // The origin on the next line does not rule DOL's China entry out, nor count for Malaysia's.
    expect(ids('Nitrile gloves\nMade in Germany').sort()).toEqual(['dol-china-gloves', 'dol-malaysia-rubber-gloves']);
    expect(lineNotes('Made in Germany', matcher)).toEqual([]);
  });

  it('reads cotton on apparel and in a medical list as the good, not on a care label or a washing machine', () => {
    expect(ids('Polo shirt, 100% cotton, machine wash 40°C')).toEqual(['uflpa-cotton']);
    expect(ids('Sweatshirt, 80% cotton 20% polyester')).toEqual(['uflpa-cotton']);
    expect(ids('Cotton wool balls, non-sterile, 500')).toEqual(['uflpa-cotton']);
    expect(ids('Wash at 40°C, cotton cycle')).toEqual([]);
    expect(ids('Care: wash at 30°C on a cotton programme')).toEqual([]);
    expect(ids('Programmes: cotton 40, cotton 60, synthetics, delicates')).toEqual([]);
    expect(ids('Staff fun day: barbecue and a cotton candy stall')).toEqual([]);
  });

  it('passes over a recipe\'s tomatoes, colours, absences and fixed phrases', () => {
    expect(ids('Add 6 tbsp tomato paste, bring to the boil and simmer')).toEqual([]);
    expect(ids('3 tomatoes, diced')).toEqual([]);
    expect(ids('Tinned chopped tomatoes 2.55kg, origin Italy')).toEqual(['uflpa-tomatoes']);
    expect(ids('Colours: navy, steel grey')).toEqual([]);
    expect(ids('Cling film, PVC-free')).toEqual([]);
    expect(ids('Instrument tray, aluminium-free polymer')).toEqual([]);
    expect(ids('Safety boots, composite toe cap (no steel)')).toEqual([]);
    expect(ids('Tea towels, terry, white')).toEqual([]);
    expect(ids('Stainless steel wash basin')).toEqual(['uflpa-steel']);
  });

  it('reads a country only as listings write one', () => {
    expect(statedOrigins('Bone china mugs, furniture polish, turkey breast', matcher)).toEqual([]);
    expect(statedOrigins('Origin: PRC; shipped via the UK', matcher)).toEqual(['China']);
    expect(statedOrigins('Polish oak flooring, Chinese polysilicon', matcher)).toEqual(['Poland', 'China']);
    expect(statedOrigins('多晶硅 产地：新疆', matcher)).toEqual(['China']);
    expect(statedOrigins('contact us by email', matcher)).toEqual([]);
    expect(statedOrigins('Brazil nuts, shelled, 1kg', matcher)).toEqual([]);
    // Every country of a DOL entry is known, and a four-letter name is a name, not a short form.
    expect(statedOrigins('Gold bullion, made in Peru', matcher)).toEqual(['Peru']);
    expect(statedOrigins('Cotton lint, Mali; Burkina Faso; Côte d’Ivoire', matcher)).toEqual(['Mali', 'Burkina Faso', "Cote d'Ivoire"]);
    expect(statedOrigins('Cobalt ore (DRC), Russian timber, North Korean seafood', matcher)).toEqual(['Democratic Republic of the Congo', 'Russia', 'North Korea']);
    expect(ids('Brazil nuts, shelled, 1kg, made in Bolivia')).toEqual(['dol-bolivia-brazil-nuts-chestnuts']);
    expect(statedOrigins('Brazil-nut kernels, origin: Bolivia', matcher)).toEqual(['Bolivia']);
  });

  it('reads the UFLPA sectors in Chinese, as bilingual listings write them', () => {
    expect(ids('多晶硅 产地：新疆')).toEqual(['uflpa-silica']);
    expect(productNotes('多晶硅 产地：新疆', matcher)[0]).toMatchObject({ matchedText: '多晶硅', origins: ['China'] });
    expect(ids('纯棉T恤 200克')).toEqual(['uflpa-cotton']);
    expect(ids('番茄酱 · 产地：新疆')).toEqual(['uflpa-tomatoes']);
    expect(ids('6063铝型材, 不锈钢螺丝')).toEqual(['uflpa-aluminium', 'uflpa-steel']);
    // A piano (钢琴), Causeway Bay (铜锣湾) and a cotton bud (棉签) are not steel, copper or cotton.
    expect(ids('钢琴 铜锣湾 棉签')).toEqual([]);
  });

  it('does not take a country goods go to or leave from for their origin', () => {
    expect(statedOrigins('Nitrile examination gloves, box of 100. Delivery to United Kingdom within 5 days.', matcher)).toEqual([]);
    expect(statedOrigins('Cotton T-shirts, 180 gsm. Made in Bangladesh. Ships from Germany.', matcher)).toEqual(['Bangladesh']);
    expect(statedOrigins('Cotton yarn 40s | Country of origin: India | for export to Vietnam', matcher)).toEqual(['India']);
    expect(statedOrigins('Aluminium ladders, dispatched from the UK warehouse', matcher)).toEqual([]);
    expect(statedOrigins('Polysilicon wafers, 中国, destination: Malaysia', matcher)).toEqual(['China']);
    // With no word to say which, a country on the line is still read as where the goods come from.
    expect(statedOrigins('Vinyl gloves | Thailand | 10 x 100', matcher)).toEqual(['Thailand']);
    expect(statedOrigins('Chinese polysilicon, Vietnamese cells', matcher)).toEqual(['China', 'Vietnam']);
  });

  it('keeps a DOL note a delivery address would have hidden', () => {
    expect(ids('Disposable gloves, box of 100. Delivery to Thailand only.')).toContain('dol-china-gloves');
    expect(ids('Disposable gloves, box of 100, made in Thailand')).not.toContain('dol-china-gloves');
  });

  it('gives one note per good for a text, counting the lines that named it', () => {
    const notes = productNotes('Steel shelving\nSteel lockers, made in Poland\nsteel grey paint', matcher);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ goodId: 'uflpa-steel', lines: 2, origins: ['Poland'] });
  });

  it('cites each note\'s source with its date, and marks sources that are not DHS or DOL', () => {
    const [aluminium] = productNotes('Aluminium foil', matcher);
    expect(aluminium?.source).toMatchObject({ published: '2024-07-09', secondary: false });
    expect(aluminium?.source.url).toMatch(/^https:\/\/www\.dhs\.gov\/news\/2024\/07\/09\//);
    // DOL's own data (its GitHub organisation's Sweat & Toil app) is primary; a law firm's report of the 2022 strategy is not.
    const [, polysilicon] = productNotes('polysilicon', matcher);
    expect(polysilicon?.source).toMatchObject({ secondary: false });
    expect(polysilicon?.source.url).toMatch(/^https:\/\/github\.com\/USDepartmentofLabor\//);
    const [cotton] = productNotes('cotton', matcher);
    expect(cotton?.source.secondary).toBe(true);
  });
});

describe('ASCII lines, read by the lower-case expressions', () => {
  // The full expressions everywhere: on ASCII text lower-cased they find what they find on it as written.
  const full = { ...matcher, asciiTerms: matcher.terms, asciiCountries: matcher.countries };
  const corpus = new URL('../../../corpus/products/', import.meta.url);
  const lines = [
    ...readdirSync(corpus).flatMap((f) => readFileSync(new URL(f, corpus), 'utf8').split('\n')),
    ...readFileSync(new URL('../../../fixtures/csv/suppliers-5000.csv', import.meta.url), 'utf8').split('\n').slice(0, 1500),
    'POLYSILICON WAFERS, ORIGIN: PRC',
    'Polysilicon2 and 2steel, steel-framed, Steel_shelf, nitrile gloves (Malaysia)',
    "Cotton yarn; People's Republic of China; uk; UK; Viet Nam",
  ];

  it('finds the goods and origins the full expressions find, at the same places', () => {
    const ascii = lines.filter((l) => /^[\x00-\x7f]*$/.test(l));
    expect(ascii.length).toBeGreaterThan(1000);
    for (const line of ascii) {
      expect(lineMentions(line, matcher), line).toEqual(lineMentions(line, full));
      expect(statedOrigins(line, matcher), line).toEqual(statedOrigins(line, full));
    }
    expect(ascii.filter((l) => lineMentions(l, matcher).length > 0).length).toBeGreaterThan(100);
  });

  it('leaves other lines to the full expressions: letters beyond ASCII are word edges, names beyond ASCII are found', () => {
    expect(ids('éPolysilicon')).toEqual([]);
    expect(ids('Steel shelving, made in Türkiye')).toEqual(['uflpa-steel']);
    expect(statedOrigins('Steel shelving, made in Türkiye', matcher)).toEqual(['Turkey']);
    expect(statedOrigins('Polysilicon, 中国', matcher)).toEqual(['China']);
  });
});

describe('a good\'s word in a company\'s name', () => {
  it('is the name, not the good', () => {
    expect(ids('TOP GLOVE CORPORATION BHD')).toEqual([]);
    expect(ids('Top Glove Corporation Bhd')).toEqual([]);
    expect(ids('NORTHGATE WORKWEAR LTD - PRODUCT LIST')).toEqual([]);
    expect(ids('Gloves from Supermex Corporation.').sort()).toEqual(['dol-china-gloves', 'dol-malaysia-rubber-gloves']);
    expect(ids('Aluminium Extrusions, Made in Germany')).toEqual(['uflpa-aluminium']);
  });
});

describe('a hostile page\'s text', () => {
  // Before the decoy rules were bounded, each of these took minutes (a rule reread the whole line
  // before each name): this test's timeout is the failure.
  it('is read in time linear in its length', { timeout: 10_000 }, () => {
    expect(ids(`${'1'.repeat(20_000)}${' cotton'.repeat(2_000)}`)).toEqual(['uflpa-cotton']);
    expect(ids('Steel '.repeat(166_000))).toEqual(['uflpa-steel']);
    expect(ids(`${'9'.repeat(999_990)} tomatoes`)).toEqual(['uflpa-tomatoes', 'dol-china-tomato-products', 'dol-mexico-tomatoes']);
    expect(ids('tomato, tbsp '.repeat(50_000))).toEqual([]);
  });
});
