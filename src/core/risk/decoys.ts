/**
 * When a good's name on a line does not offer the good: a care label's wash programme ("cotton
 * cycle"), a recipe's ingredient ("3 tomatoes, diced"), a colour ("steel grey"), an absence
 * ("PVC-free", "non-PVC"), a fixed phrase that is another thing ("cotton candy", "tea towel"), or a
 * company's name ("Top Glove Corporation Bhd").
 * A composition ("100% cotton") is always the good, whatever else the line says.
 */

const COMPOSITION = /\d+(?:[.,]\d+)?\s*%\s*(?:of\s+)?$/;
const ABSENCE_AFTER = /^\s*-?\s*free\b/i;
const NEGATIONS = new Set(['no', 'non', 'not', 'without', 'zero']);
const COLOURS = new Set(['red', 'grey', 'gray', 'blue', 'green', 'colour', 'color', 'coloured', 'colored', 'tone', 'toned', 'hue', 'shade', 'effect', 'look']);

/** Words after a fabric name in a washing machine's or a care label's programme. */
const PROGRAMME = new Set(['cycle', 'cycles', 'programme', 'programmes', 'program', 'programs', 'setting', 'settings', 'mode', 'wash']);
/** Care label words a few words before the fabric ("wash at 40°C, cotton cycle"), or a programme word ("Programmes: cotton 40, cotton 60"). */
const CARE = /\b(?:wash|washing|washes|tumble|bleach|iron|ironing|dry[ -]clean)\b/i;
const CARE_REACH_WORDS = 5;
/** Only fabric words are read for care labels ("stainless steel wash basin" is steel). */
const FABRICS = new Set(['cotton', 'cotton yarn', 'cotton fabric', 'textile', 'textiles', 'fabric', 'fabrics', 'yarn', 'yarns', 'thread', 'garment', 'garments', 'apparel', 'clothing', 'workwear', 't-shirt', 't-shirts']);

/** A recipe's words anywhere on the line. */
const RECIPE = /\b(?:tbsp|tsp|tablespoons?|teaspoons?|stir|simmer|preheat|saut[ée]|whisk|garnish|to taste|recipe|serves \d+|bring to the boil)\b/i;
/** An ingredient being prepared just after the food ("tomatoes, diced"). */
const PREPARED = /^\s*,?\s*(?:finely |roughly |thinly )?(?:diced|chopped|sliced|halved|quartered|peeled|crushed|deseeded|grated|minced)\b/i;
const FOODS = new Set(['tomato', 'tomatoes', 'tomato paste', 'tomato puree', 'passata', 'ketchup', 'shrimp', 'shrimps', 'prawn', 'prawns', 'squid', 'seafood', 'pollock', 'fish fillet', 'fish fillets', 'red dates', 'red date', 'jujube', 'jujubes', 'tea']);

/** Fixed phrases that are something else, by the good's word: the word after it. */
const OTHER_THINGS: Record<string, string[]> = {
  cotton: ['candy'],
  tea: ['towel', 'towels', 'light', 'lights', 'party', 'break', 'breaks', 'room', 'time', 'trolley'],
  steel: ['band', 'drum', 'drums'],
  copper: ['beech'],
};

/** Legal forms that end a company's name ("Top Glove Corporation Bhd", "Northgate Workwear Ltd"). */
const LEGAL_FORM = /^(?:corporation|corp|company|co|bhd|berhad|sdn|ltd|limited|inc|incorporated|llc|plc|gmbh|ag|sa|s\.a|pte|pty|group|holdings|industries|industry)\b/i;

/**
 * The good's word is part of a company's name: capitalised, and followed by capitalised words up to
 * a legal form ("Top Glove Corporation Bhd", "NORTHGATE WORKWEAR LTD"). Not "Gloves from Supermex
 * Corporation": a lower-case word between them ends the name.
 */
function inCompanyName(word: string, after: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const words = after.split(/[\s,.]+/).filter(Boolean).slice(0, 4);
  for (const word of words) {
    if (LEGAL_FORM.test(word)) return true;
    if (!/^[\p{Lu}&(]/u.test(word)) return false;
  }
  return false;
}

/** How far either side of a good's name the decoy rules read: bounded, so a hostile line of a million digits or of the same word repeated costs no more than a short one. */
const REACH = 80;

/** What the decoy rules read of the whole line, worked out once a line (a recipe's words). */
export interface LineFacts {
  recipe?: boolean;
}

function wordAfter(after: string): string {
  return after.match(/^[\s-]*([\p{L}]+)/u)?.[1]?.toLowerCase() ?? '';
}

function wordsBefore(before: string, count: number): string[] {
  return before.split(/[^\p{L}\p{N}°]+/u).filter(Boolean).slice(-count).map((w) => w.toLowerCase());
}

export function isDecoy(line: string, start: number, end: number, term: string, facts: LineFacts = {}): boolean {
  const before = line.slice(Math.max(0, start - REACH), start);
  const after = line.slice(end, end + REACH);
  // The expression is tried at each of the window's characters: only a window with a "%" can match.
  if (before.includes('%') && COMPOSITION.test(before)) return false;
  const next = wordAfter(after);
  const previous = wordsBefore(before, CARE_REACH_WORDS);
  if (ABSENCE_AFTER.test(after) || NEGATIONS.has(previous.at(-1) ?? '')) return true;
  if (COLOURS.has(next)) return true;
  if (OTHER_THINGS[term]?.includes(next)) return true;
  if (inCompanyName(line.slice(start, end), after)) return true;
  if (FABRICS.has(term) && (PROGRAMME.has(next) || previous.some((w) => CARE.test(w) || PROGRAMME.has(w)))) return true;
  if (FOODS.has(term) && ((facts.recipe ??= RECIPE.test(line)) || PREPARED.test(after))) return true;
  return false;
}
