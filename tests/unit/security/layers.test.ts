/**
 * The layers hold: every import in src/ is checked against the rules in `layers.ts`, and each rule
 * is shown to catch what it forbids (and to leave alone what it allows).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLayers, type LayerRule } from './layers';

const SRC = resolve(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|jsx)$/.test(e.name) ? [path] : [];
  });
}

describe('the layers of src/', () => {
  // Parsing every file of src/ takes about 4 s of CPU: more than vitest's default 5 s on a loaded machine.
  it('hold in every file: core pure, platform the only browser layer, pages through the contract and apart, content without pages', { timeout: 60_000 }, () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const violations = files.flatMap((f) => checkLayers(relative(SRC, f).split(sep).join('/'), readFileSync(f, 'utf8')));
    expect(violations.map((v) => `${v.file}:${v.line} ${v.rule}: ${v.what}`)).toEqual([]);
  });

  // Each rule, caught: [file in src/, code, the rules it breaks].
  const forbidden: Array<[string, string, LayerRule[]]> = [
    // core/ is pure.
    ['core/list/x.ts', "import browser from '../../platform/browser';", ['core-is-pure']],
    ['core/x.ts', "import type { LocalItems } from '../platform/storage';", ['core-is-pure']],
    ['core/x.ts', "import seed from '../../seeds/default-list.json';", ['core-is-pure']],
    ['core/x.ts', "export { DEFAULT_SETTINGS } from '../background/settings';", ['core-is-pure']],
    ['core/x.ts', "const m = await import('../content/index');", ['core-is-pure']],
    ['core/x.ts', "let s: import('../platform/storage').LocalItems;", ['core-is-pure']],
    ['core/x.ts', "import browser from 'webextension-polyfill';", ['browser-apis-in-platform', 'core-is-pure']],
    ['core/x.ts', "await browser.storage.local.get('settings');", ['core-is-pure']],
    ['core/x.ts', 'const id = chrome.runtime.id;', ['core-is-pure']],
    ["core/x.ts", "const api = globalThis.chrome;", ['core-is-pure']],
    ['core/x.ts', 'let sender: chrome.runtime.MessageSender;', ['core-is-pure']],
    // platform/ sits below the entry points.
    ['platform/x.ts', "import { currentList } from '../background/list-cache';", ['platform-below-entry-points']],
    ['platform/x.ts', "import { t } from '../ui/outcomes';", ['platform-below-entry-points']],
    // Pages ask the background through the contract.
    ['popup/x.tsx', "import type { AdminState } from '../background/refresh-requests';", ['pages-use-the-contract']],
    ['options/x.tsx', "import { isSwitchedOff } from '../content/site-switch';", ['pages-use-the-contract']],
    ['screen/x.tsx', "export * from '../background/requests';", ['pages-use-the-contract']],
    ['ui/x.tsx', "const { refreshNow } = await import('../background/refresh-requests');", ['pages-use-the-contract']],
    // One page does not import another's folder (nor ui/ a page's).
    ['options/x.tsx', "import { ScreeningNotice } from '../screen/ScreeningNotice';", ['pages-apart']],
    ['screen/x.tsx', "import { ListAge } from '../popup/ListAge';", ['pages-apart']],
    ['ui/x.tsx', "import { AdminSection } from '../options/AdminSection';", ['pages-apart']],
    // content/ does not import pages.
    ['content/x.ts', "import { changesText } from '../ui/screening-changes';", ['content-without-pages']],
    ['content/x.ts', "import { Popup } from '../popup/Popup';", ['content-without-pages']],
    ['content/deep/x.ts', "import type { PageList } from '../../screen/page-list';", ['content-without-pages']],
    // Only platform/ imports the browser's APIs.
    ['background/x.ts', "import browser from 'webextension-polyfill';", ['browser-apis-in-platform']],
    ['popup/x.tsx', "import { openDB } from 'idb';", ['browser-apis-in-platform']],
    ['content/x.ts', "const idb = require('idb/with-async-ittr');", ['browser-apis-in-platform']],
    ['cli/x.ts', "import type { Runtime } from 'webextension-polyfill';", ['browser-apis-in-platform']],
  ];
  it.each(forbidden)('catches %s: %s', (file, code, rules) => {
    expect(checkLayers(file, code).map((v) => v.rule)).toEqual(rules);
  });

  it('allows what the layers allow, and ignores comments, strings and look-alike names', () => {
    const allowed: Array<[string, string]> = [
      ['core/list/x.ts', "import { z } from 'zod';\nimport { nameKey } from './text';\nimport type { WroList } from '../record';"],
      ['core/x.ts', "// browser.storage is for platform/; import '../platform/browser' is not done here\nconst note = 'chrome.runtime and ../background/ are named only in this string';\nconst tab = { browser: 'Firefox', chrome: true };\nvoid tab.browser; void settings.chrome;"],
      ['platform/x.ts', "import browser from 'webextension-polyfill';\nimport { openDB } from 'idb';\nimport type { Settings } from '../core/settings';\nimport { readLocal } from './storage';"],
      ['popup/x.tsx', "import { request } from '../platform/request-client';\nimport { t } from '../platform/i18n';\nimport { RecordDetails } from '../ui/RecordDetails';\nimport type { Decision } from '../core/decision';"],
      ['content/x.ts', "import browser from '../platform/browser';\nimport { KIND_KEYS } from '../core/labels';\nimport { HighlightPainter } from './highlights';"],
      ['background/x.ts', "import { currentList } from './list-cache';\nimport seed from '../../seeds/default-list.json';\nimport { isSwitchedOff } from '../core/site-switch';"],
    ];
    for (const [file, code] of allowed) expect(checkLayers(file, code), file).toEqual([]);
  });
});
