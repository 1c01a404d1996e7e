/**
 * The buyer's path through the popup on a quote page, in Chromium and Firefox ESR: read the
 * findings first (compact: name, status, date, the bidder's row), open one for its status and
 * actions, record a decision and see it as handled, export the record from the options page, and
 * dismiss a name on the site, or (asked how far and why, as the card asks) on one page only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';
import { button, headed, labelled, type Query } from './harness/find';
import { includesAll } from './harness/highlights';
import { serveFixtures, type FixtureServer } from './harness/server';

const DEMO_NAMES = ['Hoshine Silicon Industry Co., Ltd.', 'Maxter Glove Manufacturing Sdn. Bhd.', 'Supermax Corporation Berhad'];
/** The demo page's rows around each listed name: the bidder, the product and the price, named by their columns. */
const HOSHINE_ROW = 'Bidder: Solent Facilities Group · Product: Silicone sealant (industrial) · Unit price: £6.40';
const SUPERMAX_ROW = 'Bidder: Northgate Medical Supplies Ltd · Product: Nitrile gloves, powder-free, box of 100 · Unit price: £3.10';
const MAXTER_ROW = 'Bidder: Clearwater Hygiene Ltd · Product: Latex examination gloves · Unit price: £2.95';

let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('in %s: the popup', (_name, kind) => {
  let ext: ExtensionBrowser;
  let page: TestPage;
  let popup: TestPage;

  beforeAll(async () => {
    ext = await launchExtension(kind);
    page = await ext.newPage(server.url('demo.html'));
    await page.waitForPainted(includesAll(DEMO_NAMES));
    popup = await ext.openPopupFor(page);
    await popup.locate('article');
  });

  afterAll(async () => {
    await ext?.close();
  });

  const finding = (name: RegExp): Query => headed('article', name);

  describe('findings', () => {
    it('lists each listed company first, most severe first, compact: name, status and date, and the row the page names it in with its bidder', async () => {
      // Hoshine (active WRO) outranks Supermax (modified 2023).
      await popup.waitForCount('article h2', 2);
      expect(await popup.texts('article h2')).toEqual(['Hoshine Silicon Industry Co. Ltd.', 'Supermax Corporation Bhd.']);
      // Two companies for three highlights: the count says where the third went.
      expect(await popup.text('.findings .summary')).toBe('Listed companies on this page: 2');
      expect(await popup.text('.counted-under')).toBe('Maxter Glove Manufacturing Sdn. Bhd. counted under Supermax Corporation Bhd. (a subsidiary named in its listing)');

      const hoshine = finding(/^Hoshine Silicon Industry Co\. Ltd\.$/);
      const supermax = finding(/^Supermax Corporation Bhd\.$/);
      expect(await popup.text({ css: '.finding-line', within: hoshine })).toMatch(/^Active · (23 Jun 2021|Jun 23, 2021)$/);
      expect(await popup.text({ css: '.finding-context', within: hoshine })).toBe(HOSHINE_ROW);
      expect(await popup.text({ css: '.finding-line', within: supermax })).toMatch(
        /^Modified · (18 Sept 2023|Sep 18, 2023|18 Sep 2023) · named as its subsidiary Maxter Glove Manufacturing Sdn\. Bhd\.$/,
      );
      expect((await popup.text({ css: '.finding-context', within: supermax })).split('\n')).toEqual([SUPERMAX_ROW, MAXTER_ROW]);
      // Nothing recorded yet: nothing says handled.
      expect(await popup.count('.handled')).toBe(0);
    });

    it('names the card a listed company is found in on a marketplace page, cards read as their text without the extension\'s badge', async () => {
      const cards = await ext.newPage(server.url('product-cards.html'));
      await cards.waitForPainted(includesAll(['Smart Glove Corporation Sdn Bhd']));
      const cardsPopup = await ext.openPopupFor(cards);
      const smartGlove = headed('article', /^Smart Glove/);
      expect(await cardsPopup.text({ css: '.finding-context', within: smartGlove })).toBe('Nitrile gloves 100pcs US$ 2.10 Supplier: Smart Glove Corporation Sdn Bhd');
      await cardsPopup.close();
      await cards.close();
    });

    it('shows the first finding above the fold of a 600 px high popup, with the list age, legend and search below the findings', async () => {
      const box = await popup.evaluate(() => {
        const first = document.querySelector('article.finding') as HTMLElement;
        const bottom = (el: Element | null) => (el ? el.getBoundingClientRect().bottom + scrollY : Number.NaN);
        const top = (el: Element | null) => (el ? el.getBoundingClientRect().top + scrollY : Number.NaN);
        return {
          width: document.body.getBoundingClientRect().width,
          heading: top(first.querySelector('h2')),
          details: bottom(first.querySelector('details > summary')),
          lastFinding: bottom([...document.querySelectorAll('article.finding')].pop() ?? null),
          listAge: top(document.querySelector('.list-age')),
          search: top(document.querySelector('input[role="combobox"]')),
        };
      });
      expect(box.width).toBe(420);
      // Its name, status, row and the way to its details, all within the first 600 px.
      expect(box.heading).toBeGreaterThan(0);
      expect(box.details).toBeLessThanOrEqual(600);
      expect(box.listAge).toBeGreaterThan(box.lastFinding);
      expect(box.search).toBeGreaterThan(box.listAge);
    });

    it('opens a finding on its matched text, status and its meaning, scope and cited actions', async () => {
      const supermax = finding(/^Supermax Corporation Bhd\.$/);
      expect(await popup.text(supermax)).not.toContain('What to do');
      await popup.click({ css: 'details.finding-more > summary', within: supermax });
      await popup.waitForText(supermax, (text) => text.includes('What to do'));
      const text = await popup.text(supermax);
      expect(text).toContain('Maxter Glove Manufacturing Sdn. Bhd.');
      expect(text).toContain('Supermax Corporation Berhad');
      expect(text).toContain('CBP Withhold Release Order');
      expect(text).toMatch(/Modified (18 Sept 2023|Sep 18, 2023|18 Sep 2023): US authorities lifted or narrowed the order after remediation/);
      expect(text).toContain('Why it matched');
      expect(text).toContain('What to do');
      expect(text).toContain('confirm its current status on the official list');
      const citations = await popup.evaluate((css) => [...(document.querySelector(css)?.querySelectorAll('.actions .cite a') ?? [])].map((a) => (a as HTMLElement).innerText), await popup.locate(supermax));
      expect(citations).toContain('official list');
      expect(citations).toContain('IASC letter, Nov 2021');
      expect(await popup.count('a[href="https://www.cbp.gov/trade/forced-labor/withhold-release-orders-and-findings"]', supermax)).toBeGreaterThan(0);

      const hoshine = finding(/^Hoshine Silicon Industry Co\. Ltd\.$/);
      // Opened by keyboard: the summary is a control reached by Tab and opened with Enter.
      await popup.focus({ css: 'details.finding-more > summary', within: hoshine });
      await popup.press('Enter');
      await popup.waitForText(hoshine, (t) => t.includes('What to do'));
      const hoshineText = await popup.text(hoshine);
      expect(hoshineText).toContain('Active');
      expect(hoshineText).toContain('Downstream scope');
      expect(hoshineText).toContain('Do not award or extend without enhanced due diligence.');
      expect(await popup.text('.disclaimer')).toContain('not proof');
    });

    it('shows the list age and sources, and warns when the list is older than the admin allows', async () => {
      // No refresh has reached CBP or DHS in this test: the age is that of the bundled official data.
      const official = await popup.text('.list-official');
      expect(official).toMatch(/^Official data as of .+ \((\d+) days old\): CBP's official CSV of .+, bundled with the extension; DHS's UFLPA Entity List of .+, bundled with the extension\.$/);
      expect(await popup.count('.list-sources a')).toBeGreaterThan(0);
      const age = Number(/\((\d+) days old\)/.exec(official)?.[1]);
      // The bundled list is months old: past the default threshold of 30 days.
      expect(age).toBeGreaterThan(30);
      await popup.locate('.list-age[data-max-age-days="30"]');
      // One line below the findings, with the way to a refresh for administrators.
      expect(await popup.text('.list-age .warning')).toBe(
        `The list is ${age} days old (your organisation allows 30): check the official lists before relying on it. Update the list (administrators)`,
      );
      expect(await popup.evaluate(() => (document.querySelector('.list-age .warning a') as HTMLAnchorElement | null)?.getAttribute('href'))).toBe('options.html');

      const setMaxAge = async (days: number) => {
        const { settings } = await ext.request<{ settings: { settings: object } }>({ type: 'get-admin-state' });
        await ext.request({ type: 'save-settings', settings: { ...settings.settings, maxListAgeDays: days } });
      };
      const other = await ext.openExtensionPage(`popup.html?tab=${await ext.tabIdOf(page)}`);
      await setMaxAge(age + 10);
      await other.reload();
      // Judge the warning only once the popup has read the new threshold.
      await other.locate(`.list-age[data-max-age-days="${age + 10}"]`);
      expect(await other.count('.list-age .warning')).toBe(0);
      await setMaxAge(30);
      await other.close();
    });

    it('sets the page language and title from the translation', async () => {
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en-GB');
      expect(await popup.title()).toBe('WRO Check');
    });

    it('has no axe-core violations', async () => {
      expect(await popup.axe()).toEqual([]);
    });
  });

  describe('decisions', () => {
    it('records an outcome with a note by keyboard, and exports it from the options page as CSV and JSON', async () => {
      const hoshine = finding(/^Hoshine Silicon Industry/);
      // Keyboard only: arrow keys on the outcome list, type the note, Tab to the button, Enter.
      await popup.focus(labelled('Outcome', hoshine));
      for (let i = 0; i < 3; i++) await popup.press('ArrowDown');
      expect(await popup.value(labelled('Outcome', hoshine))).toBe('asked-for-evidence');
      await popup.press('Tab');
      expect((await popup.focused()).tag).toBe('textarea');
      await popup.type('=HYPERLINK("x") asked Solent for silicone origin');
      // "More details" comes next, folded: Enter opens it; its status follows the outcome (open).
      await popup.press('Tab');
      expect(await popup.focused()).toMatchObject({ tag: 'summary', text: 'More details: owner, status, review date, contract' });
      await popup.press('Enter');
      await popup.fill(labelled('Owner', hoshine), 'Category team');
      expect(await popup.value(labelled('Status', hoshine))).toBe('open');
      await popup.focus(labelled('Contract or tender reference', hoshine));
      await popup.type('CCS-RM6281');
      await popup.press('Tab');
      // The focused button shows a visible focus ring.
      const ring = await popup.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return { text: document.activeElement?.textContent, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(ring).toEqual({ text: 'Record decision', outline: 'solid', width: 3 });
      await popup.press('Enter');
      await popup.waitForText({ css: '.decision-message', within: hoshine }, 'Recorded: Asked supplier for evidence');
      // No name was set: the form says where to set one, and records all the same.
      expect(await popup.text({ css: '.no-user-name', within: hoshine })).toBe('Your decisions do not say who took them: set your name');
      expect(await popup.evaluate(() => document.querySelector('.no-user-name a')?.getAttribute('href'))).toBe('options.html#organisation');
      expect(await popup.text({ css: '.decision-history', within: hoshine })).toContain('asked Solent for silicone origin');
      // The finding now says how it was handled, on its compact part, with an undo.
      const handled = await popup.waitForText({ css: '.handled', within: hoshine }, (t) => t.startsWith('Handled:'));
      expect(handled).toMatch(/^Handled: Asked supplier for evidence, .*\d.*, =HYPERLINK\("x"\) asked Solent for silicone origin Undo$/);
      expect(await popup.count('button', { css: '.handled', within: hoshine })).toBe(1);

      // The popup's footer opens the decision record (the options page) in a tab.
      const options = await ext.opensTab('options.html', () => popup.click(button('All decisions, exports and settings')));
      expect(await options.location()).toBe(ext.extensionUrl('options.html'));
      await options.waitUntil(async () => (await options.evaluate(() => document.documentElement.lang)) === 'en-GB', 'the options page language');
      const row = { css: 'table.decisions tbody tr', hasText: 'Hoshine Silicon Industry Co. Ltd.' };
      expect(await options.text(row)).toContain('Asked supplier for evidence');
      expect(await options.text(row)).toContain('Open · owner: Category team · contract CCS-RM6281');

      const csvFile = await options.offeredFile(() => options.click(button('Export CSV')));
      expect(csvFile.fileName).toMatch(/^wro-check-decisions-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = csvFile.text;
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const [header, line] = csv.slice(1).split('\r\n');
      expect(header?.split(',').slice(0, 5)).toEqual(['time', 'outcome', 'outcomeLabel', 'note', 'recordName']);
      expect(line).toContain('asked-for-evidence,Asked supplier for evidence');
      // The note started with "=": defused for spreadsheets.
      expect(line).toContain(`"'=HYPERLINK(""x"") asked Solent for silicone origin"`);
      expect(line).toContain(server.url('demo.html'));
      // The decision keeps the row the company was named in: its bidder.
      expect(header?.split(',')).toContain('context');
      expect(line).toContain(HOSHINE_ROW);

      const jsonFile = await options.offeredFile(() => options.click(button('Export JSON')));
      const doc = JSON.parse(jsonFile.text) as { decisions: Array<Record<string, unknown>> };
      expect(doc.decisions).toHaveLength(1);
      expect(doc.decisions[0]).toMatchObject({
        outcome: 'asked-for-evidence',
        note: '=HYPERLINK("x") asked Solent for silicone origin',
        recordId: 'cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd',
        matchedText: 'Hoshine Silicon Industry Co., Ltd.',
        context: HOSHINE_ROW,
        pageUrl: server.url('demo.html'),
        pageTitle: await page.title(),
        site: server.origin,
        undoneAt: null,
        owner: 'Category team',
        status: 'open',
        contractRef: 'CCS-RM6281',
      });
      expect(doc.decisions[0]?.listVersion).toMatch(/^v1-/);
      expect(await options.axe()).toEqual([]);

      // Filters narrow the table and the export alike.
      await options.select(labelled('Outcome'), { label: 'Escalated to modern slavery lead' });
      await options.waitForText('section[aria-labelledby="decisions-heading"]', 'No decisions match.');
      await options.select(labelled('Outcome'), { label: 'All outcomes' });
      await options.fill(labelled('Company, page or note contains'), 'solent');
      expect(await options.waitForCount('table.decisions tbody tr', 1)).toBe(1);
      await options.close();

      // Undone from the popup by keyboard, the finding no longer says it was handled, and says so.
      await popup.focus(button('Undo the decision on Hoshine Silicon Industry Co. Ltd.', hoshine));
      await popup.press('Enter');
      await popup.waitForText({ css: '.finding-notice', within: hoshine }, 'Undone: Asked supplier for evidence');
      await popup.waitUntil(async () => (await popup.count('.handled', hoshine)) === 0, 'the handled line to go');
      expect((await popup.focused()).tag).toBe('summary');
      const [undone] = await ext.request<Array<{ undoneAt: string | null }>>({ type: 'list-decisions', filter: { recordId: 'cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd' } });
      expect(undone?.undoneAt).toMatch(/^\d{4}-/);
    });
  });

  describe('"not this company"', () => {
    it('stops highlighting the company on that site, and undoing it from the options page brings it back', async () => {
      expect(await page.painted()).toEqual([...DEMO_NAMES].sort());
      const supermax = finding(/^Supermax Corporation Bhd\.$/);
      await popup.select(labelled('Outcome', supermax), { label: 'Not this company' });
      await popup.click(button('Record decision', supermax));
      await popup.waitForText({ css: '.decision-message', within: supermax }, 'Recorded: Not this company');
      expect(await popup.waitForText({ css: '.handled', within: supermax }, (t) => t.startsWith('Handled:'))).toMatch(/^Handled: Not this company, .*\d.* Undo$/);

      // Both mentions of the record (the parent's name and its subsidiary's) go; Hoshine stays.
      expect(await page.waitForPainted((texts) => texts.length === 1)).toEqual(['Hoshine Silicon Industry Co., Ltd.']);

      // Another site is not affected: the same page under "localhost" is another origin.
      const elsewhere = await ext.newPage(server.url('demo.html').replace('127.0.0.1', 'localhost'));
      expect(await elsewhere.waitForPainted(includesAll(DEMO_NAMES))).toEqual([...DEMO_NAMES].sort());
      await elsewhere.close();

      // Reopened once the page has reported without it (highlights go before the report, which
      // waits for the page to settle), the popup no longer counts it as a finding but names it with an undo.
      await ext.waitForReport(page, (r) => r.entries.length === 1);
      const reopened = await ext.openPopupFor(page);
      // One dismissal per name the popup's finding matched (the parent's and its subsidiary's), each with its undo.
      expect(await reopened.text('.dismissed-list')).toContain('Supermax Corporation Bhd.');
      expect(await reopened.count('.dismissed-list li')).toBe(2);
      expect(await reopened.texts('article h2')).toEqual(['Hoshine Silicon Industry Co. Ltd.']);
      expect(await reopened.axe()).toEqual([]);
      await reopened.close();

      const options = await ext.openExtensionPage('options.html');
      const undoButtons = () => options.evaluate(() => document.querySelectorAll('table.decisions button[aria-label="Undo “not this company” for Supermax Corporation Bhd."]').length);
      await options.waitUntil(async () => (await undoButtons()) === 2, 'both dismissals listed with an undo');
      for (const left of [1, 0]) {
        await options.focus(button('Undo “not this company” for Supermax Corporation Bhd.', 'table.decisions'));
        await options.press('Enter');
        // The status can speak before the table has re-read the decisions.
        await options.waitUntil(async () => (await undoButtons()) === left, `${left} dismissal(s) left to undo`);
      }
      await options.waitForText('[role="status"].decision-message', 'Undone');
      await options.waitForText('table.decisions', /Not this company \(undone /);
      expect(await page.waitForPainted((texts) => texts.length === DEMO_NAMES.length)).toEqual([...DEMO_NAMES].sort());
      await options.close();
    });

    it('asks how far and why, as the card does: "on this page only" hides the names on that page, and another page of the site still paints them', async () => {
      const lot = await ext.newPage(server.url('demo.html?lot=7'));
      await lot.waitForPainted(includesAll(DEMO_NAMES));
      const asking = await ext.openPopupFor(lot);
      const supermax = finding(/^Supermax Corporation Bhd\.$/);
      await asking.click({ css: 'details.finding-more > summary', within: supermax });
      await asking.select(labelled('Outcome', supermax), { label: 'Not this company' });
      // The choices appear with "Not this company", at this site and the first reason.
      const legend = await asking.text({ css: '.dismiss-scope legend', within: supermax });
      expect(legend).toContain('Supermax Corporation Berhad');
      expect(legend).toContain('Maxter Glove Manufacturing Sdn. Bhd.');
      expect(await asking.evaluate(() => (document.querySelector('.dismiss-scope input:checked') as HTMLInputElement | null)?.value)).toBe('site');
      expect(await asking.axe()).toEqual([]);
      await asking.check(labelled('on this page only', supermax));
      await asking.select(labelled('Why:', supermax), { label: 'Already checked: goods are not from the listed company' });
      await asking.click(button('Record decision', supermax));
      await asking.waitForText({ css: '.decision-message', within: supermax }, 'Recorded: Not this company');
      await asking.close();

      // That page: both names the popup's finding matched go; Hoshine stays.
      expect(await lot.waitForPainted((texts) => texts.length === 1)).toEqual(['Hoshine Silicon Industry Co., Ltd.']);
      // Another page of the same site: every name still painted.
      const otherPage = await ext.newPage(server.url('demo.html?lot=8'));
      expect(await otherPage.waitForPainted(includesAll(DEMO_NAMES))).toEqual([...DEMO_NAMES].sort());
      await otherPage.close();

      // The options page lists both dismissals as the one page's, with the reason.
      const options = await ext.openExtensionPage('options.html');
      await options.waitForText('.dismissals-table', 'Maxter Glove Manufacturing Sdn. Bhd.');
      for (const name of ['Supermax Corporation Berhad', 'Maxter Glove Manufacturing Sdn. Bhd.']) {
        const row = await options.text({ css: '.dismissals-table tr', hasText: name });
        expect(row).toContain('on the page “');
        expect(row).toContain('Already checked: goods are not from the listed company');
      }
      await options.close();
      await lot.close();
    });
  });
});
