/**
 * The PDF a tab showed, for "Screen this PDF" in the popup: downloaded once from its address
 * (`screen.html?pdf=…`), with the site's cookies as the tab had them (a portal's PDF behind a
 * login), then the site access given back if the popup asked for it only for this (`once=1`).
 */
import { pdfAddress, pdfHostPattern } from '../core/screening/sniff';
import browser from '../platform/browser';

/** Larger downloads are refused, as larger files are (decode.ts's MAX_INPUT_BYTES). */
const MAX_BYTES = 200 * 1024 * 1024;

export class PdfDownloadError extends Error {
  constructor(
    readonly host: string,
    message: string,
  ) {
    super(message);
  }
}

/** The address asked for by the page's own URL, if any. */
export function requestedPdf(search: string): { url: URL; once: boolean } | null {
  const params = new URLSearchParams(search);
  const url = pdfAddress(params.get('pdf') ?? undefined);
  return url ? { url, once: params.get('once') === '1' } : null;
}

export async function downloadPdf({ url, once }: { url: URL; once: boolean }): Promise<File> {
  try {
    const response = await fetch(url.href, { credentials: 'include', redirect: 'follow' });
    if (!response.ok) throw new PdfDownloadError(url.host, `${response.status} ${response.statusText}`.trim());
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_BYTES) throw new PdfDownloadError(url.host, 'larger than 200 MB');
    const bytes = await response.arrayBuffer();
    const name = decodeURIComponent(url.pathname.split('/').pop() ?? '') || 'document.pdf';
    return new File([bytes], name, { type: 'application/pdf' });
  } catch (e) {
    throw e instanceof PdfDownloadError ? e : new PdfDownloadError(url.host, e instanceof Error ? e.message : String(e));
  } finally {
    // A site's access granted only for this download is given back (a required or "always scan"
    // site's is not: the popup asked for once=1 only when the site was not allowed before).
    if (once) await browser.permissions.remove({ origins: [pdfHostPattern(url)] }).catch(() => undefined);
  }
}
