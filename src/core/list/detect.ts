/**
 * One entry point for any list file or download: detects the format from the content (the file
 * name only breaks ties) and parses it. Used by the CLI (`wro-screen --list FILE`), the options
 * page's import, and refresh.
 */
import { decodeBytes } from './decode';
import { formatsOfShape, LIST_FORMATS } from './formats';
import type { ListFormat, ParseOptions, ParseResult } from './types';

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<\?xml|<!--|<[a-z]+[\s>])/i.test(text.slice(0, 2000));
}

/** Which format the text is in, or null when it is none of them (the first of its shape that fits, see `LIST_FORMATS`). */
export function detectFormat(text: string, fileName = ''): ListFormat | null {
  const start = text.replace(/^\ufeff/, '').trimStart();
  const shape = start.startsWith('{') || start.startsWith('[') ? 'json' : looksLikeHtml(start) || /\.html?$/i.test(fileName) ? 'html' : 'text';
  const file = { start, text, fileName, firstLine: (start.split(/\r?\n/, 1)[0] ?? '').toLowerCase() };
  return formatsOfShape(shape).find((format) => LIST_FORMATS[format].detect(file)) ?? null;
}

export function parseAnyList(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): ParseResult {
  if (bytes.length === 0) return { ok: false, format: null, error: `${fileName || 'The file'} is empty.` };
  const { text } = decodeBytes(bytes);
  const format = detectFormat(text, fileName);
  if (format) return LIST_FORMATS[format].parse(text, options);
  return {
    ok: false,
    format: null,
    error: looksLikeHtml(text)
      ? 'This is a web page, not a list (an error or login page?): no UFLPA Entity List table in it.'
      : 'Unrecognised list format: expected WRO Check JSON, CBP CSV, the DHS UFLPA Entity List page, or an admin CSV/JSON with a "name" column.',
  };
}
