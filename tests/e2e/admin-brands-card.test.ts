/**
 * A brand in an organisation's own CSV file (issue #19), in Chromium and Firefox ESR: the category
 * team's spreadsheet names a private label, the distributor behind it and the listed maker (by its
 * id in the bundled list). Imported on the options page, it makes a page naming only the brand show
 * a finding whose in-page card names the listed maker first and then the chain that leads to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAKER_ID, MAKER_NAME } from '../fixtures/feeds/brand-feed';
import { openCardByKeyboard } from './content-helpers';
import { BROWSERS, launchExtension, type ExtensionBrowser } from './harness/extension';
import { button, headed, labelled, type Query } from './harness/find';
import { servePage } from './harness/server';

const CSV = [
  'name,kind,aliases,private_label_of,distributor_for,source_url',
  `Larkspur Medical Supplies Ltd,Distributor,,,${MAKER_ID},https://procurement.example.gov.uk/risk/58`,
  'MediGuard,Private label,MediGuard Nitrile,Larkspur Medical Supplies Ltd,,https://procurement.example.gov.uk/risk/57',
].join('\r\n');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Glove tender</title></head>
<body><main><h1>Lot 3: examination gloves</h1>
<p>Offered: MediGuard examination gloves (nitrile, powder-free), 40,000 boxes.</p></main></body></html>`;

let served: Awaited<ReturnType<typeof servePage>> | undefined;

beforeAll(async () => {
  served = await servePage(PAGE, 'tender.html');
});

afterAll(async () => {
  await served?.close();
});

const importSection: Query = headed('section', /^Import$/);
const lastRun: Query = { css: '.last-run', within: headed('section', /^Refresh and sources$/) };

describe.each(BROWSERS)('in %s: a brand in an imported organisation CSV', (_name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension(kind);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('is imported from the options page, and the in-page card on the brand names the maker, then the chain', async () => {
    const options = await ext.openExtensionPage('options.html');
    // The refresh after install (the official sources, unreachable here) reports first, so that its
    // result cannot replace the import's.
    await options.waitForText(lastRun, /The current list was kept|The list was/);
    await options.upload(labelled('List file', importSection), { name: 'suppliers.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await options.click(button('Import', importSection));
    await options.waitForText(lastRun, /The list was updated\./);

    const page = await ext.newPage(served!.url);
    expect(await page.waitForPainted((t) => t.includes('MediGuard'))).toContain('MediGuard');
    const text = await openCardByKeyboard(page);
    // The listed maker first: the brand itself is never shown as listed.
    expect(text.indexOf(MAKER_NAME)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(MAKER_NAME)).toBeLessThan(text.indexOf('a private label of'));
    expect(text).toContain('“MediGuard” (not itself on an official list), a private label of Larkspur Medical Supplies Ltd, a distributor for');
    expect(text).toContain('Organisation watch list');
    await page.close();
  });
});
