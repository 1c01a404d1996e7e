/**
 * High-risk goods: the UFLPA Strategy's high-priority sectors and the forced-labour entries of the
 * US Department of Labor's List of Goods, as written by hand in `seeds/sources/high-risk-goods.json`
 * (`sourceSchema`), and the flat list of goods the product risk rule reads (`highRiskGoodsSchema`),
 * which `npm run seeds` builds into `seeds/high-risk-goods.json` with `buildHighRiskGoods`.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const webUrl = z.string().max(2000).regex(/^https:\/\/[^\s]+$/, 'expected an https URL');
const label = z.string().trim().min(1).max(400);
/** Words a listing uses for the good: lower case, letters, digits, spaces and hyphens; or Chinese characters (多晶硅). */
const terms = z.array(z.string().regex(/^(?:[a-z0-9][a-z0-9 -]{0,60}|\p{Script=Han}{1,12})$/u, 'expected a lower-case term, or Chinese characters')).min(1).max(40);
const year = z.number().int().min(2009).max(2100);

const editionSchema = z.object({
  year,
  published: isoDate,
  label,
  url: webUrl,
  secondary: z.boolean(),
  added: z.array(z.string()),
  note: z.string().max(2000).optional(),
});

export const highRiskGoodsSourceSchema = z.object({
  about: z.string(),
  uflpaStrategy: z.object({
    title: label,
    url: webUrl,
    editions: z.array(editionSchema).min(1),
    laterEditions: z.string(),
    sectors: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label, terms })).min(1),
  }),
  dolList: z.object({
    title: label,
    url: webUrl,
    currentEdition: z.object({ year, published: isoDate, size: z.string() }),
    removedIn2024: z.string(),
    coverage: z.string(),
    entries: z.array(
      z.object({
        good: label,
        country: label,
        terms,
        listedSince: year,
        source: z.object({ label, url: webUrl, secondary: z.boolean() }),
      }),
    ),
  }),
});
export type HighRiskGoodsSource = z.infer<typeof highRiskGoodsSourceSchema>;

export const goodSourceSchema = z.object({
  label,
  url: webUrl,
  /** The document's date, where one is known. */
  published: isoDate.nullable(),
  /** Not DHS's or DOL's own page (a law firm, the trade press, a redistribution). */
  secondary: z.boolean(),
});
export type GoodSource = z.infer<typeof goodSourceSchema>;

export const highRiskGoodSchema = z.object({
  id: z.string().regex(/^(uflpa|dol)-[a-z0-9-]+$/),
  /** A UFLPA high-priority sector (any origin: its inputs may come from Xinjiang) or a DOL entry (one country). */
  kind: z.enum(['uflpa', 'dol']),
  label,
  terms,
  /** DOL entries: the country the good is listed for. */
  country: label.optional(),
  /** The strategy edition that named the sector, or the DOL edition the entry is cited from. */
  year,
  source: goodSourceSchema,
});
export type HighRiskGood = z.infer<typeof highRiskGoodSchema>;

export const highRiskGoodsSchema = z.object({
  /** The newest source date. */
  asOf: isoDate,
  dolEdition: z.object({ year, published: isoDate, url: webUrl, coverage: z.string() }),
  goods: z.array(highRiskGoodSchema).min(1),
});
export type HighRiskGoods = z.infer<typeof highRiskGoodsSchema>;

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The flat list of goods from the hand-written source. Throws, naming the problem, when a sector is
 * named by no edition or by two, an edition adds an unknown sector, or two goods share an id.
 */
export function buildHighRiskGoods(raw: unknown): HighRiskGoods {
  const source = highRiskGoodsSourceSchema.parse(raw);
  const { uflpaStrategy: strategy, dolList: dol } = source;
  const goods: HighRiskGood[] = [];
  for (const sector of strategy.sectors) {
    const editions = strategy.editions.filter((e) => e.added.includes(sector.id));
    if (editions.length !== 1) throw new Error(`UFLPA sector ${sector.id} is added by ${editions.length} editions, not one`);
    const edition = editions[0]!;
    goods.push({
      id: `uflpa-${sector.id}`,
      kind: 'uflpa',
      label: sector.label,
      terms: sector.terms,
      year: edition.year,
      source: { label: edition.label, url: edition.url, published: edition.published, secondary: edition.secondary },
    });
  }
  const known = new Set(strategy.sectors.map((s) => s.id));
  for (const edition of strategy.editions) {
    const unknown = edition.added.filter((id) => !known.has(id));
    if (unknown.length) throw new Error(`UFLPA edition ${edition.year} adds unknown sectors: ${unknown.join(', ')}`);
  }
  for (const entry of dol.entries) {
    goods.push({
      id: `dol-${slug(entry.country)}-${slug(entry.good)}`,
      kind: 'dol',
      label: entry.good,
      terms: entry.terms,
      country: entry.country,
      year: entry.listedSince,
      source: { label: entry.source.label, url: entry.source.url, published: null, secondary: entry.source.secondary },
    });
  }
  const ids = new Set<string>();
  for (const good of goods) {
    if (ids.has(good.id)) throw new Error(`Duplicate high-risk good ${good.id}`);
    ids.add(good.id);
  }
  const dates = [...strategy.editions.map((e) => e.published), dol.currentEdition.published].sort();
  return highRiskGoodsSchema.parse({
    asOf: dates.at(-1),
    dolEdition: { year: dol.currentEdition.year, published: dol.currentEdition.published, url: dol.url, coverage: dol.coverage },
    goods,
  });
}
