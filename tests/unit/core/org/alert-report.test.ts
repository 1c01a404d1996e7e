import { describe, expect, it } from 'vitest';
import { alertReportName, alertsToCsv } from '../../../../src/core/org/alert-report';
import type { WatchAlert } from '../../../../src/core/org/watch';

const alert = (patch: Partial<WatchAlert>): WatchAlert => ({
  id: 'a', time: '2026-12-06T10:00:00.000Z', watchId: 'w', name: 'Example Gloves', recordId: 'cbp-x', recordName: 'Example Gloves Sdn. Bhd.', kind: 'listed', from: null, to: 'active', listVersion: 'v2', acknowledgedAt: null, ...patch,
});

describe('the change report', () => {
  it('has one row per alert, newest first, with the change and statuses worded', () => {
    const csv = alertsToCsv(
      [alert({}), alert({ id: 'b', time: '2026-12-07T08:00:00.000Z', kind: 'status-changed', from: 'active', to: 'modified', acknowledgedAt: '2026-12-07T09:00:00.000Z' })],
      { changeLabel: (k) => (k === 'listed' ? 'Now listed' : 'Status changed'), statusLabel: (s) => s.toUpperCase() },
    );
    expect(csv.split('\r\n')).toEqual([
      'time,watchedName,change,recordId,recordName,statusBefore,statusNow,listVersion,seenAt',
      '2026-12-07T08:00:00.000Z,Example Gloves,Status changed,cbp-x,Example Gloves Sdn. Bhd.,ACTIVE,MODIFIED,v2,2026-12-07T09:00:00.000Z',
      '2026-12-06T10:00:00.000Z,Example Gloves,Now listed,cbp-x,Example Gloves Sdn. Bhd.,,ACTIVE,v2,',
      '',
    ]);
  });

  it('defuses a watched name a spreadsheet would read as a formula', () => {
    expect(alertsToCsv([alert({ name: '=HYPERLINK("x")' })])).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('is named for its day', () => {
    expect(alertReportName('2026-12-06T10:00:00.000Z')).toBe('wro-check-watch-alerts-2026-12-06.csv');
  });
});
