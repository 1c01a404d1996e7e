import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCbpCsv } from '../../../../src/core/list/cbp-csv';
import { diffLists, planReplacement } from '../../../../src/core/list/diff';
import { listVersion } from '../../../../src/core/list/hash';
import { validateList } from '../../../../src/core/list/list-schema';
import { carryOver, mergeLists } from '../../../../src/core/list/merge';
import { parseDhsUflpaHtml } from '../../../../src/core/list/uflpa-html';
import type { ListRecord, WroList } from '../../../../src/core/record';
import { officialCopy } from '../../../fixtures/feeds/official';
import { english } from '../../../../src/cli/english';
import { statusNoteOf } from '../../../../src/core/list/withdrawal';

const read = (path: string) => readFileSync(new URL(path, import.meta.url));
function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
}
const seeds = ok(validateList(JSON.parse(read('../../../../seeds/default-list.json').toString('utf8')))).list;
const cbp = ok(parseCbpCsv(new Uint8Array(read('../../../fixtures/feeds/cbp-2026-06-23.csv')), { retrieved: '2026-12-01T06:00:00.000Z' })).list;
const dhs = ok(parseDhsUflpaHtml(readFileSync(officialCopy('dhs-uflpa-entity-list-2026-07-09.html')).toString('utf8'), { retrieved: '2026-12-01T06:00:00.000Z' })).list;

function withRecords(list: WroList, records: ListRecord[]): WroList {
  return { ...list, records, version: listVersion(records) };
}
const CBP_SOURCE = { format: 'cbp-csv', label: 'CBP', ownPrevious: true } as const;
const DHS_SOURCE = { format: 'dhs-uflpa-html', label: 'DHS', ownPrevious: true } as const;
const byName = (list: WroList, name: string) => list.records.find((r) => r.name === name || r.aliases.includes(name));

describe('mergeLists', () => {
  const merged = mergeLists([seeds, cbp, dhs]);

  it('unifies the bundled list with fresh CBP and DHS downloads, keeping ids and every source', () => {
    expect(validateList(merged).ok).toBe(true);
    const hoshine = merged.records.find((r) => r.id === 'cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd')!;
    expect(hoshine.sources.map((s) => s.label)).toEqual(expect.arrayContaining(['CBP Withhold Release Orders and Findings (CSV)', 'Independent Anti-Slavery Commissioner, letter to permanent secretaries, 22 Nov 2021']));
    expect(hoshine.statusHistory.length).toBeGreaterThanOrEqual(3);
    // The reference data has 143 of the page's 144 entities: merged, each entity once.
    expect(merged.records.filter((r) => r.kind === 'uflpa')).toHaveLength(144);
    expect(merged.records.find((r) => r.id === 'uflpa-xinjiang-production-and-construction-corps-xpcc')?.listSections).toEqual(['(i)', '(ii)', '(v)']);
  });

  it('keeps the most recent claim as the status: Supermax stays modified', () => {
    const supermax = merged.records.find((r) => r.id === 'cbp-wro-2021-10-21-supermax-corporation-bhd')!;
    expect([supermax.status, supermax.statusDate]).toEqual(['modified', '2023-09-18']);
  });

  it("keeps a source's alias that differs from the name only by an apostrophe", () => {
    const entity = byName(dhs, 'Sichuan Yuan’an Pharmaceutical Co., Ltd.')!;
    const bare = withRecords(dhs, [{ ...entity, aliases: [] }]);
    const merged = mergeLists([bare, withRecords(dhs, [entity])]);
    expect(merged.records[0]!.aliases).toEqual(['Sichuan Yuanan Pharmaceutical Co., Ltd.']);
    // Case, dots, commas and spacing alone still make no new alias.
    const spaced = withRecords(dhs, [{ ...entity, aliases: ['SICHUAN YUANAN  Pharmaceutical Co Ltd'] }]);
    expect(mergeLists([withRecords(dhs, [entity]), spaced]).records[0]!.aliases).toEqual(['Sichuan Yuanan Pharmaceutical Co., Ltd.']);
  });

  it('drops aliases a source withdrew', () => {
    const eastHope = withRecords(dhs, [{ ...byName(dhs, 'Xinjiang East Hope Nonferrous Metals Co., Ltd.')!, aliases: ['Xinjiang Nonferrous'] }]);
    const result = mergeLists([seeds, eastHope]);
    const record = result.records.find((r) => r.id === 'uflpa-xinjiang-east-hope-nonferrous-metals-co-ltd')!;
    expect(record.aliases).not.toContain('Xinjiang Nonferrous');
  });
});

describe('carryOver', () => {
  it('keeps orders CBP dropped from its file, marked with the refresh date, and keeps ids', () => {
    const next = withRecords(cbp, cbp.records.filter((r) => r.name !== 'Kingtom Aluminio S.R.L.').map((r) => ({ ...r, id: `new-${r.id}` })));
    const { list, delisted } = carryOver(cbp, next, '2027-01-05T06:00:00.000Z', CBP_SOURCE);
    expect(delisted.map((r) => r.name)).toEqual(['Kingtom Aluminio S.R.L.']);
    expect(list.records.find((r) => r.name === 'Kingtom Aluminio S.R.L.')?.delistedSince).toBe('2027-01-05');
    expect(list.records.map((r) => r.id).sort()).toEqual(cbp.records.map((r) => r.id).sort());
    expect(diffLists(cbp, list).lines.map(english)).toEqual(["Kingtom Aluminio S.R.L.: Finding no longer on CBP's list since 2027-01-05"]);
  });

  it("says an order CBP dropped is no longer listed, probably modified or revoked, with its last known status; never active", () => {
    const hoshine = cbp.records.find((r) => r.name.startsWith('Hoshine Silicon Industry Co'))!.name;
    const next = withRecords(cbp, cbp.records.filter((r) => r.name !== hoshine));
    const kept = carryOver(cbp, next, '2027-01-05T06:00:00.000Z', CBP_SOURCE).list.records.find((r) => r.name === hoshine)!;
    expect(kept.status).toBe('delisted');
    expect(kept.statusDate).toBe('2027-01-05');
    // The note is worded where it is shown; the last known status is the status's own label.
    expect(english(statusNoteOf(kept))).toMatch(/^No longer on CBP's Withhold Release Orders and Findings list since 2027-01-05\..*probably modified or revoked.*Last known status: Active \(\d{4}-\d{2}-\d{2}\)\.$/);
    expect(kept.statusHistory[0]?.sourceUrl).toBe('https://www.cbp.gov/trade/forced-labor/withhold-release-orders-and-findings');
    expect(kept.statusHistory.slice(1).map((c) => c.status)).toContain('active');
  });

  it('says an entity DHS dropped was removed from the UFLPA Entity List', () => {
    const name = dhs.records[0]!.name;
    const next = withRecords(dhs, dhs.records.slice(1));
    const { list, delisted } = carryOver(dhs, next, '2027-02-01T06:00:00.000Z', DHS_SOURCE);
    expect(delisted.map((r) => r.name)).toEqual([name]);
    const kept = list.records.find((r) => r.name === name)!;
    expect([kept.status, kept.delistedSince]).toEqual(['delisted', '2027-02-01']);
    expect(english(statusNoteOf(kept))).toMatch(/^Removed from the UFLPA Entity List: no longer on DHS's page since 2027-02-01\. Last known status: /);
    expect(diffLists(dhs, list).lines.map(english)).toEqual([`${name}: UFLPA Entity List entry no longer on the UFLPA Entity List since 2027-02-01`]);
  });

  it('shows a withdrawn record as no longer listed once merged over the bundled list, and as listed again if it returns', () => {
    const hoshine = seeds.records.find((r) => r.id === 'cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd')!;
    const withoutIt = withRecords(cbp, cbp.records.filter((r) => r.name !== hoshine.name));
    const carried = carryOver(cbp, withoutIt, '2027-01-05T06:00:00.000Z', CBP_SOURCE).list;
    const merged = mergeLists([seeds, carried]).records.find((r) => r.id === hoshine.id)!;
    expect(merged.status).toBe('delisted');
    const back = carryOver(carried, cbp, '2027-02-05T06:00:00.000Z', CBP_SOURCE).list;
    expect(mergeLists([seeds, back]).records.find((r) => r.id === hoshine.id)?.status).toBe('active');
  });

  it('keeps aliases the source dropped as former names, not current aliases; only when comparing with its own earlier download', () => {
    // An entity whose bundled record has withdrawn no alias of its own.
    const entity = dhs.records.find((r) => r.aliases.length > 0 && seeds.records.find((s) => s.id === r.id)?.removedAliases.length === 0)!;
    const [dropped] = entity.aliases;
    const next = withRecords(dhs, dhs.records.map((r) => (r === entity ? { ...r, aliases: r.aliases.slice(1) } : r)));
    const own = carryOver(dhs, next, '2027-02-01T06:00:00.000Z', DHS_SOURCE).list.records.find((r) => r.name === entity.name)!;
    expect(own.formerNames).toContain(dropped);
    expect(own.aliases).not.toContain(dropped);
    const merged = mergeLists([seeds, { ...next, records: next.records.map((r) => (r.name === entity.name ? own : r)) }]).records.find((r) => r.id === entity.id)!;
    expect(merged.aliases).not.toContain(dropped);
    expect(merged.formerNames).toContain(dropped);
    const fromBundled = carryOver(dhs, next, '2027-02-01T06:00:00.000Z', { ...DHS_SOURCE, ownPrevious: false }).list.records.find((r) => r.name === entity.name)!;
    expect(fromBundled.formerNames).not.toContain(dropped);
  });

  it('does not carry kinds the new download does not cover', () => {
    const { list } = carryOver(mergeLists([cbp, dhs]), cbp, '2027-01-05T00:00:00.000Z', CBP_SOURCE);
    expect(list.records.some((r) => r.kind === 'uflpa')).toBe(false);
  });
});

describe('diffLists', () => {
  it('describes status changes as sentences', () => {
    const fgv = byName(seeds, 'FGV Holdings Berhad')!;
    const before = withRecords(seeds, [{ ...fgv, status: 'active', statusDate: '2020-09-30' }]);
    const after = withRecords(seeds, [fgv]);
    const diff = diffLists(before, after);
    expect(diff.lines.map(english)).toEqual(['FGV Holdings Berhad: WRO modified, effective 2026-01-15']);
    expect(english(diff.summary)).toBe('0 records added, 0 removed, 1 status change');
  });

  it('lists additions and removals, and says when nothing changed', () => {
    const [a, b, c] = cbp.records;
    const diff = diffLists(withRecords(cbp, [a!, b!]), withRecords(cbp, [b!, c!]));
    expect(diff.added.map((r) => r.id)).toEqual([c!.id]);
    expect(diff.removed.map((r) => r.id)).toEqual([a!.id]);
    expect(english(diff.lines[0]!)).toMatch(/^Added: .+ \((WRO|Finding), effective \d{4}-\d{2}-\d{2}\)$/);
    expect(diffLists(cbp, cbp).lines).toEqual([]);
    expect(english(diffLists(cbp, cbp).summary)).toBe('No changes.');
  });
});

describe('planReplacement', () => {
  it('applies ordinary updates and holds one removing more than half the records', () => {
    expect(planReplacement(cbp, withRecords(cbp, cbp.records.slice(0, 40))).action).toBe('apply');
    const plan = planReplacement(cbp, withRecords(cbp, cbp.records.slice(0, 30)));
    expect(plan.action).toBe('confirm');
    expect(plan.action === 'confirm' && english(plan.reason)).toBe('This update would remove 48 of 78 records (62%). It was not applied: confirm it if the source really dropped them.');
    expect(planReplacement(null, cbp).action).toBe('apply');
  });
});
