/**
 * Options page section: the watch list of contracted suppliers and manufacturers, and the alerts a
 * refresh raised about them (unseen first), with the change report and system notifications.
 * Names are typed one per line or taken from a kept screening's screened columns.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { alertReportName, alertsToCsv } from '../core/org/alert-report';
import { MAX_WATCH_ENTRIES, namesFromLines, namesInRows, type WatchAlert } from '../core/org/watch';
import { STATUS_KEYS } from '../core/labels';
import type { Status } from '../core/record';
import type { SavedScreening } from '../core/screening/saved';
import browser from '../platform/browser';
import { formatDateTime, formatNumber, t } from '../platform/i18n';
import { request } from '../platform/request-client';
import type { WatchState } from '../platform/request-types';
import { listScreenings } from '../platform/screening-store';
import { onSessionChanged } from '../platform/storage';
import { downloadText } from '../ui/download';

const statusText = (status: string | null): string => (status && status in STATUS_KEYS ? t(STATUS_KEYS[status as Status]) : (status ?? ''));

function alertText(a: WatchAlert): string {
  return a.kind === 'listed' ? t('alertListed', [a.name, a.recordName, statusText(a.to)]) : t('alertChanged', [a.name, a.recordName, statusText(a.from), statusText(a.to)]);
}

function Notifications() {
  const [granted, setGranted] = useState<boolean | undefined>();
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    browser.permissions.contains({ permissions: ['notifications'] }).then(setGranted, () => setGranted(false));
  }, []);
  function ask() {
    // From the click itself: the browser shows the prompt only for a user gesture.
    browser.permissions.request({ permissions: ['notifications'] }).then(
      (ok) => {
        setGranted(ok);
        setRefused(!ok);
      },
      () => setRefused(true),
    );
  }
  if (granted === undefined) return null;
  return (
    <div class="toolbar">
      {granted ? (
        <p class="hint">{t('watchNotificationsOn')}</p>
      ) : (
        <button type="button" class="secondary" onClick={ask}>{t('watchNotificationsAsk')}</button>
      )}
      {refused ? <p role="alert" class="warning">{t('watchNotificationsRefused')}</p> : null}
    </div>
  );
}

function Alerts({ alerts, onChange }: { alerts: WatchAlert[]; onChange: (s: WatchState) => void }) {
  const unseen = alerts.filter((a) => a.acknowledgedAt === null).sort((a, b) => b.time.localeCompare(a.time));
  const seen = alerts.filter((a) => a.acknowledgedAt !== null).sort((a, b) => b.time.localeCompare(a.time));
  const acknowledge = (ids?: string[]) => void request('acknowledge-alerts', ids ? { ids } : {}).then(onChange);
  const download = () =>
    downloadText(
      alertsToCsv(alerts, { changeLabel: (k) => t(k === 'listed' ? 'alertKindListed' : 'alertKindChanged'), statusLabel: statusText }),
      alertReportName(new Date().toISOString()),
      'text/csv;charset=utf-8',
    );
  return (
    <>
      <h3 id="watch-alerts-heading">{t('alertsHeading')}</h3>
      {alerts.length === 0 ? <p class="hint">{t('alertsNone')}</p> : null}
      {unseen.length > 0 || seen.length > 0 ? (
        <ul class="watch-alerts" aria-labelledby="watch-alerts-heading">
          {[...unseen, ...seen].map((a) => (
            <li key={a.id} class={a.acknowledgedAt === null ? 'alert-new' : 'alert-seen'}>
              <strong>{a.acknowledgedAt === null ? t('alertNew') : t('alertSeen')}</strong>{' '}
              <span class="alert-text">{alertText(a)}</span>{' '}
              <span class="hint">{formatDateTime(a.time)}</span>
              {a.acknowledgedAt === null ? (
                <>
                  {' '}
                  <button type="button" class="secondary" aria-label={t('alertAcknowledgeNamed', a.name)} onClick={() => acknowledge([a.id])}>
                    {t('alertAcknowledge')}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div class="toolbar">
        {unseen.length > 1 ? <button type="button" onClick={() => acknowledge()}>{t('alertsAcknowledgeAll')}</button> : null}
        {alerts.length > 0 ? <button type="button" class="secondary" onClick={download}>{t('alertsDownload')}</button> : null}
      </div>
    </>
  );
}

export function WatchSection() {
  const [state, setState] = useState<WatchState | { error: string } | undefined>();
  const [screenings, setScreenings] = useState<SavedScreening[]>([]);
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const load = useCallback(() => {
    request('get-watch').then(setState, (e: unknown) => setState({ error: t('watchLoadFailed', String(e)) }));
  }, []);
  useEffect(() => {
    load();
    listScreenings().then(setScreenings, () => setScreenings([]));
    // A refresh raised alerts while the page is open: show them.
    return onSessionChanged((changes) => {
      if (changes.watchChanged) load();
    });
  }, [load]);

  const entries = state && 'entries' in state ? state.entries : [];
  async function add(names: string[], origin: string) {
    const fresh = namesFromLines(names.join('\n'), entries.map((e) => e.name)).slice(0, Math.max(0, MAX_WATCH_ENTRIES - entries.length));
    if (fresh.length === 0) {
      setMessage({ text: t('watchNothingNew'), error: false });
      return;
    }
    try {
      setState(await request('add-watch-names', { names: fresh, origin }));
      setMessage({ text: t('watchAdded', formatNumber(fresh.length)), error: false });
      if (origin === 'typed') setTyped('');
    } catch (e) {
      setMessage({ text: t('watchChangeFailed', String(e)), error: true });
    }
  }

  return (
    <section id="watch" aria-labelledby="watch-heading">
      <h2 id="watch-heading" tabIndex={-1}>{t('sectionWatch')}</h2>
      <p>{t('watchIntro')}</p>
      {!state ? (
        <p role="status">{t('loading')}</p>
      ) : 'error' in state ? (
        <p role="alert">{state.error}</p>
      ) : (
        <>
          <Alerts alerts={state.alerts} onChange={setState} />
          <Notifications />
          <h3 id="watch-names-heading">{t('watchNamesHeading', formatNumber(entries.length))}</h3>
          {entries.length === 0 ? (
            <p class="hint">{t('watchEmpty')}</p>
          ) : (
            <ul class="watch-names" aria-labelledby="watch-names-heading">
              {entries.map((e) => (
                <li key={e.id}>
                  <span class="watch-name">{e.name}</span>{' '}
                  <span class="hint">{e.matchedRecordId ? t('watchListedAs', [e.matchedRecordName ?? e.matchedRecordId, statusText(e.matchedStatus)]) : t('watchNotListed')}</span>{' '}
                  <button type="button" class="secondary" aria-label={t('watchRemoveNamed', e.name)} onClick={() => void request('remove-watch', { id: e.id }).then(setState)}>
                    {t('watchRemove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={(ev) => { ev.preventDefault(); void add(typed.split('\n'), 'typed'); }}>
            <label for="watch-typed">{t('watchTypedLabel')}</label>
            <textarea id="watch-typed" rows={4} value={typed} onInput={(ev) => setTyped((ev.target as HTMLTextAreaElement).value)} />
            <div class="toolbar">
              <button type="submit">{t('watchAdd')}</button>
            </div>
          </form>
          {screenings.length > 0 ? (
            <form onSubmit={(ev) => {
              ev.preventDefault();
              const s = screenings.find((x) => x.id === chosen) ?? screenings[0];
              if (s) void add(namesInRows(s.table.rows), s.name);
            }}>
              <label for="watch-screening">{t('watchScreeningLabel')}</label>
              <select id="watch-screening" value={chosen || screenings[0]?.id} onChange={(ev) => setChosen((ev.target as HTMLSelectElement).value)}>
                {screenings.map((s) => (
                  <option key={s.id} value={s.id}>{s.name}</option>
                ))}
              </select>
              <div class="toolbar">
                <button type="submit">{t('watchAddScreening')}</button>
              </div>
            </form>
          ) : null}
          {message ? <p role={message.error ? 'alert' : 'status'} class={message.error ? 'warning' : 'hint'}>{message.text}</p> : null}
        </>
      )}
    </section>
  );
}
