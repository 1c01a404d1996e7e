/**
 * The screening page in Chromium and Firefox ESR, as a category lead uses it: open the
 * 5,000-supplier export, keep the suggested columns, screen, find the listed manufacturers behind
 * distributors, group them by direct supplier and by listed company, open one and record a
 * decision, export CSV, print, keep the screening, survive bad files, and see the kept screening
 * flagged after a list change adds a record.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WroList } from '../../src/core/record';
import seed from '../../seeds/default-list.json';
import type { Planted } from '../fixtures/csv/generate';
import { awkwardInputs } from '../fixtures/csv/generate';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';
import { button, headed, labelled, type Query } from './harness/find';
import type { UploadFile } from './harness/test-page';
import { waitFor } from './harness/wait';

const CSV_DIR = resolve(import.meta.dirname, '../fixtures/csv');
const planted = JSON.parse(readFileSync(resolve(CSV_DIR, 'suppliers-5000.planted.json'), 'utf8')) as Planted[];
const names = new Map((seed as WroList).records.map((r) => [r.id, r.name]));

/** The export's rows as the screening numbers them (the header is row 1). */
const supplierRows = Papa.parse<Record<string, string>>(readFileSync(resolve(CSV_DIR, 'suppliers-5000.csv'), 'utf8').trim(), { header: true }).data;
/** A planted result's direct supplier: its row's "Supplier Name", whitespace collapsed. */
const supplierOf = (p: Planted): string => (supplierRows[p.row - 2]?.['Supplier Name'] ?? '').replace(/\s+/g, ' ').trim();

/** Each result row as `row|column|record`. */
function resultRows(p: TestPage): Promise<string[]> {
  return p.evaluate(() =>
    [...document.querySelectorAll('.results-table tbody tr')].map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
      return `${cells[0]}|${cells[1]}|${tr.querySelector('.open-result')?.textContent ?? ''}`;
    }),
  );
}

const awkward = (name: string, mimeType = 'text/csv'): UploadFile => ({ name, mimeType, buffer: Buffer.from(awkwardInputs()[name] as Uint8Array) });

describe.each(BROWSERS)('in %s: screening page', (_name, kind) => {
  let ext: ExtensionBrowser;
  let page: TestPage;

  beforeAll(async () => {
    ext = await launchExtension(kind);
    page = await ext.openExtensionPage('screen.html');
    await page.locate('.list-info');
  });

  afterAll(async () => {
    await ext?.close();
  });

  async function screenFile(p: TestPage, file: UploadFile): Promise<void> {
    await p.upload('#csv-file', file);
    // The page may still show the previous screening as done: wait for this file's name in the columns' heading first.
    const name = typeof file === 'string' ? basename(file) : file.name;
    await p.waitForText('#columns-heading', name);
    await p.click('.columns button.primary');
    await p.locate({ css: 'main[data-state="done"] #summary-heading', hasText: name });
  }

  it('finds the listed manufacturers and sub-suppliers behind distributors in a 5,000-supplier export', async () => {
    await page.upload('#csv-file', resolve(CSV_DIR, 'suppliers-5000.csv'));
    // The file is read in a worker: the column choices appear when it has been parsed.
    await page.locate('.column-choice input');
    const checked = await page.evaluate(() => [...document.querySelectorAll('.column-choice input:checked')].map((e) => (e as HTMLInputElement).value));
    expect(checked).toEqual(['Supplier Name', 'Manufacturer', 'Sub-supplier']);
    await page.click('.columns button.primary');
    await page.locate('main[data-state="done"]', 30_000);
    const rows = await resultRows(page);
    const expected = planted.map((p) => `${p.row}|${p.column}|${names.get(p.recordId)}`);
    expect([...rows].sort()).toEqual([...expected].sort());
    expect(await page.text('.summary-box .summary')).toContain('5,000');
  });

  it('filters by tier and sorts by row', async () => {
    const tier = labelled('Tier (column)', '.filters');
    await page.select(tier, { value: 'Sub-supplier' });
    const subRows = await waitFor(() => resultRows(page), (r) => r.every((row) => row.split('|')[1] === 'Sub-supplier'));
    expect(subRows.length).toBe(planted.filter((p) => p.column === 'Sub-supplier').length);
    expect(subRows.every((r) => r.split('|')[1] === 'Sub-supplier')).toBe(true);
    await page.select(tier, { value: '' });
    await page.waitUntil(async () => (await resultRows(page)).length === planted.length, 'every result again');
    await page.click('th button.sort');
    const numbers = (await resultRows(page)).map((r) => Number(r.split('|')[0]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('groups the results by direct supplier and by listed company, each group under a heading that counts it; a result names its supplier and row', async () => {
    const grouping = labelled('Group results', '.filters');
    await page.select(grouping, { value: 'supplier' });
    await page.waitForCount('.result-group h3', new Set(planted.map(supplierOf)).size);
    const bySupplier = new Map<string, { records: Set<string>; rows: Set<number> }>();
    for (const p of planted) {
      const group = bySupplier.get(supplierOf(p)) ?? { records: new Set(), rows: new Set() };
      group.records.add(p.recordId);
      group.rows.add(p.row);
      bySupplier.set(supplierOf(p), group);
    }
    const expected = [...bySupplier].map(([name, g]) => `${name}: listed companies ${g.records.size}, rows ${g.rows.size}`);
    expect([...(await page.texts('.result-group h3'))].sort()).toEqual(expected.sort());
    // Every result is still listed, once, in its supplier's group.
    expect((await resultRows(page)).length).toBe(planted.length);

    // Opened, a result names its direct supplier and the other tiers of its row.
    const first = planted.find((p) => p.column === 'Manufacturer') as Planted;
    await page.click({ css: '.open-result', within: { css: '.results-table tbody tr', hasText: first.text } });
    expect(await page.text('.result-detail .direct-supplier')).toBe(`Direct supplier: ${supplierOf(first)}`);
    expect(await page.text('.result-detail .row-context')).toContain(`Same row: Supplier Name: ${supplierOf(first)}`);
    await page.click(button('Close'));
    // The printed report carries each result's row too.
    expect(await page.count('.print-report .report-rows .row-context')).toBe(planted.length);

    await page.select(grouping, { value: 'company' });
    await page.waitForCount('.result-group h3', new Set(planted.map((p) => p.recordId)).size);
    for (const heading of await page.texts('.result-group h3')) expect(heading).toMatch(/^.+: rows \d+, direct suppliers \d+$/);
    expect(await page.axe()).toEqual([]);
    await page.select(grouping, { value: '' });
    await page.waitForCount('.result-group', 0);
  });

  it('opens a result with the record details and records a decision on it', async () => {
    await page.click('.open-result');
    const detail: Query = { css: '.result-detail' };
    expect(await page.text({ css: 'h2', within: detail })).toBeTruthy();
    expect(await page.count('.record-details', detail)).toBe(1);
    await page.check({ css: 'input[value="asked-for-evidence"]', within: detail });
    await page.fill({ css: 'textarea', within: detail }, 'Asked the distributor for the factory audit.');
    // "More details": who owns it and when to look again; the status follows the outcome (open).
    await page.click({ css: '.follow-up summary', within: detail });
    await page.fill({ css: 'input, select, textarea', label: 'Owner', within: detail }, 'Category team');
    await page.fill({ css: 'input, select, textarea', label: 'Review date', within: detail }, '2027-02-15');
    await page.click({ css: 'button[type="submit"]', within: detail });
    await page.waitUntil(
      () => page.evaluate(() => (document.querySelector('.results-table tbody tr.selected td:last-child')?.textContent ?? '').length > 0),
      'the decision in the selected row',
    );
    expect(await page.waitForCount('.result-detail .decision-history li', 1)).toBe(1);
    // The decision keeps the result's row: its direct supplier's column, as the result shows it.
    const [decided] = await ext.request<Array<{ context?: string; owner: string; status: string; reviewDate: string | null }>>({ type: 'list-decisions', filter: { outcome: 'asked-for-evidence' } });
    expect(decided).toMatchObject({ owner: 'Category team', status: 'open', reviewDate: '2027-02-15' });
    expect(decided?.context).toBe((await page.text('.result-detail .row-context')).replace(/^Same row: /, ''));
    expect(decided?.context).toMatch(/^Supplier Name: \S/);
  });

  it('has no axe-core violations with results and a result open', async () => {
    expect(await page.axe()).toEqual([]);
  });

  it('exports CSV with every finding stamped with the list version and the input file', async () => {
    const file = await page.offeredFile(() => page.click('.actions-bar button'));
    expect(file.fileName).toMatch(/^wro-screening-suppliers-5000-\d{4}-\d{2}-\d{2}\.csv$/);
    const all = Papa.parse<Record<string, string>>(file.text.replace(/^\ufeff/, '').trim(), { header: true }).data;
    // The solar panels in the Category column are products to ask about, on lines of their own after the findings.
    const lines = all.filter((l) => l.entry === 'listed-company');
    expect(lines).toHaveLength(planted.length);
    expect(all.slice(lines.length).every((l) => l.entry === 'product-note')).toBe(true);
    const version = await ext.request<{ version: string }>({ type: 'get-list-info' });
    expect(new Set(lines.map((l) => l.list_version))).toEqual(new Set([version.version]));
    expect(new Set(lines.map((l) => l.source_file))).toEqual(new Set(['suppliers-5000.csv']));
    expect(lines.filter((l) => l.decision === 'asked-for-evidence')).toHaveLength(1);
  });

  it('says which list it screens against: version and the date of its official data (the bundled CBP file here)', async () => {
    const info = await page.text('.list-info');
    expect(info).toMatch(/\(version v1-[0-9a-f]+\), \d+ records; official data as of (23 Jun 2026|Jun 23, 2026)\.$/);
  });

  it('has a print report stamped with the list, the file, its rows and the time', async () => {
    await page.printMedia(true);
    const shown = (css: string) => page.evaluate((s) => {
      const el = document.querySelector(s) as HTMLElement | null;
      return el !== null && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    }, css);
    expect(await shown('.print-report')).toBe(true);
    expect(await shown('.results')).toBe(false);
    const stamp = await page.evaluate(() => document.querySelector('.print-report .stamp')?.textContent ?? '');
    expect(stamp).toContain('suppliers-5000.csv');
    expect(stamp).toContain('5,000');
    expect(stamp).toMatch(/version v1-[0-9a-f]+, official data as of (23 Jun 2026|Jun 23, 2026)/);
    expect(await page.count('.print-report .report-rows tbody tr')).toBe(planted.length);
    await page.printMedia(false);
    expect(await shown('.results')).toBe(true);
  });

  it('keeps the screening', async () => {
    await page.click({ css: '.actions-bar button', hasText: 'Keep' });
    expect(await page.waitForCount('.saved-list li', 1)).toBe(1);
  });

  it('says clearly what is wrong with bad files, and loses nothing', async () => {
    for (const [name, problem] of [
      ['empty.csv', 'empty'],
      ['binary.csv', 'not text'],
    ] as const) {
      await page.upload('#csv-file', awkward(name));
      await page.waitForText('[role="alert"]', problem);
      // The results on screen and the kept screening are still there.
      expect((await resultRows(page)).length).toBe(planted.length);
      expect(await page.count('.saved-list li')).toBe(1);
    }
    await screenFile(page, awkward('ragged.csv'));
    expect(await resultRows(page)).toEqual(['2|Manufacturer|Supermax Corporation Bhd.']);
    await page.upload('#csv-file', awkward('huge-cell.csv'));
    await page.waitForText('#columns-heading', 'huge-cell.csv');
    await page.waitUntil(
      async () => (await page.texts('.columns .warning')).some((w) => w.includes('100,000 characters (rows 2)')),
      'the warning about the huge cell',
    );
    await page.upload('#csv-file', awkward('windows-1252.csv'));
    await page.waitForText('#columns-heading', 'windows-1252.csv');
    expect(await page.text('.columns .warning')).toContain('Windows-1252');
    // A file without column names: its first row is read again as data.
    await page.check('.input-grid input[type="checkbox"]', false);
    await page.locate({ css: '.column-choice', hasText: 'Column 1' });
    expect(await page.text('.columns p')).toContain('3 rows');
    await page.check('.input-grid input[type="checkbox"]', true);
    await page.locate({ css: '.column-choice', hasText: 'Fournisseur' });
  });

  it('screens pasted text', async () => {
    await page.fill('#pasted', 'Quote 17: nitrile gloves\nMade by TOP GLOVE CORPORATION BHD, shipped from Port Klang');
    await page.click('.input button');
    await waitFor(() => resultRows(page), (rows) => rows.some((r) => r.includes('|Pasted text|')));
    expect(await resultRows(page)).toEqual(['2|Pasted text|Top Glove Corporation Bhd']);
  });

  it('flags the kept screening after a list change adds a record: badge, options note, saved list', async () => {
    // A refresh that adds a record: the administrator imports the organisation's watch list on the
    // options page, which replaces the list in use through the refresh path.
    const options = await ext.openExtensionPage('options.html');
    const importSection = headed('section', /^Import$/);
    await options.upload(labelled('List file', importSection), {
      name: 'watch-list.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,country,products,source_url\r\nKorvell Industries Ltd,China,nitrile gloves,https://intranet.example.org/watch/7\r\n'),
    });
    await options.click(button('Import', importSection));
    expect(await waitFor(() => ext.badgeText(), (text) => text !== '', 30_000)).toBe('new');
    // Tabs without findings of their own show it too (the screening page's tab has navigated).
    // The page asks for its own tab: without the `tabs` permission, tabs.query hides extension pages' URLs.
    const tabId = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id ?? -1);
    expect(await ext.badgeText(tabId)).toBe('new');

    // The options page, already open, shows the note without a reload.
    expect(await options.waitForText('.screening-notice .notice', /suppliers-5000\.csv: [1-9][\d,]* new/)).toMatch(/suppliers-5000\.csv: [1-9][\d,]* new/);

    const screen = await ext.openExtensionPage('screen.html');
    await screen.click({ css: 'button', within: { css: '.saved-list li.flagged' } });
    await screen.locate('main[data-state="done"]', 30_000);
    const rows = await resultRows(screen);
    expect(rows.some((r) => r.endsWith('|Korvell Industries Ltd'))).toBe(true);
    expect(await screen.text('.summary-box .changes')).toMatch(/[1-9][\d,]* new/);
    // Opening it is looking at it: the flag and the badge clear.
    expect(await waitFor(() => ext.badgeText(), (text) => text === '')).toBe('');
    expect(await screen.waitForCount('.saved-list li.flagged', 0)).toBe(0);
  });
});
