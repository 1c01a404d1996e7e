/**
 * After an update, pages opened before it still hold the old content script, which has lost its
 * extension and stopped. Browsers do not inject the new one into them (Chrome never does), so the
 * background does, once per update: open portals recover without a reload.
 */
import browser from '../platform/browser';

interface ScriptEntry {
  matches?: string[];
  js?: string[];
  css?: string[];
}

export async function reinjectOpenTabs(): Promise<void> {
  const declared = (browser.runtime.getManifest().content_scripts ?? []) as ScriptEntry[];
  const registered = (await browser.scripting.getRegisteredContentScripts().catch(() => [])) as ScriptEntry[];
  for (const entry of [...declared, ...registered]) {
    if (!entry.matches?.length || !entry.js?.length) continue;
    const tabs = await browser.tabs.query({ url: entry.matches }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      const target = { tabId: tab.id, allFrames: true };
      // A tab that closed or navigated meanwhile is simply skipped.
      if (entry.css?.length) await browser.scripting.insertCSS({ target, files: entry.css }).catch(() => undefined);
      await browser.scripting.executeScript({ target, files: entry.js }).catch(() => undefined);
    }
  }
}
