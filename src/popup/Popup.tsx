/** The popup: the findings of one tab, most severe first, each with its record and what to do. */
import { useEffect, useState } from 'preact/hooks';
import browser from '../platform/browser';
import type { TabEntry, TabFindingsResponse } from '../platform/messages';
import { RecordDetails } from '../ui/RecordDetails';
import { formatDate, formatNumber, t } from '../ui/i18n';

async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function Entry({ entry }: { entry: TabEntry }) {
  const matched = [...new Set(entry.mentions.map((m) => m.matchedText))];
  const possibleOnly = entry.mentions.every((m) => m.confidence === 'possible');
  return (
    <article class="finding" aria-labelledby={`rec-${entry.record.id}`}>
      <h2 id={`rec-${entry.record.id}`}>{entry.record.name}</h2>
      {possibleOnly ? <p class="possible">{t('possibleMatch')}</p> : null}
      <p class="matched">
        {t('matchedText')}: {matched.map((m, i) => (
          <q key={i}>{m}</q>
        ))}
      </p>
      <p class="why">{entry.mentions[0]?.why}</p>
      <RecordDetails record={entry.record} />
    </article>
  );
}

export function Popup() {
  const [state, setState] = useState<TabFindingsResponse | { error: string } | undefined>();

  useEffect(() => {
    targetTabId()
      .then((tabId) => {
        if (tabId === undefined) throw new Error(t('noTab'));
        return browser.runtime.sendMessage({ type: 'get-tab-findings', tabId }) as Promise<TabFindingsResponse>;
      })
      .then(setState, (e: unknown) => setState({ error: e instanceof Error ? e.message : String(e) }));
  }, []);

  if (!state) return <p role="status">{t('loading')}</p>;
  if ('error' in state) return <p role="alert">{state.error}</p>;
  const count = state.entries.length;
  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <p class="list-info">
          {t('listInfo', [state.list.title, formatNumber(state.list.recordCount), formatDate(state.list.generated)])}
        </p>
      </header>
      <p role="status" class="summary">
        {!state.scanned ? t('notScanned') : count === 0 ? t('noFindings') : t('findingsCount', formatNumber(count))}
      </p>
      {count > 0 ? <p class="disclaimer">{t('disclaimer')}</p> : null}
      {state.entries.map((entry) => (
        <Entry key={entry.record.id} entry={entry} />
      ))}
    </main>
  );
}
