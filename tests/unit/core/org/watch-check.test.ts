import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import type { WroList } from '../../../../src/core/record';
import { capAlerts, namesFromLines, namesInRows, type WatchAlert, type WatchEntry } from '../../../../src/core/org/watch';
import { checkWatchList, watchedRecord, withMatch, type ListedRecord } from '../../../../src/core/org/watch-check';
import seed from '../../../../seeds/default-list.json';

const list = seed as WroList;
const byId = new Map<string, ListedRecord>(list.records.map((r) => [r.id, r]));
const scanner = loadMatcher(compileMatcher(list.records));
const supermax = list.records.find((r) => r.name.startsWith('Supermax'))!;

const entry = (name: string, patch: Partial<WatchEntry> = {}): WatchEntry => ({
  id: `w-${name}`,
  name,
  origin: 'typed',
  addedAt: '2026-12-01T09:00:00.000Z',
  matchedRecordId: null,
  matchedStatus: null,
  ...patch,
});

let n = 0;
const run = { time: '2026-12-06T10:00:00.000Z', listVersion: 'v2', newId: () => `alert-${(n += 1)}` };

describe('which record a watched name names', () => {
  it('finds a listed maker written as a supplier field, with or without its legal form', () => {
    expect(watchedRecord(scanner, byId, 'Supermax Corporation Berhad')?.id).toBe(supermax.id);
    expect(watchedRecord(scanner, byId, 'supermax corporation bhd')?.id).toBe(supermax.id);
  });

  it('finds nothing for an unlisted supplier, or a misspelling (only a possible match)', () => {
    expect(watchedRecord(scanner, byId, 'Northgate Medical Supplies Ltd')).toBeNull();
    expect(watchedRecord(scanner, byId, 'Supermex Corporation Berhad')).toBeNull();
  });
});

describe('checking the watch list after the list changed', () => {
  const recordOf = (records: Record<string, ListedRecord>) => (name: string) => records[name] ?? null;
  const maker: ListedRecord = { id: 'cbp-wro-x', name: 'Example Gloves Sdn. Bhd.', status: 'active' };

  it('raises "listed" for a name that matched nothing before and matches a record now', () => {
    n = 0;
    const checked = checkWatchList([entry('Example Gloves'), entry('Northgate')], recordOf({ 'Example Gloves': maker }), run);
    expect(checked.alerts).toEqual([
      { id: 'alert-1', time: run.time, watchId: 'w-Example Gloves', name: 'Example Gloves', recordId: maker.id, recordName: maker.name, kind: 'listed', from: null, to: 'active', listVersion: 'v2', acknowledgedAt: null },
    ]);
    expect(checked.entries.map((e) => [e.matchedRecordId, e.matchedStatus])).toEqual([[maker.id, 'active'], [null, null]]);
  });

  it('raises "status-changed" with the statuses before and after for the same record', () => {
    const before = withMatch(entry('Example Gloves'), maker);
    const checked = checkWatchList([before], recordOf({ 'Example Gloves': { ...maker, status: 'modified' } }), run);
    expect(checked.alerts.map((a) => [a.kind, a.from, a.to])).toEqual([['status-changed', 'active', 'modified']]);
    expect(checked.entries[0]?.matchedStatus).toBe('modified');
  });

  it('raises nothing when nothing changed, and nothing for a name that stopped matching', () => {
    const known = withMatch(entry('Example Gloves'), maker);
    expect(checkWatchList([known], recordOf({ 'Example Gloves': maker }), run).alerts).toEqual([]);
    const gone = checkWatchList([known], recordOf({}), run);
    expect(gone.alerts).toEqual([]);
    expect(gone.entries[0]?.matchedRecordId).toBeNull();
  });

  it('raises "listed" when the name now leads to another record', () => {
    const known = withMatch(entry('Example Gloves'), maker);
    const other = { id: 'uflpa-y', name: 'Example Gloves Holdings', status: 'active' };
    expect(checkWatchList([known], recordOf({ 'Example Gloves': other }), run).alerts.map((a) => [a.kind, a.recordId])).toEqual([['listed', 'uflpa-y']]);
  });
});

describe('typed watch-list names', () => {
  it('are one per line, trimmed, without blanks or repeats of each other or of names already watched', () => {
    expect(namesFromLines('  Acme  Gloves \n\nacme gloves\r\nNorthgate Ltd\nBeta', ['Beta'])).toEqual(['Acme Gloves', 'Northgate Ltd']);
  });
});

describe('a kept screening’s names', () => {
  it('are its screened cells, each once, in row order, blanks left out', () => {
    const rows = [
      ['Northgate Medical Supplies Ltd', 'Supermax Corporation Berhad'],
      ['Northgate Medical Supplies Ltd', ''],
      ['Clearwater Hygiene Ltd', 'supermax corporation  berhad'],
    ];
    expect(namesInRows(rows)).toEqual(['Northgate Medical Supplies Ltd', 'Supermax Corporation Berhad', 'Clearwater Hygiene Ltd']);
  });
});

describe('the kept alerts', () => {
  const alert = (i: number, seen: boolean): WatchAlert => ({
    id: `a${i}`, time: `2026-12-0${i}T00:00:00.000Z`, watchId: 'w', name: 'n', recordId: 'r', recordName: 'R', kind: 'listed', from: null, to: 'active', listVersion: 'v', acknowledgedAt: seen ? '2026-12-09T00:00:00.000Z' : null,
  });

  it('keep every unseen alert and then the newest seen ones, in their order', () => {
    const alerts = [alert(1, true), alert(2, false), alert(3, true), alert(4, true)];
    expect(capAlerts(alerts, 3).map((a) => a.id)).toEqual(['a2', 'a3', 'a4']);
    expect(capAlerts(alerts, 10)).toBe(alerts);
  });
});
