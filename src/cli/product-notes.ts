/**
 * `wro-screen`'s product risk notes: high-risk goods named in what was screened, always on, one
 * line each after the findings in the text output ("Products to ask about"), apart from the listed
 * companies; JSON and CSV keep their shape, and standard error says how many notes there were. A row's
 * screened cells are read as one line (a good in one column, its origin in another); text, HTML
 * and PDF line by line.
 */
import { readFileSync } from 'node:fs';
import { highRiskGoodsSchema } from '../core/list/high-risk-goods';
import { productNoteMessage, productNoteSourceMessage } from '../core/risk/note-message';
import { compileProductMatcher, lineNotes, type ProductMatcher, type ProductNote } from '../core/risk/product-notes';
import { english } from './english';
import type { Segment } from './inputs';

const BUNDLED_GOODS = new URL('../../seeds/high-risk-goods.json', import.meta.url);

let matcher: ProductMatcher | undefined;
function productMatcher(): ProductMatcher {
  return (matcher ??= compileProductMatcher(highRiskGoodsSchema.parse(JSON.parse(readFileSync(BUNDLED_GOODS, 'utf8')))));
}

export interface CliProductNote {
  source: string;
  where: string;
  note: ProductNote;
}

function whereOf(segment: Segment, line: number): string {
  const { place } = segment;
  if (place) return 'page' in place ? `page ${place.page}, line ${place.line}` : `${place.sheet}!row ${place.row}`;
  return segment.row !== undefined ? `row ${segment.row}` : `line ${line}`;
}

/** The notes of one input's segments, in order. */
export function segmentNotes(source: string, segments: readonly Segment[]): CliProductNote[] {
  const m = productMatcher();
  // The cells of one row (or one sheet row) as one line; text as its lines.
  const lines: Array<{ where: string; text: string }> = [];
  let last = '';
  for (const segment of segments) {
    if (segment.row === undefined && segment.place === undefined) {
      segment.text.split(/\r?\n/).forEach((text, i) => lines.push({ where: whereOf(segment, i + 1), text }));
      last = '';
      continue;
    }
    const where = whereOf(segment, 0);
    if (where === last) lines[lines.length - 1]!.text += ` | ${segment.text}`;
    else lines.push({ where, text: segment.text });
    last = where;
  }
  return lines.flatMap(({ where, text }) => lineNotes(text, m).map((note) => ({ source, where, note })));
}

export function noteText(n: CliProductNote): string {
  const secondary = n.note.source.secondary ? ' (secondary source)' : '';
  return `${n.source}: ${n.where}: ${english(productNoteMessage(n.note))} [${english(productNoteSourceMessage(n.note))}: ${n.note.source.url}${secondary}]`;
}
