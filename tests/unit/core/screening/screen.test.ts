import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanOptions } from '../../../../src/core/match/matcher';
import type { Finding } from '../../../../src/core/match/types';
import { suggestColumns } from '../../../../src/core/screening/columns';
import { screenSlice, screenTable, selectColumns } from '../../../../src/core/screening/screen';
import { parseCsvText, tableFromCsvBytes, tableFromText } from '../../../../src/core/screening/table';
import { awkwardInputs, type Planted } from '../../../fixtures/csv/generate';
import { matcher } from './helpers';
import { english } from '../../../../src/cli/english';
import { explanationMessage } from '../../../../src/core/match/explain';

const dir = resolve(import.meta.dirname, '../../../fixtures/csv');
const keyOf = (p: { row: number; column: string; recordId: string }): string => `${p.row}|${p.column}|${p.recordId}`;

describe('screening a 5,000-supplier export down the tiers', () => {
  const table = tableFromCsvBytes(readFileSync(resolve(dir, 'suppliers-5000.csv')));
  const planted = JSON.parse(readFileSync(resolve(dir, 'suppliers-5000.planted.json'), 'utf8')) as Planted[];
  const run = screenTable(matcher, table, suggestColumns(table.headers));

  it('finds every listed manufacturer and sub-supplier behind the distributors, in its own tier, and nothing else', () => {
    expect(run.columns).toEqual(['Supplier Name', 'Manufacturer', 'Sub-supplier']);
    expect(run.hits.map((h) => keyOf({ row: h.row, column: h.column, recordId: h.finding.recordId })).sort()).toEqual(
      planted.map(keyOf).sort(),
    );
    expect(new Set(planted.map((p) => p.column))).toEqual(new Set(['Manufacturer', 'Sub-supplier']));
    expect(run.rowCount).toBe(5000);
    expect(run.rowsWithFindings).toBe(new Set(planted.map((p) => p.row)).size);
  });

  it('keeps the screened cell and a finding that explains itself', () => {
    for (const hit of run.hits) {
      const p = planted.find((x) => x.row === hit.row && x.column === hit.column);
      expect(hit.cell).toBe(p?.text);
      expect(english(explanationMessage(hit.finding.explanation))).toMatch(/^(Possible match|Match): .+\.$/);
    }
  });

  it('finds nothing when only the tier-one supplier column is screened (the seed letter\'s blind spot)', () => {
    expect(screenTable(matcher, table, ['Supplier Name']).hits).toEqual([]);
  });
});

describe('screening in slices', () => {
  it('gives the same hits in slices as at once, and scans a repeated cell once', () => {
    const table = tableFromCsvBytes(awkwardInputs()['quoted.csv'] as Uint8Array);
    const columns = suggestColumns(table.headers);
    const whole = screenTable(matcher, table, columns).hits;
    let scans = 0;
    const counting = { scan: (text: string, options?: ScanOptions): Finding[] => (scans++, matcher.scan(text, options)) };
    const cache = new Map<string, Finding[]>();
    const indices = columns.map((c) => table.headers.indexOf(c));
    const sliced = [0, 7, 19, 33].flatMap((from, i, all) => screenSlice(counting, table, indices, from, all[i + 1] ?? 40, cache));
    expect(sliced).toEqual(whole);
    const distinct = new Set(table.rows.flatMap((r) => indices.map((i) => r[i] ?? '')).filter((c) => c.trim() !== ''));
    expect(scans).toBe(distinct.size);
  });

  it('reports progress after each slice up to the row count', () => {
    const table = tableFromText(Array.from({ length: 4500 }, (_, i) => `Line ${i}`).join('\n'), 'Pasted text');
    const progress: number[] = [];
    screenTable(matcher, table, ['Pasted text'], (done) => progress.push(done));
    expect(progress).toEqual([2000, 4000, 4500]);
  });

  it('numbers pasted text by line and finds names with their context', () => {
    const table = tableFromText('Quotation Q-2231\nNitrile gloves, made by Supermax Corporation Berhad\nDelivery 4 weeks', 'Pasted text');
    const hits = screenTable(matcher, table, ['Pasted text']).hits;
    expect(hits.map((h) => [h.row, h.finding.recordId])).toEqual([[2, 'cbp-wro-2021-10-21-supermax-corporation-bhd']]);
  });
});

describe('supplier fields', () => {
  it('finds a common-word listed name that fills a whole CSV cell, but not the same words in prose', () => {
    const csv = parseCsvText('Supplier,Manufacturer\r\nNorthbridge Medical Ltd,Top Glove\r\nAshcombe Ltd,Korvell Industries Ltd\r\n');
    const hits = screenTable(matcher, csv, ['Manufacturer']).hits;
    expect(hits.map((h) => [h.row, h.finding.recordName])).toEqual([[2, expect.stringMatching(/^Top Glove/)]]);
    const prose = tableFromText('We bought from the top glove makers in the region', 'Pasted text');
    expect(screenTable(matcher, prose, ['Pasted text']).hits).toEqual([]);
  });
});

describe('awkward inputs still screen', () => {
  it('a ragged file screens the cells it has', () => {
    const table = tableFromCsvBytes(awkwardInputs()['ragged.csv'] as Uint8Array);
    const hits = screenTable(matcher, table, ['Manufacturer']).hits;
    expect(hits.map((h) => [h.row, h.finding.recordId])).toEqual([[2, 'cbp-wro-2021-10-21-supermax-corporation-bhd']]);
  });

  it('a Windows-1252 file matches accented listed names', () => {
    const table = tableFromCsvBytes(awkwardInputs()['windows-1252.csv'] as Uint8Array);
    const hits = screenTable(matcher, table, ['Fabricant']).hits;
    expect(hits.map((h) => h.finding.recordId)).toEqual(['cbp-wro-2019-09-30-bonechar-carv-o-ativado-do-brasil-ltda']);
  });

  it('keeps only a bounded part of an enormous cell with a hit', () => {
    const table = tableFromText(`${'x '.repeat(5000)}Supermax Corporation Berhad`, 'Pasted text');
    const [hit] = screenTable(matcher, table, ['Pasted text']).hits;
    expect(hit?.cell.length).toBeLessThanOrEqual(501);
  });

  it('keeps only the chosen columns when a screening is kept', () => {
    const table = tableFromCsvBytes(awkwardInputs()['bom.csv'] as Uint8Array);
    const kept = selectColumns(table, ['manufacturer']);
    expect(kept.headers).toEqual(['Manufacturer']);
    expect(kept.rows).toEqual([['Supermax Corporation Berhad']]);
    expect(screenTable(matcher, kept, kept.headers).hits).toHaveLength(1);
  });
});
