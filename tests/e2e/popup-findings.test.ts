/**
 * The buyer's path through the popup on a quote page: read the findings with their status and
 * actions, record a decision, export the record, and dismiss a name on the site.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { serveFixtures, type FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';
import { paintedTexts } from './harness/highlights';
import { axeViolations, openFixture, POLL } from './popup-helpers';

const DEMO_NAMES = ['Hoshine Silicon Industry Co., Ltd.', 'Maxter Glove Manufacturing Sdn. Bhd.', 'Supermax Corporation Berhad'];

let server: FixtureServer;
let ext: ChromiumWithExtension;
let page: Page;
let popup: Page;

beforeAll(async () => {
  server = await serveFixtures();
  ext = await launchChromium();
  ({ page } = await openFixture(ext, server.url('demo.html'), DEMO_NAMES));
  popup = await ext.openPopupFor(page);
  await popup.locator('article').first().waitFor();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const finding = (name: RegExp) => popup.locator('article', { has: popup.locator('h2', { hasText: name }) });

describe('popup: findings', () => {
  it('lists each listed company most severe first, with matched text, status and its meaning, scope and cited actions', async () => {
    // Hoshine (active WRO) outranks Supermax (modified 2023).
    const headings = await popup.locator('article h2').allInnerTexts();
    expect(headings).toEqual(['Hoshine Silicon Industry Co. Ltd.', 'Supermax Corporation Bhd.']);

    const supermax = finding(/^Supermax Corporation Bhd\.$/);
    const text = await supermax.innerText();
    expect(text).toContain('Maxter Glove Manufacturing Sdn. Bhd.');
    expect(text).toContain('Supermax Corporation Berhad');
    expect(text).toContain('CBP Withhold Release Order');
    expect(text).toMatch(/Modified (18 Sept 2023|Sep 18, 2023|18 Sep 2023): US authorities lifted or narrowed the order after remediation/);
    expect(text).toContain('Why it matched');
    expect(text).toContain('What to do');
    expect(text).toContain('confirm its current status on the official list');
    const citations = await supermax.locator('.actions .cite a').allInnerTexts();
    expect(citations).toContain('official list');
    expect(citations).toContain('IASC letter, Nov 2021');
    expect(await supermax.locator('a[href="https://www.cbp.gov/trade/forced-labor/withhold-release-orders-and-findings"]').count()).toBeGreaterThan(0);

    const hoshine = finding(/^Hoshine Silicon Industry Co\. Ltd\.$/);
    const hoshineText = await hoshine.innerText();
    expect(hoshineText).toContain('Active');
    expect(hoshineText).toContain('Downstream scope');
    expect(hoshineText).toContain('Do not award or extend without enhanced due diligence.');
    expect(await popup.locator('.disclaimer').innerText()).toContain('not proof');
  });

  it('shows the list age and sources, and warns when the list is older than the admin allows', async () => {
    // No refresh has reached CBP or DHS in this test: the age is that of the bundled official data.
    const official = await popup.locator('.list-official').first().innerText();
    expect(official).toMatch(/^Official data as of .+ \((\d+) days old\): CBP's file of .+, bundled with the extension; DHS's UFLPA Entity List of .+, bundled with the extension\.$/);
    expect(await popup.locator('.list-sources a').count()).toBeGreaterThan(0);
    const age = Number(/\((\d+) days old\)/.exec(official)?.[1]);
    // The bundled list is months old: past the default threshold of 30 days.
    expect(age).toBeGreaterThan(30);
    await popup.locator('.list-age[data-max-age-days="30"]').waitFor();
    expect(await popup.locator('.list-age .warning').innerText()).toContain(`It is ${age} days old`);

    const other = await ext.context.newPage();
    await other.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${new URL(popup.url()).searchParams.get('tab')}`);
    await other.evaluate(async (days) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), maxListAgeDays: days } });
    }, age + 10);
    await other.reload();
    // Judge the warning only once the popup has read the new threshold.
    await other.locator(`.list-age[data-max-age-days="${age + 10}"]`).waitFor();
    expect(await other.locator('.list-age .warning').count()).toBe(0);
    await other.evaluate(async (days) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), maxListAgeDays: days } });
    }, 30);
    await other.close();
  });

  it('sets the page language and title from the translation', async () => {
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(await popup.title()).toBe('WRO Check');
  });

  it('has no axe-core violations', async () => {
    expect(await axeViolations(popup)).toEqual([]);
  });
});

describe('decisions', () => {
  it('records an outcome with a note by keyboard, and exports it from the options page as CSV and JSON', async () => {
    const hoshine = finding(/^Hoshine Silicon Industry/);
    // Keyboard only: arrow keys on the outcome list, type the note, Tab to the button, Enter.
    await hoshine.getByLabel('Outcome').focus();
    for (let i = 0; i < 3; i++) await popup.keyboard.press('ArrowDown');
    expect(await hoshine.getByLabel('Outcome').inputValue()).toBe('asked-for-evidence');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await popup.keyboard.type('=HYPERLINK("x") asked Solent for silicone origin');
    await popup.keyboard.press('Tab');
    // The focused button shows a visible focus ring.
    const ring = await popup.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { text: document.activeElement?.textContent, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring).toEqual({ text: 'Record decision', outline: 'solid', width: 3 });
    await popup.keyboard.press('Enter');
    await expect.poll(() => hoshine.locator('.decision-message').innerText(), POLL).toContain('Recorded: Asked supplier for evidence');
    expect(await hoshine.locator('.decision-history').innerText()).toContain('asked Solent for silicone origin');

    // The popup's footer opens the decision record (the options page) in a tab.
    const [options] = await Promise.all([
      ext.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'All decisions, exports and settings' }).click(),
    ]);
    expect(options.url()).toBe(`chrome-extension://${ext.extensionId}/options.html`);
    await expect.poll(() => options.evaluate(() => document.documentElement.lang), POLL).toBe('en-GB');
    const row = options.locator('table.decisions tbody tr', { hasText: 'Hoshine Silicon Industry Co. Ltd.' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Asked supplier for evidence');

    const [csvDownload] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^wro-check-decisions-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await csvDownload.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, line] = csv.slice(1).split('\r\n');
    expect(header?.split(',').slice(0, 5)).toEqual(['time', 'outcome', 'outcomeLabel', 'note', 'recordName']);
    expect(line).toContain('asked-for-evidence,Asked supplier for evidence');
    // The note started with "=": defused for spreadsheets.
    expect(line).toContain(`"'=HYPERLINK(""x"") asked Solent for silicone origin"`);
    expect(line).toContain(server.url('demo.html'));

    const [jsonDownload] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
    const doc = JSON.parse(await readFile(await jsonDownload.path(), 'utf8')) as {
      decisions: Array<Record<string, unknown>>;
    };
    expect(doc.decisions).toHaveLength(1);
    expect(doc.decisions[0]).toMatchObject({
      outcome: 'asked-for-evidence',
      note: '=HYPERLINK("x") asked Solent for silicone origin',
      recordId: 'cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd',
      matchedText: 'Hoshine Silicon Industry Co., Ltd.',
      pageUrl: server.url('demo.html'),
      pageTitle: await page.title(),
      site: server.origin,
      undoneAt: null,
    });
    expect(doc.decisions[0]?.listVersion).toMatch(/^v1-/);
    expect(await axeViolations(options)).toEqual([]);

    // Filters narrow the table and the export alike.
    await options.getByLabel('Outcome').selectOption({ label: 'Escalated to modern slavery lead' });
    await expect.poll(() => options.locator('section[aria-labelledby="decisions-heading"]').innerText(), POLL).toContain('No decisions match.');
    await options.getByLabel('Outcome').selectOption({ label: 'All outcomes' });
    await options.getByLabel('Company, page or note contains').fill('solent');
    await expect.poll(() => options.locator('table.decisions tbody tr').count(), POLL).toBe(1);
    await options.close();
  });
});

describe('"not this company"', () => {
  it('stops highlighting the company on that site, and undoing it from the options page brings it back', async () => {
    expect(await paintedTexts(page)).toEqual([...DEMO_NAMES].sort());
    const supermax = finding(/^Supermax Corporation Bhd\.$/);
    await supermax.getByLabel('Outcome').selectOption({ label: 'Not this company' });
    await supermax.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => supermax.locator('.decision-message').innerText(), POLL).toContain('Recorded: Not this company');

    // Both mentions of the record (the parent's name and its subsidiary's) go; Hoshine stays.
    const after = await waitFor(
      () => paintedTexts(page),
      (texts) => texts.length === 1,
    );
    expect(after).toEqual(['Hoshine Silicon Industry Co., Ltd.']);

    // Another site is not affected: the same page under "localhost" is another origin.
    const elsewhere = await openFixture(ext, server.url('demo.html').replace('127.0.0.1', 'localhost'), DEMO_NAMES);
    expect(elsewhere.texts).toEqual([...DEMO_NAMES].sort());
    await elsewhere.page.close();

    // Reopened, the popup no longer counts it as a finding but names it with an undo.
    const reopened = await ext.openPopupFor(page);
    const dismissedList = reopened.locator('.dismissed-list');
    await dismissedList.waitFor();
    expect(await dismissedList.innerText()).toContain('Supermax Corporation Bhd.');
    expect(await reopened.locator('article h2').allInnerTexts()).toEqual(['Hoshine Silicon Industry Co. Ltd.']);
    expect(await axeViolations(reopened)).toEqual([]);
    await reopened.close();

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const undo = options.getByRole('button', { name: 'Undo “not this company” for Supermax Corporation Bhd.' });
    await undo.focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => options.locator('[role="status"].decision-message').innerText(), POLL).toContain('Undone');
    // The status can speak before the table has re-read the decisions.
    await expect.poll(() => options.locator('table.decisions').innerText(), POLL).toMatch(/Not this company \(undone /);
    const restored = await waitFor(
      () => paintedTexts(page),
      (texts) => texts.length === DEMO_NAMES.length,
    );
    expect(restored).toEqual([...DEMO_NAMES].sort());
    await options.close();
  });
});
