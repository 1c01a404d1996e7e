/**
 * A workbook's sheets as rows of cell text, read straight from the unzipped XML with string
 * searches: read-excel-file's event-per-tag XML parser took about 90% of a 50,000-row workbook's
 * screening time. The cell values are read-excel-file's (shared and inline strings trimmed, rich
 * text without its phonetic runs, booleans, errors as empty, numbers as written, dates by their
 * style's number format in the workbook's date system), so the two agree cell for cell (a unit test
 * compares them). Anything this reader does not expect (a cell without its address, a sheet part it
 * cannot find, a value it cannot read) gives null, and the caller reads the file with
 * read-excel-file, which also words the errors of a damaged file.
 */
import { unzipSync } from 'fflate';

export interface SheetCells {
  name: string;
  /** Row r of the sheet (1-based) at index r - 1; a row's cell in column c (0-based) at index c. */
  rows: string[][];
}

/** Largest total of the XML parts read from one workbook, inflated: a "zip bomb" must not take the worker's memory. */
export const MAX_WORKBOOK_XML_BYTES = 1024 * 1024 * 1024;

class Unexpected extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  if (s.indexOf('&') >= 0) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (all, e: string) => {
      if (e[0] !== '#') return ENTITIES[e] ?? all;
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : all;
    });
  }
  // ST_Xstring's escapes of characters XML 1.0 cannot carry ("_x000D_"); "_x005F_" escapes "_".
  if (s.indexOf('_x') >= 0) s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}

/** An attribute's value in a start tag's text (`name="…"`), or undefined. */
function attribute(tag: string, name: string): string | undefined {
  // Cell tags are written ` r="A1" s="2" t="s"`: searched as such unless other white space is used.
  const plain = !/[\t\n\r]/.test(tag);
  let at = plain ? tag.indexOf(` ${name}=`) : tag.search(new RegExp(`(?:^|\\s)${name}\\s*=`));
  if (at < 0) return undefined;
  if (plain) at++;
  const eq = tag.indexOf('=', at);
  let q = eq + 1;
  while (tag[q] === ' ') q++;
  const quote = tag[q];
  if (quote !== '"' && quote !== "'") throw new Unexpected();
  const end = tag.indexOf(quote, q + 1);
  return unescapeXml(tag.slice(q + 1, end));
}

/** The start tags `<name …>` in `xml`, as their text between the name and `>`. */
function* startTags(xml: string, name: string): Generator<string> {
  const open = `<${name}`;
  for (let i = xml.indexOf(open); i >= 0; i = xml.indexOf(open, i + 1)) {
    const next = xml[i + open.length];
    if (next !== ' ' && next !== '>' && next !== '/' && next !== '\n' && next !== '\r' && next !== '\t') continue;
    const end = xml.indexOf('>', i);
    yield xml.slice(i + open.length, end);
  }
}

/**
 * The text of `<t>` runs in a string item (`<si>` or `<is>`), phonetic runs (`<rPh>`) left out
 * (`phonetics`: whether the part has any, asked once: a search per item would read on to its end).
 */
function runsText(xml: string, from: number, to: number, phonetics: boolean): string {
  let out = '';
  let i = from;
  while (i < to) {
    const t = xml.indexOf('<t', i);
    if (t < 0 || t >= to) break;
    const c = xml[t + 2];
    if (c !== '>' && c !== ' ' && c !== '/') {
      i = t + 2;
      continue;
    }
    const phonetic = phonetics ? xml.lastIndexOf('<rPh', t) : -1;
    if (phonetic >= from && xml.lastIndexOf('</rPh>', t) < phonetic) {
      i = xml.indexOf('</rPh>', t) + 6;
      continue;
    }
    const close = xml.indexOf('>', t);
    if (xml[close - 1] === '/') {
      i = close + 1;
      continue;
    }
    const end = xml.indexOf('</t>', close);
    if (end < 0) throw new Unexpected();
    out += xml.slice(close + 1, end);
    i = end + 4;
  }
  return unescapeXml(out);
}

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  const phonetics = xml.includes('<rPh');
  for (let i = xml.indexOf('<si'); i >= 0; ) {
    const open = xml.indexOf('>', i);
    if (xml[open - 1] === '/') {
      out.push('');
      i = xml.indexOf('<si', open);
      continue;
    }
    const end = xml.indexOf('</si>', open);
    if (end < 0) throw new Unexpected();
    out.push(runsText(xml, open + 1, end, phonetics));
    i = xml.indexOf('<si', end);
  }
  return out;
}

const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81]);
const DATE_TOKENS = new Set(['s', 'ss', 'm', 'mm', 'h', 'hh', 'am', 'pm', 'a', 'p', 'd', 'dd', 'ddd', 'dddd', 'aaa', 'aaaa', 'aaaaa', 'mmm', 'mmmm', 'mmmmm', 'y', 'yy', 'yyyy', 'e', 'ee', 'eeee']);

/** Whether a number format formats dates: every token of one of its sections is a date or time token (read-excel-file's rule). */
function isDateFormat(code: string): boolean {
  const sections = code.toLowerCase().replace(/;@$/, '').replace(/\\./g, ' ').split(';');
  return sections.some((section) => {
    const tokens = section
      .replace(/"[^"]*"/g, ' ')
      .replace(/(\[?[smhd]{1,2}\]?)[.,]00?0?/g, '$1')
      .replace(/\[([smhd]{1,2})\]/g, '$1')
      .replace(/\[[^\]]*\]/g, '')
      .split(/[^a-z0#?%]+/)
      .filter(Boolean);
    return tokens.length > 0 && tokens.every((t) => DATE_TOKENS.has(t));
  });
}

/** For each cell style (`<cellXfs>`'s `<xf>`, by index), whether it shows a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  for (const tag of startTags(xml, 'numFmt')) custom.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
  const from = xml.indexOf('<cellXfs');
  if (from < 0) return [];
  const to = xml.indexOf('</cellXfs>', from);
  return [...startTags(xml.slice(from, to < 0 ? undefined : to), 'xf')].map((tag) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? BUILT_IN_DATE_FORMATS.has(id) || isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id);
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** An Excel serial date as an ISO date (read-excel-file's conversion, 1900 leap-year bug included). */
function serialDate(serial: number, epoch1904: boolean): string {
  const days = serial + (epoch1904 ? 4 * 365 + 2 : 0) - (2 + 70 * 365 + 17);
  const date = new Date(Math.floor(days * DAY_MS));
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** Column index (0-based) and row number (1-based) of an address such as "AB12". */
function address(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const row = Number(ref.slice(i));
  if (i === 0 || !Number.isInteger(row) || row < 1) throw new Unexpected();
  return [col - 1, row];
}

interface CellContext {
  strings: string[];
  dates: boolean[];
  epoch1904: boolean;
}

/** A cell's text: what read-excel-file gives, as the screening table shows it. */
function cellValue(type: string | undefined, style: string | undefined, body: string, cx: CellContext): string {
  const v0 = body.indexOf('<v');
  let v: string | undefined;
  if (v0 >= 0 && (body[v0 + 2] === '>' || body[v0 + 2] === ' ')) {
    const open = body.indexOf('>', v0);
    v = body[open - 1] === '/' ? '' : unescapeXml(body.slice(open + 1, body.indexOf('</v>', open)));
  } else if (v0 >= 0 && body[v0 + 2] === '/') v = '';
  switch (type ?? 'n') {
    case 's': {
      if (!v) return '';
      const s = cx.strings[Number(v)];
      if (s === undefined) throw new Unexpected();
      return s.trim();
    }
    case 'inlineStr': {
      const is = body.indexOf('<is');
      return is < 0 ? '' : runsText(body, is, body.length, body.includes('<rPh')).trim();
    }
    case 'str':
      return v ? v.trim() : '';
    case 'b':
      if (!v) return '';
      if (v === '1') return 'TRUE';
      if (v === '0') return 'FALSE';
      throw new Unexpected();
    case 'e':
      return '';
    case 'd': {
      if (!v) return '';
      const date = new Date(v);
      if (Number.isNaN(date.getTime())) throw new Unexpected();
      return date.toISOString().slice(0, 10);
    }
    case 'n': {
      if (!v) return '';
      if (style !== undefined && style !== '') {
        const isDate = cx.dates[Number(style)];
        if (isDate === undefined) throw new Unexpected();
        if (isDate) {
          const serial = Number(v);
          if (Number.isNaN(serial)) throw new Unexpected();
          return serialDate(serial, cx.epoch1904);
        }
      }
      return v;
    }
    default:
      throw new Unexpected();
  }
}

function sheetRows(xml: string, cx: CellContext): string[][] {
  const rows: string[][] = [];
  const data = xml.indexOf('<sheetData');
  if (data < 0) return rows;
  for (let i = xml.indexOf('<c', data); i >= 0; ) {
    const next = xml.charCodeAt(i + 2);
    // "<col", "<cfRule"… are not cells.
    if (next !== 32 && next !== 47 && next !== 62 && next !== 10 && next !== 13 && next !== 9) {
      i = xml.indexOf('<c', i + 2);
      continue;
    }
    const open = xml.indexOf('>', i);
    const tag = xml.slice(i + 2, open);
    const empty = xml.charCodeAt(open - 1) === 47;
    let end = open + 1;
    let body = '';
    if (!empty) {
      end = xml.indexOf('</c>', open);
      if (end < 0) throw new Unexpected();
      body = xml.slice(open + 1, end);
      end += 4;
    }
    const ref = attribute(tag, 'r');
    if (ref === undefined) throw new Unexpected();
    if (!empty) {
      const text = cellValue(attribute(tag, 't'), attribute(tag, 's'), body, cx);
      if (text !== '') {
        const [col, row] = address(ref);
        while (rows.length < row) rows.push([]);
        const cells = rows[row - 1]!;
        while (cells.length < col) cells.push('');
        cells[col] = text;
      }
    }
    i = xml.indexOf('<c', end);
  }
  return rows;
}

const decoder = new TextDecoder();

/** The path a relationship's target names, from the folder of the part that holds it. */
function partPath(target: string, folder: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `${folder}${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

/** Every sheet of the workbook with its rows; null where read-excel-file should read it instead. */
export function readWorkbookCells(bytes: Uint8Array): SheetCells[] | null {
  try {
    let total = 0;
    const files = unzipSync(bytes, {
      filter(file) {
        if (!/^xl\/.*\.(?:xml|rels)$/.test(file.name)) return false;
        total += file.originalSize;
        if (total > MAX_WORKBOOK_XML_BYTES) throw new Unexpected();
        return true;
      },
    });
    const text = (path: string): string | undefined => (files[path] ? decoder.decode(files[path]) : undefined);
    const workbook = text('xl/workbook.xml');
    const rels = text('xl/_rels/workbook.xml.rels');
    if (workbook === undefined || rels === undefined) return null;
    const targets = new Map<string, string>();
    for (const tag of startTags(rels, 'Relationship')) {
      const id = attribute(tag, 'Id');
      const target = attribute(tag, 'Target');
      if (id !== undefined && target !== undefined) targets.set(id, partPath(target, 'xl/'));
    }
    const pr = [...startTags(workbook, 'workbookPr')][0];
    const date1904 = pr === undefined ? undefined : attribute(pr, 'date1904');
    const cx: CellContext = {
      strings: sharedStrings(text('xl/sharedStrings.xml')),
      dates: dateStyles(text('xl/styles.xml')),
      epoch1904: date1904 === '1' || date1904 === 'true',
    };
    const sheets: SheetCells[] = [];
    for (const tag of startTags(workbook, 'sheet')) {
      const name = attribute(tag, 'name');
      const id = attribute(tag, 'r:id');
      const path = id === undefined ? undefined : targets.get(id);
      const xml = path === undefined ? undefined : text(path);
      if (name === undefined || xml === undefined) return null;
      sheets.push({ name, rows: sheetRows(xml, cx) });
    }
    return sheets.length > 0 ? sheets : null;
  } catch {
    return null;
  }
}
