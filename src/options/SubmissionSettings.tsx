/**
 * The organisation section's submission address and its queue (docs/submission.md): the address,
 * locked where a policy sets it, saved with access to its host asked in the same click
 * (`permissions.request` runs only from a user gesture, so nothing is awaited before it); then
 * how many items wait, the next try, the last error, "Retry now" and "Discard undelivered".
 */
import { useEffect, useState } from 'preact/hooks';
import { originPattern, settingsSchema, type EffectiveSettings } from '../core/settings';
import browser from '../platform/browser';
import { formatDateTime, formatNumber, t } from '../platform/i18n';
import { request } from '../platform/request-client';
import type { OutboxView } from '../platform/request-types';
import { onSessionChanged } from '../platform/storage';

function QueueStatus({ view, onChange }: { view: OutboxView; onChange: (v: OutboxView) => void }) {
  const [busy, setBusy] = useState(false);
  const run = (name: 'retry-outbox' | 'discard-undelivered') => {
    setBusy(true);
    request(name).then(onChange, () => undefined).finally(() => setBusy(false));
  };
  const lines: string[] = [];
  if (!view.configured) lines.push(t('outboxNoAddress'));
  if (view.configured && !view.granted && view.host) lines.push(t('outboxNotGranted', view.host));
  if (view.waiting > 0) lines.push(view.nextAttempt ? t('outboxWaiting', [formatNumber(view.waiting), formatDateTime(view.nextAttempt)]) : t('outboxWaitingNoTry', formatNumber(view.waiting)));
  if (view.gaveUp > 0) lines.push(t('outboxGaveUp', formatNumber(view.gaveUp)));
  if (view.waiting + view.gaveUp > 0 && view.lastError) lines.push(t('outboxLastError', view.lastError));
  if (view.dropped > 0) lines.push(t('outboxDropped', formatNumber(view.dropped)));
  if (view.configured && view.waiting + view.gaveUp === 0) lines.push(t('outboxAllDelivered'));
  return (
    <div class="outbox-status">
      <p role="status" class="hint">{lines.join(' ')}</p>
      {view.waiting + view.gaveUp > 0 ? (
        <div class="toolbar">
          <button type="button" disabled={busy || !view.configured} onClick={() => run('retry-outbox')}>{t('outboxRetry')}</button>
          {view.gaveUp > 0 || !view.configured ? (
            <button type="button" class="secondary" disabled={busy} onClick={() => run('discard-undelivered')}>{t('outboxDiscard')}</button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export function SubmissionSettings({ effective, onSaved }: { effective: EffectiveSettings; onSaved: () => void }) {
  const [url, setUrl] = useState(effective.settings.submissionUrl);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [view, setView] = useState<OutboxView | undefined>();
  const locked = effective.locked.includes('submissionUrl');
  useEffect(() => setUrl(effective.settings.submissionUrl), [effective.settings.submissionUrl]);
  const load = () => void request('get-outbox-status').then(setView, () => setView(undefined));
  useEffect(load, [effective.settings.submissionUrl]);
  // Each try of the queue (a decision just recorded, the alarm) shows here as it happens.
  useEffect(() => onSessionChanged((changes) => changes.outboxChanged && load()), []);

  function save(e: Event) {
    e.preventDefault();
    const parsed = settingsSchema.safeParse({ ...effective.settings, submissionUrl: url });
    if (!parsed.success) {
      const issue = parsed.error.issues.find((i) => i.path[0] === 'submissionUrl') ?? parsed.error.issues[0];
      setMessage({ text: t('settingsInvalid', `${t('settingSubmissionUrl')}: ${issue?.message ?? ''}`), error: true });
      return;
    }
    const next = parsed.data.submissionUrl;
    // Asked straight from the click, before anything is awaited; a refusal still saves the address (nothing is sent until granted).
    const asked = next !== '' && !locked ? browser.permissions.request({ origins: [originPattern(next)] }).catch(() => false) : Promise.resolve(true);
    void asked.then(async (ok) => {
      try {
        await request('save-settings', { settings: parsed.data });
        setMessage(ok ? { text: t('settingsSaved'), error: false } : { text: t('hostRefused', new URL(next).hostname), error: true });
        onSaved();
        load();
      } catch (err) {
        setMessage({ text: t('settingsSaveFailed', String(err)), error: true });
      }
    });
  }

  function grant() {
    const current = effective.settings.submissionUrl;
    browser.permissions.request({ origins: [originPattern(current)] }).then(
      (ok) => {
        if (!ok) setMessage({ text: t('hostRefused', new URL(current).hostname), error: true });
        load();
      },
      (e: unknown) => setMessage({ text: t('hostGrantFailed', String(e)), error: true }),
    );
  }

  return (
    <form onSubmit={save} aria-labelledby="submission-heading" class="submission-settings">
      <h3 id="submission-heading">{t('submissionHeading')}</h3>
      <label for="setting-submissionUrl">
        {t('settingSubmissionUrl')}
        {locked ? <span class="locked"> {t('settingLocked')}</span> : null}
      </label>
      <input id="setting-submissionUrl" type="text" inputMode="url" spellcheck={false} value={url} disabled={locked}
        aria-describedby="setting-submissionUrl-hint" onInput={(e) => setUrl((e.target as HTMLInputElement).value.trim())} />
      <p id="setting-submissionUrl-hint" class="hint">{t('settingSubmissionUrlHint')}</p>
      <div class="toolbar">
        {locked ? null : <button type="submit">{t('saveSubmissionUrl')}</button>}
        {view?.configured && !view.granted && view.host ? (
          <button type="button" class="secondary" onClick={grant}>{t('grantAccess', view.host)}</button>
        ) : null}
      </div>
      {message ? <p role={message.error ? 'alert' : 'status'} class={message.error ? 'warning' : 'hint'}>{message.text}</p> : null}
      <h4>{t('outboxHeading')}</h4>
      {view ? <QueueStatus view={view} onChange={setView} /> : null}
    </form>
  );
}
