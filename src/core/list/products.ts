/**
 * Products as clean string arrays, and the region orders (which match only with their products
 * nearby). Free-text product phrases that a generic split would mangle are mapped by hand here.
 */

const PRODUCT_OVERRIDES: Record<string, string[]> = {
  'cotton and tomatoes and downstream products (apparel, textiles, tomato seeds, canned tomatoes, tomato sauce)': [
    'cotton', 'cotton products', 'tomatoes', 'tomato products', 'apparel', 'textiles', 'tomato seeds', 'canned tomatoes', 'tomato sauce',
  ],
  'cotton and products made wholly or in part with Turkmenistan cotton': ['cotton', 'cotton products'],
  'tobacco and tobacco-containing products': ['tobacco', 'tobacco products'],
  'Carpets, Hand-Knotted Wool': ['hand-knotted wool carpets'],
  'Aluminum extrusions and profile products': ['aluminum extrusions', 'aluminum profile products'],
  'Stevia Extracts and Derivatives': ['stevia extracts', 'stevia derivatives'],
  'stevia and stevia extracts/derivatives': ['stevia', 'stevia extracts', 'stevia derivatives'],
  'Bicycles and bicycle parts': ['bicycles', 'bicycle parts'],
  'bicycles, bicycle parts, and accessories': ['bicycles', 'bicycle parts', 'bicycle accessories'],
  'seafood including squid': ['seafood', 'squid'],
  'tuna, swordfish and other seafood': ['tuna', 'swordfish', 'seafood'],
  'tuna and other seafood': ['tuna', 'seafood'],
  'palm oil and products containing palm oil': ['palm oil', 'palm oil products'],
  'All Garments': ['garments'],
  'Frankincense and frankincense-based products': ['frankincense', 'frankincense products'],
  'Cotton, Tomatoes and Downstream Products': ['cotton', 'cotton products', 'tomatoes', 'tomato products'],
  'Stevia and its Derivatives': ['stevia', 'stevia derivatives'],
  'Beedi Cigarettes and Other Tobacco Products': ['beedi cigarettes', 'tobacco products'],
  'Artisanal Rough Cut Diamonds': ['rough diamonds', 'diamonds'],
  'Video Games and Connector Plugs Thereof': ['video games', 'video game connector plugs'],
  'goods made at the prison, mainly furniture': ['furniture'],
  'copper / refined materials (exact merchandise not stated in source excerpt)': ['copper'],
  'silica-based products and materials/goods derived from them (e.g., polysilicon)': ['silica-based products', 'polysilicon'],
  'beedis (hand-rolled cigarettes)': ['beedis', 'hand-rolled cigarettes'],
  'all products made with its labor': ['all products'],
  'Sulfuric (Sulphuric) Acid': ['sulfuric acid', 'sulphuric acid'],
  'stevia leaf (Stevia rebaudiana) extracts or glycosides, HTSUS 2938.90.0000': ['stevia extracts', 'steviol glycosides'],
  'palm oil and derivative products (HTSUS 1511.10, 1511.90, 1513.21, 1513.29, 1517, 3401.11, 3401.19, 3401.20, 3823.12, 3823.19.20, 3823.70.40, 3823.70.60, 3824.99.41 and others in Ch. 12, 15, 23, 29, 38)':
    ['palm oil', 'palm oil products'],
  'aluminum extrusions and profile products and derivatives (HTSUS 7604.21.0010, 7604.29.1010, 7604.29.3060, 7604.29.5050, 7604.29.5090, 7608.20.0090, 7610.90.0080 and other Ch. 76)':
    ['aluminum extrusions', 'aluminum profile products'],
};

/** Split at top-level commas, semicolons and " and ", dropping parentheticals (HTSUS codes, asides). */
export function cleanProducts(raw: string | null | undefined): string[] {
  if (!raw || !raw.trim()) return [];
  const override = PRODUCT_OVERRIDES[raw.trim()];
  if (override) return [...override];
  let flat = '';
  let depth = 0;
  for (const ch of raw) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) flat += ch;
  }
  const out: string[] = [];
  for (const part of flat.split(/\s*[,;]\s*(?:and\s+)?|\s+and\s+/i)) {
    const item = part.replace(/\s+/g, ' ').trim().toLowerCase();
    if (item && !out.includes(item)) out.push(item);
  }
  return out;
}

export interface RegionOrder {
  /** Recognises the order's Entity text in CBP's file. */
  entityPattern: RegExp;
  regionTerms: string[];
  products: string[];
}

/**
 * Region or product orders, keyed by the bundled list's record id: not companies, so names
 * alone never match them. `entityPattern` recognises the same order in CBP's CSV.
 */
export const REGION_ORDERS: Record<string, RegionOrder> = {
  'cbp-wro-2021-01-13-xinjiang-uyghur-autonomous-region-xuar': {
    entityPattern: /^Xinjiang Uyghur Autonomous Region\b/i,
    regionTerms: ['Xinjiang Uyghur Autonomous Region', 'Xinjiang Uighur Autonomous Region', 'XUAR', 'Xinjiang'],
    products: PRODUCT_OVERRIDES['cotton and tomatoes and downstream products (apparel, textiles, tomato seeds, canned tomatoes, tomato sauce)']!,
  },
  'cbp-wro-2018-05-18-all-turkmenistan-cotton-or-products-produced-in-whole-or-in-': {
    entityPattern: /^All Turkmenistan Cotton\b/i,
    regionTerms: ['Turkmenistan', 'Turkmen'],
    products: ['cotton', 'cotton products'],
  },
  'cbp-wro-2019-11-01-tobacco-produced-in-malawi-and-products-containing-tobacco-p': {
    entityPattern: /^Tobacco produced in Malawi\b/i,
    regionTerms: ['Malawi', 'Malawian'],
    products: ['tobacco', 'tobacco products'],
  },
  'cbp-wro-2019-09-30-artisanal-small-mines': {
    entityPattern: /^Artisanal Small Mines\b/i,
    regionTerms: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DR Congo', 'DRC', 'artisanal small mines'],
    products: ['gold', 'artisanal gold'],
  },
  'cbp-wro-2019-09-30-marange-diamond-fields': {
    entityPattern: /^Marange Diamond Fields\b/i,
    regionTerms: ['Marange Diamond Fields', 'Marange'],
    products: ['rough diamonds', 'diamonds'],
  },
};

export function regionFor(entity: string): RegionOrder | null {
  return Object.values(REGION_ORDERS).find((r) => r.entityPattern.test(entity.trim())) ?? null;
}

/** Scope wording that reaches goods made elsewhere from the listed products. */
export function reachesDownstream(...texts: Array<string | null | undefined>): boolean {
  const all = texts.filter(Boolean).join(' ');
  return /downstream|derived from|derivative|(?:wholly|in whole) or (?:in )?part (?:with|using|derived)|containing|made with|made from or using|regardless of where/i.test(all);
}
