/**
 * "Screen this PDF": when the tab shows a PDF in the browser's own viewer, where content scripts
 * cannot run, the popup offers to screen it on the screening page. Nothing is read before the
 * click: the click asks for access to the PDF's site (a prompt unless the site is already
 * allowed), and the screening page then downloads the PDF from the tab's address, once, and
 * gives the access back if it was granted for this (`once=1`). Other tabs get `children` (the
 * scan controls).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { pdfAddress, pdfHostPattern } from '../core/screening/sniff';
import browser from '../platform/browser';
import { t } from '../platform/i18n';

interface Props {
  tabId: number;
  children?: ComponentChildren;
}

export function ScreenPdf({ tabId, children }: Props) {
  // undefined: not known yet; null: not a PDF.
  const [pdf, setPdf] = useState<{ url: URL; granted: boolean } | null | undefined>();
  const [message, setMessage] = useState('');

  useEffect(() => {
    void (async () => {
      const url = pdfAddress((await browser.tabs.get(tabId).catch(() => undefined))?.url);
      if (!url) return setPdf(null);
      const granted = await browser.permissions.contains({ origins: [pdfHostPattern(url)] }).catch(() => false);
      setPdf({ url, granted });
    })();
  }, [tabId]);

  if (pdf === undefined) return null;
  if (pdf === null) return <>{children}</>;
  const { url, granted } = pdf;

  async function screen() {
    try {
      // The permission prompt needs this click: request before any other await (and only when
      // the site is not allowed already: Firefox may prompt again for a granted site).
      if (!granted && !(await browser.permissions.request({ origins: [pdfHostPattern(url)] }))) {
        setMessage(t('popupScreenPdfRefused', url.host));
        return;
      }
      const page = `screen.html?pdf=${encodeURIComponent(url.href)}${granted ? '' : '&once=1'}`;
      await browser.tabs.create({ url: browser.runtime.getURL(page) });
    } catch (e) {
      setMessage(t('popupScreenPdfFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  return (
    <div class="scan-controls screen-pdf">
      <p>{t('popupScreenPdfHelp', url.host)}</p>
      <div class="toolbar">
        <button type="button" onClick={() => void screen()}>
          {t('popupScreenPdf')}
        </button>
      </div>
      <p role="status" class="decision-message">
        {message}
      </p>
    </div>
  );
}
