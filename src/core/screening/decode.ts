/**
 * Bytes to text for supplier files. Spreadsheets are saved as UTF-8 (with or without a BOM),
 * UTF-16 ("Unicode text") or, from older Excel on Windows, Windows-1252. UTF-8 is strict enough
 * that a Windows-1252 file with any accented letter fails to decode as UTF-8, so validity decides.
 */
import { ScreeningInputError, type InputWarning } from './input-error';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
  warnings: InputWarning[];
}

/** Larger inputs are refused with a message rather than risking the tab's memory. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

const SNIFF_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Zip (xlsx, ods) and OLE2 (xls) containers: spreadsheets that were not exported as CSV. */
function isWorkbook(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

/** Text files have no NUL bytes and few control characters other than tab, CR, LF and form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n / 100;
}

export function decodeInput(bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_INPUT_BYTES) throw new ScreeningInputError('too-large', 'The file is larger than 200 MB.');
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(encoding).decode(bytes.subarray(2));
    return checked({ text, encoding, bom: true, warnings: [{ code: 'utf-16', count: 0, rows: [] }] });
  }
  if (isWorkbook(bytes)) {
    throw new ScreeningInputError('workbook', 'This is a spreadsheet workbook, not a CSV file: save it as CSV first.');
  }
  if (looksBinary(bytes)) throw new ScreeningInputError('binary', 'The file is not text (it looks like a binary file).');
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return checked({ text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom, warnings: [] });
  } catch {
    const text = decodeWindows1252(body);
    return checked({ text, encoding: 'windows-1252', bom: false, warnings: [{ code: 'windows-1252', count: 0, rows: [] }] });
  }
}

/**
 * Windows-1252 by table: Node's TextDecoder treats the label as Latin-1 and turns 0x80–0x9F (€, ’,
 * “ ” and dashes, common in names typed in Word or Excel) into control characters.
 */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_80_9F.charCodeAt(b - 0x80) : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function checked(decoded: DecodedText): DecodedText {
  if (decoded.text.trim() === '') throw new ScreeningInputError('empty', 'The file is empty.');
  return decoded;
}
