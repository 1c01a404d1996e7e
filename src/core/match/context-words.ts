/**
 * Context vocabulary the compiler folds into the payload. Compile time only.
 */

/** Words of a product phrase that say nothing about the product. */
export const PRODUCT_STOPWORDS = new Set(
  ('all and or the of in with made goods other including derived from them e g materials part parts whole wholly ' +
    'containing based exact merchandise not stated source excerpt refined its labor labour mainly at thereof items ' +
    'hand fresh raw htsus ch others products product related downstream type types various certain ' +
    // Words of the Entity List's goods that say nothing alone: "lead-acid batteries", "integrated circuit chips".
    'lead integrated').split(' '),
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
  // And what a gin makes of it ("lint from the XPCC", "ginned at XPCC gins"); not "gin", a drink too.
  cotton: ['yarn', 'textile', 'textiles', 'garments', 'apparel', 'fabric', 'fabrics', 'lint', 'bale', 'bales', 'ginned', 'ginning', 'ginnery', 'ginneries'],
  palm: ['palm', 'cpo', 'oleochemicals'],
  tires: ['tire', 'tyre', 'tyres'],
  bicycles: ['bicycle', 'bike', 'bikes', 'cycling', 'ebike', 'ebikes'],
  // A fishing firm's boats stand for its catch: "fleet operator Dalian Ocean Fishing, whose vessels…".
  seafood: ['tuna', 'fish', 'squid', 'shrimp', 'catch', 'fleet', 'vessels', 'longliners', 'jiggers'],
  tuna: ['seafood', 'fish', 'catch', 'fleet', 'vessels', 'longliners'],
  polysilicon: ['silicon', 'silica', 'solar', 'wafers', 'metallurgical'],
  silica: ['silicon', 'polysilicon', 'solar'],
  garments: ['garment', 'apparel', 'clothing', 'textiles', 'shirt', 'shirts', 'polos', 'knitwear', 'uniforms', 'workwear'],
  apparel: ['garments', 'clothing', 'textiles', 'shirt', 'shirts', 'polos', 'knitwear', 'uniforms', 'workwear'],
  sugar: ['cane', 'sugarcane'],
  aluminum: ['aluminium', 'extrusions', 'profiles'],
  diamonds: ['diamond'],
  gold: ['mining', 'minerals'],
  tobacco: ['leaf', 'cigarettes'],
  hair: ['wigs', 'extensions', 'weaves'],
  carpets: ['carpet', 'rugs', 'rug'],
  // What buyers write for the Entity List's goods: a school's "sweetener", a fleet's "batts", a PE kit's "trainers".
  aspartame: ['sweetener', 'sweeteners'],
  batteries: ['battery', 'batts', 'agm', 'vrla'],
  footwear: ['shoes', 'trainers', 'plimsolls', 'boots', 'sneakers'],
  // An office's "mono lasers", a catalogue's "drum units" and "carts".
  printers: ['laser', 'lasers', 'mfd', 'mfds'],
  cartridges: ['carts', 'drum', 'drums', 'ink', 'inks'],
  refrigerators: ['fridge', 'fridges'],
};

/**
 * Words that give where goods come from, just before a place ("made in", "sourced from", "origin:",
 * "plant in") or just after it ("Xinjiang-made"). A region presumption that covers any goods needs
 * one: a place in a headline or on a menu ("Xinjiang lamb skewers") says nothing about goods. Not
 * "from" alone: "news from Xinjiang".
 */
export const ORIGIN_WORDS = [
  'made', 'produced', 'manufactured', 'grown', 'sourced', 'mined', 'processed', 'harvested', 'spun', 'woven', 'assembled',
  'refined', 'smelted', 'origin', 'originating', 'shipped', 'exported', 'imported', 'supplied', 'factory', 'factories',
  'plant', 'plants', 'mill', 'mills', 'facility', 'facilities', 'farm', 'farms', 'based', 'located', 'address',
  'smelter', 'smelters', 'refinery', 'refineries', 'mine', 'mines', 'workshop', 'workshops', 'orchards', 'vineyards', 'dried',
  'producer', 'producers', 'purchased', 'bought', 'procured', 'line', 'lines',
  // Chinese, one ideograph a token: 产 (产于, 产地, 原产: produced, origin), 厂 (factory), 造 (制造: made).
  '产', '厂', '造',
];

/** Last words of an address line before a place ("Kaiyuan Industrial Zone, Shihezi"). */
export const ADDRESS_WORDS = ['road', 'rd', 'street', 'st', 'avenue', 'ave', 'lu', 'jie', 'zone', 'park', 'district', 'county', 'town', 'township', 'village', 'building', 'plaza', 'floor', 'estate'];

/** Verbs after a place that make it the origin of goods ("Xinjiang produces a third of the world's polysilicon"). */
export const ORIGIN_VERBS_AFTER = ['produces', 'grows', 'makes', 'supplies', 'exports', 'mines', 'smelts', 'refines'];

/** Words that deny an origin just before a place ("no Xinjiang tomatoes", "non-Xinjiang cotton", "does not buy Xinjiang cotton"). */
export const NEGATION_WORDS = ['no', 'not', 'non', 'without', 'never', 'nor', 'excluding', 'except'];

/** Words near a vessel's name that show a ship is meant: the kinds of fishing boat and what they do. */
export const VESSEL_WORDS = [
  'vessel', 'vessels', 'fishing', 'ship', 'ships', 'boat', 'boats', 'trawler', 'trawlers', 'longliner', 'longliners',
  'seiner', 'seiners', 'jigger', 'jiggers', 'reefer', 'reefers', 'flag', 'flagged', 'fv', 'crew', 'crews', 'fleet', 'skipper',
  'catch', 'landed', 'transhipped', 'transshipped', 'transhipment', 'transshipment', 'transhipments', 'transshipments', 'imo', 'mmsi',
];

/**
 * Words that only a forced-labour order or listing brings into a sentence: "CBP modified its order on
 * Smart Glove", and the ban a caller or a chat calls one ("top glove which had a ban in america").
 * Not "order" or "listed" alone: purchase orders and catalogue listings are everywhere.
 */
export const RESTRICTION_WORDS = ['wro', 'wros', 'cbp', 'uflpa', 'withhold', 'detained', 'detention', 'ban', 'bans', 'banned', 'banning'];

export const LISTING_WORDS = ['bursa', 'klse', 'sgx', 'hkex', 'sehk', 'sse', 'szse', 'twse', 'nyse', 'nasdaq', 'kl', 'ss', 'sz', 'tw'];

/** By a token of a listed name: words that show a different, same-named thing is meant. */
export const LOOKALIKES: Record<string, string[]> = {
  supermax: ['razor', 'razors', 'blade', 'blades', 'shaving', 'shave', 'shaver'],
  camel: ['cigarette', 'cigarettes', 'tobacco', 'smoke', 'toe', 'hump', 'humps', 'desert', 'caravan', 'milk', 'hair', 'wool', 'coat', 'colour', 'color', 'beige', 'tan'],
  giant: ['eagle', 'panda', 'squid', 'supermarket', 'grocery', 'inflatable', 'hogweed', 'teddy', 'step', 'steps', 'killer', 'leap', 'leaps', 'strides'],
  oasis: ['band', 'album', 'concert', 'spa', 'gallagher'],
  // Meike is also a camera-accessory brand (lenses, flashes, battery grips).
  meike: ['camera', 'cameras', 'lens', 'lenses', 'flash', 'flashes', 'tripod'],
};

/**
 * Real firms that are not listed but share a listed firm's name words: former parents, parents and
 * sister companies. A mention of one of these is never read as the listed firm it resembles (a
 * short name or a dropped descriptor would otherwise make "Sime Darby Berhad" Sime Darby Plantation).
 * Kept short, each a well-documented separate company.
 */
export const OTHER_FIRMS = [
  // Sime Darby Plantation's former parent (motors and industrial), and the property arm.
  'Sime Darby Berhad', 'Sime Darby Property', 'Sime Darby Motors',
  // Parents of listed Xinjiang subsidiaries: Daqo New Energy Corp. (NYSE: DQ), GCL Technology Holdings
  // (HKEX: 3800), East Hope Group, JA Solar Technology Co., Ltd.
  'Daqo New Energy Corp', 'GCL Technology Holdings', 'East Hope Group', 'JA Solar Technology Co., Ltd.',
  // Zijin's Serbian mining company, not the listed smelter Serbia Zijin Copper.
  'Serbia Zijin Mining',
  // The state food group, parent of the listed COFCO Sugar Holdings.
  'COFCO Corporation',
];

/** A boat's number as a news reader or a recogniser writes it out: "Zhen Fa seven", "Hangton one one two". */
export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Every word a number said aloud is made of. */
export const SPOKEN_NUMBER_WORDS: ReadonlySet<string> = new Set([...NUMBER_WORDS, ...TEENS, ...TENS]);

/** A number below a hundred in words ("sixty one", as "sixty-one" reads), or undefined. */
function belowHundred(n: number): string | undefined {
  if (n < 13) return NUMBER_WORDS[n];
  if (n < 20) return TEENS[n - 13];
  if (n >= 100) return undefined;
  const unit = n % 10;
  return TENS[Math.floor(n / 10) - 2]! + (unit === 0 ? '' : ` ${NUMBER_WORDS[unit]!}`);
}

/**
 * The ways a boat's number is said aloud: "seven", "sixty one"; one of three digits digit by digit
 * ("one one two") or as its first digit and the rest ("one twelve").
 */
export function numberSaid(number: string): string[] {
  const n = Number(number);
  const whole = belowHundred(n);
  if (whole !== undefined && !(number.length > 1 && number.startsWith('0'))) return [whole];
  if (number.length !== 3) return [];
  const digits = [...number].map((d) => NUMBER_WORDS[Number(d)]!).join(' ');
  const rest = number.charAt(1) === '0' ? undefined : belowHundred(Number(number.slice(1)));
  return rest === undefined ? [digits] : [digits, `${NUMBER_WORDS[Number(number.charAt(0))]!} ${rest}`];
}
