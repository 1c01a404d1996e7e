/**
 * The labelled corpus, with inline labels: `pages/`, written by this project's matcher authors as real
 * pages write names, and `outside/`, written by people who had not read the matcher, from real-world
 * page shapes (issue #14), measured before any tuning for them.
 *   [[surface text|Listed name]]            a mention of the record with that name (or alias)
 *   [[surface text|Listed name|possible]]   a mention the matcher should report as a possible match
 *   {{surface text}}                        a decoy: must not be reported
 * HTML pages are reduced to text the way the CLI does it, so labels may wrap markup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { namesOf, type ListRecord } from '../../src/core/record';
import { htmlToText } from '../../src/core/text/html-text';
import type { Confidence } from '../../src/core/match/types';

export interface LabelledMention {
  start: number;
  end: number;
  label: string;
  recordIds: Set<string>;
  confidence: Confidence;
  /** The label names a region order (a place, not a company). */
  region: boolean;
}

export interface CorpusPage {
  file: string;
  text: string;
  mentions: LabelledMention[];
  decoys: Array<{ start: number; end: number; text: string }>;
}

const MENTION = /\[\[([\s\S]*?)\|([^|\]]+)(?:\|(possible))?\]\]/g;
const DECOY = /\{\{([\s\S]*?)\}\}/g;
const [M_OPEN, M_CLOSE, D_OPEN, D_CLOSE] = ['\uE000', '\uE001', '\uE002', '\uE003'];

export const PAGES_DIR = fileURLToPath(new URL('./pages/', import.meta.url));
export const OUTSIDE_DIR = fileURLToPath(new URL('./outside/', import.meta.url));
/** A second outside set, written later under the same rules, measured before any tuning for it. */
export const FRESH_DIR = fileURLToPath(new URL('./fresh/', import.meta.url));
/** A third, written after the second was tuned for. */
export const THIRD_DIR = fileURLToPath(new URL('./third/', import.meta.url));
/** A fourth, written after the third was tuned for. */
export const FOURTH_DIR = fileURLToPath(new URL('./fourth/', import.meta.url));
/** A fifth and a sixth, written at the same time by two helpers after the fourth was tuned for. */
export const FIFTH_DIR = fileURLToPath(new URL('./fifth/', import.meta.url));
export const SIXTH_DIR = fileURLToPath(new URL('./sixth/', import.meta.url));
/** A seventh and an eighth, written while the fifth and sixth were tuned for. */
export const SEVENTH_DIR = fileURLToPath(new URL('./seventh/', import.meta.url));
export const EIGHTH_DIR = fileURLToPath(new URL('./eighth/', import.meta.url));
/** A ninth and a tenth, written while the seventh and eighth were tuned for, with corpus.ts's rule on sure and possible spelt out. */
export const NINTH_DIR = fileURLToPath(new URL('./ninth/', import.meta.url));
export const TENTH_DIR = fileURLToPath(new URL('./tenth/', import.meta.url));
/** An eleventh and a twelfth, under the same brief, written while the ninth and tenth were tuned for. */
export const ELEVENTH_DIR = fileURLToPath(new URL('./eleventh/', import.meta.url));
export const TWELFTH_DIR = fileURLToPath(new URL('./twelfth/', import.meta.url));
/** A thirteenth and a fourteenth, under the same brief, written while the eleventh and twelfth were tuned for. */
export const THIRTEENTH_DIR = fileURLToPath(new URL('./thirteenth/', import.meta.url));
export const FOURTEENTH_DIR = fileURLToPath(new URL('./fourteenth/', import.meta.url));
/** A fifteenth and a sixteenth, under the same brief, written while the thirteenth and fourteenth were tuned for. */
export const FIFTEENTH_DIR = fileURLToPath(new URL('./fifteenth/', import.meta.url));
export const SIXTEENTH_DIR = fileURLToPath(new URL('./sixteenth/', import.meta.url));
/** A seventeenth and an eighteenth, under the same brief, written while the fifteenth and sixteenth were tuned for. */
export const SEVENTEENTH_DIR = fileURLToPath(new URL('./seventeenth/', import.meta.url));
export const EIGHTEENTH_DIR = fileURLToPath(new URL('./eighteenth/', import.meta.url));
/** A nineteenth and a twentieth, under the same brief, written after the seventeenth and eighteenth were measured. */
export const NINETEENTH_DIR = fileURLToPath(new URL('./nineteenth/', import.meta.url));
export const TWENTIETH_DIR = fileURLToPath(new URL('./twentieth/', import.meta.url));
/** A twenty-first and a twenty-second, under the same brief, written after the nineteenth and twentieth were measured. */
export const TWENTY_FIRST_DIR = fileURLToPath(new URL('./twentyfirst/', import.meta.url));
export const TWENTY_SECOND_DIR = fileURLToPath(new URL('./twentysecond/', import.meta.url));
/** A twenty-third and a twenty-fourth, under the same brief, written after the twenty-first and twenty-second were measured. */
export const TWENTY_THIRD_DIR = fileURLToPath(new URL('./twentythird/', import.meta.url));
export const TWENTY_FOURTH_DIR = fileURLToPath(new URL('./twentyfourth/', import.meta.url));
/** A twenty-fifth and a twenty-sixth, under the same brief, written after the twenty-third and twenty-fourth were measured. */
export const TWENTY_FIFTH_DIR = fileURLToPath(new URL('./twentyfifth/', import.meta.url));
export const TWENTY_SIXTH_DIR = fileURLToPath(new URL('./twentysixth/', import.meta.url));
/** A twenty-seventh and a twenty-eighth, under the same brief, written after the twenty-fifth and twenty-sixth were measured. */
export const TWENTY_SEVENTH_DIR = fileURLToPath(new URL('./twentyseventh/', import.meta.url));
export const TWENTY_EIGHTH_DIR = fileURLToPath(new URL('./twentyeighth/', import.meta.url));
/** A twenty-ninth and a thirtieth, under the same brief, written after the twenty-seventh and twenty-eighth were measured. */
export const TWENTY_NINTH_DIR = fileURLToPath(new URL('./twentyninth/', import.meta.url));
export const THIRTIETH_DIR = fileURLToPath(new URL('./thirtieth/', import.meta.url));
/** A thirty-first and a thirty-second, under the same brief, written after the twenty-ninth and thirtieth were measured. */
export const THIRTY_FIRST_DIR = fileURLToPath(new URL('./thirtyfirst/', import.meta.url));
export const THIRTY_SECOND_DIR = fileURLToPath(new URL('./thirtysecond/', import.meta.url));
/** A thirty-third and a thirty-fourth, under the same brief, written after the thirty-first and thirty-second were measured. */
export const THIRTY_THIRD_DIR = fileURLToPath(new URL('./thirtythird/', import.meta.url));
export const THIRTY_FOURTH_DIR = fileURLToPath(new URL('./thirtyfourth/', import.meta.url));
/** A thirty-fifth and a thirty-sixth, under the same brief, written after the thirty-third and thirty-fourth were measured. */
export const THIRTY_FIFTH_DIR = fileURLToPath(new URL('./thirtyfifth/', import.meta.url));
export const THIRTY_SIXTH_DIR = fileURLToPath(new URL('./thirtysixth/', import.meta.url));
/** A thirty-seventh and a thirty-eighth, under the same brief, written after the thirty-fifth and thirty-sixth were measured. */
export const THIRTY_SEVENTH_DIR = fileURLToPath(new URL('./thirtyseventh/', import.meta.url));
export const THIRTY_EIGHTH_DIR = fileURLToPath(new URL('./thirtyeighth/', import.meta.url));
/** A thirty-ninth and a fortieth, under the same brief, written after the thirty-seventh and thirty-eighth were measured. */
export const THIRTY_NINTH_DIR = fileURLToPath(new URL('./thirtyninth/', import.meta.url));
export const FORTIETH_DIR = fileURLToPath(new URL('./fortieth/', import.meta.url));
/** A forty-first and a forty-second, under the same brief, written after the thirty-ninth and fortieth were measured. */
export const FORTY_FIRST_DIR = fileURLToPath(new URL('./fortyfirst/', import.meta.url));
export const FORTY_SECOND_DIR = fileURLToPath(new URL('./fortysecond/', import.meta.url));
/** A forty-third and a forty-fourth, under the same brief, written after the forty-first and forty-second were measured. */
export const FORTY_THIRD_DIR = fileURLToPath(new URL('./fortythird/', import.meta.url));
export const FORTY_FOURTH_DIR = fileURLToPath(new URL('./fortyfourth/', import.meta.url));
/** A forty-fifth and a forty-sixth, under the same brief, written after the forty-third and forty-fourth were measured. */
export const FORTY_FIFTH_DIR = fileURLToPath(new URL('./fortyfifth/', import.meta.url));
export const FORTY_SIXTH_DIR = fileURLToPath(new URL('./fortysixth/', import.meta.url));
/** A forty-seventh and a forty-eighth, under the same brief, written after the forty-fifth and forty-sixth were measured. */
export const FORTY_SEVENTH_DIR = fileURLToPath(new URL('./fortyseventh/', import.meta.url));
export const FORTY_EIGHTH_DIR = fileURLToPath(new URL('./fortyeighth/', import.meta.url));
/** A forty-ninth and a fiftieth, under the same brief, written after the forty-seventh and forty-eighth were measured. */
export const FORTY_NINTH_DIR = fileURLToPath(new URL('./fortyninth/', import.meta.url));
export const FIFTIETH_DIR = fileURLToPath(new URL('./fiftieth/', import.meta.url));
/** A fifty-first and a fifty-second, under the same brief, written after the forty-ninth and fiftieth were measured. */
export const FIFTY_FIRST_DIR = fileURLToPath(new URL('./fiftyfirst/', import.meta.url));
export const FIFTY_SECOND_DIR = fileURLToPath(new URL('./fiftysecond/', import.meta.url));
/** A fifty-third and a fifty-fourth, under the same brief, written after the fifty-first and fifty-second were measured. */
export const FIFTY_THIRD_DIR = fileURLToPath(new URL('./fiftythird/', import.meta.url));
export const FIFTY_FOURTH_DIR = fileURLToPath(new URL('./fiftyfourth/', import.meta.url));
/** A fifty-fifth and a fifty-sixth, under the same brief, written after the fifty-third and fifty-fourth were measured. */
export const FIFTY_FIFTH_DIR = fileURLToPath(new URL('./fiftyfifth/', import.meta.url));
export const FIFTY_SIXTH_DIR = fileURLToPath(new URL('./fiftysixth/', import.meta.url));
/** A fifty-seventh and a fifty-eighth, under the same brief, written after the fifty-fifth and fifty-sixth were measured. */
export const FIFTY_SEVENTH_DIR = fileURLToPath(new URL('./fiftyseventh/', import.meta.url));
export const FIFTY_EIGHTH_DIR = fileURLToPath(new URL('./fiftyeighth/', import.meta.url));
/** A fifty-ninth and a sixtieth, under the same brief, written after the fifty-seventh and fifty-eighth were measured. */
export const FIFTY_NINTH_DIR = fileURLToPath(new URL('./fiftyninth/', import.meta.url));
export const SIXTIETH_DIR = fileURLToPath(new URL('./sixtieth/', import.meta.url));
/** A sixty-first and a sixty-second, under the same brief, written after the fifty-ninth and sixtieth were measured. */
export const SIXTY_FIRST_DIR = fileURLToPath(new URL('./sixtyfirst/', import.meta.url));
export const SIXTY_SECOND_DIR = fileURLToPath(new URL('./sixtysecond/', import.meta.url));
/** A sixty-third and a sixty-fourth, under the same brief, written after the sixty-first and sixty-second were measured. */
export const SIXTY_THIRD_DIR = fileURLToPath(new URL('./sixtythird/', import.meta.url));
export const SIXTY_FOURTH_DIR = fileURLToPath(new URL('./sixtyfourth/', import.meta.url));
/** A sixty-fifth and a sixty-sixth, under the same brief, written after the sixty-third and sixty-fourth were measured. */
export const SIXTY_FIFTH_DIR = fileURLToPath(new URL('./sixtyfifth/', import.meta.url));
export const SIXTY_SIXTH_DIR = fileURLToPath(new URL('./sixtysixth/', import.meta.url));
/** A sixty-seventh and a sixty-eighth, under the same brief, written after the sixty-fifth and sixty-sixth were measured. */
export const SIXTY_SEVENTH_DIR = fileURLToPath(new URL('./sixtyseventh/', import.meta.url));
export const SIXTY_EIGHTH_DIR = fileURLToPath(new URL('./sixtyeighth/', import.meta.url));
/** A sixty-ninth and a seventieth, under the same brief, written after the sixty-seventh and sixty-eighth were measured. */
export const SIXTY_NINTH_DIR = fileURLToPath(new URL('./sixtyninth/', import.meta.url));
export const SEVENTIETH_DIR = fileURLToPath(new URL('./seventieth/', import.meta.url));
/** A seventy-first and a seventy-second, under a brief rewritten that says a name without its place is possible, written after the sixty-ninth and seventieth were measured. */
export const SEVENTY_FIRST_DIR = fileURLToPath(new URL('./seventyfirst/', import.meta.url));
export const SEVENTY_SECOND_DIR = fileURLToPath(new URL('./seventysecond/', import.meta.url));
/** A seventy-third and a seventy-fourth, under the same brief, written after the seventy-first and seventy-second were measured. */
export const SEVENTY_THIRD_DIR = fileURLToPath(new URL('./seventythird/', import.meta.url));
export const SEVENTY_FOURTH_DIR = fileURLToPath(new URL('./seventyfourth/', import.meta.url));
/** A seventy-fifth and a seventy-sixth, under the same brief, written after the seventy-third and seventy-fourth were measured. */
export const SEVENTY_FIFTH_DIR = fileURLToPath(new URL('./seventyfifth/', import.meta.url));
export const SEVENTY_SIXTH_DIR = fileURLToPath(new URL('./seventysixth/', import.meta.url));
/** A seventy-seventh and a seventy-eighth, under the same brief, written after the seventy-fifth and seventy-sixth were measured. */
export const SEVENTY_SEVENTH_DIR = fileURLToPath(new URL('./seventyseventh/', import.meta.url));
export const SEVENTY_EIGHTH_DIR = fileURLToPath(new URL('./seventyeighth/', import.meta.url));
/** A seventy-ninth and an eightieth, under the same brief, written after the seventy-seventh and seventy-eighth were measured. */
export const SEVENTY_NINTH_DIR = fileURLToPath(new URL('./seventyninth/', import.meta.url));
export const EIGHTIETH_DIR = fileURLToPath(new URL('./eightieth/', import.meta.url));
/** An eighty-first and an eighty-second, under the same brief, written after the seventy-ninth and eightieth were measured. */
export const EIGHTY_FIRST_DIR = fileURLToPath(new URL('./eightyfirst/', import.meta.url));
export const EIGHTY_SECOND_DIR = fileURLToPath(new URL('./eightysecond/', import.meta.url));
/** An eighty-third and an eighty-fourth, under the same brief, written after the eighty-first and eighty-second were measured. */
export const EIGHTY_THIRD_DIR = fileURLToPath(new URL('./eightythird/', import.meta.url));
export const EIGHTY_FOURTH_DIR = fileURLToPath(new URL('./eightyfourth/', import.meta.url));
/** An eighty-fifth and an eighty-sixth, under the same brief, written after the eighty-third and eighty-fourth were measured. */
export const EIGHTY_FIFTH_DIR = fileURLToPath(new URL('./eightyfifth/', import.meta.url));
export const EIGHTY_SIXTH_DIR = fileURLToPath(new URL('./eightysixth/', import.meta.url));
/** An eighty-seventh and an eighty-eighth, under the same brief, written after the eighty-fifth and eighty-sixth were measured. */
export const EIGHTY_SEVENTH_DIR = fileURLToPath(new URL('./eightyseventh/', import.meta.url));
export const EIGHTY_EIGHTH_DIR = fileURLToPath(new URL('./eightyeighth/', import.meta.url));
/** An eighty-ninth and a ninetieth, under the same brief, written after the eighty-seventh and eighty-eighth were measured. */
export const EIGHTY_NINTH_DIR = fileURLToPath(new URL('./eightyninth/', import.meta.url));
export const NINETIETH_DIR = fileURLToPath(new URL('./ninetieth/', import.meta.url));
/** A ninety-first and a ninety-second, under the same brief, written after the eighty-ninth and ninetieth were measured. */
export const NINETY_FIRST_DIR = fileURLToPath(new URL('./ninetyfirst/', import.meta.url));
export const NINETY_SECOND_DIR = fileURLToPath(new URL('./ninetysecond/', import.meta.url));
/** A ninety-third and a ninety-fourth, under the same brief, written after the ninety-first and ninety-second were measured. */
export const NINETY_THIRD_DIR = fileURLToPath(new URL('./ninetythird/', import.meta.url));
export const NINETY_FOURTH_DIR = fileURLToPath(new URL('./ninetyfourth/', import.meta.url));
/** A ninety-fifth and a ninety-sixth, under the same brief, written after the ninety-third and ninety-fourth were measured. */
export const NINETY_FIFTH_DIR = fileURLToPath(new URL('./ninetyfifth/', import.meta.url));
export const NINETY_SIXTH_DIR = fileURLToPath(new URL('./ninetysixth/', import.meta.url));
/** A ninety-seventh and a ninety-eighth, under the same brief, written after the ninety-fifth and ninety-sixth were measured. */
export const NINETY_SEVENTH_DIR = fileURLToPath(new URL('./ninetyseventh/', import.meta.url));
export const NINETY_EIGHTH_DIR = fileURLToPath(new URL('./ninetyeighth/', import.meta.url));
/** A ninety-ninth and a hundredth, under the same brief, written after the ninety-seventh and ninety-eighth were measured. */
export const NINETY_NINTH_DIR = fileURLToPath(new URL('./ninetyninth/', import.meta.url));
export const HUNDREDTH_DIR = fileURLToPath(new URL('./hundredth/', import.meta.url));
/** A hundred-and-first and a hundred-and-second, under the same brief, written after the ninety-ninth and hundredth were measured. */
export const HUNDRED_FIRST_DIR = fileURLToPath(new URL('./hundredfirst/', import.meta.url));
export const HUNDRED_SECOND_DIR = fileURLToPath(new URL('./hundredsecond/', import.meta.url));
/** A hundred-and-third and a hundred-and-fourth, under the same brief, written after the hundred-and-first and hundred-and-second were measured. */
export const HUNDRED_THIRD_DIR = fileURLToPath(new URL('./hundredthird/', import.meta.url));
export const HUNDRED_FOURTH_DIR = fileURLToPath(new URL('./hundredfourth/', import.meta.url));
/** A hundred-and-fifth and a hundred-and-sixth, under the same brief, written after the hundred-and-third and hundred-and-fourth were measured. */
export const HUNDRED_FIFTH_DIR = fileURLToPath(new URL('./hundredfifth/', import.meta.url));
export const HUNDRED_SIXTH_DIR = fileURLToPath(new URL('./hundredsixth/', import.meta.url));
/** A hundred-and-seventh and a hundred-and-eighth, under the same brief, written after the hundred-and-fifth and hundred-and-sixth were measured. */
export const HUNDRED_SEVENTH_DIR = fileURLToPath(new URL('./hundredseventh/', import.meta.url));
export const HUNDRED_EIGHTH_DIR = fileURLToPath(new URL('./hundredeighth/', import.meta.url));
/** A hundred-and-ninth and a hundred-and-tenth, under the same brief, written after the hundred-and-seventh and hundred-and-eighth were measured. */
export const HUNDRED_NINTH_DIR = fileURLToPath(new URL('./hundredninth/', import.meta.url));
export const HUNDRED_TENTH_DIR = fileURLToPath(new URL('./hundredtenth/', import.meta.url));
/** A hundred-and-eleventh and a hundred-and-twelfth, under the same brief, written after the hundred-and-ninth and hundred-and-tenth were measured. */
export const HUNDRED_ELEVENTH_DIR = fileURLToPath(new URL('./hundredeleventh/', import.meta.url));
export const HUNDRED_TWELFTH_DIR = fileURLToPath(new URL('./hundredtwelfth/', import.meta.url));
/** A hundred-and-thirteenth and a hundred-and-fourteenth, under the same brief, written after the hundred-and-eleventh and hundred-and-twelfth were measured. */
export const HUNDRED_THIRTEENTH_DIR = fileURLToPath(new URL('./hundredthirteenth/', import.meta.url));
export const HUNDRED_FOURTEENTH_DIR = fileURLToPath(new URL('./hundredfourteenth/', import.meta.url));
/** A hundred-and-fifteenth and a hundred-and-sixteenth, under the same brief, written after the hundred-and-thirteenth and hundred-and-fourteenth were measured. */
export const HUNDRED_FIFTEENTH_DIR = fileURLToPath(new URL('./hundredfifteenth/', import.meta.url));
export const HUNDRED_SIXTEENTH_DIR = fileURLToPath(new URL('./hundredsixteenth/', import.meta.url));
/** A hundred-and-seventeenth and a hundred-and-eighteenth, under the same brief, written after the hundred-and-fifteenth and hundred-and-sixteenth were measured. */
export const HUNDRED_SEVENTEENTH_DIR = fileURLToPath(new URL('./hundredseventeenth/', import.meta.url));
export const HUNDRED_EIGHTEENTH_DIR = fileURLToPath(new URL('./hundredeighteenth/', import.meta.url));
/** A hundred-and-nineteenth and a hundred-and-twentieth, under the same brief, written after the hundred-and-seventeenth and hundred-and-eighteenth were measured. */
export const HUNDRED_NINETEENTH_DIR = fileURLToPath(new URL('./hundrednineteenth/', import.meta.url));
export const HUNDRED_TWENTIETH_DIR = fileURLToPath(new URL('./hundredtwentieth/', import.meta.url));
/** A hundred-and-twenty-first and a hundred-and-twenty-second, under the same brief, written after the hundred-and-nineteenth and hundred-and-twentieth were measured. */
export const HUNDRED_TWENTY_FIRST_DIR = fileURLToPath(new URL('./hundredtwentyfirst/', import.meta.url));
export const HUNDRED_TWENTY_SECOND_DIR = fileURLToPath(new URL('./hundredtwentysecond/', import.meta.url));
/** A hundred-and-twenty-third and a hundred-and-twenty-fourth, under the same brief, written after the hundred-and-twenty-first and hundred-and-twenty-second were measured. */
export const HUNDRED_TWENTY_THIRD_DIR = fileURLToPath(new URL('./hundredtwentythird/', import.meta.url));
export const HUNDRED_TWENTY_FOURTH_DIR = fileURLToPath(new URL('./hundredtwentyfourth/', import.meta.url));
/** A hundred-and-twenty-fifth and a hundred-and-twenty-sixth, under the same brief, written after the hundred-and-twenty-third and hundred-and-twenty-fourth were measured. */
export const HUNDRED_TWENTY_FIFTH_DIR = fileURLToPath(new URL('./hundredtwentyfifth/', import.meta.url));
export const HUNDRED_TWENTY_SIXTH_DIR = fileURLToPath(new URL('./hundredtwentysixth/', import.meta.url));
/** A hundred-and-twenty-seventh and a hundred-and-twenty-eighth, under the same brief, written after the hundred-and-twenty-fifth and hundred-and-twenty-sixth were measured. */
export const HUNDRED_TWENTY_SEVENTH_DIR = fileURLToPath(new URL('./hundredtwentyseventh/', import.meta.url));
export const HUNDRED_TWENTY_EIGHTH_DIR = fileURLToPath(new URL('./hundredtwentyeighth/', import.meta.url));
/** A hundred-and-twenty-ninth and a hundred-and-thirtieth, under the same brief, written after the hundred-and-twenty-seventh and hundred-and-twenty-eighth were measured. */
export const HUNDRED_TWENTY_NINTH_DIR = fileURLToPath(new URL('./hundredtwentyninth/', import.meta.url));
export const HUNDRED_THIRTIETH_DIR = fileURLToPath(new URL('./hundredthirtieth/', import.meta.url));
/** A hundred-and-thirty-first and a hundred-and-thirty-second, under the same brief, written after the hundred-and-twenty-ninth and hundred-and-thirtieth were measured. */
export const HUNDRED_THIRTY_FIRST_DIR = fileURLToPath(new URL('./hundredthirtyfirst/', import.meta.url));
export const HUNDRED_THIRTY_SECOND_DIR = fileURLToPath(new URL('./hundredthirtysecond/', import.meta.url));
/** A hundred-and-thirty-third and a hundred-and-thirty-fourth, under the same brief, written after the hundred-and-thirty-first and hundred-and-thirty-second were measured. */
export const HUNDRED_THIRTY_THIRD_DIR = fileURLToPath(new URL('./hundredthirtythird/', import.meta.url));
export const HUNDRED_THIRTY_FOURTH_DIR = fileURLToPath(new URL('./hundredthirtyfourth/', import.meta.url));
/** A hundred-and-thirty-fifth and a hundred-and-thirty-sixth, under the same brief, written after the hundred-and-thirty-third and hundred-and-thirty-fourth were measured. */
export const HUNDRED_THIRTY_FIFTH_DIR = fileURLToPath(new URL('./hundredthirtyfifth/', import.meta.url));
export const HUNDRED_THIRTY_SIXTH_DIR = fileURLToPath(new URL('./hundredthirtysixth/', import.meta.url));
/** A hundred-and-thirty-seventh and a hundred-and-thirty-eighth, under the same brief, written after the hundred-and-thirty-fifth and hundred-and-thirty-sixth were measured. */
export const HUNDRED_THIRTY_SEVENTH_DIR = fileURLToPath(new URL('./hundredthirtyseventh/', import.meta.url));
export const HUNDRED_THIRTY_EIGHTH_DIR = fileURLToPath(new URL('./hundredthirtyeighth/', import.meta.url));
/** A hundred-and-thirty-ninth and a hundred-and-fortieth, under the same brief, written after the Entity List's goods were added. */
export const HUNDRED_THIRTY_NINTH_DIR = fileURLToPath(new URL('./hundredthirtyninth/', import.meta.url));
export const HUNDRED_FORTIETH_DIR = fileURLToPath(new URL('./hundredfortieth/', import.meta.url));
/** A hundred-and-forty-first and a hundred-and-forty-second, under the same brief, written after the hundred-and-thirty-ninth and hundred-and-fortieth were measured. */
export const HUNDRED_FORTY_FIRST_DIR = fileURLToPath(new URL('./hundredfortyfirst/', import.meta.url));
export const HUNDRED_FORTY_SECOND_DIR = fileURLToPath(new URL('./hundredfortysecond/', import.meta.url));
/** A hundred-and-forty-third and a hundred-and-forty-fourth, under the same brief, written after the hundred-and-forty-first and hundred-and-forty-second were measured. */
export const HUNDRED_FORTY_THIRD_DIR = fileURLToPath(new URL('./hundredfortythird/', import.meta.url));
export const HUNDRED_FORTY_FOURTH_DIR = fileURLToPath(new URL('./hundredfortyfourth/', import.meta.url));
/** A hundred-and-forty-fifth and a hundred-and-forty-sixth, under the same brief, written after the hundred-and-forty-third and hundred-and-forty-fourth were measured. */
export const HUNDRED_FORTY_FIFTH_DIR = fileURLToPath(new URL('./hundredfortyfifth/', import.meta.url));
export const HUNDRED_FORTY_SIXTH_DIR = fileURLToPath(new URL('./hundredfortysixth/', import.meta.url));
/** A hundred-and-forty-seventh and a hundred-and-forty-eighth, under the same brief, written after the hundred-and-forty-fifth and hundred-and-forty-sixth were measured. */
export const HUNDRED_FORTY_SEVENTH_DIR = fileURLToPath(new URL('./hundredfortyseventh/', import.meta.url));
export const HUNDRED_FORTY_EIGHTH_DIR = fileURLToPath(new URL('./hundredfortyeighth/', import.meta.url));
/** A hundred-and-forty-ninth and a hundred-and-fiftieth, under the same brief, written after the hundred-and-forty-seventh and hundred-and-forty-eighth were measured. */
export const HUNDRED_FORTY_NINTH_DIR = fileURLToPath(new URL('./hundredfortyninth/', import.meta.url));
export const HUNDRED_FIFTIETH_DIR = fileURLToPath(new URL('./hundredfiftieth/', import.meta.url));
/** A hundred-and-fifty-first and a hundred-and-fifty-second, under the same brief, written after the hundred-and-forty-ninth and hundred-and-fiftieth were measured. */
export const HUNDRED_FIFTY_FIRST_DIR = fileURLToPath(new URL('./hundredfiftyfirst/', import.meta.url));
export const HUNDRED_FIFTY_SECOND_DIR = fileURLToPath(new URL('./hundredfiftysecond/', import.meta.url));
/** A hundred-and-fifty-third and a hundred-and-fifty-fourth, under the same brief, written after the hundred-and-fifty-first and hundred-and-fifty-second were measured. */
export const HUNDRED_FIFTY_THIRD_DIR = fileURLToPath(new URL('./hundredfiftythird/', import.meta.url));
export const HUNDRED_FIFTY_FOURTH_DIR = fileURLToPath(new URL('./hundredfiftyfourth/', import.meta.url));
/** A hundred-and-fifty-fifth and a hundred-and-fifty-sixth, under the same brief, written after the hundred-and-fifty-third and hundred-and-fifty-fourth were measured. */
export const HUNDRED_FIFTY_FIFTH_DIR = fileURLToPath(new URL('./hundredfiftyfifth/', import.meta.url));
export const HUNDRED_FIFTY_SIXTH_DIR = fileURLToPath(new URL('./hundredfiftysixth/', import.meta.url));
/** A hundred-and-fifty-seventh and a hundred-and-fifty-eighth, under the same brief, written after the hundred-and-fifty-fifth and hundred-and-fifty-sixth were measured. */
export const HUNDRED_FIFTY_SEVENTH_DIR = fileURLToPath(new URL('./hundredfiftyseventh/', import.meta.url));
export const HUNDRED_FIFTY_EIGHTH_DIR = fileURLToPath(new URL('./hundredfiftyeighth/', import.meta.url));
/** A hundred-and-fifty-ninth and a hundred-and-sixtieth, under the same brief, written after the hundred-and-fifty-seventh and hundred-and-fifty-eighth were measured. */
export const HUNDRED_FIFTY_NINTH_DIR = fileURLToPath(new URL('./hundredfiftyninth/', import.meta.url));
export const HUNDRED_SIXTIETH_DIR = fileURLToPath(new URL('./hundredsixtieth/', import.meta.url));
/** A hundred-and-sixty-first and a hundred-and-sixty-second, under the same brief, written after the hundred-and-fifty-ninth and hundred-and-sixtieth were measured. */
export const HUNDRED_SIXTY_FIRST_DIR = fileURLToPath(new URL('./hundredsixtyfirst/', import.meta.url));
export const HUNDRED_SIXTY_SECOND_DIR = fileURLToPath(new URL('./hundredsixtysecond/', import.meta.url));
/** A hundred-and-sixty-third and a hundred-and-sixty-fourth, under the same brief, written after the hundred-and-sixty-first and hundred-and-sixty-second were measured. */
export const HUNDRED_SIXTY_THIRD_DIR = fileURLToPath(new URL('./hundredsixtythird/', import.meta.url));
export const HUNDRED_SIXTY_FOURTH_DIR = fileURLToPath(new URL('./hundredsixtyfourth/', import.meta.url));
/** A hundred-and-sixty-fifth and a hundred-and-sixty-sixth, under the same brief, written after the hundred-and-sixty-third and hundred-and-sixty-fourth were measured. */
export const HUNDRED_SIXTY_FIFTH_DIR = fileURLToPath(new URL('./hundredsixtyfifth/', import.meta.url));
export const HUNDRED_SIXTY_SIXTH_DIR = fileURLToPath(new URL('./hundredsixtysixth/', import.meta.url));
/** A hundred-and-sixty-seventh and a hundred-and-sixty-eighth, under the same brief, written after the hundred-and-sixty-fifth and hundred-and-sixty-sixth were measured. */
export const HUNDRED_SIXTY_SEVENTH_DIR = fileURLToPath(new URL('./hundredsixtyseventh/', import.meta.url));
export const HUNDRED_SIXTY_EIGHTH_DIR = fileURLToPath(new URL('./hundredsixtyeighth/', import.meta.url));
/** A hundred-and-sixty-ninth and a hundred-and-seventieth, under the same brief, written after the hundred-and-sixty-seventh and hundred-and-sixty-eighth were measured. */
export const HUNDRED_SIXTY_NINTH_DIR = fileURLToPath(new URL('./hundredsixtyninth/', import.meta.url));
export const HUNDRED_SEVENTIETH_DIR = fileURLToPath(new URL('./hundredseventieth/', import.meta.url));
/** A hundred-and-seventy-first and a hundred-and-seventy-second, under the same brief, written after the hundred-and-sixty-ninth and hundred-and-seventieth were measured. */
export const HUNDRED_SEVENTY_FIRST_DIR = fileURLToPath(new URL('./hundredseventyfirst/', import.meta.url));
export const HUNDRED_SEVENTY_SECOND_DIR = fileURLToPath(new URL('./hundredseventysecond/', import.meta.url));
export const HUNDRED_SEVENTY_THIRD_DIR = fileURLToPath(new URL('./hundredseventythird/', import.meta.url));
export const HUNDRED_SEVENTY_FOURTH_DIR = fileURLToPath(new URL('./hundredseventyfourth/', import.meta.url));
export const HUNDRED_SEVENTY_FIFTH_DIR = fileURLToPath(new URL('./hundredseventyfifth/', import.meta.url));
export const HUNDRED_SEVENTY_SIXTH_DIR = fileURLToPath(new URL('./hundredseventysixth/', import.meta.url));
export const HUNDRED_SEVENTY_SEVENTH_DIR = fileURLToPath(new URL('./hundredseventyseventh/', import.meta.url));
export const HUNDRED_SEVENTY_EIGHTH_DIR = fileURLToPath(new URL('./hundredseventyeighth/', import.meta.url));
export const HUNDRED_SEVENTY_NINTH_DIR = fileURLToPath(new URL('./hundredseventyninth/', import.meta.url));
export const HUNDRED_EIGHTIETH_DIR = fileURLToPath(new URL('./hundredeightieth/', import.meta.url));
export const HUNDRED_EIGHTY_FIRST_DIR = fileURLToPath(new URL('./hundredeightyfirst/', import.meta.url));
export const HUNDRED_EIGHTY_SECOND_DIR = fileURLToPath(new URL('./hundredeightysecond/', import.meta.url));
export const HUNDRED_EIGHTY_THIRD_DIR = fileURLToPath(new URL('./hundredeightythird/', import.meta.url));
export const HUNDRED_EIGHTY_FOURTH_DIR = fileURLToPath(new URL('./hundredeightyfourth/', import.meta.url));
export const HUNDRED_EIGHTY_FIFTH_DIR = fileURLToPath(new URL('./hundredeightyfifth/', import.meta.url));
export const HUNDRED_EIGHTY_SIXTH_DIR = fileURLToPath(new URL('./hundredeightysixth/', import.meta.url));

export function loadCorpus(records: ListRecord[], dir = PAGES_DIR): CorpusPage[] {
  const byName = new Map<string, Set<string>>();
  const regions = new Set(records.filter((r) => r.kind === 'region').map((r) => r.id));
  for (const r of records) {
    for (const { text } of namesOf(r)) {
      const ids = byName.get(text) ?? new Set<string>();
      ids.add(r.id);
      byName.set(text, ids);
    }
  }
  return readdirSync(dir)
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort()
    .map((file) => {
      const raw = readFileSync(dir + file, 'utf8');
      const labels: Array<{ label: string; confidence: Confidence }> = [];
      const marked = raw
        .replace(MENTION, (_m, surface: string, label: string, possible?: string) => {
          labels.push({ label: label.trim(), confidence: possible ? 'possible' : 'match' });
          return `${M_OPEN}${surface}${M_CLOSE}`;
        })
        .replace(DECOY, (_m, surface: string) => `${D_OPEN}${surface}${D_CLOSE}`);
      const visible = file.endsWith('.html') ? htmlToText(marked) : marked;
      let text = '';
      const mentions: LabelledMention[] = [];
      const decoys: CorpusPage['decoys'] = [];
      let open = -1;
      for (const ch of visible) {
        if (ch === M_OPEN || ch === D_OPEN) open = text.length;
        else if (ch === M_CLOSE) {
          const { label, confidence } = labels[mentions.length]!;
          const recordIds = byName.get(label);
          if (!recordIds) throw new Error(`${file}: label "${label}" names no record`);
          const region = [...recordIds].every((id) => regions.has(id));
          mentions.push({ start: open, end: text.length, label, recordIds, confidence, region });
        } else if (ch === D_CLOSE) decoys.push({ start: open, end: text.length, text: text.slice(open) });
        else text += ch;
      }
      return { file, text, mentions, decoys };
    });
}
