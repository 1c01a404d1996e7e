/**
 * The popup, the buyer's working surface: first the tab's findings (most severe first, the
 * background sorts them), each compact (name, status, date, the row it was named in, what was
 * decided) and opening on its record, what to do and a decision; below them the list's age and a
 * search of the whole list whose results open the same detail view.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { siteOf, type Decision } from '../core/decision';
import { subsidiariesNamed } from '../core/finding-order';
import type { ListRecord } from '../core/record';
import browser from '../platform/browser';
import { readMeta } from '../platform/db';
import { request } from '../platform/request-client';
import type { TabFindingsResponse } from '../platform/request-types';
import { formatNumber, t } from '../platform/i18n';
import { FindingLegend } from '../ui/FindingLegend';
import { RecordDetails } from '../ui/RecordDetails';
import { DismissedList } from './DismissedList';
import { FindingCard } from './FindingCard';
import { useOrgDecisions } from '../ui/OrgDecisions';
import { ListAge } from './ListAge';
import { ListSearch, type SearchFn } from './ListSearch';
import { PendingDismissals } from './PendingDismissals';
import { ProductNotes } from './ProductNotes';
import { RecordDecisions } from './RecordDecisions';
import { ScanControls } from './ScanControls';
import { ScreenPdf } from './ScreenPdf';
import { prepareSearch, searchRecords } from './search-adapter';

/** Whether discreet mode is on: the page then shows nothing, and the popup says so. */
async function discreetMode(): Promise<boolean> {
  const stored = await readMeta('settings');
  return typeof stored === 'object' && stored !== null && (stored as { discreetMode?: unknown }).discreetMode === true;
}

async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function RecordView({ record, onBack }: { record: ListRecord; onBack(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [decisions, setDecisions] = useState<Decision[]>([]);
  useEffect(() => heading.current?.focus(), [record.id]);
  useEffect(() => {
    request('list-decisions', { filter: { recordId: record.id } }).then(setDecisions, () => setDecisions([]));
  }, [record.id]);
  return (
    <section class="record-view" aria-labelledby="record-view-heading">
      <button type="button" onClick={onBack}>
        {t('backToFindings')}
      </button>
      <h2 id="record-view-heading" tabIndex={-1} ref={heading}>
        {record.name}
      </h2>
      <RecordDetails record={record} />
      <RecordDecisions decisions={decisions} />
    </section>
  );
}

/** Says which names were counted under another's: a listed subsidiary is its parent's finding ("Maxter … counted under Supermax …"). */
function CountedUnder({ entries }: { entries: TabFindingsResponse['entries'] }) {
  const lines = entries.flatMap((e) =>
    subsidiariesNamed(e.record, e.mentions.map((m) => m.matchedText)).map((name) => t('countedUnder', [name, e.record.name])),
  );
  if (lines.length === 0) return null;
  return (
    <ul class="counted-under">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

export function Popup() {
  const [state, setState] = useState<TabFindingsResponse | { error: string } | undefined>();
  const [records, setRecords] = useState<ListRecord[]>([]);
  const [decisions, setDecisions] = useState<Decision[]>([]);
  const [opened, setOpened] = useState<ListRecord | undefined>();
  const [scanNotice, setScanNotice] = useState('');
  const [discreet, setDiscreet] = useState(false);
  const searchInput = useRef<HTMLInputElement | null>(null);
  const site = state && !('error' in state) ? siteOf(state.url) : '';
  const shown = state && !('error' in state) ? state : undefined;
  // What the organisation decided on each finding (its decisions feed), beside this profile's own.
  const orgDecided = useOrgDecisions(shown?.entries.map((e) => e.record.id) ?? [], shown?.tabId);

  useEffect(() => {
    targetTabId()
      .then((tabId) => {
        if (tabId === undefined) throw new Error(t('noTab'));
        return request('get-tab-findings', { tabId });
      })
      .then(setState, (e: unknown) => setState({ error: e instanceof Error ? e.message : String(e) }));
    discreetMode().then(setDiscreet, () => setDiscreet(false));
    request('get-list-records').then(
      (r) => {
        setRecords(r.records);
        prepareSearch(r.records);
      },
      () => setRecords([]),
    );
  }, []);

  const refreshDecisions = useCallback(() => {
    if (site === '') return setDecisions([]);
    request('list-decisions', { filter: { site } }).then(setDecisions, () => setDecisions([]));
  }, [site]);
  useEffect(refreshDecisions, [refreshDecisions]);

  /** After "Scan this page" the content script reports within moments: ask again until it has. */
  const awaitScan = useCallback(async (tabId: number) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      await new Promise((done) => setTimeout(done, 250));
      const next = await request('get-tab-findings', { tabId }).catch(() => undefined);
      if (next?.scanned) return setState(next);
    }
  }, []);

  const search = useCallback<SearchFn>((query, filters, limit) => searchRecords(records, query, filters, limit), [records]);

  if (!state) return <p role="status">{t('loading')}</p>;
  if ('error' in state) return <p role="alert">{state.error}</p>;
  const count = state.entries.length;

  return (
    <main>
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        <a class="screen-link" href="screen.html" target="_blank" rel="noreferrer">
          {t('screenOpenPage')}
        </a>
      </header>
      {opened ? (
        <RecordView
          record={opened}
          onBack={() => {
            setOpened(undefined);
            requestAnimationFrame(() => searchInput.current?.focus());
          }}
        />
      ) : (
        <>
          <PendingDismissals tabId={state.tabId} onChange={refreshDecisions} />
          {/* Findings first, most severe first (the background orders them); the list and search below. */}
          <section class="findings" aria-label={t('findingsHeading')}>
            <p role="status" class="summary">
              {!state.scanned ? t('notScanned') : count === 0 ? t('noFindings') : t('findingsCount', formatNumber(count))}
            </p>
            <CountedUnder entries={state.entries} />
            {/* A tab showing a PDF (scanned or not: Chromium may run the content script on the viewer's empty page) is offered "Screen this PDF". */}
            <ScreenPdf tabId={state.tabId}>
              {!state.scanned ? (
                <ScanControls
                  tabId={state.tabId}
                  onScanStarted={(notice) => {
                    setScanNotice(notice ?? '');
                    void awaitScan(state.tabId);
                  }}
                />
              ) : null}
            </ScreenPdf>
            {/* Present before it speaks (text put into a new live region is often not read). */}
            {!state.scanned || scanNotice !== '' ? (
              <p role="status" class="decision-message">
                {scanNotice}
              </p>
            ) : null}
            {state.notKept.frames + state.notKept.findings > 0 ? <p class="warning">{t('findingsNotKept')}</p> : null}
            {discreet && state.scanned ? <p class="hint discreet-note">{t('popupDiscreetMode')}</p> : null}
            {state.entries.map((entry) => (
              <FindingCard
                key={entry.record.id}
                tabId={state.tabId}
                entry={entry}
                decisions={decisions.filter((d) => d.recordId === entry.record.id)}
                orgDecided={orgDecided[entry.record.id]}
                onDecisionsChange={refreshDecisions}
              />
            ))}
            {count > 0 ? <p class="disclaimer">{t('disclaimer')}</p> : null}
            <DismissedList
              decisions={decisions}
              shownRecordIds={new Set(state.entries.map((e) => e.record.id))}
              onChange={refreshDecisions}
            />
          </section>
          {state.scanned ? <ProductNotes tabId={state.tabId} /> : null}
          <FindingLegend />
          <ListAge list={state.list} />
          <ListSearch records={records} search={search} onOpen={setOpened} inputRef={searchInput} />
        </>
      )}
      <footer class="popup-footer">
        <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openDecisionRecord')}
        </button>
      </footer>
    </main>
  );
}
