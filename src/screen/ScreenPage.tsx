/**
 * The screening page: paste a quote or open a supplier CSV, choose the columns (each is a tier:
 * supplier, manufacturer, sub-supplier…), screen them in a worker with progress, then work through
 * the results, record decisions, export CSV or print the report, and keep the screening so that list
 * refreshes screen it again. Nothing leaves the device: the file is read locally and never sent.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Decision, Outcome } from '../core/decision';
import { screeningToCsv, screeningExportName } from '../core/screening/export-csv';
import { buildReport, resultKey, type ReportRow, type ScreeningReport } from '../core/screening/report';
import { acknowledged, rescreened, savedFindings, type SavedScreening } from '../core/screening/saved';
import type { ScreeningRun } from '../core/screening/screen';
import type { SourceKind } from '../core/screening/report';
import { looksLikeCompoundFile, looksLikePdf, looksLikeZip } from '../core/screening/sniff';
import { deleteScreening, listScreenings, saveScreening } from '../platform/screening-store';
import { formatDate, formatNumber, t, tr } from '../platform/i18n';
import { explanationMessage } from '../core/match/explain';
import type { MatchExplanation } from '../core/match/types';
import { productNoteMessage, productNoteSourceMessage } from '../core/risk/note-message';
import type { ProductNote } from '../core/risk/product-notes';
import type { GoodInRows } from '../core/risk/row-notes';
import { downloadText } from '../ui/download';
import { request } from '../platform/request-client';
import { loadList, type PageList } from './page-list';
import { PrintReport } from './PrintReport';
import { onRescreened } from '../ui/rescreened';
import { problemText, warningText } from './problems';
import type { LoadedTable } from './protocol';
import { ResultDetail } from './ResultDetail';
import { ResultsTable, rowKey } from './ResultsTable';
import { SavedScreenings } from './SavedScreenings';
import { changesText } from '../ui/screening-changes';
import { ScreeningProblem, ScreeningWorker } from './worker-client';
import { downloadPdf, PdfDownloadError, requestedPdf } from './pdf-from-tab';
import { ProductNotesSection } from './ProductNotesSection';
import type { FollowUpPayload } from '../ui/FollowUpFields';

interface Source {
  name: string;
  kind: SourceKind;
}

/** What a file is, by its first bytes: a PDF, an Excel workbook (a zip, or a compound file), else CSV text. */
function fileKind(bytes: ArrayBuffer): 'pdf' | 'xlsx' | 'csv' {
  const head = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 1024));
  if (looksLikePdf(head)) return 'pdf';
  if (looksLikeZip(head) || looksLikeCompoundFile(head)) return 'xlsx';
  return 'csv';
}

interface Screened {
  screeningId: string;
  source: Source;
  run: ScreeningRun;
  loaded: LoadedTable;
  /** The list screened against: the report is stamped with it even if a refresh replaces it later. */
  list: PageList;
  screenedAt: string;
  ms: number;
  /** Set when the screening is kept. */
  savedId: string | null;
  /** What changed since the person last looked, when this is a flagged saved screening. */
  changes: string;
}

/** The latest decision on each result of a screening. */
function decisionsByResult(decisions: Decision[]): Map<string, Decision> {
  const map = new Map<string, Decision>();
  for (const d of decisions) {
    const params = new URLSearchParams(d.pageUrl.split('?')[1] ?? '');
    map.set(resultKey(Number(params.get('row')), params.get('column') ?? '', d.recordId), d);
  }
  return map;
}

// Each finding's explanation is worded once: the report is built again whenever a decision changes.
const worded = new WeakMap<MatchExplanation, string>();
function explainText(e: MatchExplanation): string {
  let text = worded.get(e);
  if (text === undefined) worded.set(e, (text = tr(explanationMessage(e))));
  return text;
}

/** A product note's question and source for the report and the CSV export. */
function explainNote(note: ProductNote): { ask: string; source: string } {
  const source = tr(productNoteSourceMessage(note));
  return { ask: tr(productNoteMessage(note)), source: note.source.secondary ? `${source} ${t('sourceSecondary')}` : source };
}

function newId(): string {
  return crypto.randomUUID();
}

export function ScreenPage() {
  const worker = useMemo(() => new ScreeningWorker(), []);
  const [list, setList] = useState<PageList | null>(null);
  const [listError, setListError] = useState('');
  const [pasted, setPasted] = useState('');
  const [hasHeader, setHasHeader] = useState(true);
  const [pending, setPending] = useState<{ source: Source; loaded: LoadedTable } | null>(null);
  const [columns, setColumns] = useState<string[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number; reading?: string } | null>(null);
  const [screened, setScreened] = useState<Screened | null>(null);
  const [decisions, setDecisions] = useState<Decision[]>([]);
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState<SavedScreening[]>([]);
  const [openKey, setOpenKey] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const lastFile = useRef<File | null>(null);
  // The printable report is rendered in a task of its own after the results, so showing the
  // results of a long file is not one long stall.
  const [printable, setPrintable] = useState<ScreeningReport | null>(null);

  useEffect(() => {
    loadList().then(setList, (e: unknown) => setListError(e instanceof Error ? e.message : String(e)));
    void refreshSaved();
    // After a refresh the list in use changed too: screen against the new one from now on.
    return onRescreened(() => {
      void refreshSaved();
      loadList().then(setList, () => undefined);
    });
  }, []);

  // "Screen this PDF" from the popup: the tab's PDF, downloaded once the list is there to screen it.
  const fromTab = useRef(requestedPdf(location.search));
  useEffect(() => {
    const wanted = fromTab.current;
    if (!list || !wanted) return;
    fromTab.current = null;
    setProgress({ done: 0, total: 0, reading: wanted.url.host });
    downloadPdf(wanted).then(
      (file) => openFile(file),
      (e: unknown) => {
        setProgress(null);
        setProblem(t('screenPdfDownloadFailed', [e instanceof PdfDownloadError ? e.host : wanted.url.host, e instanceof Error ? e.message : String(e)]));
      },
    );
  }, [list]);

  async function refreshSaved() {
    setSaved(await listScreenings());
  }

  function fail(error: unknown) {
    setProgress(null);
    setProblem(error instanceof ScreeningProblem ? problemText(error) : t('screenProblemInternal', String(error)));
  }

  const report: ScreeningReport | null = useMemo(() => {
    if (!screened) return null;
    const { list } = screened;
    return buildReport({
      run: screened.run,
      source: {
        name: screened.source.name,
        kind: screened.source.kind,
        rowCount: screened.run.rowCount,
        encoding: screened.loaded.encoding,
        delimiter: screened.loaded.delimiter,
      },
      list: { title: list.info.title, version: list.info.version, generated: list.info.generated, asOf: list.info.asOf },
      byId: list.byId,
      screenedAt: screened.screenedAt,
      warnings: screened.loaded.warnings,
      decisions: decisionsByResult(decisions),
      explain: explainText,
      explainNote,
    });
  }, [screened, decisions]);

  useEffect(() => {
    const timer = setTimeout(() => setPrintable(report), 0);
    return () => clearTimeout(timer);
  }, [report]);

  async function openFile(file: File, header = hasHeader) {
    setProblem('');
    lastFile.current = file;
    try {
      const bytes = await file.arrayBuffer();
      const kind = fileKind(bytes);
      if (kind === 'csv') {
        const loaded = await worker.loadCsv(bytes, header);
        setPending({ source: { name: file.name, kind: 'csv' }, loaded });
        setColumns(loaded.suggested);
        setAnnouncement(t('screenLoaded', [file.name, formatNumber(loaded.rowCount), formatNumber(loaded.headers.length)]));
        return;
      }
      // Documents are read in the worker with progress (a 200-page PDF takes seconds).
      setProgress({ done: 0, total: 0, reading: file.name });
      const loaded = await worker.loadDocument(kind, bytes, header, t('screenPdfColumn'), (done, total) =>
        setProgress({ done, total, reading: file.name }),
      );
      setProgress(null);
      const source: Source = { name: file.name, kind };
      setPending({ source, loaded });
      if (kind === 'pdf') {
        // One column of text: nothing to choose, screened straight away like pasted text.
        setColumns(loaded.headers);
        setAnnouncement(t('screenLoadedPdf', [file.name, formatNumber(loaded.pages), formatNumber(loaded.rowCount)]));
        await run(source, loaded, loaded.headers, { screeningId: newId(), savedId: null, changes: '' });
        return;
      }
      setColumns(loaded.suggested);
      setAnnouncement(t('screenLoadedWorkbook', [file.name, formatNumber(loaded.rowCount), formatNumber(loaded.sheets.length), loaded.sheets.join(', ')]));
    } catch (e) {
      setPending(null);
      fail(e);
    }
  }

  async function screenPasted() {
    setProblem('');
    try {
      const loaded = await worker.loadText(pasted, t('screenPastedColumn'));
      const source: Source = { name: t('screenPastedSource'), kind: 'text' };
      setPending({ source, loaded });
      setColumns(loaded.headers);
      await run(source, loaded, loaded.headers, { screeningId: newId(), savedId: null, changes: '' });
    } catch (e) {
      fail(e);
    }
  }

  async function run(
    source: Source,
    loaded: LoadedTable,
    chosen: string[],
    identity: { screeningId: string; savedId: string | null; changes: string },
    /** A kept screening's notes: its table has the screened columns only, the notes read them all. */
    keptNotes?: GoodInRows[],
  ): Promise<Screened | null> {
    if (!list) return null;
    setProblem('');
    setProgress({ done: 0, total: loaded.rowCount });
    try {
      const matcher = list.payload ? { payload: list.payload } : { records: list.records };
      const out = await worker.screen(chosen, matcher, loaded.rowCount, (done, total) => setProgress({ done, total }));
      const result: Screened = {
        ...identity,
        source,
        run: keptNotes ? { ...out.run, productNotes: keptNotes } : out.run,
        loaded,
        list,
        screenedAt: new Date().toISOString(),
        ms: out.ms,
      };
      setDecisions(identity.savedId ? await request('list-screening-decisions', { screeningId: identity.screeningId }) : []);
      setScreened(result);
      setOpenKey('');
      setProgress(null);
      setAnnouncement(
        t('screenDone', [formatNumber(out.run.rowCount), formatNumber(out.run.hits.length), formatNumber(out.run.rowsWithFindings)]),
      );
      return result;
    } catch (e) {
      fail(e);
      return null;
    }
  }

  const statusDateOf = (screenedList: PageList) => (recordId: string): string | null =>
    screenedList.byId.get(recordId)?.statusDate ?? null;

  async function keep() {
    if (!screened || !report) return;
    const now = new Date().toISOString();
    try {
      const table = await worker.screenedTable();
      const entry: SavedScreening = {
        id: screened.screeningId,
        name: screened.source.name,
        source: report.source,
        table,
        savedAt: now,
        screenedAt: screened.screenedAt,
        listVersion: screened.list.info.version,
        findings: savedFindings(screened.run.hits, statusDateOf(screened.list)),
        changes: null,
        seen: null,
        productNotes: screened.run.productNotes ?? [],
      };
      await saveScreening(entry);
      setScreened({ ...screened, savedId: entry.id });
      setAnnouncement(t('screenSavedDone', entry.name));
      await refreshSaved();
    } catch (e) {
      setProblem(t('screenSaveFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  async function openSaved(s: SavedScreening) {
    setProblem('');
    try {
      const loaded = await worker.loadTable(s.table);
      const source: Source = { name: s.source.name, kind: s.source.kind };
      setPending({ source, loaded });
      setColumns(s.table.headers);
      const result = await run(source, loaded, s.table.headers, { screeningId: s.id, savedId: s.id, changes: changesText(s) }, s.productNotes);
      if (!result) return;
      // Opening is looking: the fresh findings become what the person has seen.
      const findings = savedFindings(result.run.hits, statusDateOf(result.list));
      await saveScreening(acknowledged(rescreened(s, findings, result.list.info.version, result.screenedAt)));
      await request('acknowledge-screening', { screeningId: s.id });
      await refreshSaved();
    } catch (e) {
      fail(e);
    }
  }

  async function removeSaved(s: SavedScreening) {
    try {
      await deleteScreening(s.id);
      await request('acknowledge-screening', { screeningId: s.id }).catch(() => undefined);
      await refreshSaved();
    } catch (e) {
      setProblem(t('screenSaveFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  async function decide(row: ReportRow, outcome: Outcome, note: string, followUp: FollowUpPayload) {
    if (!screened) return;
    await request('record-screening-decision', {
      screeningId: screened.screeningId,
      sourceName: screened.source.name,
      row: row.row,
      column: row.column,
      recordId: row.recordId,
      matchedText: row.matchedText,
      ...(row.context ? { context: row.context } : {}),
      outcome,
      note,
      ...followUp,
      listVersion: screened.list.info.version,
    });
    setDecisions(await request('list-screening-decisions', { screeningId: screened.screeningId }));
  }

  async function exportCsv(includeClear: boolean) {
    if (!screened || !report) return;
    const table = includeClear ? await worker.screenedTable() : null;
    const csv = screeningToCsv(report, table ? { clearRowsFrom: { table, columns: screened.run.columns } } : {});
    downloadText(csv, screeningExportName(report.source.name, report.screenedAt, 'csv'), 'text/csv;charset=utf-8');
  }

  const openRow = report?.rows.find((r) => rowKey(r) === openKey) ?? null;
  const state = progress ? 'screening' : screened ? 'done' : 'idle';

  return (
    <main data-state={state} data-ms={screened ? String(Math.round(screened.ms)) : ''}>
      <header class="no-print">
        <h1>{t('screenTitle')}</h1>
        <p>{t('screenIntro')}</p>
        {list ? (
          <p class="list-info">
            {t('screenListInUse', [list.info.title, list.info.version, formatNumber(list.info.recordCount), formatDate(list.info.asOf)])}
          </p>
        ) : (
          <p role="status">{listError ? t('screenListFailed', listError) : t('loading')}</p>
        )}
        <p class="privacy">{t('screenPrivacy')}</p>
      </header>

      <section class="input no-print" aria-labelledby="input-heading">
        <h2 id="input-heading">{t('screenInputHeading')}</h2>
        <div class="input-grid">
          <div>
            <label for="csv-file">{t('screenOpenCsv')}</label>
            <input
              id="csv-file"
              type="file"
              accept=".csv,.tsv,.txt,.xlsx,.pdf,text/csv,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={progress !== null}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void openFile(file);
                e.currentTarget.value = '';
              }}
            />
            <label class="choice">
              <input
                type="checkbox"
                checked={hasHeader}
                disabled={progress !== null}
                onChange={(e) => {
                  const header = e.currentTarget.checked;
                  setHasHeader(header);
                  // Read the open file again with its first row as names or as data.
                  if (lastFile.current && (pending?.source.kind === 'csv' || pending?.source.kind === 'xlsx')) void openFile(lastFile.current, header);
                }}
              />{' '}
              {t('screenHasHeader')}
            </label>
          </div>
          <div>
            <label for="pasted">{t('screenPaste')}</label>
            <textarea id="pasted" rows={5} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
            <button type="button" disabled={!list || pasted.trim() === '' || progress !== null} onClick={() => void screenPasted()}>
              {t('screenPasteButton')}
            </button>
          </div>
        </div>
        {problem ? (
          <p role="alert" class="problem">
            {problem}
          </p>
        ) : null}
      </section>

      {pending && (pending.source.kind === 'csv' || pending.source.kind === 'xlsx') ? (
        <section class="columns no-print" aria-labelledby="columns-heading">
          <h2 id="columns-heading">{t('screenColumnsHeading', pending.source.name)}</h2>
          <p>{t('screenColumnsHelp', formatNumber(pending.loaded.rowCount))}</p>
          {pending.source.kind === 'xlsx' ? <p class="sheets">{t('screenSheetsHelp', pending.loaded.sheets.join(', '))}</p> : null}
          {pending.loaded.warnings.map((w, i) => (
            <p key={i} class="warning">
              {warningText(w)}
            </p>
          ))}
          <fieldset>
            <legend>{t('screenColumnsLegend')}</legend>
            {pending.loaded.headers.map((h, i) => (
              <label key={h} class="choice column-choice">
                <input
                  type="checkbox"
                  value={h}
                  checked={columns.includes(h)}
                  onChange={(e) =>
                    setColumns((c) => (e.currentTarget.checked ? [...c, h] : c.filter((x) => x !== h)).sort(
                      (a, b) => pending.loaded.headers.indexOf(a) - pending.loaded.headers.indexOf(b),
                    ))
                  }
                />{' '}
                {h} <span class="sample">{pending.loaded.preview.map((r) => r[i] ?? '').filter(Boolean).slice(0, 2).join(' · ')}</span>
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            class="primary"
            disabled={!list || columns.length === 0 || progress !== null}
            onClick={() => void run(pending.source, pending.loaded, columns, { screeningId: newId(), savedId: null, changes: '' })}
          >
            {t('screenRun', formatNumber(pending.loaded.rowCount))}
          </button>
        </section>
      ) : null}

      {progress ? (
        <section class="progress no-print" aria-live="polite">
          <label for="screen-progress">
            {progress.reading === undefined
              ? t('screenProgress', [formatNumber(progress.done), formatNumber(progress.total)])
              : progress.total > 0
                ? t('screenReading', [progress.reading, formatNumber(progress.done), formatNumber(progress.total)])
                : t('screenReadingFile', progress.reading)}
          </label>
          {progress.total > 0 ? <progress id="screen-progress" max={progress.total} value={progress.done} /> : <progress id="screen-progress" />}
        </section>
      ) : null}

      <p role="status" class="announcement no-print">
        {announcement}
      </p>

      {screened && report ? (
        <>
          <section class="summary-box no-print" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{t('screenSummaryHeading', report.source.name)}</h2>
            {screened.changes ? <p class="changes notice">{t('screenChangesSinceLast', screened.changes)}</p> : null}
            <p class="summary">
              {t('screenSummary', [
                formatNumber(report.totals.rows),
                formatNumber(report.totals.rowsWithFindings),
                formatNumber(report.totals.mentions),
                formatNumber(report.totals.records),
              ])}
            </p>
            <p>{t('screenTiming', formatNumber(Math.round(screened.ms)))}</p>
            {/* A PDF has no column step to show its warnings in (pages without text): they show here. */}
            {screened.source.kind === 'pdf'
              ? screened.loaded.warnings.map((w, i) => (
                  <p key={i} class="warning">
                    {warningText(w)}
                  </p>
                ))
              : null}
            <div class="actions-bar">
              <button type="button" onClick={() => void exportCsv(false)}>
                {t('screenExportCsv')}
              </button>
              <button type="button" onClick={() => void exportCsv(true)}>
                {t('screenExportCsvAll')}
              </button>
              <button type="button" onClick={() => window.print()}>
                {t('screenPrint')}
              </button>
              {screened.savedId ? (
                <span class="kept">{t('screenKept')}</span>
              ) : (
                <button type="button" onClick={() => void keep()}>
                  {t('screenKeep')}
                </button>
              )}
            </div>
          </section>
          <div class="no-print results-layout">
            <ResultsTable rows={report.rows} columns={report.columns} selectedKey={openKey} onOpen={(r) => setOpenKey(rowKey(r))} />
            {openRow ? (
              <ResultDetail
                row={openRow}
                record={screened.list.byId.get(openRow.recordId)}
                decisions={decisions.filter((d) => {
                  const params = new URLSearchParams(d.pageUrl.split('?')[1] ?? '');
                  return d.recordId === openRow.recordId && Number(params.get('row')) === openRow.row && params.get('column') === openRow.column;
                })}
                onDecide={(outcome, note, followUp) => decide(openRow, outcome, note, followUp)}
                onClose={() => setOpenKey('')}
              />
            ) : null}
          </div>
          <ProductNotesSection goods={screened.run.productNotes} />
          {printable ? <PrintReport report={printable} printedAt={new Date().toISOString()} /> : null}
        </>
      ) : null}

      <SavedScreenings saved={saved} onOpen={(s) => void openSaved(s)} onDelete={(s) => void removeSaved(s)} />
    </main>
  );
}
