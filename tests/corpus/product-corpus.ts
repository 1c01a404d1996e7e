/**
 * The product risk corpus (`products/`): product listings, tender lots and supplier catalogues
 * written as their writers write them, labelled inline:
 *   <<surface text>>   a high-risk good the page offers: one or more product notes expected
 *   {{surface text}}   a decoy: a good's name that must give no note (a care label, a recipe, a
 *                      colour, "PVC-free", or an origin outside a DOL entry's country)
 * HTML is reduced to text as a browser's innerText gives it (what the popup reads): a table row on
 * one line, its cells separated by tabs; block elements and <br> end lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lineMentions, type ProductMatcher } from '../../src/core/risk/product-notes';

export const PRODUCTS_DIR = fileURLToPath(new URL('./products/', import.meta.url));

export interface ProductPage {
  file: string;
  text: string;
  mentions: Array<{ start: number; end: number; text: string }>;
  decoys: Array<{ start: number; end: number; text: string }>;
}

const [M_OPEN, M_CLOSE, D_OPEN, D_CLOSE] = ['\uE000', '\uE001', '\uE002', '\uE003'];
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', middot: '·', sup2: '²' };

/** Text as innerText lays it out, for the simple markup of these pages. */
function innerTextOf(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/t[dh]>\s*/gi, '\t')
    .replace(/<br\s*\/?>|<\/(?:tr|p|h[1-6]|li|div|nav|footer|header|table|thead|tbody)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|[a-z0-9]+);/gi, (_m, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e.toLowerCase()] ?? _m))
    .replace(/\t\n/g, '\n')
    .replace(/\n{2,}/g, '\n');
}

export function loadProductCorpus(dir = PRODUCTS_DIR): ProductPage[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort()
    .map((file) => {
      const raw = readFileSync(dir + file, 'utf8')
        .replace(/<<([\s\S]*?)>>/g, (_m, s: string) => `${M_OPEN}${s}${M_CLOSE}`)
        .replace(/\{\{([\s\S]*?)\}\}/g, (_m, s: string) => `${D_OPEN}${s}${D_CLOSE}`);
      const visible = file.endsWith('.html') ? innerTextOf(raw) : raw;
      let text = '';
      const mentions: ProductPage['mentions'] = [];
      const decoys: ProductPage['decoys'] = [];
      let open = -1;
      for (const ch of visible) {
        if (ch === M_OPEN || ch === D_OPEN) open = text.length;
        else if (ch === M_CLOSE) mentions.push({ start: open, end: text.length, text: text.slice(open) });
        else if (ch === D_CLOSE) decoys.push({ start: open, end: text.length, text: text.slice(open) });
        else text += ch;
      }
      return { file, text, mentions, decoys };
    });
}

export interface ProductScore {
  file: string;
  labelled: number;
  noted: number;
  truePositives: number;
  missed: string[];
  falseAlarms: string[];
  decoysNoted: string[];
}

/** Each name of a good that gave a note, against the labels: precision and recall by mention. */
export function scoreProductPage(page: ProductPage, matcher: ProductMatcher): ProductScore {
  const predicted: Array<{ start: number; end: number }> = [];
  let offset = 0;
  for (const line of page.text.split('\n')) {
    for (const m of lineMentions(line, matcher)) if (m.notes.length > 0) predicted.push({ start: offset + m.start, end: offset + m.end });
    offset += line.length + 1;
  }
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const hit = predicted.filter((p) => page.mentions.some((m) => overlaps(p, m)));
  const at = (p: { start: number; end: number }) => page.text.slice(p.start, p.end);
  return {
    file: page.file,
    labelled: page.mentions.length,
    noted: predicted.length,
    truePositives: hit.length,
    missed: page.mentions.filter((m) => !predicted.some((p) => overlaps(p, m))).map((m) => m.text),
    falseAlarms: predicted.filter((p) => !page.mentions.some((m) => overlaps(p, m))).map(at),
    decoysNoted: page.decoys.filter((d) => predicted.some((p) => overlaps(p, d))).map((d) => d.text),
  };
}
