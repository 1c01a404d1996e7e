/** Where the test browsers are; a missing one is named with how to install it, not a stack trace. */
import { existsSync } from 'node:fs';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function missingBrowsers(): string[] {
  const missing: string[] = [];
  if (!existsSync(CHROME_PATH)) {
    missing.push(`Chromium not found at ${CHROME_PATH}: install it (apt-get install -y chromium) or set CHROME_PATH.`);
  }
  if (!existsSync(FIREFOX_PATH)) {
    missing.push(`Firefox not found at ${FIREFOX_PATH}: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  }
  return missing;
}
