import { describe, expect, it } from 'vitest';
import {
  acknowledged,
  compareFindings,
  rescreened,
  savedFindings,
  type SavedFinding,
  type SavedScreening,
} from '../../../../src/core/screening/saved';
import { screenTable } from '../../../../src/core/screening/screen';
import { parseCsvText } from '../../../../src/core/screening/table';
import { byId, matcher } from './helpers';

const f = (row: number, recordId: string, extra: Partial<SavedFinding> = {}): SavedFinding => ({
  row,
  column: 'Manufacturer',
  recordId,
  recordName: recordId,
  matchedText: recordId,
  status: 'active',
  statusDate: null,
  confidence: 'match',
  ...extra,
});

function screening(findings: SavedFinding[]): SavedScreening {
  const table = parseCsvText('Manufacturer\r\nSupermax Corporation Berhad\r\n');
  return {
    id: 's1',
    name: 'suppliers.csv',
    source: { name: 'suppliers.csv', kind: 'csv', rowCount: 1, encoding: 'utf-8', delimiter: ',' },
    table,
    savedAt: '2026-11-01T00:00:00Z',
    screenedAt: '2026-11-01T00:00:00Z',
    listVersion: 'v1',
    findings,
    changes: null,
    seen: null,
  };
}

const meta = { at: '2026-11-28T00:00:00Z', fromListVersion: 'v1', toListVersion: 'v2' };

describe('comparing a re-screen with what was seen', () => {
  it('reports new, changed (status, date or confidence) and no-longer-found findings', () => {
    const before = [f(2, 'a'), f(3, 'b'), f(4, 'c')];
    const after = [f(2, 'a'), f(3, 'b', { status: 'modified', statusDate: '2026-10-01' }), f(5, 'd')];
    const changes = compareFindings(before, after, meta);
    expect(changes?.added.map((x) => x.recordId)).toEqual(['d']);
    expect(changes?.changed.map((c) => [c.before.status, c.after.status])).toEqual([['active', 'modified']]);
    expect(changes?.removed.map((x) => x.recordId)).toEqual(['c']);
  });

  it('is null when nothing changed, and counts a record twice in one cell once', () => {
    expect(compareFindings([f(2, 'a')], [f(2, 'a'), f(2, 'a', { matchedText: 'other' })], meta)).toBeNull();
  });

  it('a possible match becoming sure is a change', () => {
    expect(compareFindings([f(2, 'a', { confidence: 'possible' })], [f(2, 'a')], meta)?.changed).toHaveLength(1);
  });
});

describe('a kept screening across refreshes', () => {
  it('measures two refreshes from what the person last saw, and forgets a change that reverted', () => {
    const kept = screening([f(2, 'a')]);
    const first = rescreened(kept, [f(2, 'a'), f(3, 'b')], 'v2', '2026-11-10T00:00:00Z');
    expect(first.changes?.added).toHaveLength(1);
    const second = rescreened(first, [f(2, 'a'), f(3, 'b'), f(4, 'c')], 'v3', '2026-11-20T00:00:00Z');
    expect(second.changes?.added.map((x) => x.recordId)).toEqual(['b', 'c']);
    expect(second.changes?.fromListVersion).toBe('v1');
    expect(second.changes?.toListVersion).toBe('v3');
    const reverted = rescreened(second, [f(2, 'a')], 'v4', '2026-11-25T00:00:00Z');
    expect(reverted.changes).toBeNull();
    expect(reverted.seen).toBeNull();
  });

  it('once looked at, the current findings are the new baseline', () => {
    const seen = acknowledged(rescreened(screening([f(2, 'a')]), [f(2, 'a'), f(3, 'b')], 'v2', meta.at));
    expect(seen.changes).toBeNull();
    expect(rescreened(seen, [f(2, 'a'), f(3, 'b')], 'v3', meta.at).changes).toBeNull();
  });

  it('stores findings from hits with the record status date', () => {
    const table = parseCsvText('Manufacturer\r\nSupermax Corporation Berhad\r\n');
    const hits = screenTable(matcher, table, ['Manufacturer']).hits;
    const [found] = savedFindings(hits, (id) => byId.get(id)?.statusDate ?? null);
    expect(found).toMatchObject({ row: 2, column: 'Manufacturer', recordId: 'cbp-wro-2021-10-21-supermax-corporation-bhd' });
    expect(found?.statusDate).toBe(byId.get('cbp-wro-2021-10-21-supermax-corporation-bhd')?.statusDate);
  });
});
