/**
 * What a file is, by its first bytes, without reading it: the screening page decides where to send
 * a file before any reader (and its library) is loaded.
 */

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/** Is this a PDF? (`%PDF-` within the first kilobyte, as readers accept.) */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

/** A zip container (xlsx, ods, docx…). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

/** An OLE2 compound file: a legacy .xls, or an .xlsx that Excel encrypted with a password. */
export function looksLikeCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

/**
 * Does this address show a PDF in the browser's own viewer (where no content script runs)? By its
 * path, as both browsers keep the PDF's address in the tab: http(s) only, so a local file or a
 * viewer page is not offered for download.
 */
export function pdfAddress(url: string | undefined): URL | null {
  let parsed: URL | null = null;
  try {
    parsed = url ? new URL(url) : null;
  } catch {
    return null;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
  return /\.pdf$/i.test(parsed.pathname) ? parsed : null;
}

/** The host permission to read a PDF's address: its scheme and host, any port (match patterns take no port). */
export function pdfHostPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}
