/**
 * Dates in CBP's CSV, however they are written, and record identity that does not depend on it:
 * the 2026-06-23 file with its dates rewritten (ISO, zero-padded, a new status word, a date no
 * reader knows) gives the same records, and a refresh that sees the change duplicates nothing.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCbpCsv, parseCbpCsvText } from '../../../../src/core/list/cbp-csv';
import { isoDatesIn, isoFromCbpDate } from '../../../../src/core/list/cbp-date';
import { listVersion } from '../../../../src/core/list/hash';
import { carryOver, mergeLists, type CarrySource } from '../../../../src/core/list/merge';
import type { ListRecord, WroList } from '../../../../src/core/record';
import { encodeWindows1252 } from '../../../fixtures/feeds/make-cbp-csv';

const csvBytes = new Uint8Array(readFileSync(new URL('../../../fixtures/feeds/cbp-2026-06-23.csv', import.meta.url)));
const csvText = new TextDecoder('windows-1252').decode(csvBytes);
const options = { sourceUrl: 'https://www.cbp.gov/sites/default/files/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv', retrieved: '2026-06-24T08:00:00.000Z' };
const later = { ...options, retrieved: '2026-07-01T08:00:00.000Z' };
/** A refresh of CBP's file after an earlier one. */
const CBP: CarrySource = { format: 'cbp-csv', label: 'CBP', ownPrevious: true };

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const toIso = (d: string) => d.replace(US_DATE, (_, m: string, day: string, y: string) => `${y}-${m.padStart(2, '0')}-${day.padStart(2, '0')}`);
const padded = (d: string) => d.replace(US_DATE, (_, m: string, day: string, y: string) => `${m.padStart(2, '0')}/${day.padStart(2, '0')}/${y}`);

/** The fixture with its Effective Date cells (column 0) rewritten, written back as CBP's bytes. */
function rewritten(edit: (date: string, row: string[]) => string, remarks?: (text: string) => string): Uint8Array {
  const rows = Papa.parse<string[]>(csvText, { skipEmptyLines: 'greedy' }).data;
  const remarksAt = rows[0]!.indexOf('Remarks');
  const out = rows.map((row, i) => (i === 0 ? row : row.map((cell, c) => (c === 0 ? edit(cell, row) : c === remarksAt && remarks ? remarks(cell) : cell))));
  return encodeWindows1252(Papa.unparse(out, { newline: '\r\n' }));
}

function parsedList(bytes: Uint8Array, opts = options): { list: WroList; warnings: string[] } {
  const result = parseCbpCsv(bytes, opts);
  if (!result.ok) throw new Error(result.error);
  return { list: result.list, warnings: result.warnings };
}
const ids = (list: WroList) => list.records.map((r) => r.id).sort();
const original = parsedList(csvBytes).list;

describe('isoFromCbpDate', () => {
  it('reads US, zero-padded US, ISO and spelt-out dates, with or without a spreadsheet\'s time', () => {
    for (const text of ['9/30/2020', '09/30/2020', '2020-09-30', '2020/09/30', '9/30/20', '9/30/2020 0:00', '2020-09-30 00:00:00', '2020-09-30T00:00:00Z', 'September 30, 2020', 'Sept. 30, 2020', 'Sep 30 2020', '30 September 2020', '30-Sep-2020', ' 9/30/2020\u00a0']) {
      expect(isoFromCbpDate(text), text).toBe('2020-09-30');
    }
    expect(isoFromCbpDate('12/28/53')).toBe('1953-12-28');
  });

  it('refuses what is not one real date', () => {
    for (const text of ['', '2/30/2020', '13/1/2020', '30/9/2020', '2020-13-01', '44104', 'FY2020', 'Sep 2020', 'Smarch 3, 2020', '9/30/2020, 10/1/2020']) {
      expect(isoFromCbpDate(text), text).toBeNull();
    }
  });

  it('finds the dates inside a text, in order', () => {
    expect(isoDatesIn('Annapurna Carpet removed from the order, 07/23/2021; reviewed 2021-08-01 and on August 2, 2021')).toEqual(['2021-07-23', '2021-08-01', '2021-08-02']);
    expect(isoDatesIn('Customs Bulletin: Vol. 54, November 4, 2020, No. 43')).toEqual(['2020-11-04']);
    expect(isoDatesIn('T.D. 92-27; 85 FR 66574')).toEqual([]);
  });
});

describe('parseCbpCsv: a file whose dates CBP writes another way', () => {
  it('gives the same record ids and the same list version when its Effective Dates are ISO or zero-padded', () => {
    for (const edit of [toIso, padded]) {
      const { list, warnings } = parsedList(rewritten(edit));
      expect(warnings.filter((w) => /Effective Date/.test(w))).toEqual([]);
      expect(ids(list)).toEqual(ids(original));
      expect(list.version).toBe(original.version);
    }
    // The rewrite did change the file.
    expect(new TextDecoder('windows-1252').decode(rewritten(toIso))).toMatch(/^Effective Date,[^\n]*\r\n1953-12-28,1953,MX,/);
  });

  it('reads partial lifts dated in ISO in Remarks: same ids and lift dates, only CBP\'s remark text differs', () => {
    const isoRemarks = (text: string) => text.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (d) => toIso(d));
    const { list } = parsedList(rewritten(toIso, isoRemarks));
    expect(ids(list)).toEqual(ids(original));
    const strip = (r: ListRecord) => ({ ...r, statusNote: '', statusHistory: r.statusHistory.map((c) => ({ ...c, note: '' })) });
    expect(list.records.map(strip)).toEqual(original.records.map(strip));
    const annapurna = list.records.find((r) => r.name === 'Annapurna Carpet')!;
    expect([annapurna.status, annapurna.statusDate]).toEqual(['modified', '2021-07-23']);
    expect(annapurna.statusNote).toContain('removed from the order, 2021-07-23');
  });

  it('reads a partial lift dated in words, and two lifts run together on one line', () => {
    const header = 'Effective Date,WRO/Finding,Status,Entity,Remarks\r\n';
    const result = parseCbpCsvText(`${header}7/21/1998,WRO,Partially Modified,"Alpha Rugs Pvt., Gamma Rugs, and Delta Rug Industries; Kathmandu.","Gamma Rugs removed from the order, March 2, 2001Delta Rug Industries removed from the order, 2001-04-05"\r\n`, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const by = (name: string) => result.list.records.find((r) => r.name === name);
    expect([by('Gamma Rugs')?.statusDate, by('Delta Rug Industries')?.statusDate, by('Alpha Rugs Pvt.')?.status]).toEqual(['2001-03-02', '2001-04-05', 'active']);
  });

  it('keeps parsing through a status word CBP has not used before: unknown, with CBP\'s word and a warning', () => {
    const bytes = rewritten((date) => date);
    const rows = Papa.parse<string[]>(new TextDecoder('windows-1252').decode(bytes), { skipEmptyLines: 'greedy' }).data;
    const statusAt = rows[0]!.indexOf('Status');
    const entityAt = rows[0]!.indexOf('Entity');
    const target = rows.findIndex((r) => r[entityAt] === 'Hero Vast Group');
    rows[target]![statusAt] = 'Suspended';
    const result = parseCbpCsv(encodeWindows1252(Papa.unparse(rows, { newline: '\r\n' })), options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const hero = result.list.records.find((r) => r.name === 'Hero Vast Group')!;
    expect(hero.status).toBe('unknown');
    expect(hero.statusNote).toContain('CBP status "Suspended"');
    expect(result.warnings).toContain(`Line ${target + 1}: status "Suspended" not recognised; shown as unknown.`);
    expect(result.list.records).toHaveLength(original.records.length);
    expect(result.list.records.filter((r) => r.status === 'unknown').map((r) => r.name)).toEqual(['Hero Vast Group']);
  });
});

describe('a refresh that sees CBP change its date format duplicates nothing', () => {
  it('carryOver: the ISO file after the US one keeps every record, id and version, and delists none', () => {
    const next = parsedList(rewritten(toIso), later).list;
    const { list, delisted } = carryOver(original, next, later.retrieved, CBP);
    expect(delisted).toEqual([]);
    expect(list.records).toHaveLength(original.records.length);
    expect(ids(list)).toEqual(ids(original));
    expect(list.records.every((r) => !r.delistedSince)).toBe(true);
    // And back again.
    const back = carryOver(list, parsedList(csvBytes, later).list, later.retrieved, CBP);
    expect([back.delisted, back.list.records.length, back.list.version]).toEqual([[], original.records.length, listVersion(back.list.records)]);
  });

  it('mergeLists: the bundled (US) and a downloaded (ISO) copy of the same file are one record per order', () => {
    const merged = mergeLists([original, parsedList(rewritten(toIso), later).list]);
    expect(merged.records).toHaveLength(original.records.length);
    expect(ids(merged)).toEqual(ids(original));
  });

  it('a date no reader knows (a spreadsheet serial number): a warning, and the order is still the same record', () => {
    // Hero Vast Group's only order: 2021-03-04 written as Excel's serial 44259.
    const serial = rewritten((date, row) => (row.includes('Hero Vast Group') ? '44259' : date));
    const { list, warnings } = parsedList(serial, later);
    expect(warnings.some((w) => /unreadable Effective Date "44259"/.test(w))).toBe(true);
    const hero = list.records.find((r) => r.name === 'Hero Vast Group')!;
    expect([hero.issued, hero.id]).toEqual([null, expect.stringMatching(/^cbp-wro-nodate-/)]);
    const { list: carried, delisted } = carryOver(original, list, later.retrieved, CBP);
    expect(delisted).toEqual([]);
    expect(carried.records).toHaveLength(original.records.length);
    expect(carried.records.find((r) => r.name === 'Hero Vast Group')?.id).toBe(original.records.find((r) => r.name === 'Hero Vast Group')?.id);
    expect(mergeLists([original, list]).records).toHaveLength(original.records.length);
  });

  it('never pairs an undated order with one of two dated orders it could be (the prison with two Findings)', () => {
    const prison = 'State Penitentiary, Ciudad Victoria, Tamaulipas, Mexico';
    const undated = rewritten((date, row) => (row.some((c) => c === prison) && date === '12/28/1953' ? 'n/a' : date));
    const { list } = parsedList(undated, later);
    const { list: carried, delisted } = carryOver(original, list, later.retrieved, CBP);
    // The 1958 Finding pairs by its date; the undated one has only the 1953 Finding left: paired.
    expect(delisted).toEqual([]);
    expect(carried.records).toHaveLength(original.records.length);
    const both = rewritten((date, row) => (row.some((c) => c === prison) ? 'n/a' : date));
    const twoUndated = parsedList(both, later).list;
    // Both Findings now have the same id (no date), so the file reads as one order: not paired with either.
    const result = carryOver(original, twoUndated, later.retrieved, CBP);
    expect(result.list.records.filter((r) => r.name === prison && !r.delistedSince)).toHaveLength(1);
    expect(result.delisted.map((r) => r.issued).sort()).toEqual(['1953-12-28', '1958-10-29']);
  });
});
