/** Firefox ESR with the built extension installed temporarily (puppeteer-core over WebDriver BiDi). */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_PATH } from './browsers';
import { profileCopy } from './firefox-profile';
import { withLocalTestHosts, withPopupOpenableLocally } from './local-test-copy';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../..', process.env.WRO_DIST ?? 'dist', 'firefox');
export const GECKO_ID = 'wro-check@wro-check.org';
/** Fixed so the extension's page URLs are known in tests. */
export const FIREFOX_UUID = '6f1e1c8a-2d7b-4c1e-9a55-0e3f6f3b7a10';

export interface FirefoxOptions {
  headless?: boolean;
  dist?: string;
  popupOpenable?: boolean;
  officialSourcesReachable?: boolean;
  /** More preferences (a test's proxy), and whether self-signed test certificates are accepted. */
  prefs?: Record<string, string | number | boolean>;
  acceptInsecureCerts?: boolean;
  /** More command-line arguments ("--remote-allow-system-access"). */
  args?: string[];
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<Browser> {
  const profile = await profileCopy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    headless: options.headless ?? true,
    executablePath: FIREFOX_PATH,
    ...(profile ? { userDataDir: profile.dir } : {}),
    args: options.args ?? [],
    acceptInsecureCerts: options.acceptInsecureCerts ?? false,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      // Tests never reach the real CBP and DHS: their names resolve to this machine, where nothing answers on 443.
      ...(options.officialSourcesReachable ? {} : { 'network.dns.localDomains': 'www.cbp.gov,www.dhs.gov' }),
      ...options.prefs,
    },
  }).catch((e: unknown) => {
    profile?.remove();
    throw e;
  });
  profile?.using(browser.process());
  // Installed as a copy that is also allowed on the local fixture server.
  const dist = options.dist ?? FIREFOX_DIST;
  await browser.installExtension(options.popupOpenable ? withPopupOpenableLocally(dist) : withLocalTestHosts(dist));
  return browser;
}

/** Puppeteer's BiDi frame keeps its browsing context and the session it sends on (outside its typed API). */
interface BidiFrameInternals {
  browsingContext: {
    id: string;
    userContext: { browser: { session: { send(method: string, params: object): Promise<{ result: unknown }> } } };
  };
}

/**
 * WebDriver BiDi for one page: its browsing-context id, and raw commands on Puppeteer's session,
 * for what Puppeteer does not offer (closed shadow trees, history steps, viewport).
 */
export function bidiOf(page: Page): { context: string; send<T>(method: string, params: object): Promise<T> } {
  const { browsingContext } = page.mainFrame() as unknown as BidiFrameInternals;
  if (!browsingContext?.userContext) throw new Error('Expected Puppeteer to drive Firefox over WebDriver BiDi');
  const { session } = browsingContext.userContext.browser;
  return {
    context: browsingContext.id,
    send: async <T,>(method: string, params: object) => (await session.send(method, params)).result as T,
  };
}
