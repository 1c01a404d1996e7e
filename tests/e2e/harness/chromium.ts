/** Chromium with the built extension loaded in a fresh profile (playwright-core, the system browser). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_PATH } from './browsers';
import { withLocalTestHosts } from './local-test-copy';

/** The build under test (`WRO_DIST` selects another build directory). */
export const CHROME_DIST = resolve(import.meta.dirname, '../../..', process.env.WRO_DIST ?? 'dist', 'chrome');

export interface ChromiumWithExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens the popup for the tab showing `page`, as `popup.html?tab=<id>` in a tab of its own. */
  openPopupFor(page: Page): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Tests never reach the real CBP and DHS: the refresh that follows install finds their names
 * unresolvable at once. A test serving fake official pages passes its own --host-resolver-rules;
 * the demo (`npm start`) lets the extension reach them.
 */
const OFFICIAL_HOSTS_OFFLINE = '--host-resolver-rules=MAP www.cbp.gov ~NOTFOUND, MAP www.dhs.gov ~NOTFOUND';

export async function launchChromium(options: { headless?: boolean; dist?: string; args?: string[]; officialSourcesReachable?: boolean } = {}): Promise<ChromiumWithExtension> {
  // Loaded as a copy that is also allowed on the local fixture server.
  const dist = withLocalTestHosts(options.dist ?? CHROME_DIST);
  const profile = mkdtempSync(join(tmpdir(), 'wro-chromium-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless,
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(options.officialSourcesReachable || options.args?.some((a) => a.startsWith('--host-resolver-rules=')) ? [] : [OFFICIAL_HOSTS_OFFLINE]),
      ...(options.args ?? []),
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }).catch(async () => {
      await context.close();
      throw new Error(`The extension in ${dist} did not load: open it in chrome://extensions to see its error.`);
    }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async openPopupFor(page) {
      const tabId = await worker.evaluate(async (url: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === url)?.id;
      }, page.url());
      if (tabId === undefined) throw new Error(`No tab found for ${page.url()}`);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
