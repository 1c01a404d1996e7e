/**
 * The PDF reader: pdf.js (the Node build wro-screen uses; the screening worker runs the browser
 * build of the same version) reads the text layer, and the core turns it into lines with their
 * page and line, or into the person's problem: no text layer, a password, a damaged file.
 */
import { describe, expect, it } from 'vitest';
import { openPdf } from '../../../../src/cli/documents';
import { ScreeningInputError } from '../../../../src/core/screening/input-error';
import { looksLikePdf, pageLines, tableFromPdf, tableFromPdfPages } from '../../../../src/core/screening/pdf';
import { pdfAddress, pdfHostPattern } from '../../../../src/core/screening/sniff';
import { buildReport } from '../../../../src/core/screening/report';
import { screeningToCsv } from '../../../../src/core/screening/export-csv';
import { screenTable } from '../../../../src/core/screening/screen';
import { brokenPdf, makePdf, tenderPack } from '../../../fixtures/documents/pdf';
import { byId, matcher, problemOf } from './helpers';

describe('PDF text layer to lines', () => {
  it('ends a line at pdf.js end-of-line marks and where the baseline moves, and drops blank lines', () => {
    const at = (y: number) => [10, 0, 0, 10, 56, y];
    expect(
      pageLines([
        { str: 'Manufacturer:', transform: at(800) },
        { str: ' ', transform: at(800) },
        { str: 'Supermax Corporation Berhad', transform: at(800), hasEOL: true },
        { type: 'beginMarkedContent' },
        { str: 'Klang,', transform: at(786) },
        { str: 'Malaysia', transform: at(772) },
        { str: '   ', transform: at(758), hasEOL: true },
      ]),
    ).toEqual(['Manufacturer: Supermax Corporation Berhad', 'Klang,', 'Malaysia']);
  });

  it('numbers lines per page and says which pages had no text', () => {
    const table = tableFromPdfPages([['Cover'], [], ['Item 1', 'Item 2']], 'PDF text');
    expect(table.rows).toEqual([['Cover'], ['Item 1'], ['Item 2']]);
    expect(table.origin).toEqual({ kind: 'pdf', pages: [1, 3, 3], lines: [1, 1, 2] });
    expect(table.nameFields).toBe(false);
    expect(table.warnings).toEqual([{ code: 'pages-without-text', count: 1, rows: [2] }]);
  });

  it('recognises a PDF by its header, also after a few bytes of junk as readers allow', () => {
    expect(looksLikePdf(tenderPack().pdf)).toBe(true);
    expect(looksLikePdf(new TextEncoder().encode('\r\n%PDF-1.7\n'))).toBe(true);
    expect(looksLikePdf(new TextEncoder().encode('Supplier,Manufacturer\n'))).toBe(false);
  });
});

describe('a tab showing a PDF ("Screen this PDF" in the popup)', () => {
  it('is told by its address: http or https, a path ending in .pdf', () => {
    expect(pdfAddress('https://tenders.example.gov.uk/docs/ITT%20114.PDF?download=1')?.pathname).toBe('/docs/ITT%20114.PDF');
    expect(pdfAddress('http://127.0.0.1:8080/tender-pack.pdf')).not.toBeNull();
    for (const url of ['file:///home/buyer/tender.pdf', 'https://example.org/tender.pdf.html', 'chrome-extension://abc/x.pdf', 'not a url', undefined]) {
      expect(pdfAddress(url), String(url)).toBeNull();
    }
  });

  it('asks for its site without a port (match patterns take none; Firefox refuses one)', () => {
    expect(pdfHostPattern(new URL('http://127.0.0.1:8080/a.pdf'))).toBe('http://127.0.0.1/*');
    expect(pdfHostPattern(new URL('https://tenders.example.gov.uk/docs/a.pdf'))).toBe('https://tenders.example.gov.uk/*');
  });
});

describe('reading PDFs with pdf.js', { timeout: 30_000 }, () => {
  it('reads a tender pack and screens it: each listed maker with its page and line', async () => {
    const { pdf, planted } = tenderPack();
    const progress: number[] = [];
    const table = await tableFromPdf(pdf, openPdf, 'PDF text', (done, total) => progress.push(done / total));
    expect(progress).toEqual([1 / 3, 2 / 3, 1]);
    expect(table.rows.map((r) => r[0])).toContain('Manufacturer: Supermax Corporation Berhad, Klang, Malaysia');
    expect(table.warnings).toEqual([{ code: 'pages-without-text', count: 1, rows: [3] }]);
    const run = screenTable(matcher, table, ['PDF text']);
    expect(run.hits.map((h) => [h.finding.recordId, h.place])).toEqual(planted.map((p) => [p.recordId, { page: p.page, line: p.line }]));
    const report = buildReport({
      run,
      source: { name: 'tender.pdf', kind: 'pdf', rowCount: run.rowCount, encoding: 'utf-8', delimiter: '' },
      list: { title: 'List', version: 'v1', generated: '2026-11-01T00:00:00Z' },
      byId,
      screenedAt: '2026-11-02T09:00:00Z',
      explain: () => 'why',
      explainNote: () => ({ ask: 'ask', source: 'source' }),
    });
    expect(report.rows.map((r) => r.place)).toEqual([{ page: 2, line: 3 }, { page: 2, line: 5 }]);
    const csv = screeningToCsv(report).split('\r\n');
    expect(csv[0]).toMatch(/^entry,row,page,line,sheet,cell,tier,/);
    expect(csv[1]).toMatch(/^listed-company,\d+,2,3,,,PDF text,/);
  });

  it('says a scanned PDF (pages that are only pictures) has no text layer', async () => {
    const error = await tableFromPdf(makePdf([null, null, null]), openPdf, 'PDF text').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScreeningInputError);
    expect((error as ScreeningInputError).problem).toBe('no-text');
    expect((error as ScreeningInputError).message).toMatch(/no text layer on any of its 3 page\(s\): it looks like a scan/);
  });

  it('says a password-protected PDF needs its password, and a damaged or truncated one that it cannot be read', async () => {
    expect(await problemOf(() => tableFromPdf(makePdf([['Supermax Corporation Berhad']], { password: 'tender' }), openPdf, 'x'))).toBe('password');
    expect(await problemOf(() => tableFromPdf(brokenPdf(), openPdf, 'x'))).toBe('broken');
    expect(await problemOf(() => tableFromPdf(new TextEncoder().encode('not a pdf at all'), openPdf, 'x'))).toBe('broken');
  });

  it('reads Chinese text set in a font that is not embedded, through the character maps pdf.js ships', async () => {
    const pdf = makePdf([['Certificate of origin', '原产地：新疆乌鲁木齐', '制造商：合盛硅业股份有限公司']]);
    const table = await tableFromPdf(pdf, openPdf, 'PDF text');
    expect(table.rows).toEqual([['Certificate of origin'], ['原产地：新疆乌鲁木齐'], ['制造商：合盛硅业股份有限公司']]);
    const found = screenTable(matcher, table, ['PDF text']).hits.map((h) => [h.finding.recordId, h.place]);
    expect(found).toContainEqual(['cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd', { page: 1, line: 3 }]);
  });

  it('leaves the caller\'s bytes as they were (pdf.js takes over the buffer it is given)', async () => {
    const { pdf } = tenderPack();
    const copy = pdf.slice();
    await tableFromPdf(pdf, openPdf, 'x');
    expect(pdf).toEqual(copy);
  });
});
