/**
 * One entry point for any list file or download: detects the format from the content (the file
 * name only breaks ties) and parses it. Used by the CLI (`wro-screen --list FILE`), the options
 * page's import, and refresh.
 */
import { parseAdminCsv, parseAdminJsonValue } from './admin';
import { parseCbpCsvText } from './cbp-csv';
import { decodeBytes } from './decode';
import { validateList } from './list-schema';
import type { ListFormat, ParseOptions, ParseResult } from './types';
import { parseDhsUflpaHtml } from './uflpa-html';
import { readJson } from './wro-json';

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<\?xml|<!--|<[a-z]+[\s>])/i.test(text.slice(0, 2000));
}

/** Which format the text is in, or null when it is none of them. */
export function detectFormat(text: string, fileName = ''): ListFormat | null {
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    return start.startsWith('{') && /"schemaVersion"\s*:/.test(start.slice(0, 5000)) ? 'wro-json' : 'admin-json';
  }
  if (looksLikeHtml(start) || /\.html?$/i.test(fileName)) return /<table/i.test(text) && /(?:Name of Entity|Entity Name)/i.test(text) ? 'dhs-uflpa-html' : null;
  const firstLine = (start.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  if (/\bentity\b/.test(firstLine) && /wro\/finding|effective date/.test(firstLine)) return 'cbp-csv';
  if (firstLine.includes(',') || firstLine.includes('name') || /\.csv$/i.test(fileName)) return 'admin-csv';
  return null;
}

export function parseAnyList(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): ParseResult {
  if (bytes.length === 0) return { ok: false, format: null, error: `${fileName || 'The file'} is empty.` };
  const { text } = decodeBytes(bytes);
  const format = detectFormat(text, fileName);
  switch (format) {
    case 'wro-json':
    case 'admin-json': {
      const json = readJson(text.replace(/^\ufeff/, ''));
      if (!json.ok) return { ok: false, format, error: json.error };
      if (format === 'admin-json') return parseAdminJsonValue(json.value, options);
      const result = validateList(json.value);
      return result.ok ? { ok: true, format, list: result.list, warnings: [] } : { ok: false, format, error: result.error };
    }
    case 'dhs-uflpa-html':
      return parseDhsUflpaHtml(text, options);
    case 'cbp-csv':
      return parseCbpCsvText(text, options);
    case 'admin-csv':
      return parseAdminCsv(text, options);
    default:
      return {
        ok: false,
        format: null,
        error: looksLikeHtml(text)
          ? 'This is a web page, not a list (an error or login page?): no UFLPA Entity List table in it.'
          : 'Unrecognised list format: expected WRO Check JSON, CBP CSV, the DHS UFLPA Entity List page, or an admin CSV/JSON with a "name" column.',
      };
  }
}
