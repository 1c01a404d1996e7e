/** The watch list's change report: every alert as a CSV row (spreadsheet-formula safe), newest first. */
import { csvCell } from '../decision-export';
import type { WatchAlert } from './watch';

export const ALERT_CSV_COLUMNS = ['time', 'watchedName', 'change', 'recordId', 'recordName', 'statusBefore', 'statusNow', 'listVersion', 'seenAt'] as const;

export interface AlertReportOptions {
  /** The change and the statuses as people read them, in the user's language. */
  changeLabel?: (kind: WatchAlert['kind']) => string;
  statusLabel?: (status: string) => string;
}

export function alertsToCsv(alerts: readonly WatchAlert[], options: AlertReportOptions = {}): string {
  const change = options.changeLabel ?? ((k) => k);
  const status = options.statusLabel ?? ((s) => s);
  const rows = [...alerts]
    .sort((a, b) => b.time.localeCompare(a.time))
    .map((a) => [a.time, a.name, change(a.kind), a.recordId, a.recordName, a.from === null ? '' : status(a.from), status(a.to), a.listVersion, a.acknowledgedAt ?? ''].map(csvCell).join(','));
  return [ALERT_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function alertReportName(time: string): string {
  return `wro-check-watch-alerts-${time.slice(0, 10)}.csv`;
}
