/** Searching the whole list from the popup with the keyboard only, and the detail view it opens, in Chromium and Firefox ESR. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';
import { labelled } from './harness/find';
import { serveFixtures, type FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';

let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

const combobox = labelled('Company, alias, subsidiary, product or country');
/** The search's filters: a record opened below has its own "Status" (a decision's follow-up). */
const filters = '.filters-box';

describe.each(BROWSERS)('in %s: popup, search the whole list', (_name, kind) => {
  let ext: ExtensionBrowser;
  let popup: TestPage;

  beforeAll(async () => {
    ext = await launchExtension(kind);
    const page = await ext.newPage(server.url('portal-table.html'));
    popup = await ext.openPopupFor(page);
    await popup.locate('#search-input');
  });

  afterAll(async () => {
    await ext?.close();
  });

  const expanded = () => popup.evaluate(() => document.getElementById('search-input')?.getAttribute('aria-expanded') ?? null);
  const activeOption = () =>
    popup.evaluate(() => {
      const id = document.getElementById('search-input')?.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.querySelector('.result-name')?.textContent ?? null) : null;
    });
  const focusedId = () => popup.evaluate(() => document.activeElement?.id ?? '');

  it('finds a company by a subsidiary name, moves through results with the arrow keys and opens one with Enter', async () => {
    await popup.focus(combobox);
    await popup.type('Maxter Glove');
    expect(await waitFor(expanded, (v) => v === 'true')).toBe('true');
    const firstName = () => popup.evaluate(() => (document.querySelector('#search-results [role="option"] .result-name') as HTMLElement | null)?.innerText ?? '');
    expect(await waitFor(firstName, (n) => n === 'Supermax Corporation Bhd.')).toBe('Supermax Corporation Bhd.');
    const names = await popup.texts('[role="option"] .result-name');

    await popup.press('ArrowDown');
    expect(await waitFor(activeOption, (o) => o === 'Supermax Corporation Bhd.')).toBe('Supermax Corporation Bhd.');
    expect(await popup.text('[role="option"][aria-selected="true"] .result-name')).toBe('Supermax Corporation Bhd.');
    if (names.length > 1) {
      await popup.press('ArrowDown');
      expect(await waitFor(activeOption, (o) => o === names[1])).toBe(names[1]);
      await popup.press('ArrowUp');
    }
    expect(await waitFor(activeOption, (o) => o === 'Supermax Corporation Bhd.')).toBe('Supermax Corporation Bhd.');
    // Focus never left the input while moving.
    expect(await focusedId()).toBe('search-input');

    await popup.press('Enter');
    expect(await popup.text('#record-view-heading')).toBe('Supermax Corporation Bhd.');
    expect(await waitFor(focusedId, (id) => id === 'record-view-heading')).toBe('record-view-heading');
    const details = await popup.text('.record-view');
    expect(details).toContain('CBP Withhold Release Order');
    expect(details).toContain('What to do');
    await popup.waitForText('.record-decisions', 'None recorded in this browser yet.');
    expect(await popup.axe()).toEqual([]);

    // Back to the findings by keyboard returns focus to the search field.
    await popup.press('Shift+Tab');
    await popup.press('Enter');
    expect(await waitFor(focusedId, (id) => id === 'search-input')).toBe('search-input');
  });

  it('filters by type, status and country, and Escape closes the list then clears the field', async () => {
    await popup.fill(combobox, '');
    await popup.focus({ css: 'summary', hasText: 'Filters' });
    await popup.press('Enter');
    await popup.select(labelled('Type', filters), { label: 'CBP Withhold Release Order' });
    await popup.select(labelled('Country', filters), { value: 'China' });
    await popup.focus(combobox);
    await popup.type('Hoshine');
    await popup.waitForCount('[role="option"]', (n) => n > 0);
    const metas = await popup.texts('[role="option"] .result-meta');
    for (const meta of metas) expect(meta).toMatch(/^CBP Withhold Release Order · .* · China/);
    const names = await popup.texts('[role="option"] .result-name');
    expect(names).toContain('Hoshine Silicon Industry Co. Ltd.');
    // The UFLPA entity of the same group is left out by the type filter.
    expect(names).not.toContain('Hoshine Silicon Industry (Shanshan) Co., Ltd');
    expect(await popup.axe()).toEqual([]);

    await popup.select(labelled('Status', filters), { label: 'Inactive' });
    await popup.focus(combobox);
    await popup.waitForText('.result-count', (t) => t === 'No listed company or order matches.');

    await popup.select(labelled('Status', filters), { label: 'All statuses' });
    await popup.focus(combobox);
    expect(await waitFor(expanded, (v) => v === 'true')).toBe('true');
    await popup.press('Escape');
    expect(await waitFor(expanded, (v) => v === 'false')).toBe('false');
    expect(await waitFor(() => popup.value(combobox), (v) => v === 'Hoshine')).toBe('Hoshine');
    await popup.press('Escape');
    expect(await waitFor(() => popup.value(combobox), (v) => v === '')).toBe('');
  });

  it("finds an Entity List entity by its goods and heads them as what it is known for, not the listing's limit", async () => {
    await popup.select(labelled('Type', filters), { label: 'All types' });
    await popup.select(labelled('Country', filters), { label: 'All countries' });
    await popup.focus(combobox);
    await popup.type('aspartame');
    const firstName = () => popup.evaluate(() => (document.querySelector('#search-results [role="option"] .result-name') as HTMLElement | null)?.innerText ?? '');
    const entity = 'Changzhou Guanghui Food Ingredients Co., Ltd.';
    expect(await waitFor(firstName, (n) => n === entity)).toBe(entity);
    await popup.press('ArrowDown');
    await popup.press('Enter');
    expect(await popup.text('#record-view-heading')).toBe(entity);
    const details = await popup.text('.record-view');
    expect(details).toContain('Goods it is known for');
    expect(details).toContain('aspartame');
    expect(details).toContain('The listing covers every good made wholly or in part by this entity, not only these.');
    expect(await popup.axe()).toEqual([]);
  });
});
