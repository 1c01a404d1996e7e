/**
 * Every feed WRO Check reads, in one place. `LIST_FORMATS`: how each list format is recognised
 * from a file's content and parsed. `FEED_KINDS`: each kind of source a refresh downloads, the
 * format its download is read as, and its name on the options page. `ListFormat`, `SourceKind` and
 * `SOURCE_KINDS` (the kinds an admin may configure: the settings' and the policy schema's enum)
 * are derived from these tables. Adding a feed: its parser in its own file and an entry here, its
 * label in `_locales` and its kind in `public/managed-schema.json` (tests check both).
 */
import { parseAdminCsv, parseAdminJson } from './admin';
import { parseCbpCsvText } from './cbp-csv';
import type { ParseOptions, ParseResult } from './types';
import { parseDhsUflpaHtml } from './uflpa-html';
import { parseWroJsonText } from './wro-json';

/** The start of a file, as format detection reads it. */
export interface Sniff {
  /** The text without a byte-order mark or leading space. */
  start: string;
  /** Its first line, lower-cased. */
  firstLine: string;
  text: string;
  /** Only breaks ties (`.csv`, `.html`). */
  fileName: string;
}

interface ListFormatEntry {
  /** A file is only tried against the formats of its own shape: JSON, a web page, or text (CSV). */
  shape: 'json' | 'html' | 'text';
  /** Whether a file of this shape is in this format; tried in the table's order. */
  detect(file: Sniff): boolean;
  /** Parses the decoded text (a UTF-8 BOM already removed). */
  parse(text: string, options: ParseOptions): ParseResult;
  /**
   * An official list that drops lifted orders from its file: what a download no longer lists is
   * kept, marked no longer listed, rather than deleted.
   */
  carriesOver: boolean;
}

const withoutBom = (text: string): string => text.replace(/^\ufeff/, '');

export const LIST_FORMATS = {
  /** The project's own JSON feed (a `WroList`). */
  'wro-json': {
    shape: 'json',
    detect: (file) => file.start.startsWith('{') && /"schemaVersion"\s*:/.test(file.start.slice(0, 5000)),
    parse: (text): ParseResult => parseWroJsonText(withoutBom(text)),
    carriesOver: false,
  },
  /** CBP's Withhold Release Orders and Findings dataset. */
  'cbp-csv': {
    shape: 'text',
    detect: (file) => /\bentity\b/.test(file.firstLine) && /wro\/finding|effective date/.test(file.firstLine),
    parse: (text, options): ParseResult => parseCbpCsvText(text, options),
    carriesOver: true,
  },
  /** DHS's UFLPA Entity List page. */
  'dhs-uflpa-html': {
    shape: 'html',
    detect: (file) => /<table/i.test(file.text) && /(?:Name of Entity|Entity Name)/i.test(file.text),
    parse: (text, options): ParseResult => parseDhsUflpaHtml(text, options),
    carriesOver: true,
  },
  /** An organisation's own list: a CSV with a "name" column. */
  'admin-csv': {
    shape: 'text',
    detect: (file) => file.firstLine.includes(',') || file.firstLine.includes('name') || /\.csv$/i.test(file.fileName),
    parse: (text, options): ParseResult => parseAdminCsv(text, options),
    carriesOver: false,
  },
  /** An organisation's own list as JSON: any JSON that is not a WRO Check feed. */
  'admin-json': {
    shape: 'json',
    detect: () => true,
    parse: (text, options): ParseResult => parseAdminJson(withoutBom(text), options),
    carriesOver: false,
  },
} satisfies Record<string, ListFormatEntry>;

export type ListFormat = keyof typeof LIST_FORMATS;

interface FeedKindEntry {
  /** The format its download is read as; null: recognised from the content. */
  format: ListFormat | null;
  /** Its name on the options page (a `_locales` key); null: not offered to admins, nor in the policy schema. */
  labelKey: string | null;
}

export const FEED_KINDS = {
  'wro-json': { format: 'wro-json', labelKey: 'sourceKindWroJson' },
  /** CBP's landing page: the CSV it links to is found on it at each refresh. */
  cbp: { format: 'cbp-csv', labelKey: 'sourceKindCbp' },
  'dhs-uflpa': { format: 'dhs-uflpa-html', labelKey: 'sourceKindDhs' },
  'admin-csv': { format: 'admin-csv', labelKey: 'sourceKindAdminCsv' },
  'admin-json': { format: 'admin-json', labelKey: 'sourceKindAdminJson' },
  /** A CBP-format CSV at a fixed address (a mirror). */
  'cbp-csv': { format: 'cbp-csv', labelKey: null },
  /** Whatever the download turns out to be. */
  auto: { format: null, labelKey: null },
} satisfies Record<string, FeedKindEntry>;

export type SourceKind = keyof typeof FEED_KINDS;

/** The kinds an admin may configure (those with a label). */
export type OfferedSourceKind = { [K in SourceKind]: (typeof FEED_KINDS)[K]['labelKey'] extends string ? K : never }[SourceKind];

/** The kinds an admin may configure, in the options page's order. */
export const SOURCE_KINDS = (Object.keys(FEED_KINDS) as SourceKind[]).filter(
  (kind): kind is OfferedSourceKind => FEED_KINDS[kind].labelKey !== null,
);

/** The formats a file of this shape may be, in the order they are tried. */
export function formatsOfShape(shape: ListFormatEntry['shape']): ListFormat[] {
  return (Object.keys(LIST_FORMATS) as ListFormat[]).filter((format) => LIST_FORMATS[format].shape === shape);
}
