/**
 * Colleagues' decisions, in Chromium and Firefox ESR: profile A's buyer sets their name on the
 * options page and records a decision in the popup with an owner, review date and contract under
 * "More details"; A's options
 * page exports it as JSON; a fresh profile B imports the file through its options page and lists it
 * with who took it and its follow-up. Imported again, nothing is added. A changes the decision, and
 * B's import of the new export shows both versions side by side, the fields that differ marked,
 * until B takes the file's. B's own edit of a decision is made with the keyboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';
import { button, headed, labelled, type Query } from './harness/find';
import { includesAll } from './harness/highlights';
import { serveFixtures, type FixtureServer } from './harness/server';

let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

const decisions: Query = headed('section', /^Decisions$/);
const table = { css: 'table.decisions:not(.conflict) tbody tr', within: decisions };
const result = { css: '.decisions-import-result', within: decisions };

/** Asks the background as the options page does (`request`), from an extension page. */
function ask<T>(page: TestPage, message: Record<string, unknown>): Promise<T> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
}

/** The JSON export A's options page offers for download. */
async function exportJson(options: TestPage): Promise<{ fileName: string; text: string }> {
  await options.reload();
  await options.locate(table);
  return options.offeredFile(() => options.click(button('Export JSON', decisions)));
}

async function importFile(options: TestPage, file: { fileName: string; text: string }, expected: string | RegExp): Promise<string> {
  await options.upload(labelled('Decisions file (JSON)', decisions), { name: file.fileName, buffer: Buffer.from(file.text), mimeType: 'application/json' });
  await options.click(button('Import decisions', decisions));
  return options.waitForText(result, (t) => (typeof expected === 'string' ? t.includes(expected) : expected.test(t)));
}

describe.each(BROWSERS)('in %s: importing a colleague’s decisions', (_name, kind) => {
  let a: ExtensionBrowser;
  let b: ExtensionBrowser;
  let optionsA: TestPage;
  let optionsB: TestPage;
  let uid = '';

  beforeAll(async () => {
    [a, b] = await Promise.all([launchExtension(kind), launchExtension(kind)]);
    [optionsA, optionsB] = await Promise.all([a.openExtensionPage('options.html'), b.openExtensionPage('options.html')]);
  });

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it(`records who took a decision in A, and B imports it once with its follow-up (${kind})`, async () => {
    // A's buyer sets their name once, in the Organisation section.
    await optionsA.fill(labelled(/^Your name/), 'Ana Lopez');
    await optionsA.click(button('Save organisation settings'));
    await optionsA.waitForText({ css: '#organisation [role="status"]' }, 'Settings saved');
    // A decision on the demo page's Supermax finding, from the popup, its follow-up under "More details".
    const page = await a.newPage(server.url('demo.html'));
    await page.waitForPainted(includesAll(['Supermax Corporation Berhad']));
    const popup = await a.openPopupFor(page);
    const supermax = headed('article', /^Supermax Corporation Bhd\.$/);
    await popup.click({ css: 'summary', within: supermax });
    await popup.select(labelled('Outcome', supermax), { value: 'asked-for-evidence' });
    await popup.fill(labelled('Note (optional)', supermax), 'Asked Northgate for the glove batch certificates');
    await popup.click({ css: '.follow-up summary', within: supermax });
    await popup.fill(labelled('Owner', supermax), 'Category team');
    await popup.fill(labelled('Review date', supermax), '2027-01-31');
    await popup.fill(labelled('Contract or tender reference', supermax), 'CCS-RM6281');
    await popup.click(button('Record decision', supermax));
    await popup.waitForText({ css: '.decision-message', within: supermax }, (t) => t.startsWith('Recorded: Asked supplier for evidence'));
    // Who took it is in the finding's history; a name was set, so no hint to set one.
    expect(await popup.text({ css: '.decision-history', within: supermax })).toContain('Ana Lopez');
    expect(await popup.has({ css: '.no-user-name', within: supermax })).toBe(false);
    await popup.close();
    await page.close();
    const [recorded] = await ask<Array<{ uid: string; by: string }>>(optionsA, { type: 'list-decisions', filter: {} });
    expect(recorded?.by).toBe('Ana Lopez');
    uid = recorded?.uid ?? '';

    const file = await exportJson(optionsA);
    expect(JSON.parse(file.text)).toMatchObject({ formatVersion: 2, decisions: [{ uid, by: 'Ana Lopez', owner: 'Category team', status: 'open' }] });

    await optionsB.locate(decisions);
    // A file that is not a decisions export is refused whole, saying why; nothing is listed.
    expect(await importFile(optionsB, { fileName: 'notes.json', text: 'Asked Northgate' }, 'not imported')).toBe(
      'notes.json was not imported and nothing changed: The file is not JSON.',
    );
    expect(await optionsB.has({ css: '[role="alert"].decisions-import-result', within: decisions })).toBe(true);
    expect(await optionsB.has(table)).toBe(false);
    expect(await importFile(optionsB, file, 'added')).toBe(`${file.fileName}: 1 added, 0 already here, 0 conflicts to resolve.`);
    const row = await optionsB.waitForText(table, (t) => t.includes('Supermax'));
    expect(row).toContain('Ana Lopez');
    expect(row).toContain('Open · owner: Category team · review on 31 Jan 2027 · contract CCS-RM6281');

    // The same file again: nothing added, nothing changed.
    expect(await importFile(optionsB, file, '0 added')).toBe(`${file.fileName}: 0 added, 1 already here, 0 conflicts to resolve.`);
    expect(await optionsB.count('table.decisions:not(.conflict) tbody tr')).toBe(1);
    // Filters by who and by status find it; another owner does not.
    await optionsB.fill(labelled('Recorded by contains', decisions), 'ana');
    await optionsB.select(labelled('Status', decisions), { label: 'Open' });
    expect(await optionsB.waitForCount('table.decisions:not(.conflict) tbody tr', 1)).toBe(1);
    await optionsB.fill(labelled('Owner contains', decisions), 'legal');
    await optionsB.waitForText(decisions, (t) => t.includes('No decisions match.'));
    // Filters start cleared on a page opened again (puppeteer cannot fill a field with nothing in Firefox).
    await optionsB.reload();
    await optionsB.waitForCount('table.decisions:not(.conflict) tbody tr', 1);
  });

  it(`shows a conflicting change side by side and takes the file’s when asked (${kind})`, async () => {
    const [mine] = await ask<Array<{ id: number }>>(optionsA, { type: 'list-decisions', filter: {} });
    await ask(optionsA, { type: 'update-decision', id: mine?.id, owner: 'Ben Ode', status: 'closed' });
    const changed = await exportJson(optionsA);

    expect(await importFile(optionsB, changed, '1 conflict')).toBe(`${changed.fileName}: 0 added, 0 already here, 1 conflict to resolve.`);
    const conflict = { css: '.decision-conflict', within: decisions };
    await optionsB.locate(conflict);
    const rows = (await optionsB.texts('.decision-conflict tr.differs')).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual(expect.arrayContaining(['Status (differs) Open Closed', 'Owner (differs) Category team Ben Ode']));
    expect(rows.some((r) => r.startsWith('Last changed (differs)'))).toBe(true);
    // Fields that agree are shown too, not marked.
    expect((await optionsB.text({ css: 'tr:not(.differs)', hasText: 'Recorded by', within: conflict })).replace(/\s+/g, ' ').trim()).toBe('Recorded by Ana Lopez Ana Lopez');
    expect(await optionsB.axe()).toEqual([]);
    // Nothing changed until chosen.
    expect(await optionsB.text(table)).toContain('owner: Category team');

    await optionsB.click(button('Take the file’s', conflict));
    await optionsB.waitForText(result, 'Resolved: the decision on Supermax');
    expect(await optionsB.has(conflict)).toBe(false);
    const row = await optionsB.waitForText(table, (t) => t.includes('Ben Ode'));
    expect(row).toContain('Closed · owner: Ben Ode');
    // Imported again, it is the same as here now.
    expect(await importFile(optionsB, changed, '1 already here')).toContain('0 added, 1 already here, 0 conflicts');
  });

  it(`edits a decision’s follow-up with the keyboard, focus returning to Edit (${kind})`, async () => {
    await optionsB.focus(button('Edit the decision on Supermax Corporation Bhd.', decisions));
    await optionsB.press('Enter');
    // The editor takes the focus on its first field, the status.
    await optionsB.waitUntil(async () => (await optionsB.evaluate(() => document.activeElement?.id ?? '')).endsWith('-status'), 'the status field focused');
    await optionsB.fill(labelled('Owner', { css: '.decision-edit' }), 'Legal team');
    await optionsB.fill(labelled('Review date', { css: '.decision-edit' }), '2027-03-01');
    await optionsB.click(button('Save changes'));
    await optionsB.waitForText(table, (t) => t.includes('owner: Legal team · review on 1 Mar 2027'));
    await optionsB.waitUntil(async () => (await optionsB.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')) === 'Edit the decision on Supermax Corporation Bhd.', 'the focus back on Edit');
    const [edited] = await ask<Array<{ uid: string; updatedAt?: string; owner: string }>>(optionsB, { type: 'list-decisions', filter: {} });
    expect(edited).toMatchObject({ uid, owner: 'Legal team', updatedAt: expect.any(String) });

    // Esc closes the editor unsaved.
    await optionsB.focus(button('Edit the decision on Supermax Corporation Bhd.', decisions));
    await optionsB.press('Enter');
    await optionsB.waitUntil(async () => (await optionsB.evaluate(() => document.activeElement?.id ?? '')).endsWith('-status'), 'the status field focused');
    await optionsB.press('Escape');
    await optionsB.waitUntil(async () => !(await optionsB.has({ css: '.decision-edit' })), 'the editor closed');
  });
});
