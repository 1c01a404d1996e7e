import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ListRecord, WroList } from '../../../../src/core/record';
import { savedFindings, type SavedScreening } from '../../../../src/core/screening/saved';
import { screenTable } from '../../../../src/core/screening/screen';
import { parseCsvText } from '../../../../src/core/screening/table';
import type { HighRiskGoods } from '../../../../src/core/list/high-risk-goods';
import { compileProductMatcher } from '../../../../src/core/risk/product-notes';
import { tableProductNotes } from '../../../../src/core/risk/row-notes';
import goods from '../../../../seeds/high-risk-goods.json';

// The toolbar, faked: the background sets its default badge and title.
const action = { text: '', title: '', colour: '' };
vi.mock('../../../../src/platform/browser', () => ({
  default: {
    action: {
      setBadgeText: async ({ text }: { text: string }) => void (action.text = text),
      setBadgeBackgroundColor: async ({ color }: { color: string }) => void (action.colour = color),
      setTitle: async ({ title }: { title: string }) => void (action.title = title),
    },
    i18n: { getMessage: (key: string, sub?: string) => (key === 'screenBadgeText' ? 'new' : `${key}${sub ? `:${sub}` : ''}`) },
    storage: {
      onChanged: { addListener: () => undefined },
      local: { get: async () => ({}), set: async () => undefined },
      session: { get: async () => ({}), set: async () => undefined },
    },
  },
}));

const { rescreenSaved } = await import('../../../../src/background/screening-rescreen');
const { listScreenings, saveScreening } = await import('../../../../src/platform/screening-store');
const { openWroDb } = await import('../../../../src/platform/db');
const { list, matcher, byId } = await import('./helpers');

const CSV = 'Supplier,Manufacturer\r\nNorthbridge Medical Ltd,Supermax Corporation Berhad\r\nAshcombe Office Ltd,Korvell Industries Ltd\r\n';

function kept(id: string): SavedScreening {
  const table = parseCsvText(CSV);
  const run = screenTable(matcher, table, ['Manufacturer']);
  return {
    id,
    name: `${id}.csv`,
    source: { name: `${id}.csv`, kind: 'csv', rowCount: 2, encoding: 'utf-8', delimiter: ',' },
    table: { ...table, headers: ['Manufacturer'], rows: table.rows.map((r) => [r[1] ?? '']) },
    savedAt: '2026-11-01T00:00:00.000Z',
    screenedAt: '2026-11-01T00:00:00.000Z',
    listVersion: list.version,
    findings: savedFindings(run.hits, (rid) => byId.get(rid)?.statusDate ?? null),
    changes: null,
    seen: null,
  };
}

function withRecord(record: Partial<ListRecord> & Pick<ListRecord, 'id' | 'name'>): WroList {
  const template = list.records.find((r) => r.kind === 'uflpa') as ListRecord;
  const added: ListRecord = { ...template, aliases: [], subsidiaries: [], formerNames: [], nameVariants: [], ...record };
  return { ...list, version: `${list.version}+${record.id}`, records: [...list.records, added] };
}

beforeEach(async () => {
  await (await openWroDb()).clear('screenings');
  Object.assign(action, { text: '', title: '', colour: '' });
});

describe('re-screening kept screenings after a refresh', () => {
  it('flags a kept screening when the new list adds a record found in it, with badge and title', async () => {
    await saveScreening(kept('suppliers'));
    const summary = await rescreenSaved(withRecord({ id: 'uflpa-korvell', name: 'Korvell Industries Ltd' }), '2026-11-28T07:00:00.000Z');
    expect(summary).toEqual([{ id: 'suppliers', name: 'suppliers.csv', added: 1, changed: 0, removed: 0 }]);
    const [saved] = await listScreenings();
    expect(saved?.changes?.added.map((f) => [f.row, f.column, f.recordId])).toEqual([[3, 'Manufacturer', 'uflpa-korvell']]);
    expect(saved?.listVersion).toBe(`${list.version}+uflpa-korvell`);
    expect(action.text).toBe('new');
    expect(action.title).toBe('screenBadgeTitle:1');
  });

  it('reports a status change of a record already found', async () => {
    await saveScreening(kept('suppliers'));
    const supermax = 'cbp-wro-2021-10-21-supermax-corporation-bhd';
    const changed: WroList = {
      ...list,
      version: `${list.version}+status`,
      records: list.records.map((r) => (r.id === supermax ? { ...r, status: 'revoked', statusDate: '2026-11-20' } : r)),
    };
    const [summary] = await rescreenSaved(changed, '2026-11-28T07:00:00.000Z');
    expect(summary).toMatchObject({ added: 0, changed: 1, removed: 0 });
  });

  it('leaves screenings with unchanged findings unflagged and clears the badge', async () => {
    await saveScreening(kept('suppliers'));
    action.text = 'new';
    const unrelated = withRecord({ id: 'uflpa-elsewhere', name: 'Quennell Zircon Works Ltd' });
    expect(await rescreenSaved(unrelated)).toEqual([]);
    expect((await listScreenings())[0]?.changes).toBeNull();
    expect(action.text).toBe('');
  });

  it('keeps the product notes found when the screening was kept: they read columns the kept table does not have', async () => {
    const notes = tableProductNotes(compileProductMatcher(goods as HighRiskGoods), parseCsvText('Supplier,Product\r\nNorthbridge Medical Ltd,Polysilicon 25 kg\r\n'), 0, 1);
    expect(notes.map((g) => g.note.goodId)).toContain('uflpa-silica');
    await saveScreening({ ...kept('suppliers'), productNotes: notes });
    await rescreenSaved(withRecord({ id: 'uflpa-korvell', name: 'Korvell Industries Ltd' }), '2026-11-28T07:00:00.000Z');
    const [saved] = await listScreenings();
    expect(saved?.changes?.added).toHaveLength(1);
    expect(saved?.productNotes).toEqual(notes);
  });

  it('does nothing without kept screenings', async () => {
    expect(await rescreenSaved(withRecord({ id: 'uflpa-korvell', name: 'Korvell Industries Ltd' }))).toEqual([]);
  });
});
