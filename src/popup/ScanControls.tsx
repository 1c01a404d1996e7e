/**
 * "Scan this page" and "Always scan this site", offered where WRO Check does not scan the tab's
 * site already. Site state and scanning belong to the background (`src/background/sites.ts`).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../platform/browser';
import { sitePattern } from '../core/site-switch';
import { request } from '../platform/request-client';
import type { SiteStatus } from '../platform/request-types';
import { t } from '../platform/i18n';

interface Props {
  tabId: number;
  /**
   * Called once a scan was started, so the popup can ask for the findings again; `notice` is a
   * confirmation the popup keeps showing after these controls are gone (the site is now scanned).
   */
  onScanStarted(notice?: string): void;
}

export function ScanControls({ tabId, onScanStarted }: Props) {
  const [status, setStatus] = useState<SiteStatus | null | undefined>();
  const [message, setMessage] = useState('');

  useEffect(() => {
    request('get-site-status', { tabId }).then(setStatus, () => setStatus(null));
  }, [tabId]);

  if (!status || !status.userMayScan) return null;
  const enabled = (status.isDefault || status.always) && !status.off;
  if (enabled) return null;

  const fail = (e: unknown) => setMessage(t('scanFailed', e instanceof Error ? e.message : String(e)));

  async function scanOnce() {
    try {
      await request('scan-tab', { tabId });
      setMessage(t('scanStarted'));
      onScanStarted();
    } catch (e) {
      fail(e);
    }
  }

  async function always() {
    if (!status) return;
    try {
      // The permission prompt needs this click: request before any other await.
      const granted = await browser.permissions.request({ origins: [sitePattern(status.origin)!] });
      if (!granted) {
        setMessage(t('scanPermissionRefused'));
        return;
      }
      const next = await request('set-site-always', { origin: status.origin, always: true });
      await request('scan-tab', { tabId });
      // The site is on now, so these controls go away: the popup carries the confirmation.
      onScanStarted(t('scanAlwaysOn', status.origin));
      setStatus(next);
    } catch (e) {
      fail(e);
    }
  }

  return (
    <div class="scan-controls">
      <p>{status.off ? t('siteSwitchedOff') : t('siteNotScanned')}</p>
      <div class="toolbar">
        <button type="button" onClick={() => void scanOnce()}>
          {t('scanThisPage')}
        </button>
        <button type="button" class="secondary" onClick={() => void always()}>
          {t('scanAlways')}
        </button>
      </div>
      <p role="status" class="decision-message">
        {message}
      </p>
    </div>
  );
}
