/**
 * A kept screening: the screened columns of the input (nothing else of the file), the findings of
 * its last run, what changed when a list refresh screened it again, and its product notes.
 */
import type { Confidence } from '../match/types';
import type { Status } from '../record';
import type { GoodInRows } from '../risk/row-notes';
import type { ReportSource } from './report';
import type { ScreeningHit } from './screen';
import type { ScreeningTable } from './table';

/** The part of a finding worth comparing across list versions. */
export interface SavedFinding {
  row: number;
  column: string;
  recordId: string;
  recordName: string;
  matchedText: string;
  status: Status;
  statusDate: string | null;
  confidence: Confidence;
}

export interface ScreeningChanges {
  /** ISO timestamp of the re-screen that found the changes. */
  at: string;
  fromListVersion: string;
  toListVersion: string;
  added: SavedFinding[];
  /** Same row, column and record; status, status date or confidence differ. */
  changed: Array<{ before: SavedFinding; after: SavedFinding }>;
  removed: SavedFinding[];
}

export interface SavedScreening {
  id: string;
  /** The person's name for it; the file name unless they change it. */
  name: string;
  source: ReportSource;
  /** The screened columns only, in `table.headers` order. */
  table: ScreeningTable;
  savedAt: string;
  screenedAt: string;
  listVersion: string;
  findings: SavedFinding[];
  /** Unseen changes since the person last looked; cleared when they open the screening. */
  changes: ScreeningChanges | null;
  /** The findings as the person last saw them, while changes are unseen. */
  seen: { listVersion: string; findings: SavedFinding[] } | null;
  /**
   * The high-risk goods the rows named when it was kept ("products to ask about"). Notes read every
   * column and the kept table has the screened ones only, so they are kept as found, with the cells
   * that named each good; a list refresh does not change them. Absent in screenings kept before.
   */
  productNotes?: GoodInRows[];
}

export function savedFindings(
  hits: ScreeningHit[],
  statusDateOf: (recordId: string) => string | null,
): SavedFinding[] {
  return hits.map((h) => ({
    row: h.row,
    column: h.column,
    recordId: h.finding.recordId,
    recordName: h.finding.recordName,
    matchedText: h.finding.matchedText,
    status: h.finding.status,
    statusDate: statusDateOf(h.finding.recordId),
    confidence: h.finding.confidence,
  }));
}

const keyOf = (f: SavedFinding): string => `${f.row}\u0000${f.column}\u0000${f.recordId}`;

/** Best finding per (row, column, record): a record mentioned twice in one cell is one result. */
function byKey(findings: SavedFinding[]): Map<string, SavedFinding> {
  const map = new Map<string, SavedFinding>();
  for (const f of findings) {
    const seen = map.get(keyOf(f));
    if (!seen || (seen.confidence === 'possible' && f.confidence === 'match')) map.set(keyOf(f), f);
  }
  return map;
}

/** What a re-screen changed; null when nothing did. */
export function compareFindings(
  before: SavedFinding[],
  after: SavedFinding[],
  meta: { at: string; fromListVersion: string; toListVersion: string },
): ScreeningChanges | null {
  const old = byKey(before);
  const now = byKey(after);
  const added: SavedFinding[] = [];
  const changed: ScreeningChanges['changed'] = [];
  for (const [key, f] of now) {
    const prior = old.get(key);
    if (!prior) added.push(f);
    else if (prior.status !== f.status || prior.statusDate !== f.statusDate || prior.confidence !== f.confidence) {
      changed.push({ before: prior, after: f });
    }
  }
  const removed = [...old].filter(([key]) => !now.has(key)).map(([, f]) => f);
  if (added.length + changed.length + removed.length === 0) return null;
  return { ...meta, added, changed, removed };
}

/**
 * The findings the person last looked at: changes are always measured from there, so two refreshes
 * before they look are reported as one change, and a change that reverts is no longer reported.
 */
export function baselineOf(saved: SavedScreening): { listVersion: string; findings: SavedFinding[] } {
  return saved.seen ?? { listVersion: saved.listVersion, findings: saved.findings };
}

/** The screening after a re-screen against a new list. */
export function rescreened(saved: SavedScreening, findings: SavedFinding[], listVersion: string, at: string): SavedScreening {
  const baseline = baselineOf(saved);
  const changes = compareFindings(baseline.findings, findings, {
    at,
    fromListVersion: baseline.listVersion,
    toListVersion: listVersion,
  });
  return { ...saved, findings, listVersion, screenedAt: at, changes, seen: changes ? baseline : null };
}

/** The person has seen the changes: the current findings become the baseline. */
export function acknowledged(saved: SavedScreening): SavedScreening {
  return { ...saved, changes: null, seen: null };
}
