import { describe, expect, it } from 'vitest';
import { listInForce, listsForVersions, withImportedLists, withListInForce } from '../../../../src/core/org/list-history';
import type { WroList } from '../../../../src/core/record';

const list = (version: string): WroList => ({
  schemaVersion: 1,
  version,
  generated: '2026-11-01T00:00:00Z',
  title: 'List',
  sources: [{ label: 'CBP', url: 'https://www.cbp.gov/a.csv', retrieved: '2026-11-02' }],
  records: [],
});

describe('the lists in force', () => {
  it('adds a version once while it stays in force, and keeps the newest within the cap', () => {
    let history = withListInForce([], listInForce(list('a'), 't1'));
    history = withListInForce(history, listInForce(list('a'), 't2'));
    expect(history.map((h) => [h.version, h.since])).toEqual([['a', 't1']]);
    history = withListInForce(history, listInForce(list('b'), 't3'));
    history = withListInForce(history, listInForce(list('a'), 't4'), 2);
    expect(history.map((h) => h.version)).toEqual(['b', 'a']);
    expect(history[0]!.sources).toEqual([{ label: 'CBP', url: 'https://www.cbp.gov/a.csv', retrieved: '2026-11-02' }]);
  });

  it('says which versions it knows and which stay unknown', () => {
    const history = [listInForce(list('a'), 't1'), listInForce(list('b'), 't2')];
    const found = listsForVersions(history, ['b', 'x', 'b']);
    expect(found.known.map((k) => k.version)).toEqual(['b']);
    expect(found.unknown).toEqual(['x']);
  });

  it('takes an imported pack’s lists it lacks, once each, in the order they came into force', () => {
    const history = [listInForce(list('a'), '2026-11-01'), listInForce(list('c'), '2026-11-20')];
    const merged = withImportedLists(history, [listInForce(list('b'), '2026-11-10'), listInForce(list('a'), '2026-10-01'), listInForce(list('b'), '2026-11-11')]);
    expect(merged.map((h) => [h.version, h.since])).toEqual([['a', '2026-11-01'], ['b', '2026-11-10'], ['c', '2026-11-20']]);
    expect(withImportedLists(history, [listInForce(list('a'), 'x')])).toEqual(history);
  });
});
