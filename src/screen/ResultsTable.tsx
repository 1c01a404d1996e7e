/**
 * The results: one row per mention, sortable by any column and filterable by text, status,
 * confidence and tier, each with the other tiers of its row; grouped, if asked, by listed company or
 * by direct supplier, each group under a heading that counts its rows and companies.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ReportRow } from '../core/screening/report';
import { bySeverity } from '../core/screening/report';
import { groupResults, type GroupBy, type ResultGroup } from '../core/screening/group';
import { formatDate, formatNumber, t } from '../platform/i18n';
import { STATUS_KEYS } from '../core/labels';
import { OrgDecisionBrief, useOrgDecisions } from '../ui/OrgDecisions';
import { outcomeLabel } from '../ui/outcomes';
import { placeText } from './place-text';

const STATUS_ORDER: Record<ReportRow['status'], number> = { active: 0, unknown: 1, modified: 2, inactive: 3, delisted: 4, revoked: 5 };

type SortKey = 'severity' | 'row' | 'column' | 'cell' | 'recordName' | 'status' | 'statusDate' | 'confidence';
/** Rows rendered at a time: enough to work through, few enough to render in one frame or two. */
const PAGE_ROWS = 100;

/** One result's identity across re-renders. */
export const rowKey = (r: ReportRow): string => `${r.row}\u0000${r.column}\u0000${r.recordId}\u0000${r.matchedText}`;

const COMPARE: Record<SortKey, (a: ReportRow, b: ReportRow) => number> = {
  severity: bySeverity,
  row: (a, b) => a.row - b.row,
  column: (a, b) => a.column.localeCompare(b.column),
  cell: (a, b) => a.cell.localeCompare(b.cell),
  recordName: (a, b) => a.recordName.localeCompare(b.recordName),
  // In force first, as the severity order has it.
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
  statusDate: (a, b) => (a.statusDate ?? '').localeCompare(b.statusDate ?? ''),
  confidence: (a, b) => a.confidence.localeCompare(b.confidence) || b.score - a.score,
};

const HEADINGS: Array<[SortKey, string]> = [
  ['row', 'screenColRow'],
  ['column', 'screenColTier'],
  ['cell', 'screenColInput'],
  ['recordName', 'screenColFinding'],
  ['confidence', 'screenColConfidence'],
  ['status', 'screenColStatus'],
  ['statusDate', 'screenColStatusDate'],
];

/** "Northgate Medical Supplies Ltd: listed companies 2, rows 3", or for a company, its rows and direct suppliers. */
function groupHeading(by: GroupBy, group: ResultGroup): string {
  if (by === 'company') return t('screenGroupCompanyHeading', [group.name, formatNumber(group.rowCount), formatNumber(group.suppliers)]);
  const name = group.name === '' ? t('screenGroupSupplierUnknown') : group.name;
  return t('screenGroupSupplierHeading', [name, formatNumber(group.records), formatNumber(group.rowCount)]);
}

interface Props {
  rows: ReportRow[];
  columns: string[];
  selectedKey: string;
  onOpen(row: ReportRow): void;
}

export function ResultsTable({ rows, columns, selectedKey, onOpen }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'severity', descending: false });
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [confidence, setConfidence] = useState('');
  const [tier, setTier] = useState('');
  const [shown, setShown] = useState(PAGE_ROWS);
  const [grouping, setGrouping] = useState<GroupBy | ''>('');
  const recordIds = useMemo(() => [...new Set(rows.map((r) => r.recordId))], [rows]);
  // What the organisation decided on each listed company (its decisions feed), shown beside this profile's decision.
  const orgDecided = useOrgDecisions(recordIds);

  const visible = useMemo(() => {
    const needle = text.trim().toLocaleLowerCase();
    const filtered = rows.filter(
      (r) =>
        (!status || r.status === status) &&
        (!confidence || r.confidence === confidence) &&
        (!tier || r.column === tier) &&
        (!needle || `${r.cell}\n${r.context ?? ''}\n${r.recordName}\n${r.matchedText}\n${r.why}`.toLocaleLowerCase().includes(needle)),
    );
    const compare = COMPARE[sort.key];
    return filtered.sort((a, b) => (sort.descending ? compare(b, a) : compare(a, b)) || a.row - b.row);
  }, [rows, sort, text, status, confidence, tier]);

  // Grouped, the page shows the first `shown` results of the sorted list, each in its group.
  const groups = useMemo(() => {
    if (grouping === '') return [];
    const kept = new Set(visible.slice(0, shown));
    return groupResults(visible, grouping).map((group, index) => ({ ...group, index, rows: group.rows.filter((r) => kept.has(r)) })).filter((g) => g.rows.length > 0);
  }, [visible, grouping, shown]);

  const resultsTable = (rows: ReportRow[]) => (
    <table class="results-table">
      <thead>
        <tr>
          {HEADINGS.map(([key, label]) => (
            <th
              key={key}
              scope="col"
              aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
            >
              <button type="button" class="sort" onClick={() => sortBy(key)}>
                {t(label)}
              </button>
            </th>
          ))}
          <th scope="col">{t('screenColWhy')}</th>
          <th scope="col">{t('screenColDecision')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={rowKey(r)}
            class={`result status-${r.status} confidence-${r.confidence}${selectedKey === rowKey(r) ? ' selected' : ''}`}
          >
            <td class="num">{placeText(r)}</td>
            <td>{r.column}</td>
            <td class="cell">
              {r.cell}
              {r.context ? <div class="row-context">{r.context}</div> : null}
            </td>
            <td>
              <button type="button" class="link open-result" onClick={() => onOpen(r)}>
                {r.recordName}
              </button>
              <div class="matched">
                <q>{r.matchedText}</q>
              </div>
            </td>
            <td>{t(r.confidence === 'match' ? 'screenConfidenceMatch' : 'screenConfidencePossible')}</td>
            <td class="status">
              <strong>{t(STATUS_KEYS[r.status])}</strong>
            </td>
            <td>{formatDate(r.statusDate)}</td>
            <td class="why">{r.why}</td>
            <td>
              {r.decision ? outcomeLabel(r.decision.outcome) : ''}
              <OrgDecisionBrief decided={orgDecided[r.recordId]} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  function sortBy(key: SortKey) {
    setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));
  }

  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('screenResultsHeading')}</h2>
      <div class="filters no-print" role="group" aria-label={t('screenFilters')}>
        <label>
          {t('screenFilterText')} <input type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label>
          {t('screenColStatus')}{' '}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">{t('screenFilterAll')}</option>
            {Object.entries(STATUS_KEYS).map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('screenColConfidence')}{' '}
          <select value={confidence} onChange={(e) => setConfidence(e.currentTarget.value)}>
            <option value="">{t('screenFilterAll')}</option>
            <option value="match">{t('screenConfidenceMatch')}</option>
            <option value="possible">{t('screenConfidencePossible')}</option>
          </select>
        </label>
        <label>
          {t('screenColTier')}{' '}
          <select value={tier} onChange={(e) => setTier(e.currentTarget.value)}>
            <option value="">{t('screenFilterAll')}</option>
            {columns.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('screenGroupBy')}{' '}
          <select value={grouping} onChange={(e) => setGrouping(e.currentTarget.value as GroupBy | '')}>
            <option value="">{t('screenGroupNone')}</option>
            <option value="company">{t('screenGroupCompany')}</option>
            <option value="supplier">{t('screenGroupSupplier')}</option>
          </select>
        </label>
        <button type="button" onClick={() => setSort({ key: 'severity', descending: false })}>
          {t('screenSortSeverity')}
        </button>
      </div>
      <p role="status" class="results-count">
        {t('screenShowing', [formatNumber(Math.min(shown, visible.length)), formatNumber(visible.length), formatNumber(rows.length)])}
      </p>
      {grouping === '' ? (
        resultsTable(visible.slice(0, shown))
      ) : (
        <div class="result-groups">
          {groups.map((group) => (
            <section key={group.key} class="result-group" aria-labelledby={`group-${group.index}`}>
              <h3 id={`group-${group.index}`}>{groupHeading(grouping, group)}</h3>
              {resultsTable(group.rows)}
            </section>
          ))}
        </div>
      )}
      {visible.length > shown ? (
        <button type="button" class="no-print" onClick={() => setShown((n) => n + PAGE_ROWS)}>
          {t('screenShowMore')}
        </button>
      ) : null}
    </section>
  );
}
