import { strToU8, zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { readWorkbookCells } from '../../../../src/core/screening/xlsx-read';
import { largeWorkbook, makeXlsx } from '../../../fixtures/documents/xlsx';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A workbook with what Excel and other writers put in cells: styles, dates, rich text, inline strings, formulas, errors. */
function oddWorkbook(date1904 = false): Uint8Array {
  const sheet = (rows: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?>\n<worksheet ${NS}><cols><col min="1" max="3" width="20"/></cols><sheetData>${rows}</sheetData></worksheet>`);
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook ${NS}><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="Suppliers &amp; makers" sheetId="1" r:id="rId1"/><sheet name="Empty" sheetId="2" r:id="rId2"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>'),
    'xl/styles.xml': strToU8(`<?xml version="1.0"?><styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd;@"/><numFmt numFmtId="165" formatCode="&quot;Lot &quot;0"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`),
    'xl/sharedStrings.xml': strToU8(`<?xml version="1.0"?><sst ${NS}><si><t>Supplier</t></si><si><t xml:space="preserve">  Hoshine Silicon Industry Co., Ltd.  </t></si><si><r><rPr><b/></rPr><t>Top </t></r><r><t>Glove</t></r><rPh sb="0" eb="1"><t>トップ</t></rPh></si><si><t>Tom &amp; Jerry &lt;Ltd&gt; &#x5408;&#30410;_x000D_</t></si><si><t/></si><si><t>   </t></si></sst>`),
    'xl/worksheets/sheet1.xml': sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Made on</t></is></c><c r="C1" t="str"><f>A1</f><v>Formula  </v></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" s="1"><v>44743</v></c><c r="C3" s="2"><v>45000.75</v></c><c r="D3" s="3"><v>12</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c></row>' +
        '<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" t="b"><v>0</v></c><c r="C4"><v>00123</v></c><c r="D4" t="d"><v>2021-06-10T00:47:45.700Z</v></c><c r="E4" s="1"/><c r="F4" t="s"><v>4</v></c></row>' +
        '<row r="6"><c r="AB6" t="s"><v>3</v></c><c r="AC6" t="s"><v>5</v></c><c r="AD6" t="str"><f>X</f></c></row>',
    ),
    'xl/worksheets/sheet2.xml': sheet(''),
  });
}

/** read-excel-file's cells as the screening reads them (xlsx.ts's cellText). */
async function reference(bytes: Uint8Array): Promise<Array<{ name: string; rows: string[][] }>> {
  const sheets = await readXlsxFile(bytes.slice().buffer as ArrayBuffer, { parseNumber: (s: string) => s });
  const text = (v: unknown): string => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));
  return sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(text)) }));
}

/** Rows without their trailing empty cells and rows (read-excel-file pads to the widest row). */
const trimmed = (sheets: Array<{ name: string; rows: string[][] }>) =>
  sheets.map((s) => {
    const rows = s.rows.map((r) => r.slice(0, r.findLastIndex((c) => c !== '') + 1));
    return { name: s.name, rows: rows.slice(0, rows.findLastIndex((r) => r.length > 0) + 1) };
  });

describe('readWorkbookCells', () => {
  it('reads every kind of cell as read-excel-file does', async () => {
    for (const bytes of [oddWorkbook(), oddWorkbook(true)]) {
      const fast = readWorkbookCells(bytes);
      expect(fast).not.toBeNull();
      expect(trimmed(fast!)).toEqual(trimmed(await reference(bytes)));
    }
    const [sheet] = readWorkbookCells(oddWorkbook())!;
    expect(sheet!.name).toBe('Suppliers & makers');
    expect(sheet!.rows[2]).toEqual(['Hoshine Silicon Industry Co., Ltd.', '2022-07-01', '2023-03-15', '12', 'TRUE']);
    expect(sheet!.rows[3]).toEqual(['Top Glove', 'FALSE', '00123', '2021-06-10']);
    expect(sheet!.rows[5]![27]).toBe('Tom & Jerry <Ltd> 合益');
  });

  it('reads the test workbooks and the benchmark one as read-excel-file does', async () => {
    const two = makeXlsx([
      { name: 'Tier 1', rows: [['Supplier', 'Country'], ['Supermax Corporation Berhad', 'Malaysia'], [undefined, 'China', 42]] },
      { name: 'Tier 2', firstRow: 3, rows: [['Declared supply chain'], [], ['Manufacturer'], ['Changji Esquel Textile Co., Ltd.']] },
    ]);
    expect(trimmed(readWorkbookCells(two)!)).toEqual(trimmed(await reference(two)));
    const big = largeWorkbook(3000).xlsx;
    expect(trimmed(readWorkbookCells(big)!)).toEqual(trimmed(await reference(big)));
  });

  it('leaves to read-excel-file what it does not expect: a cell without its address, a missing part, a damaged archive', () => {
    const noRef = zipSync({ 'xl/workbook.xml': strToU8(`<workbook ${NS}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`), 'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'), 'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${NS}><sheetData><row><c t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`) });
    expect(readWorkbookCells(noRef)).toBeNull();
    expect(readWorkbookCells(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBeNull();
    expect(readWorkbookCells(oddWorkbook().slice(0, 400))).toBeNull();
  });
});
