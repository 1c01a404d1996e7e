/**
 * Product risk notes, in Chromium and Firefox ESR: with the setting on, a product page naming
 * polysilicon with no origin gets "Products to ask about" in the popup (a UFLPA sector and DOL's
 * China entry, each with its source) while the toolbar badge still counts only the listed company
 * on the page; the care label's "cotton cycle" gets nothing; with the setting off (the default)
 * the popup shows no notes; a seller's frame on the page is read too. On the screening page, a CSV row with nitrile gloves from Malaysia and
 * a workbook row with polysilicon get their notes, with the row or the sheet and cell; the CSV's
 * note is in the exported CSV and the printed report, and again when the kept screening is reopened.
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeXlsx } from '../fixtures/documents/xlsx';
import { BROWSERS, launchExtension, type ExtensionBrowser } from './harness/extension';
import { serveFixtures, type FixtureServer } from './harness/server';

interface Settings {
  productNotesOnPages: boolean;
}

let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('in %s: products to ask about', (_name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension(kind);
  });

  afterAll(async () => {
    await ext?.close();
  });

  async function setProductNotes(on: boolean): Promise<void> {
    const state = await ext.request<{ settings: { settings: Settings } }>({ type: 'get-admin-state' });
    const saved = await ext.request<{ settings: Settings }>({ type: 'save-settings', settings: { ...state.settings.settings, productNotesOnPages: on } });
    expect(saved.settings.productNotesOnPages).toBe(on);
  }

  it('is off by default; on, the popup lists polysilicon apart from the listed company, and the badge still counts one', async () => {
    const state = await ext.request<{ settings: { settings: Settings } }>({ type: 'get-admin-state' });
    expect(state.settings.settings.productNotesOnPages).toBe(false);
    await setProductNotes(true);

    const page = await ext.newPage(server.url('product-polysilicon.html'));
    await page.waitForPainted((texts) => texts.includes('Supermax Corporation Berhad'));
    const report = await ext.waitForReport(page, (f) => f.entries.length > 0);
    expect(report.entries.map((e) => e.record.name)).toEqual(['Supermax Corporation Bhd.']);
    const tabId = await ext.tabIdOf(page);
    expect(await ext.badgeText(tabId)).toBe('1');

    const popup = await ext.openPopupFor(page);
    const notes = await popup.waitForText('[data-product-notes="shown"]', /polysilicon/);
    expect(notes).toContain('Products to ask about');
    expect(notes).toContain("High-priority UFLPA sector (silica-based products, including polysilicon): ask the supplier for the polysilicon's origin and traceability.");
    expect(notes).toContain('Listed by the US Department of Labor (2022) as produced with forced labour in China (polysilicon): ask for origin.');
    expect(notes).toContain('UFLPA Strategy, 2022 edition');
    // The care label's cotton cycle is not a product; nitrile gloves with no origin are DOL's (China, Malaysia).
    expect(notes).not.toMatch(/cotton/i);
    expect(await popup.count('.product-note')).toBe(4);
    // Apart from the findings: the summary and the badge count the listed company only.
    expect(await popup.text('.findings .summary')).toMatch(/\b1\b/);
    expect(await ext.badgeText(tabId)).toBe('1');
    // Nothing of the notes is painted into the page: only the listed company is highlighted.
    expect(await page.painted()).toEqual(['Supermax Corporation Berhad']);
    expect(await popup.axe()).toEqual([]);
    await popup.close();

    await setProductNotes(false);
    const off = await ext.openPopupFor(page);
    await off.locate('[data-product-notes="off"]');
    expect(await off.count('.product-notes')).toBe(0);
    expect(await ext.badgeText(tabId)).toBe('1');
    await off.close();
    await page.close();
  });

  it('reads the frames the extension scans too: a seller\'s frame naming frozen prawns gets its note', async () => {
    await setProductNotes(true);
    const page = await ext.newPage(server.url('product-frames.html'));
    await page.waitForPainted((texts) => texts.includes('Supermax Corporation Berhad'));
    await ext.waitForReport(page, (f) => f.entries.length > 0);
    const popup = await ext.openPopupFor(page);
    const notes = await popup.waitForText('[data-product-notes="shown"]', /seafood/);
    expect(notes).toContain('High-priority UFLPA sector (seafood)');
    expect(notes).toContain('Origin stated: Vietnam');
    // The top page's gloves are read as before, on their own line.
    expect(notes).toMatch(/gloves/);
    await popup.close();
    await setProductNotes(false);
    await page.close();
  });

  it('screening shows the notes for a CSV row and a workbook row, whatever the setting', async () => {
    const screen = await ext.openExtensionPage('screen.html');
    await screen.locate('.list-info');
    const csv = 'Supplier,Product,Country of origin\nNorthgate Medical,Nitrile examination gloves,Malaysia\nBrightwell,Nitrile examination gloves,Germany\nCastlegate,Office chairs,China\n';
    await screen.upload('#csv-file', { name: 'lots.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await screen.waitForText('#columns-heading', 'lots.csv');
    await screen.click('.columns button.primary');
    await screen.locate({ css: 'main[data-state="done"] #summary-heading', hasText: 'lots.csv' });
    const notes = await screen.waitForText('.product-notes', /Malaysia/);
    expect(notes).toContain('Listed by the US Department of Labor (2022) as produced with forced labour in Malaysia (rubber gloves): ask for origin.');
    expect(notes).toContain('Rows: 2');
    // Germany's gloves are neither DOL entry's; no UFLPA sector is named.
    expect(await screen.count('.product-note')).toBe(1);

    // The export: the note on a line of its own, apart from the listed companies' lines.
    const file = await screen.offeredFile(() => screen.click({ css: '.actions-bar button', hasText: 'Export findings' }));
    const lines = Papa.parse<Record<string, string>>(file.text.replace(/^\ufeff/, '').trim(), { header: true }).data;
    const noteLines = lines.filter((l) => l.entry === 'product-note');
    expect(noteLines).toHaveLength(1);
    expect(noteLines[0]).toMatchObject({ row: '2', tier: 'Product', input_text: 'Nitrile examination gloves', result: 'product note', good: 'rubber gloves', stated_origins: 'Malaysia', good_rows: '1', source_file: 'lots.csv' });
    expect(noteLines[0]?.why).toBe('Listed by the US Department of Labor (2022) as produced with forced labour in Malaysia (rubber gloves): ask for origin.');
    expect(noteLines[0]?.good_source_url).toMatch(/^https:\/\//);
    expect(lines.filter((l) => l.entry !== 'product-note').every((l) => l.entry === 'listed-company')).toBe(true);
    // The printed report lists it after the findings, its source's address written out.
    const printed = await screen.evaluate(() => document.querySelector('.print-report .report-notes')?.textContent ?? '');
    expect(printed).toContain('Malaysia (rubber gloves): ask for origin.');
    expect(printed).toContain(noteLines[0]?.good_source_url ?? '(no address)');
    await screen.click({ css: '.actions-bar button', hasText: 'Keep' });
    expect(await screen.waitForCount('.saved-list li', 1)).toBe(1);

    const xlsx = makeXlsx([{ name: 'Tier 2', rows: [['Sub-supplier', 'Goods', 'Origin'], ['Wacker Chemie AG', 'Polysilicon', '']] }]);
    await screen.upload('#csv-file', { name: 'tier2.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(xlsx) });
    await screen.waitForText('#columns-heading', 'tier2.xlsx');
    await screen.click('.columns button.primary');
    await screen.locate({ css: 'main[data-state="done"] #summary-heading', hasText: 'tier2.xlsx' });
    const fromWorkbook = await screen.waitForText('.product-notes', /polysilicon/);
    expect(fromWorkbook).toContain('High-priority UFLPA sector (silica-based products, including polysilicon)');
    expect(fromWorkbook).toContain('Tier 2 B2');
    expect(await screen.axe()).toEqual([]);

    // Reopened, the kept screening shows its note, though it kept only the screened Supplier column.
    await screen.click({ css: 'button', hasText: 'Open', within: { css: '.saved-list li' } });
    await screen.locate({ css: 'main[data-state="done"] #summary-heading', hasText: 'lots.csv' });
    expect(await screen.waitForText('.product-notes', /Malaysia/)).toContain('Rows: 2');
    await screen.close();
  });
});
