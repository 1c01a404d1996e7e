import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvCell,
  decisionsToCsv,
  decisionsToJson,
  exportFileName,
  JSON_EXPORT_FORMAT,
} from '../../../src/core/decision-export';
import { decision } from '../platform/decision-fixtures';

describe('CSV cells', () => {
  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}HYPERLINK("http://evil")`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    }
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-5')).toBe("'-5");
  });

  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvCell('Supermax Corporation Bhd.')).toBe('Supermax Corporation Bhd.');
    expect(csvCell('Co., Ltd.')).toBe('"Co., Ltd."');
    expect(csvCell('said "no"')).toBe('"said ""no"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell(null)).toBe('');
  });
});

describe('CSV export', () => {
  it('round-trips through a CSV parser with the header first and defused values', () => {
    const rows = [
      decision({ id: 1, note: 'Supplier says: "gloves are from Thailand", see email', outcome: 'supplier-confirmed-not-listed' }),
      decision({ id: 2, note: '=cmd|"/c calc"!A1', pageTitle: '@SUM(A1:A2)', outcome: 'not-this-company', undoneAt: '2026-11-29T08:00:00.000Z' }),
    ];
    const csv = decisionsToCsv(rows, { outcomeLabel: (o) => `label:${o}` });
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[0]?.note).toBe('Supplier says: "gloves are from Thailand", see email');
    expect(parsed.data[0]?.outcomeLabel).toBe('label:supplier-confirmed-not-listed');
    expect(parsed.data[1]?.note).toBe(`'=cmd|"/c calc"!A1`);
    expect(parsed.data[1]?.pageTitle).toBe("'@SUM(A1:A2)");
    expect(parsed.data[1]?.undoneAt).toBe('2026-11-29T08:00:00.000Z');
    expect(parsed.data[1]?.listVersion).toBe(rows[1]?.listVersion);
  });

  it('has who recorded it, the owner, the status, the review date, the contract and the uid', () => {
    const row = decision({ by: 'Ana Lopez', owner: '=Category team', status: 'closed', reviewDate: '2027-01-31', contractRef: 'CCS-RM6281' });
    const parsed = Papa.parse<Record<string, string>>(decisionsToCsv([row]).trim(), { header: true });
    expect(parsed.data[0]).toMatchObject({
      by: 'Ana Lopez',
      owner: "'=Category team",
      status: 'closed',
      reviewDate: '2027-01-31',
      contractRef: 'CCS-RM6281',
      uid: row.uid,
    });
    expect(Papa.parse<Record<string, string>>(decisionsToCsv([decision()]).trim(), { header: true }).data[0]).toMatchObject({ reviewDate: '', contractRef: '' });
  });

  it('writes only the header for no decisions', () => {
    expect(decisionsToCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('JSON export', () => {
  it('is a self-describing document holding every decision unchanged', () => {
    const rows = [decision({ id: 7, note: '=not a formula in JSON' })];
    const doc = JSON.parse(decisionsToJson(rows, '2026-11-28T10:00:00.000Z')) as Record<string, unknown>;
    expect(doc).toEqual({
      format: JSON_EXPORT_FORMAT,
      formatVersion: 2,
      exportedAt: '2026-11-28T10:00:00.000Z',
      decisions: rows,
    });
  });

  it('names files by export date', () => {
    expect(exportFileName('2026-11-28T10:00:00.000Z', 'csv')).toBe('wro-check-decisions-2026-11-28.csv');
    expect(exportFileName('2026-11-28T10:00:00.000Z', 'json')).toBe('wro-check-decisions-2026-11-28.json');
  });
});
