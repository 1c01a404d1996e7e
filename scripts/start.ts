/**
 * `npm start [-- --firefox] [-- --headless]`: builds the extension, serves the bundled demo
 * procurement page on 127.0.0.1 and opens it in a fresh browser profile with the extension loaded.
 * Without a display it runs headless, prints what it found and saves screenshots in .artifacts/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { englishMessages } from '../src/cli/english';
import { SEVERITY_WORD_KEYS, type SeverityClass } from '../src/core/severity';
import { missingBrowsers } from '../tests/e2e/harness/browsers';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchFirefox } from '../tests/e2e/harness/firefox';
import { readHighlights } from '../tests/e2e/harness/highlights';
import { serveFixtures } from '../tests/e2e/harness/server';
import { waitFor } from '../tests/e2e/harness/wait';

const args = new Set(process.argv.slice(2));
const useFirefox = args.has('--firefox');
const headless = args.has('--headless') || !process.env.DISPLAY;
const artifacts = resolve(import.meta.dirname, '../.artifacts');

const browserProblem = missingBrowsers().find((m) => m.startsWith(useFirefox ? 'Firefox' : 'Chromium'));
if (browserProblem) {
  console.error(browserProblem);
  process.exit(1);
}

const built = spawnSync('npx', ['tsx', resolve(import.meta.dirname, 'build.ts')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const server = await serveFixtures();
const demoUrl = server.url('demo.html');
console.log(`Demo page: ${demoUrl}`);
mkdirSync(artifacts, { recursive: true });

type Highlights = Record<string, string[]>;
const hasAny = (h: Highlights): boolean => Object.values(h).some((v) => v.length > 0);

/** A highlight's registry name (`wro-active`) as the legend words it ("In force"). */
function styleWords(name: string): string {
  const key = SEVERITY_WORD_KEYS[name.replace(/^wro-/, '') as SeverityClass] as string | undefined;
  return (key && englishMessages()[key]?.message) ?? name;
}

function printHighlights(h: Highlights): void {
  console.log('Highlighted on the demo page:');
  for (const [name, texts] of Object.entries(h)) for (const text of texts) console.log(`  ${styleWords(name)}: ${text}`);
}

if (useFirefox) {
  const browser = await launchFirefox({ headless, officialSourcesReachable: true });
  const page = await browser.newPage();
  await page.goto(demoUrl);
  printHighlights(await waitFor(() => page.evaluate(readHighlights), hasAny));
  if (headless) {
    await page.screenshot({ path: resolve(artifacts, 'demo-firefox.png'), fullPage: true });
    console.log(`Screenshot saved in ${artifacts}`);
    await browser.close();
    await server.close();
  } else {
    console.log('Firefox is open on the demo page. Press Ctrl+C to stop.');
  }
} else {
  const chrome = await launchChromium({ headless, officialSourcesReachable: true });
  const page = await chrome.context.newPage();
  await page.goto(demoUrl);
  printHighlights(await waitFor(() => page.evaluate(readHighlights), hasAny));
  const popup = await chrome.openPopupFor(page);
  await popup.locator('article').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  console.log('\nThe popup for the demo tab lists:');
  for (const article of await popup.locator('article').all()) {
    const name = await article.locator('h2').innerText();
    // The finding's line: its status word and date (and the subsidiary it was named by).
    const status = await article.locator('.finding-line').innerText();
    console.log(`  ${name}\n    ${status}`);
  }
  if (headless) {
    await page.screenshot({ path: resolve(artifacts, 'demo-chromium.png'), fullPage: true });
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.screenshot({ path: resolve(artifacts, 'popup-chromium.png'), fullPage: true });
    console.log(`\nScreenshots saved in ${artifacts}`);
    await chrome.close();
    await server.close();
  } else {
    await page.bringToFront();
    console.log('\nChromium is open on the demo page; the popup is in the next tab. Press Ctrl+C to stop.');
  }
}
