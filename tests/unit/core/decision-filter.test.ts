import { describe, expect, it } from 'vitest';
import { isActiveDismissal, siteOf } from '../../../src/core/decision';
import { filterDecisions } from '../../../src/core/decision-filter';
import { decision } from '../platform/decision-fixtures';

describe('siteOf', () => {
  it('is the page origin, and nothing for pages without one', () => {
    expect(siteOf('https://www.find-tender.service.gov.uk/Notice/1?x=2#y')).toBe('https://www.find-tender.service.gov.uk');
    expect(siteOf('http://127.0.0.1:8080/demo.html')).toBe('http://127.0.0.1:8080');
    expect(siteOf('file:///tmp/quote.html')).toBe('');
    expect(siteOf('not a url')).toBe('');
  });
});

describe('isActiveDismissal', () => {
  it('holds for a standing "not this company" with a site only', () => {
    expect(isActiveDismissal(decision({ outcome: 'not-this-company' }))).toBe(true);
    expect(isActiveDismissal(decision({ outcome: 'not-this-company', undoneAt: '2026-11-29T00:00:00Z' }))).toBe(false);
    expect(isActiveDismissal(decision({ outcome: 'not-this-company', site: '' }))).toBe(false);
    expect(isActiveDismissal(decision({ outcome: 'escalated' }))).toBe(false);
  });
});

describe('filterDecisions', () => {
  const rows = [
    decision({ id: 1, time: '2026-10-31T23:59:00.000Z' }),
    decision({ id: 2, time: '2026-11-01T00:00:00.000Z', note: 'Escalated to Jane' }),
    decision({ id: 3, time: '2026-11-15T12:00:00.000Z' }),
  ];
  it('keeps inclusive date ranges and sorts newest first', () => {
    expect(filterDecisions(rows, { from: '2026-11-01', to: '2026-11-15' }).map((d) => d.id)).toEqual([3, 2]);
    expect(filterDecisions(rows, {}).map((d) => d.id)).toEqual([3, 2, 1]);
  });
  it('finds text in notes regardless of case', () => {
    expect(filterDecisions(rows, { text: 'JANE' }).map((d) => d.id)).toEqual([2]);
  });

  it('filters by who recorded it, the owner, the status, the contract and a review due by a day', () => {
    const team = [
      decision({ id: 1, by: 'Ana Lopez', owner: 'Category team', status: 'open', reviewDate: '2026-12-01', contractRef: 'CCS-RM6281' }),
      decision({ id: 2, by: 'Ben Ode', owner: 'Ana Lopez', status: 'closed', reviewDate: '2026-12-07' }),
      decision({ id: 3, by: 'ben ode', owner: '', status: 'open', reviewDate: null, contractRef: 'NHS-42' }),
    ];
    const ids = (f: Parameters<typeof filterDecisions>[1]) => filterDecisions(team, f).map((d) => d.id).sort();
    expect(ids({ by: 'BEN' })).toEqual([2, 3]);
    expect(ids({ owner: 'ana' })).toEqual([2]);
    expect(ids({ status: 'open' })).toEqual([1, 3]);
    expect(ids({ status: 'closed', by: 'ben' })).toEqual([2]);
    expect(ids({ contractRef: 'rm6281' })).toEqual([1]);
    expect(ids({ reviewDue: '2026-12-06' })).toEqual([1]);
    expect(ids({ reviewDue: '2026-12-07' })).toEqual([1, 2]);
    expect(ids({ by: '  ' })).toEqual([1, 2, 3]);
  });
});
