/**
 * "Save a page capture" on a decided finding: the background keeps the tab's address, the time,
 * the matched text and its row or card (from what the tab's frames reported, never from the page)
 * with the decision, and a screenshot of the visible tab when asked (the popup's click granted
 * `activeTab`; where the browser refuses, the capture is kept without it and says why).
 */
import { useState } from 'preact/hooks';
import type { Decision } from '../core/decision';
import { t } from '../platform/i18n';
import { request } from '../platform/request-client';

export function PageCapture({ tabId, decision }: { tabId: number; decision: Decision }) {
  const [screenshot, setScreenshot] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const box = `capture-screenshot-${decision.id}`;

  async function save() {
    setBusy(true);
    try {
      const { screenshotError } = await request('capture-page', { tabId, decisionId: decision.id as number, screenshot });
      setMessage(screenshotError === null ? t('captureSaved') : t('captureSavedNoScreenshot', screenshotError));
    } catch (e) {
      setMessage(t('captureFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="page-capture">
      <button type="button" class="secondary" disabled={busy} onClick={() => void save()}>
        {t('capturePage')}
      </button>{' '}
      <input id={box} type="checkbox" checked={screenshot} onChange={(e) => setScreenshot((e.currentTarget as HTMLInputElement).checked)} />{' '}
      <label for={box} class="inline">
        {t('captureScreenshot')}
      </label>
      <p role="status" class="hint">
        {message}
      </p>
    </div>
  );
}
