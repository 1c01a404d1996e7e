/**
 * `npm run screenshots`: builds the extension and regenerates the README's screenshots in
 * docs/screenshots/ from the demo, in headless Chromium with the extension loaded (as the tests
 * launch it): the demo tender page with a card open, the popup for that tab, the screening page's
 * results for a small supplier file, and the popup in dark colours. Offline: nothing but the local
 * demo server is contacted (the official sources stay unreachable, as in the tests).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { missingBrowsers } from '../tests/e2e/harness/browsers';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { readHighlights } from '../tests/e2e/harness/highlights';
import { serveFixtures } from '../tests/e2e/harness/server';
import { waitFor } from '../tests/e2e/harness/wait';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const DEMO_NAME = 'Supermax Corporation Berhad';
// A buyer's supplier file: direct suppliers and the manufacturers behind them.
const SUPPLIERS_CSV = [
  'Supplier,Manufacturer,Product',
  'Northgate Medical Supplies Ltd,Supermax Corporation Berhad,Nitrile gloves',
  'Clearwater Hygiene Ltd,Maxter Glove Manufacturing Sdn. Bhd.,Latex examination gloves',
  'Solent Facilities Group,"Hoshine Silicon Industry Co., Ltd.",Silicone sealant',
  'Pennine Safety Ltd,Ansell Healthcare Europe NV,Chemical-resistant gloves',
  'Brightside Cleaning Services,Kimberly-Clark Professional,Wipers and hand towels',
].join('\r\n');

const problem = missingBrowsers().find((m) => m.startsWith('Chromium'));
if (problem) {
  console.error(problem);
  process.exit(1);
}
const built = spawnSync('npx', ['tsx', resolve(import.meta.dirname, 'build.ts')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
mkdirSync(OUT, { recursive: true });

const server = await serveFixtures();
const chrome = await launchChromium();

async function shoot(page: Page, name: string): Promise<void> {
  // Two frames drawn: the last layout and paint are on screen.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: resolve(OUT, name) });
  console.log(`  docs/screenshots/${name}`);
}

try {
  // The demo page, its highlights painted, with the card of the first listed manufacturer open.
  const demo = await chrome.context.newPage();
  await demo.setViewportSize({ width: 1280, height: 800 });
  await demo.goto(server.url('demo.html'));
  await waitFor(() => demo.evaluate(readHighlights), (h) => Object.values(h).flat().includes(DEMO_NAME), 30_000);
  await demo.locator('[data-wro-check-ui="badge"]').first().click();
  await demo.locator('[data-wro-check-ui="card"]').waitFor({ state: 'visible' });
  await shoot(demo, 'demo-page.png');

  // The popup for the demo tab, light and dark.
  const popup = await chrome.openPopupFor(demo);
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.getByText(/^Supermax/).first().waitFor();
  await shoot(popup, 'popup.png');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await shoot(popup, 'popup-dark.png');

  // The screening page's results for the supplier file.
  const screen = await chrome.context.newPage();
  await screen.setViewportSize({ width: 1280, height: 800 });
  await screen.goto(`chrome-extension://${chrome.extensionId}/screen.html`);
  await screen.locator('#csv-file').setInputFiles({ name: 'suppliers.csv', mimeType: 'text/csv', buffer: Buffer.from(SUPPLIERS_CSV) });
  await screen.locator('.columns button.primary').click();
  await screen.locator('main[data-state="done"]').waitFor({ timeout: 30_000 });
  await screen.locator('#summary-heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await shoot(screen, 'screening.png');
} finally {
  await chrome.close();
  await server.close();
}
