/**
 * Screening results grouped by listed company or by direct supplier (issue #18): "Northgate
 * Medical Supplies Ltd: 2 listed companies, 3 rows", so a buyer sees which supplier brings which
 * listed makers, and which suppliers bring a listed company.
 */
import { bySeverity, type ReportRow } from './report';

export type GroupBy = 'company' | 'supplier';

export interface ResultGroup {
  /** The record id, or the supplier's name ('' for rows whose direct supplier is not known). */
  key: string;
  /** The listed company's name, or the supplier's ('' when not known). */
  name: string;
  /** Its results, in the order given. */
  rows: ReportRow[];
  /** Distinct rows of the input. */
  rowCount: number;
  /** Distinct listed companies (for a supplier) and distinct direct suppliers (for a company). */
  records: number;
  suppliers: number;
}

/** Groups the results, each keeping their order; groups by their most severe result, then by name, unknown suppliers last. */
export function groupResults(rows: readonly ReportRow[], by: GroupBy): ResultGroup[] {
  const groups = new Map<string, ReportRow[]>();
  for (const row of rows) {
    const key = by === 'company' ? row.recordId : (row.supplier ?? '');
    const members = groups.get(key) ?? [];
    members.push(row);
    groups.set(key, members);
  }
  const worst = new Map<string, ReportRow>();
  const out: ResultGroup[] = [...groups.entries()].map(([key, members]) => {
    worst.set(key, members.reduce((a, b) => (bySeverity(b, a) < 0 ? b : a)));
    return {
      key,
      name: by === 'company' ? (members[0]?.recordName ?? key) : key,
      rows: members,
      rowCount: new Set(members.map((r) => r.row)).size,
      records: new Set(members.map((r) => r.recordId)).size,
      suppliers: new Set(members.map((r) => r.supplier ?? '').filter((s) => s !== '')).size,
    };
  });
  return out.sort((a, b) => {
    if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
    const [x, y] = [worst.get(a.key), worst.get(b.key)];
    return (x && y ? bySeverity(x, y) : 0) || a.name.localeCompare(b.name);
  });
}
