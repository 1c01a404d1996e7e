import { describe, expect, it } from 'vitest';
import { lastConfirmedCurrent } from '../../../src/background/list-checked';
import type { RefreshRun, SourceResult } from '../../../src/background/refresh-state';

const run = (outcome: RefreshRun['outcome']): RefreshRun => ({
  time: '2026-11-28T06:00:00.000Z',
  trigger: 'schedule',
  outcome,
  message: '',
  summary: '',
  lines: [],
  lineCount: 0,
});

const result = (sourceId: string, outcome: SourceResult['outcome']): SourceResult => ({
  sourceId,
  label: sourceId,
  url: `https://${sourceId}.example/list.json`,
  time: '2026-11-28T06:00:00.000Z',
  outcome,
  message: '',
  recordCount: 10,
  lines: [],
  lineCount: 0,
});

describe('lastConfirmedCurrent', () => {
  it('counts a refresh that found nothing new as confirming the list', () => {
    expect(lastConfirmedCurrent(run('unchanged'), { a: result('a', 'unchanged'), b: result('b', 'updated') })).toBe(
      '2026-11-28T06:00:00.000Z',
    );
  });

  it('does not when any source failed or was not granted, or the run did not apply', () => {
    expect(lastConfirmedCurrent(run('unchanged'), { a: result('a', 'unchanged'), b: result('b', 'failed') })).toBeNull();
    expect(lastConfirmedCurrent(run('applied'), { a: result('a', 'not-granted') })).toBeNull();
    expect(lastConfirmedCurrent(run('held'), { a: result('a', 'updated') })).toBeNull();
    expect(lastConfirmedCurrent(run('failed'), { a: result('a', 'failed') })).toBeNull();
  });

  it('is unknown before any refresh', () => {
    expect(lastConfirmedCurrent(null, {})).toBeNull();
    expect(lastConfirmedCurrent(run('unchanged'), {})).toBeNull();
  });
});
