import { describe, expect, it } from 'vitest';
import { decisionsToJson } from '../../../../src/core/decision-export';
import { parseDecisionsDoc } from '../../../../src/core/org/decisions-doc';
import { decision } from '../../platform/decision-fixtures';

const v1Doc = (decisions: unknown[]) => JSON.stringify({ format: 'wro-check-decisions', formatVersion: 1, exportedAt: '2026-11-30T10:00:00.000Z', decisions });
const v1Decision = (overrides: Record<string, unknown> = {}) => {
  const { uid: _u, by: _b, owner: _o, status: _s, reviewDate: _r, id: _i, ...old } = decision();
  return { ...old, ...overrides };
};

describe('reading a decisions document', () => {
  it('reads back exactly what the export wrote, without the profile’s ids', () => {
    const mine = [decision({ id: 7, owner: 'Priya', reviewDate: '2027-01-15', contractRef: 'CF-2026-0141' }), decision({ id: 8, uid: 'b6c1d8e2-55aa-4f0e-8d1c-2c3b4a5d6e7f', status: 'closed' })];
    const read = parseDecisionsDoc(decisionsToJson(mine, '2026-12-01T09:00:00.000Z'));
    expect(read).toEqual({ ok: true, doc: { exportedAt: '2026-12-01T09:00:00.000Z', formatVersion: 2, decisions: mine.map(({ id: _id, ...d }) => d) } });
  });

  it('reads a version 1 export, giving each decision a uid from its content that is the same on every read', () => {
    const file = v1Doc([v1Decision({ outcome: 'escalated' }), v1Decision({ time: '2026-11-29T09:15:00.000Z' })]);
    const first = parseDecisionsDoc(file);
    const again = parseDecisionsDoc(file);
    if (!first.ok || !again.ok) throw new Error('refused');
    expect(first.doc.decisions.map((d) => d.uid)).toEqual(again.doc.decisions.map((d) => d.uid));
    expect(new Set(first.doc.decisions.map((d) => d.uid)).size).toBe(2);
    expect(first.doc.decisions.map((d) => [d.status, d.by, d.owner, d.reviewDate])).toEqual([
      ['open', '', '', null],
      ['open', '', '', null],
    ]);
  });

  it.each([
    ['not JSON', '{"format":', /not JSON/],
    ['another format', JSON.stringify({ format: 'wro-list', formatVersion: 1, exportedAt: '2026-11-30T10:00:00Z', decisions: [] }), /Not a WRO Check decisions file/],
    ['a version from the future', JSON.stringify({ format: 'wro-check-decisions', formatVersion: 3, exportedAt: '2026-11-30T10:00:00Z', decisions: [] }), /formatVersion/],
    ['an unknown outcome', v1Doc([v1Decision(), v1Decision({ outcome: 'cleared-by-magic' })]), /^Decision 2: .*outcome/],
    ['a bad review date', v1Doc([v1Decision({ reviewDate: '15/01/2027' })]), /^Decision 1: .*reviewDate/],
    ['a uid twice', JSON.stringify({ format: 'wro-check-decisions', formatVersion: 2, exportedAt: '2026-11-30T10:00:00Z', decisions: [decision(), decision()] }), /appears twice/],
    ['a note over 5,000 characters', v1Doc([v1Decision({ note: 'x'.repeat(5001) })]), /^Decision 1: .*note/],
  ])('refuses %s, saying where', (_name, file, error) => {
    const read = parseDecisionsDoc(file);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(error);
  });
});
