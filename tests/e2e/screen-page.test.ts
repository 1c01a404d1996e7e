/**
 * The screening page in Chromium, as a category lead uses it: open the 5,000-supplier export, keep
 * the suggested columns, screen, find the listed manufacturers behind distributors, open one and
 * record a decision, export CSV, keep the screening, survive bad files, and see the kept screening
 * flagged after a list change adds a record.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WroList } from '../../src/core/record';
import seed from '../../seeds/default-list.json';
import type { Planted } from '../fixtures/csv/generate';
import { awkwardInputs } from '../fixtures/csv/generate';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { waitFor } from './harness/wait';
import { axeViolations } from './popup-helpers';

const CSV_DIR = resolve(import.meta.dirname, '../fixtures/csv');
const planted = JSON.parse(readFileSync(resolve(CSV_DIR, 'suppliers-5000.planted.json'), 'utf8')) as Planted[];
const names = new Map((seed as WroList).records.map((r) => [r.id, r.name]));

let ext: ChromiumWithExtension;
let page: Page;

beforeAll(async () => {
  ext = await launchChromium();
  page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/screen.html`);
  await page.locator('.list-info').waitFor();
});

afterAll(async () => {
  await ext?.close();
});

async function resultRows(p: Page): Promise<string[]> {
  return p.locator('.results-table tbody tr').evaluateAll((rows) =>
    rows.map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
      return `${cells[0]}|${cells[1]}|${tr.querySelector('.open-result')?.textContent ?? ''}`;
    }),
  );
}

async function screenFile(p: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await p.setInputFiles('#csv-file', file);
  await p.locator('.columns button.primary').click();
  // The page may still show the previous screening as done: wait for this file's summary.
  const name = typeof file === 'string' ? basename(file) : file.name;
  await p.locator('main[data-state="done"] #summary-heading', { hasText: name }).waitFor();
}

describe('Chromium: screening page', () => {
  it('finds the listed manufacturers and sub-suppliers behind distributors in a 5,000-supplier export', async () => {
    await page.setInputFiles('#csv-file', resolve(CSV_DIR, 'suppliers-5000.csv'));
    // The file is read in a worker: the column choices appear when it has been parsed.
    await page.locator('.column-choice input').first().waitFor();
    const checked = await page.locator('.column-choice input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(checked).toEqual(['Supplier Name', 'Manufacturer', 'Sub-supplier']);
    await page.locator('.columns button.primary').click();
    await page.locator('main[data-state="done"]').waitFor();
    const rows = await resultRows(page);
    const expected = planted.map((p) => `${p.row}|${p.column}|${names.get(p.recordId)}`);
    expect([...rows].sort()).toEqual([...expected].sort());
    await expect(page.locator('.summary-box .summary').textContent()).resolves.toContain('5,000');
  });

  it('filters by tier and sorts by row', async () => {
    await page.locator('.filters select').nth(2).selectOption('Sub-supplier');
    const subRows = await resultRows(page);
    expect(subRows.length).toBe(planted.filter((p) => p.column === 'Sub-supplier').length);
    expect(subRows.every((r) => r.split('|')[1] === 'Sub-supplier')).toBe(true);
    await page.locator('.filters select').nth(2).selectOption('');
    await page.locator('th button.sort').first().click();
    const numbers = (await resultRows(page)).map((r) => Number(r.split('|')[0]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('opens a result with the record details and records a decision on it', async () => {
    await page.locator('.open-result').first().click();
    const detail = page.locator('.result-detail');
    await expect(detail.locator('h2').textContent()).resolves.toBeTruthy();
    expect(await detail.locator('.record-details').count()).toBe(1);
    await detail.locator('input[value="asked-for-evidence"]').check();
    await detail.locator('textarea').fill('Asked the distributor for the factory audit.');
    await detail.locator('button[type="submit"]').click();
    await waitFor(
      () => page.locator('.results-table tbody tr.selected td').last().textContent(),
      (text) => (text ?? '').length > 0,
    );
    expect(await detail.locator('.decision-history li').count()).toBe(1);
  });

  it('has no axe-core violations with results and a result open', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('exports CSV with every finding stamped with the list version and the input file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.actions-bar button').first().click()]);
    expect(download.suggestedFilename()).toMatch(/^wro-screening-suppliers-5000-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path()) as string, 'utf8').replace(/^\ufeff/, '');
    const lines = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
    expect(lines).toHaveLength(planted.length);
    const version = await ext.worker.evaluate(async () => ((await chrome.storage.local.get('matcher')).matcher as { listVersion: string }).listVersion);
    expect(new Set(lines.map((l) => l.list_version))).toEqual(new Set([version]));
    expect(new Set(lines.map((l) => l.source_file))).toEqual(new Set(['suppliers-5000.csv']));
    expect(lines.filter((l) => l.decision === 'asked-for-evidence')).toHaveLength(1);
  });

  it('says which list it screens against: version and the date of its official data (the bundled CBP file here)', async () => {
    const info = await page.locator('.list-info').innerText();
    expect(info).toMatch(/\(version v1-[0-9a-f]+\), \d+ records; official data as of (23 Jun 2026|Jun 23, 2026)\.$/);
  });

  it('has a print report stamped with the list, the file, its rows and the time', async () => {
    await page.emulateMedia({ media: 'print' });
    const report = page.locator('.print-report');
    expect(await report.isVisible()).toBe(true);
    expect(await page.locator('.results').isVisible()).toBe(false);
    const stamp = (await report.locator('.stamp').textContent()) ?? '';
    expect(stamp).toContain('suppliers-5000.csv');
    expect(stamp).toContain('5,000');
    expect(stamp).toMatch(/version v1-[0-9a-f]+, official data as of (23 Jun 2026|Jun 23, 2026)/);
    expect(await report.locator('.report-rows tbody tr').count()).toBe(planted.length);
    await page.emulateMedia({ media: 'screen' });
  });

  it('keeps the screening', async () => {
    await page.locator('.actions-bar button', { hasText: 'Keep' }).click();
    await page.locator('.saved-list li').first().waitFor();
    expect(await page.locator('.saved-list li').count()).toBe(1);
  });

  it('says clearly what is wrong with bad files, and loses nothing', async () => {
    for (const [name, problem] of [
      ['empty.csv', 'empty'],
      ['binary.csv', 'not text'],
    ] as const) {
      await page.setInputFiles('#csv-file', { name, mimeType: 'text/csv', buffer: Buffer.from(awkwardInputs()[name] as Uint8Array) });
      await expect(page.locator('[role="alert"]').textContent()).resolves.toContain(problem);
      // The results on screen and the kept screening are still there.
      expect((await resultRows(page)).length).toBe(planted.length);
      expect(await page.locator('.saved-list li').count()).toBe(1);
    }
    await screenFile(page, { name: 'ragged.csv', mimeType: 'text/csv', buffer: Buffer.from(awkwardInputs()['ragged.csv'] as Uint8Array) });
    expect(await resultRows(page)).toEqual(['2|Manufacturer|Supermax Corporation Bhd.']);
    await page.setInputFiles('#csv-file', { name: 'huge-cell.csv', mimeType: 'text/csv', buffer: Buffer.from(awkwardInputs()['huge-cell.csv'] as Uint8Array) });
    await page.locator('#columns-heading', { hasText: 'huge-cell.csv' }).waitFor();
    await expect(page.locator('.columns .warning').allTextContents()).resolves.toContainEqual(expect.stringContaining('100,000 characters (rows 2)'));
    await page.setInputFiles('#csv-file', { name: 'windows-1252.csv', mimeType: 'text/csv', buffer: Buffer.from(awkwardInputs()['windows-1252.csv'] as Uint8Array) });
    await page.locator('#columns-heading', { hasText: 'windows-1252.csv' }).waitFor();
    await expect(page.locator('.columns .warning').first().textContent()).resolves.toContain('Windows-1252');
    // A file without column names: its first row is read again as data.
    await page.locator('.input-grid input[type="checkbox"]').uncheck();
    await page.locator('.column-choice', { hasText: 'Column 1' }).waitFor();
    await expect(page.locator('.columns p').first().textContent()).resolves.toContain('3 rows');
    await page.locator('.input-grid input[type="checkbox"]').check();
    await page.locator('.column-choice', { hasText: 'Fournisseur' }).waitFor();
  });

  it('screens pasted text', async () => {
    await page.locator('#pasted').fill('Quote 17: nitrile gloves\nMade by TOP GLOVE CORPORATION BHD, shipped from Port Klang');
    await page.locator('.input button').click();
    await waitFor(() => resultRows(page), (rows) => rows.some((r) => r.includes('|Pasted text|')));
    expect(await resultRows(page)).toEqual(['2|Pasted text|Top Glove Corporation Bhd']);
  });

  it('flags the kept screening after a list change adds a record: badge, options note, saved list', async () => {
    // A refresh that adds a record: the administrator imports the organisation's watch list on the
    // options page, which replaces the list in use through the refresh path.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const admin = options.locator('section', { has: options.getByRole('heading', { name: /^Administration/ }) });
    await admin.getByLabel('List file', { exact: true }).setInputFiles({
      name: 'watch-list.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,country,products,source_url\r\nKorvell Industries Ltd,China,nitrile gloves,https://intranet.example.org/watch/7\r\n'),
    });
    await admin.getByRole('button', { name: 'Import' }).click();
    const badge = await waitFor(
      () => ext.worker.evaluate(() => chrome.action.getBadgeText({})),
      (text) => text !== '',
      30_000,
    );
    expect(badge).toBe('new');
    // Tabs without findings of their own show it too (the screening page's tab has navigated).
    // The page asks for its own tab: without the `tabs` permission, tabs.query hides extension pages' URLs.
    const tabId = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id ?? -1);
    const onTab = await ext.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(onTab).toBe('new');

    // The options page, already open, shows the note without a reload.
    const note = options.locator('.screening-notice .notice');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/suppliers-5000\.csv: [1-9][\d,]* new/);

    const screen = await ext.context.newPage();
    await screen.goto(`chrome-extension://${ext.extensionId}/screen.html`);
    const flagged = screen.locator('.saved-list li.flagged');
    await flagged.waitFor();
    await flagged.locator('button').first().click();
    await screen.locator('main[data-state="done"]').waitFor();
    const rows = await resultRows(screen);
    expect(rows.some((r) => r.endsWith('|Korvell Industries Ltd'))).toBe(true);
    expect(await screen.locator('.summary-box .changes').textContent()).toMatch(/[1-9][\d,]* new/);
    // Opening it is looking at it: the flag and the badge clear.
    await waitFor(
      () => ext.worker.evaluate(() => chrome.action.getBadgeText({})),
      (text) => text === '',
    );
    expect(await waitFor(() => screen.locator('.saved-list li.flagged').count(), (n) => n === 0)).toBe(0);
  });
});
