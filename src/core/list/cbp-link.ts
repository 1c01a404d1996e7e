/**
 * Finds the current dataset CSV on CBP's landing page. The file name changes with every release
 * (`…-fy26-dec.csv`, `…-fy26-2026-06-23.csv`) and the page may also link archived releases or a
 * spreadsheet, so every link to the dataset is read and the newest CSV is chosen:
 * - a link is the dataset's when its text says "Withhold … Dataset" (misspelt "Withold" in Sept
 *   2025, as OpenSanctions notes), or its file name or text names withhold release orders or WROs
 *   and Findings;
 * - it is a CSV when its path ends in `.csv`, its `type` says CSV, or Drupal's file wrapper says
 *   `file--mime-text-csv`; a spreadsheet (`.xlsx`, `.xls`, `.ods`) is never taken for the CSV;
 * - its date is a full date in the file name (`2026-06-23`), else one in the link text
 *   ("June 23, 2026", "06/23/2026", "2026-06-23"), else a month: the fiscal-year month in the name
 *   (`fy26-dec` is December 2025), a month in the text ("December 2025"), or the upload folder
 *   (`/sites/default/files/2026-06/`). Newest first; undated links after dated ones; ties in page
 *   order.
 * When no link names the dataset, the page's only CSV link (if it has exactly one) is taken: the
 * parser still refuses a file without CBP's columns.
 */
import { Parser } from 'htmlparser2';
import { isoDatesIn } from './cbp-date';
import { cleanText, isoFromParts } from './text';

interface Anchor {
  href: string;
  text: string;
  title: string;
  type: string;
  /** Classes of the elements around the link (Drupal's `file--mime-…` wrapper). */
  around: string;
}

export type CbpFileKind = 'csv' | 'spreadsheet';

export interface CbpFileLink {
  url: string;
  kind: CbpFileKind;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known, or null. */
  date: string | null;
  text: string;
}

export interface CbpLinks {
  /** The newest dataset CSV, or null. */
  csv: CbpFileLink | null;
  /** The newest dataset spreadsheet (which the extension cannot read), or null. */
  spreadsheet: CbpFileLink | null;
}

function anchors(html: string): { found: Anchor[]; base: string | null } {
  const found: Anchor[] = [];
  const open: Array<{ name: string; className: string }> = [];
  let base: string | null = null;
  let current: Anchor | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'base' && base === null && attrs.href) base = attrs.href.trim();
        if (name === 'a') {
          current = { href: attrs.href ?? '', text: '', title: attrs.title ?? '', type: attrs.type ?? '', around: open.map((o) => o.className).join(' ') };
        }
        open.push({ name, className: attrs.class ?? '' });
      },
      ontext(text) {
        if (current) current.text += text;
      },
      onclosetag(name) {
        const at = open.map((o) => o.name).lastIndexOf(name);
        if (at >= 0) open.length = at;
        if (name === 'a' && current) {
          found.push({ ...current, href: current.href.trim(), text: cleanText(current.text), title: cleanText(current.title) });
          current = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { found, base };
}

function kindOf(a: Anchor, url: URL): CbpFileKind | null {
  const path = url.pathname.toLowerCase();
  if (/\.csv$/.test(path)) return 'csv';
  if (/\.(xlsx|xlsm|xls|ods)$/.test(path)) return 'spreadsheet';
  if (/\.[a-z0-9]{2,5}$/.test(path) && !/\.(php|aspx?|html?)$/.test(path)) return null;
  const hint = `${a.type} ${a.around}`.toLowerCase();
  if (/text\/csv|mime-text-csv/.test(hint)) return 'csv';
  if (/spreadsheet|excel/.test(hint)) return 'spreadsheet';
  return null;
}

function fileName(url: URL): string {
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function namesDataset(a: Anchor, name: string): boolean {
  const text = `${a.text} ${a.title}`;
  if (/with?h?old/i.test(text) && /dataset/i.test(text)) return true;
  if (/with?h?old[-_ ]*release|release[-_ ]orders/i.test(name) || (/(^|[^a-z])wros?([^a-z]|$)/i.test(name) && /finding/i.test(name))) return true;
  return /with?h?old(ing)? release orders?/i.test(text) || (/\bWROs?\b/.test(text) && /findings?/i.test(text));
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const month = (word: string): number => {
  const w = word.toLowerCase();
  return w.length >= 3 ? MONTH_NAMES.findIndex((m) => m.startsWith(w)) + 1 : 0;
};
const pad = (n: number) => String(n).padStart(2, '0');

/** A full date in a file name: 2026-06-23, 2026_06_23, 20260623 or 06-23-2026. */
function fullDateInName(name: string): string | null {
  const ymd = /(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/.exec(name);
  if (ymd) {
    const iso = isoFromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    if (iso) return iso;
  }
  const mdy = /(?<!\d)(\d{1,2})[-_.](\d{1,2})[-_.]((?:19|20)\d{2})(?!\d)/.exec(name);
  return mdy ? isoFromParts(Number(mdy[3]), Number(mdy[1]), Number(mdy[2])) : null;
}

/** `fy26-dec`: the month of US fiscal year 2026 (October 2025 to September 2026). */
function fiscalMonthInName(name: string): string | null {
  const m = /(?<![a-z])fy[-_]?(\d{2}|\d{4})[-_]([a-z]{3,9})(?![a-z])/i.exec(name);
  if (!m) return null;
  const n = month(m[2]!);
  if (!n) return null;
  const fy = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  return `${n >= 10 ? fy - 1 : fy}-${pad(n)}`;
}

/** "December 2025" (a month with no day) in a label. */
function monthInText(text: string): string | null {
  for (const m of text.matchAll(/\b([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d{2})\b/g)) {
    const n = month(m[1]!);
    if (n) return `${m[2]}-${pad(n)}`;
  }
  return null;
}

function dateOf(a: Anchor, url: URL, name: string): string | null {
  const label = `${a.text} ${a.title}`;
  const folder = /\/((?:19|20)\d{2})-(\d{2})\//.exec(url.pathname);
  return (
    fullDateInName(name) ??
    isoDatesIn(label)[0] ??
    fiscalMonthInName(name) ??
    monthInText(label) ??
    (folder && Number(folder[2]) >= 1 && Number(folder[2]) <= 12 ? `${folder[1]}-${folder[2]}` : null)
  );
}

/** Newest first (YYYY-MM sorts before the days of its month), undated last, then page order. */
function newest(links: Array<CbpFileLink & { order: number }>): CbpFileLink | null {
  const sorted = [...links].sort((x, y) => (x.date === y.date ? x.order - y.order : x.date === null ? 1 : y.date === null ? -1 : x.date < y.date ? 1 : -1));
  const top = sorted[0];
  return top ? { url: top.url, kind: top.kind, date: top.date, text: top.text } : null;
}

/**
 * The dataset's newest CSV and newest spreadsheet on the landing page, as absolute http(s) URLs.
 * The caller's URL policy (https only, in `refresh.ts`) decides whether they may be fetched.
 */
export function findCbpLinks(landingHtml: string, pageUrl: string): CbpLinks {
  const { found, base } = anchors(landingHtml);
  let baseUrl = pageUrl;
  try {
    if (base) baseUrl = new URL(base, pageUrl).href;
  } catch {
    // A broken <base href> is ignored.
  }
  const files: Array<CbpFileLink & { order: number; dataset: boolean }> = [];
  found.forEach((a, order) => {
    if (!a.href) return;
    let url: URL;
    try {
      url = new URL(a.href, baseUrl);
    } catch {
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    const kind = kindOf(a, url);
    if (!kind) return;
    const name = fileName(url);
    files.push({ url: url.href, kind, date: dateOf(a, url, name), text: a.text || a.title, order, dataset: namesDataset(a, name) });
  });
  const dataset = files.filter((f) => f.dataset);
  const csvs = dataset.filter((f) => f.kind === 'csv');
  const anyCsv = files.filter((f) => f.kind === 'csv');
  return {
    csv: newest(csvs.length ? csvs : dataset.length === 0 && anyCsv.length === 1 ? anyCsv : []),
    spreadsheet: newest(dataset.filter((f) => f.kind === 'spreadsheet')),
  };
}

/** The URL of the dataset's newest CSV on the landing page, or null. */
export function findCbpCsvLink(landingHtml: string, pageUrl: string): string | null {
  return findCbpLinks(landingHtml, pageUrl).csv?.url ?? null;
}
