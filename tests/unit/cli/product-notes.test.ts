/** `wro-screen`'s product notes: always on, after the findings in text, counted on standard error beside JSON and CSV, a row's cells read together and never with the next row. */
import { describe, expect, it } from 'vitest';
import { segmentNotes } from '../../../src/cli/product-notes';
import { inProcess } from './in-process';

const CSV = 'Supplier,Product,Origin\nAcme Solar,Polysilicon 25 kg,\nBeta Medical,Nitrile examination gloves,Malaysia\nGamma GmbH,Nitrile examination gloves,Germany\n';

describe('wro-screen product notes', () => {
  it('lists what to ask after the findings, with each note\'s row and source', async () => {
    // Standard input is read as text, line by line.
    const r = await inProcess(['-'], CSV);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Products to ask about (high-risk goods, not findings about a company):');
    expect(r.stdout).toMatch(/line 2: High-priority UFLPA sector \(silica-based products, including polysilicon\): ask the supplier for the polysilicon's origin and traceability\. \[UFLPA Strategy, 2022 edition \(2022-06-17\): https:\/\/\S+ \(secondary source\)\]/);
    expect(r.stdout).toContain('line 3: Listed by the US Department of Labor (2020) as produced with forced labour in Malaysia (rubber gloves): ask for origin.');
    expect(r.stdout).not.toMatch(/line 4:/);
    expect(r.stderr).toMatch(/0 finding\(s\), 3 product note\(s\)\./);
  });

  it('keeps JSON output a list of findings: standard error counts the notes', async () => {
    const r = await inProcess(['--json', '-'], 'Polysilicon, 6N, no origin stated');
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toBe('wro-screen: 2 product note(s) (high-risk goods to ask about): listed in the text output\n');
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
