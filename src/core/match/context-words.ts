/**
 * Context vocabulary the compiler folds into the payload. Compile time only.
 */

/** Words of a product phrase that say nothing about the product. */
export const PRODUCT_STOPWORDS = new Set(
  ('all and or the of in with made goods other including derived from them e g materials part parts whole wholly ' +
    'containing based exact merchandise not stated source excerpt refined its labor labour mainly at thereof items ' +
    'hand fresh raw htsus ch others products product related downstream type types various certain').split(' '),
);

/**
 * Words that also count as a product: plural and spelling forms, and what buyers write instead
 * (nitrile gloves for "disposable gloves"). Keyed by a word of the listed product.
 */
export const PRODUCT_SYNONYMS: Record<string, string[]> = {
  glove: ['gloves', 'nitrile', 'latex', 'examination', 'surgical', 'disposable', 'medical'],
  gloves: ['glove', 'nitrile', 'latex', 'examination', 'surgical', 'disposable', 'medical'],
  tomatoes: ['tomato', 'paste', 'ketchup'],
  tomato: ['tomatoes', 'paste', 'ketchup'],
  cotton: ['yarn', 'textile', 'textiles', 'garments', 'apparel', 'fabric', 'fabrics'],
  palm: ['palm', 'cpo', 'oleochemicals'],
  tires: ['tire', 'tyre', 'tyres'],
  bicycles: ['bicycle', 'bike', 'bikes', 'cycling', 'ebike', 'ebikes'],
  seafood: ['tuna', 'fish', 'squid', 'shrimp', 'catch'],
  tuna: ['seafood', 'fish', 'catch'],
  polysilicon: ['silicon', 'silica', 'solar', 'wafers', 'metallurgical'],
  silica: ['silicon', 'polysilicon', 'solar'],
  garments: ['garment', 'apparel', 'clothing', 'textiles', 'shirts'],
  apparel: ['garments', 'clothing', 'textiles'],
  sugar: ['cane', 'sugarcane'],
  aluminum: ['aluminium', 'extrusions', 'profiles'],
  diamonds: ['diamond'],
  gold: ['mining', 'minerals'],
  tobacco: ['leaf', 'cigarettes'],
  hair: ['wigs', 'extensions', 'weaves'],
  carpets: ['carpet', 'rugs', 'rug'],
};

export const VESSEL_WORDS = ['vessel', 'vessels', 'fishing', 'ship', 'boat', 'trawler', 'longliner', 'flagged', 'fv', 'crew', 'fleet'];

export const LISTING_WORDS = ['bursa', 'klse', 'sgx', 'hkex', 'sehk', 'sse', 'szse', 'twse', 'nyse', 'nasdaq', 'kl', 'ss', 'sz', 'tw'];

/** By a token of a listed name: words that show a different, same-named thing is meant. */
export const LOOKALIKES: Record<string, string[]> = {
  supermax: ['razor', 'razors', 'blade', 'blades', 'shaving', 'shave', 'shaver'],
  camel: ['cigarette', 'cigarettes', 'smoke', 'toe', 'hump', 'humps', 'desert', 'caravan'],
  giant: ['eagle', 'panda', 'squid', 'supermarket', 'grocery'],
  oasis: ['band', 'album', 'concert', 'spa', 'gallagher'],
};
