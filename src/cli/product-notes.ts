/**
 * `wro-screen`'s product risk notes: high-risk goods named in what was screened, always on, one
 * line each after the findings in the text output ("Products to ask about"), apart from the listed
 * companies. JSON and CSV keep their shape unless `--notes` asks for them there; without it
 * standard error says how many notes there were. A row's screened cells are read as one line (a
 * good in one column, its origin in another); text, HTML and PDF line by line.
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

/** Where a note's line is: a CSV row, a text line, a PDF page and line, or a workbook sheet and row. */
export interface NoteAt {
  row?: number;
  line?: number;
  page?: number;
  sheet?: string;
}

export interface CliProductNote {
  source: string;
  where: string;
  at: NoteAt;
  note: ProductNote;
}

function atOf(segment: Segment, line: number): NoteAt {
  const { place } = segment;
  if (place) return 'page' in place ? { page: place.page, line: place.line } : { sheet: place.sheet, row: place.row };
  return segment.row !== undefined ? { row: segment.row } : { line };
}

function whereOf(at: NoteAt): string {
  if (at.page !== undefined) return `page ${at.page}, line ${at.line}`;
  if (at.sheet !== undefined) return `${at.sheet}!row ${at.row}`;
  return at.row !== undefined ? `row ${at.row}` : `line ${at.line}`;
}

/** The notes of one input's segments, in order. */
export function segmentNotes(source: string, segments: readonly Segment[]): CliProductNote[] {
  const m = productMatcher();
  // The cells of one row (or one sheet row) as one line; text as its lines.
  const lines: Array<{ at: NoteAt; where: string; text: string }> = [];
  let last = '';
  for (const segment of segments) {
    if (segment.row === undefined && segment.place === undefined) {
      segment.text.split(/\r?\n/).forEach((text, i) => {
        const at = atOf(segment, i + 1);
        lines.push({ at, where: whereOf(at), text });
      });
      last = '';
      continue;
    }
    const at = atOf(segment, 0);
    const where = whereOf(at);
    if (where === last) lines[lines.length - 1]!.text += ` | ${segment.text}`;
    else lines.push({ at, where, text: segment.text });
    last = where;
  }
  return lines.flatMap(({ at, where, text }) => lineNotes(text, m).map((note) => ({ source, where, at, note })));
}

/** A note for `--json --notes`: where, the good, what to ask and its source, in English. */
export function noteJson(n: CliProductNote) {
  const { note } = n;
  return {
    source: n.source,
    ...n.at,
    goodId: note.goodId,
    kind: note.kind,
    good: note.label,
    matchedText: note.matchedText,
    ...(note.country ? { country: note.country } : {}),
    origins: note.origins,
    ask: english(productNoteMessage(note)),
    sourceLabel: english(productNoteSourceMessage(note)),
    sourceUrl: note.source.url,
    secondarySource: note.source.secondary === true,
  };
}

export function noteText(n: CliProductNote): string {
  const secondary = n.note.source.secondary ? ' (secondary source)' : '';
  return `${n.source}: ${n.where}: ${english(productNoteMessage(n.note))} [${english(productNoteSourceMessage(n.note))}: ${n.note.source.url}${secondary}]`;
}
