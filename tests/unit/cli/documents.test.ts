/**
 * `wro-screen` on PDFs and workbooks: findings with their page and line, or sheet and cell, in
 * text, JSON and CSV; --column across sheets; a scanned PDF named as an input with nothing to
 * screen; a password-protected or damaged file as a one-line error with exit status 2.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenPdf, makePdf, tenderPack } from '../../fixtures/documents/pdf';
import { supplierWorkbook } from '../../fixtures/documents/xlsx';
import { findingLines, inProcess } from './in-process';

const dir = mkdtempSync(join(tmpdir(), 'wro-cli-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);

beforeAll(() => {
  writeFileSync(file('tender.pdf'), tenderPack().pdf);
  writeFileSync(file('suppliers.xlsx'), supplierWorkbook().xlsx);
  writeFileSync(file('scan.pdf'), makePdf([null, null]));
  writeFileSync(file('locked.pdf'), makePdf([['Supermax Corporation Berhad']], { password: 'tender' }));
  writeFileSync(file('damaged.pdf'), brokenPdf());
});

describe('wro-screen on documents', { timeout: 60_000 }, () => {
  it('screens a PDF: each finding with its page and line', async () => {
    const r = await inProcess([file('tender.pdf')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/tender\.pdf: page 2, line 3: MATCH Supermax Corporation Bhd\./);
    expect(r.stdout).toMatch(/tender\.pdf: page 2, line 5: MATCH Hoshine Silicon Industry Co\. Ltd\./);
    // The third page is a scan.
    expect(r.stderr).toMatch(/warning: .*tender\.pdf: 1 page\(s\) have no text layer \(pages 3\): they may be scanned and were not screened/);
    const json = JSON.parse((await inProcess(['--json', file('tender.pdf')])).stdout) as Array<Record<string, unknown>>;
    expect(json.map((f) => [f.page, f.line, f.recordId])).toEqual(tenderPack().planted.map((p) => [p.page, p.line, p.recordId]));
  });

  it('screens every sheet of a workbook, in the named column where a sheet has it: sheet, row and cell', async () => {
    const all = await inProcess(['--csv', file('suppliers.xlsx')]);
    const rows = Papa.parse<Record<string, string>>(all.stdout.trim(), { header: true }).data;
    expect(rows.map((f) => `${f.sheet}!${f.cell} ${f.row} ${f.column} ${f.recordId}`).sort()).toEqual(
      supplierWorkbook().planted.map((p) => `${p.sheet}!${p.cell} ${p.row} ${p.column} ${p.recordId}`).sort(),
    );
    const manufacturers = await inProcess(['--column', 'Manufacturer', file('suppliers.xlsx')]);
    expect(findingLines(manufacturers.stdout)).toEqual([
      expect.stringMatching(/suppliers\.xlsx: Suppliers!D2 \[Manufacturer\]: MATCH Supermax/),
      expect.stringMatching(/suppliers\.xlsx: Suppliers!D5 \[Manufacturer\]: MATCH Top Glove/),
    ]);
    const unknown = await inProcess(['--column', 'Vendor', file('suppliers.xlsx')]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/has no column "Vendor" in any sheet/);
  });

  it('names a scanned PDF as an input with nothing to screen (exit 2 with --fail-on-match)', async () => {
    const r = await inProcess(['--fail-on-match', file('scan.pdf')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/scan\.pdf is a PDF with no text layer \(a scan\?\): run it through OCR: nothing to screen/);
  });

  it('refuses a password-protected or damaged PDF with a one-line reason and exit status 2', async () => {
    const locked = await inProcess([file('locked.pdf')]);
    expect(locked.status).toBe(2);
    expect(locked.stderr).toMatch(/^wro-screen: .*locked\.pdf: The PDF is password-protected/);
    const damaged = await inProcess([file('damaged.pdf')]);
    expect(damaged.status).toBe(2);
    expect(damaged.stderr).toMatch(/damaged\.pdf: The PDF could not be read/);
    expect(damaged.stderr.trim().split('\n')).toHaveLength(1);
  });
});
