import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeInput, decodeWindows1252 } from '../../../../src/core/screening/decode';
import { ScreeningInputError } from '../../../../src/core/screening/input-error';
import { MAX_CELL_CHARS, parseCsvText, tableFromCsvBytes, tableFromText } from '../../../../src/core/screening/table';
import { awkwardInputs, supplierExport, windows1252 } from '../../../fixtures/csv/generate';
import { utf8 } from './helpers';

const inputs = awkwardInputs();

function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof ScreeningInputError) return e.problem;
    throw e;
  }
  return 'none';
}

describe('decoding supplier files', () => {
  it('reads UTF-8 with and without a BOM, and drops the BOM from the first header', () => {
    const table = tableFromCsvBytes(inputs['bom.csv'] as Uint8Array);
    expect(table.encoding).toBe('utf-8');
    expect(table.headers).toEqual(['Supplier Name', 'Manufacturer']);
    expect(decodeInput(utf8('a,b\n1,2')).bom).toBe(false);
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8, and says so', () => {
    const table = tableFromCsvBytes(inputs['windows-1252.csv'] as Uint8Array);
    expect(table.encoding).toBe('windows-1252');
    expect(table.rows[0]).toEqual(['Société Générale d’Achats', 'Bonechar Carvão Ativado do Brasil Ltda', 'Brésil']);
    expect(table.warnings.map((w) => w.code)).toContain('windows-1252');
  });

  it('maps the Windows-1252 range 0x80–0x9F to the characters Word and Excel type (€, quotes, dashes, ™)', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f, 0x81, 0xe9, 0x41]))).toBe(
      '€‘’“”–—™Ÿ\u0081éA',
    );
  });

  it('keeps UTF-8 accented text as UTF-8 (validity decides, not the presence of high bytes)', () => {
    expect(decodeInput(utf8('Fournisseur\nSociété Générale')).encoding).toBe('utf-8');
  });

  it('reads UTF-16 "Unicode text" exports (tab-delimited) by their BOM', () => {
    const text = 'Supplier\tManufacturer\r\nNorthbridge Ltd\tSupermax Corporation Berhad\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((ch, i) => {
      bytes[2 + i * 2] = ch.charCodeAt(0) & 0xff;
      bytes[3 + i * 2] = ch.charCodeAt(0) >> 8;
    });
    const table = tableFromCsvBytes(bytes);
    expect(table.encoding).toBe('utf-16le');
    expect(table.delimiter).toBe('\t');
    expect(table.rows[0]).toEqual(['Northbridge Ltd', 'Supermax Corporation Berhad']);
  });

  it('refuses empty, whitespace-only, binary and workbook files with a problem code', () => {
    expect(problemOf(() => tableFromCsvBytes(inputs['empty.csv'] as Uint8Array))).toBe('empty');
    expect(problemOf(() => tableFromCsvBytes(utf8(' \r\n\t\n')))).toBe('empty');
    expect(problemOf(() => tableFromCsvBytes(inputs['binary.csv'] as Uint8Array))).toBe('binary');
    expect(problemOf(() => tableFromCsvBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])))).toBe('workbook');
    expect(problemOf(() => tableFromCsvBytes(utf8('Supplier,Manufacturer\r\n')))).toBe('no-rows');
  });
});

describe('parsing CSV', () => {
  it('sniffs the semicolon delimiter European spreadsheets use', () => {
    const table = tableFromCsvBytes(inputs['semicolon.csv'] as Uint8Array);
    expect(table.delimiter).toBe(';');
    expect(table.headers).toContain('Manufacturer');
    expect(table.rows).toHaveLength(30);
  });

  it('keeps quoted commas, doubled quotes and line breaks inside one cell, numbering rows as records', () => {
    const table = parseCsvText('Supplier,Notes\r\n"Marlow, Ltd","said ""hello""\r\nthen left"\r\nAshcombe Ltd,plain\r\n');
    expect(table.rows).toEqual([
      ['Marlow, Ltd', 'said "hello"\r\nthen left'],
      ['Ashcombe Ltd', 'plain'],
    ]);
    expect(table.firstRowNumber).toBe(2);
    expect(table.warnings).toEqual([]);
  });

  it('keeps ragged rows, names the extra columns and reports the rows', () => {
    const table = tableFromCsvBytes(inputs['ragged.csv'] as Uint8Array);
    expect(table.headers).toEqual(['Supplier', 'Manufacturer', 'Country', 'Column 4', 'Column 5']);
    expect(table.rows).toHaveLength(3);
    expect(table.warnings).toEqual([{ code: 'ragged-rows', count: 3, rows: [2, 3, 4] }]);
  });

  it('cuts an enormous cell to MAX_CELL_CHARS with a warning naming its row', () => {
    const table = tableFromCsvBytes(inputs['huge-cell.csv'] as Uint8Array);
    expect((table.rows[0]?.[1] ?? '').length).toBe(MAX_CELL_CHARS);
    expect(table.warnings).toContainEqual({ code: 'cell-truncated', count: 1, rows: [2] });
  });

  it('names empty and repeated headers so every column can be chosen', () => {
    expect(parseCsvText('Name,,Name,name\r\na,b,c,d').headers).toEqual(['Name', 'Column 2', 'Name (2)', 'name (3)']);
  });

  it('treats the first row as data when told there is no header', () => {
    const table = parseCsvText('Northbridge Ltd,Supermax Corporation Berhad\r\n', { hasHeader: false });
    expect(table.headers).toEqual(['Column 1', 'Column 2']);
    expect(table.firstRowNumber).toBe(1);
    expect(table.rows).toHaveLength(1);
  });

  it('reports unbalanced quotes as a warning and keeps the rows', () => {
    const table = parseCsvText('Supplier,Maker\r\nA Ltd,"B Ltd\r\nC Ltd,D Ltd\r\n');
    expect(table.warnings.map((w) => w.code)).toContain('parse-errors');
    expect(table.rows.length).toBeGreaterThan(0);
  });

  it('keeps blank lines inside the file so row numbers match the spreadsheet', () => {
    const table = parseCsvText('Supplier\r\nA Ltd\r\n\r\nB Ltd\r\n');
    expect(table.rows.map((r) => r[0])).toEqual(['A Ltd', '', 'B Ltd']);
  });

  it('takes pasted text line by line under one column', () => {
    const table = tableFromText('Quote 12\nGloves from Supermax Corporation Berhad\r\n', 'Pasted text');
    expect(table.headers).toEqual(['Pasted text']);
    expect(table.rows[1]).toEqual(['Gloves from Supermax Corporation Berhad']);
    expect(table.firstRowNumber).toBe(1);
  });

  it('parses the generated 5,000-supplier export whole, multi-line names included', () => {
    const bytes = readFileSync(resolve(import.meta.dirname, '../../../fixtures/csv/suppliers-5000.csv'));
    const table = tableFromCsvBytes(bytes);
    expect(table.rows).toHaveLength(5000);
    expect(table.warnings).toEqual([]);
    expect(table.rows.every((r) => r.length === table.headers.length)).toBe(true);
  });

  it('the committed fixtures are what the generator makes', () => {
    const dir = resolve(import.meta.dirname, '../../../fixtures/csv');
    expect(readFileSync(resolve(dir, 'suppliers-5000.csv'), 'utf8')).toBe(supplierExport(5000).csv);
    for (const [name, bytes] of Object.entries(inputs)) expect(Buffer.compare(readFileSync(resolve(dir, name)), bytes), name).toBe(0);
    expect(windows1252('é’')).toEqual(Uint8Array.from([0xe9, 0x92]));
  });
});

describe('large files', () => {
  it('parses 300,000 rows (more than a spread of arguments can take) without a stack overflow', () => {
    const text = `Supplier\r\n${'Northbridge Ltd\r\n'.repeat(300_000)}`;
    const table = parseCsvText(text);
    expect(table.rows).toHaveLength(300_000);
    expect(table.headers).toEqual(['Supplier']);
  });
});
