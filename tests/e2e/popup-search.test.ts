/** Searching the whole list from the popup with the keyboard only, and the detail view it opens. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { serveFixtures, type FixtureServer } from './harness/server';
import { axeViolations, POLL } from './popup-helpers';

let server: FixtureServer;
let ext: ChromiumWithExtension;
let page: Page;
let popup: Page;

beforeAll(async () => {
  server = await serveFixtures();
  ext = await launchChromium();
  page = await ext.context.newPage();
  await page.goto(server.url('portal-table.html'));
  popup = await ext.openPopupFor(page);
  await popup.locator('#search-input').waitFor();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const combobox = () => popup.getByRole('combobox', { name: 'Company, alias, subsidiary, product or country' });
const activeOption = () =>
  popup.evaluate(() => {
    const id = document.getElementById('search-input')?.getAttribute('aria-activedescendant');
    return id ? (document.getElementById(id)?.querySelector('.result-name')?.textContent ?? null) : null;
  });

describe('popup: search the whole list', () => {
  it('finds a company by a subsidiary name, moves through results with the arrow keys and opens one with Enter', async () => {
    await combobox().focus();
    await popup.keyboard.type('Maxter Glove');
    await expect.poll(() => combobox().getAttribute('aria-expanded'), POLL).toBe('true');
    const firstName = () => popup.locator('#search-results [role="option"] .result-name').first().innerText();
    await expect.poll(firstName, POLL).toBe('Supermax Corporation Bhd.');
    const names = await popup.getByRole('option').locator('.result-name').allInnerTexts();

    await popup.keyboard.press('ArrowDown');
    await expect.poll(activeOption, POLL).toBe('Supermax Corporation Bhd.');
    expect(await popup.getByRole('option', { selected: true }).locator('.result-name').innerText()).toBe('Supermax Corporation Bhd.');
    if (names.length > 1) {
      await popup.keyboard.press('ArrowDown');
      await expect.poll(activeOption, POLL).toBe(names[1]);
      await popup.keyboard.press('ArrowUp');
    }
    await expect.poll(activeOption, POLL).toBe('Supermax Corporation Bhd.');
    // Focus never left the input while moving.
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('search-input');

    await popup.keyboard.press('Enter');
    const heading = popup.locator('#record-view-heading');
    await heading.waitFor();
    expect(await heading.innerText()).toBe('Supermax Corporation Bhd.');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('record-view-heading');
    const details = await popup.locator('.record-view').innerText();
    expect(details).toContain('CBP Withhold Release Order');
    expect(details).toContain('What to do');
    await expect.poll(() => popup.locator('.record-decisions').innerText(), POLL).toContain('None recorded in this browser yet.');
    expect(await axeViolations(popup)).toEqual([]);

    // Back to the findings by keyboard returns focus to the search field.
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id), POLL).toBe('search-input');
  });

  it('filters by type, status and country, and Escape closes the list then clears the field', async () => {
    await combobox().fill('');
    await popup.locator('summary', { hasText: 'Filters' }).press('Enter');
    await popup.getByLabel('Type', { exact: true }).selectOption({ label: 'CBP Withhold Release Order' });
    await popup.getByLabel('Country', { exact: true }).selectOption('China');
    await combobox().focus();
    await popup.keyboard.type('Hoshine');
    await expect.poll(() => popup.getByRole('option').count(), POLL).toBeGreaterThan(0);
    const metas = await popup.getByRole('option').locator('.result-meta').allInnerTexts();
    for (const meta of metas) expect(meta).toMatch(/^CBP Withhold Release Order · .* · China/);
    const names = await popup.getByRole('option').locator('.result-name').allInnerTexts();
    expect(names).toContain('Hoshine Silicon Industry Co. Ltd.');
    // The UFLPA entity of the same group is left out by the type filter.
    expect(names).not.toContain('Hoshine Silicon Industry (Shanshan) Co., Ltd');
    expect(await axeViolations(popup)).toEqual([]);

    await popup.getByLabel('Status', { exact: true }).selectOption({ label: 'Inactive' });
    await combobox().focus();
    await expect.poll(() => popup.locator('.result-count').innerText(), POLL).toBe('No listed company or order matches.');

    await popup.getByLabel('Status', { exact: true }).selectOption({ label: 'All statuses' });
    await combobox().focus();
    await expect.poll(() => combobox().getAttribute('aria-expanded'), POLL).toBe('true');
    await popup.keyboard.press('Escape');
    await expect.poll(() => combobox().getAttribute('aria-expanded'), POLL).toBe('false');
    await expect.poll(() => combobox().inputValue(), POLL).toBe('Hoshine');
    await popup.keyboard.press('Escape');
    await expect.poll(() => combobox().inputValue(), POLL).toBe('');
  });
});
