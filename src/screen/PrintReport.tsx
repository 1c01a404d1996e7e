/**
 * The printable report (print to PDF from the browser): the stamp an auditor needs (list, version
 * and date; input file and rows; columns; when), every finding, most severe first, then the products
 * to ask about apart from them. It is part of the page, hidden on screen and alone on paper.
 */
import { bySeverity, type ScreeningReport } from '../core/screening/report';
import { formatDate, formatDateTime, formatNumber, t } from '../platform/i18n';
import { STATUS_KEYS } from '../core/labels';
import { outcomeLabel } from '../ui/outcomes';
import { placeText } from './place-text';
import { warningText } from './problems';

export function PrintReport({ report, printedAt }: { report: ScreeningReport; printedAt: string }) {
  const rows = [...report.rows].sort(bySeverity);
  const { totals } = report;
  return (
    <section class="print-report" aria-hidden="true">
      <h1>{t('screenReportTitle')}</h1>
      <table class="stamp">
        <tbody>
          <tr>
            <th scope="row">{t('screenReportList')}</th>
            <td>
              {report.list.asOf
                ? t('screenReportListAsOf', [report.list.title, report.list.version, formatDate(report.list.asOf)])
                : t('screenReportListValue', [report.list.title, report.list.version, formatDate(report.list.generated)])}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('screenReportInput')}</th>
            <td>{t('screenReportInputValue', [report.source.name, formatNumber(report.source.rowCount), report.source.encoding])}</td>
          </tr>
          <tr>
            <th scope="row">{t('screenReportColumns')}</th>
            <td>{report.columns.join('; ')}</td>
          </tr>
          <tr>
            <th scope="row">{t('screenReportScreenedAt')}</th>
            <td>
              {formatDateTime(report.screenedAt)} ({report.screenedAt})
            </td>
          </tr>
          <tr>
            <th scope="row">{t('screenReportPrintedAt')}</th>
            <td>{formatDateTime(printedAt)}</td>
          </tr>
        </tbody>
      </table>
      <p class="summary">
        {t('screenSummary', [
          formatNumber(totals.rows),
          formatNumber(totals.rowsWithFindings),
          formatNumber(totals.mentions),
          formatNumber(totals.records),
        ])}
      </p>
      <p>
        {t('screenSummaryByStatus', [
          formatNumber(totals.byStatus.active),
          formatNumber(totals.byStatus.unknown),
          formatNumber(totals.byStatus.modified + totals.byStatus.inactive + totals.byStatus.delisted + totals.byStatus.revoked),
          formatNumber(totals.possible),
        ])}
      </p>
      {report.warnings.map((w, i) => (
        <p key={i} class="warning">
          {warningText(w)}
        </p>
      ))}
      {rows.length === 0 ? (
        <p>{t('screenNoFindings')}</p>
      ) : (
        <table class="report-rows">
          <thead>
            <tr>
              <th scope="col">{t('screenColRow')}</th>
              <th scope="col">{t('screenColTier')}</th>
              <th scope="col">{t('screenColInput')}</th>
              <th scope="col">{t('screenColFinding')}</th>
              <th scope="col">{t('screenColStatus')}</th>
              <th scope="col">{t('screenColWhy')}</th>
              <th scope="col">{t('screenColDecision')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td>{placeText(r)}</td>
                <td>{r.column}</td>
                <td>
                  {r.cell}
                  {r.context ? <div class="row-context">{r.context}</div> : null}
                </td>
                <td>
                  {r.recordName} <small>({r.recordId})</small>
                </td>
                <td>
                  {t(STATUS_KEYS[r.status])} {formatDate(r.statusDate)}
                  {r.confidence === 'possible' ? ` · ${t('screenConfidencePossible')}` : ''}
                </td>
                <td>{r.why}</td>
                <td>
                  {r.decision ? `${outcomeLabel(r.decision.outcome)}, ${formatDateTime(r.decision.time)}` : ''}
                  {r.decision?.note ? ` (${r.decision.note})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.productNotes.length > 0 ? (
        <section class="report-notes">
          <h2>{t('productNotesHeading')}</h2>
          <p>{t('productNotesIntro')}</p>
          <ul>
            {report.productNotes.map(({ note, ask, source, rows, rowCount }) => (
              <li key={note.goodId} data-good={note.goodId}>
                <p>{ask}</p>
                {note.origins.length > 0 ? <p>{t('productNoteOrigins', note.origins.join(', '))}</p> : null}
                {/* On paper a link is only its words: the address is printed. */}
                <p>
                  {source}: {note.source.url}
                </p>
                <p>
                  {t('productNoteRows', rows.map((r) => placeText(r)).join(', '))}
                  {rowCount > rows.length ? ` ${t('productNoteMoreRows', formatNumber(rowCount - rows.length))}` : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p class="disclaimer">{t('screenReportDisclaimer')}</p>
    </section>
  );
}
