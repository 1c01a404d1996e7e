/** `wro-screen`'s product notes: always on, after the findings in text, counted on standard error beside JSON and CSV, a row's cells read together and never with the next row. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { segmentNotes } from '../../../src/cli/product-notes';
import { inProcess } from './in-process';

const dir = mkdtempSync(join(tmpdir(), 'wro-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CSV = 'Supplier,Product,Origin\nAcme Solar,Polysilicon 25 kg,\nBeta Medical,Nitrile examination gloves,Malaysia\nGamma GmbH,Nitrile examination gloves,Germany\n';

describe('wro-screen product notes', () => {
  it('lists what to ask after the findings, with each note\'s row and source', async () => {
    // Standard input is read as text, line by line.
    const r = await inProcess(['-'], CSV);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Products to ask about (high-risk goods, not findings about a company):');
    expect(r.stdout).toMatch(/line 2: High-priority UFLPA sector \(silica-based products, including polysilicon\): ask the supplier for the polysilicon's origin and traceability\. \[UFLPA Strategy, 2022 edition \(2022-06-17\): https:\/\/\S+ \(secondary source\)\]/);
    expect(r.stdout).toContain('line 3: Listed by the US Department of Labor (2022) as produced with forced labour in Malaysia (rubber gloves): ask for origin.');
    expect(r.stdout).not.toMatch(/line 4:/);
    expect(r.stderr).toMatch(/0 finding\(s\), 3 product note\(s\)\./);
  });

  it('keeps JSON output a list of findings: standard error counts the notes', async () => {
    const r = await inProcess(['--json', '-'], 'Polysilicon, 6N, no origin stated');
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toBe('wro-screen: 2 product note(s) (high-risk goods to ask about): listed in the text output, or with --notes\n');
  });

  it('adds the notes to JSON with --notes: findings and notes side by side, each note with where, what to ask and its source', async () => {
    const r = await inProcess(['--json', '--notes', '-'], 'Supermax Corporation Berhad\nPolysilicon, 6N, made in China');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { findings: Array<{ recordName: string }>; productNotes: Array<Record<string, unknown>> };
    expect(out.findings.map((f) => f.recordName)).toEqual(['Supermax Corporation Bhd.']);
    const silica = out.productNotes.find((n) => n.goodId === 'uflpa-silica');
    expect(silica).toMatchObject({ source: '-', line: 2, kind: 'uflpa', good: 'silica-based products, including polysilicon', matchedText: 'Polysilicon', origins: ['China'], secondarySource: true });
    expect(silica?.ask).toBe("High-priority UFLPA sector (silica-based products, including polysilicon): ask the supplier for the polysilicon's origin and traceability.");
    expect(silica?.sourceLabel).toMatch(/^UFLPA Strategy, 2022 edition/);
    expect(silica?.sourceUrl).toMatch(/^https:\/\//);
  });

  it('adds the notes to CSV with --notes: a first column says which lines are findings and which are notes', async () => {
    const file = join(dir, 'lots.csv');
    writeFileSync(file, 'Supplier,Product,Origin\nSupermax Corporation Berhad,Nitrile examination gloves,Malaysia\n');
    const r = await inProcess(['--csv', '--notes', file]);
    expect(r.status).toBe(0);
    const lines = Papa.parse<Record<string, string>>(r.stdout.trim(), { header: true }).data;
    expect(lines.map((l) => l.entry)).toEqual(['listed-company', 'product-note']);
    expect(lines[0]).toMatchObject({ row: '2', column: 'Supplier', recordName: 'Supermax Corporation Bhd.', good: '' });
    expect(lines[1]).toMatchObject({ source: file, row: '2', recordId: '', good: 'rubber gloves', explanation: 'Listed by the US Department of Labor (2022) as produced with forced labour in Malaysia (rubber gloves): ask for origin.' });
    expect(lines[1]?.goodSourceUrl).toMatch(/^https:\/\//);
  });

  it('keeps --notes for JSON and CSV: the text output always lists the notes', async () => {
    const r = await inProcess(['--notes', '-'], 'Polysilicon');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--notes goes with --json or --csv/);
  });

  it('reads a CSV row\'s cells as one line, and never lends an origin to the next row', () => {
    const notes = segmentNotes('lots.csv', [
      { text: 'Nitrile examination gloves', row: 2, column: 'Product', nameField: true },
      { text: 'Germany', row: 2, column: 'Origin', nameField: true },
      { text: 'Latex gloves', row: 3, column: 'Product', nameField: true },
    ]);
    expect(notes.map((n) => `${n.where} ${n.note.goodId}`).sort()).toEqual(['row 3 dol-china-gloves', 'row 3 dol-malaysia-rubber-gloves']);
  });
});
