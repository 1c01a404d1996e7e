/**
 * Issue #17, attack 6: what a page learns (tests/fixtures/attacks/page-learns.html), against the
 * release content script (no performance marks; the harness's test copies load one with them).
 * The page reads the highlight registry, its performance timeline, every element added to it, the
 * sheets adopted by its document and its shadow root, and the computed style of each of the
 * extension's highlight names on its own text. Before the fix it saw, on a page naming no one, all
 * four highlight names registered, the `wro-check:start` and `wro-check:painted` marks, the
 * summary's host element, and the manifest's stylesheet styling `::highlight(wro-active)`: the
 * extension was installed. Now:
 * - a page naming no listed company sees nothing at all;
 * - a page naming one sees the highlight name of what is painted (only that one), its style, and the badge;
 * - with discreet mode on, a page naming one sees nothing at all, while the toolbar badge counts it;
 *   switching discreet mode on takes away what was shown, and off paints it again.
 *
 * And what a content script can read, which a compromised renderer reads too: the test copy holds a
 * second content script of the extension's own (`PROBE`), which, asked by the page, reads
 * `storage.local` and `storage.session` with the extension's content-script rights and records
 * every storage change it is told of. Before the fix it read the settings (with a feed address
 * carrying an access token) and the site lists; now only the compiled matcher and two change
 * signals, and `storage.session` not at all.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAttackPages } from './content-attack-helpers';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';
import { CHROME_DIST } from './harness/chromium';
import { FIREFOX_DIST } from './harness/firefox';
import { LOCAL_TEST_HOSTS, manifestCopy, withLocalTestHosts } from './harness/local-test-copy';
import { button, headed, labelled } from './harness/find';
import type { FixtureServer } from './harness/server';
import { waitFor } from './harness/wait';

const PAGE = 'page-learns.html';
const LISTED = 'Hoshine Silicon Industry Co., Ltd.';

interface PageView {
  highlights: string[];
  marks: string[];
  measures: string[];
  added: string[];
  ui: number;
  sheets: { document: number; documentStyleElements: number; shadowRoot: number; shadowRootStyleElements: number };
  styled: string[];
}

/** What a page that learns nothing sees. */
const NOTHING: PageView = {
  highlights: [],
  marks: [],
  measures: [],
  added: [],
  ui: 0,
  sheets: { document: 0, documentStyleElements: 0, shadowRoot: 0, shadowRootStyleElements: 0 },
  styled: [],
};

/**
 * A content script of the extension's own, in the test copy only: asked by the page (a window
 * message), it reads what content scripts may read of the extension's storage, and tells the page.
 * It sends nothing by itself, so the pages above see none of it.
 */
const PROBE = 'e2e-storage-probe.js';
const PROBE_SCRIPT = `(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const changes = [];
  api.storage.onChanged.addListener((change, area) => changes.push({ area, keys: Object.keys(change), text: JSON.stringify(change, (k, v) => (k === 'payload' ? '<payload>' : v)) }));
  const read = async (area) => {
    try {
      const all = await api.storage[area].get(null);
      return { keys: Object.keys(all).sort(), text: JSON.stringify(all, (k, v) => (k === 'payload' ? '<payload>' : v)) };
    } catch (e) {
      return { error: String(e && e.message || e) };
    }
  };
  window.addEventListener('message', async (event) => {
    if (event.source !== window || event.data !== 'e2e-storage-probe') return;
    window.postMessage({ e2eStorageProbe: { local: await read('local'), session: await read('session'), changes: changes.slice() } }, '*');
  });
})();
`;

interface AreaRead {
  keys?: string[];
  text?: string;
  error?: string;
}
interface ProbeRead {
  local: AreaRead;
  session: AreaRead;
  changes: Array<{ area: string; keys: string[]; text: string }>;
}

/** Asks the probe content script what it can read now. */
async function probe(page: TestPage): Promise<ProbeRead> {
  await page.evaluate(() => {
    const w = window as unknown as { probeAnswers?: unknown[] };
    if (!w.probeAnswers) {
      w.probeAnswers = [];
      window.addEventListener('message', (e) => {
        const answer = (e.data as { e2eStorageProbe?: unknown } | null)?.e2eStorageProbe;
        if (answer) w.probeAnswers?.push(answer);
      });
    }
    w.probeAnswers.length = 0;
    window.postMessage('e2e-storage-probe', '*');
  });
  const answer = await waitFor(() => page.evaluate(() => (window as unknown as { probeAnswers: ProbeRead[] }).probeAnswers[0] ?? null), (a) => a !== null);
  if (!answer) throw new Error('The probe content script did not answer');
  return answer;
}

/** The release build, with the probe content script on the local test hosts. */
function releaseWithProbe(dist: string): string {
  const copy = manifestCopy(withLocalTestHosts(dist, { release: true }), (manifest) => {
    manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches: LOCAL_TEST_HOSTS, js: [PROBE], run_at: 'document_idle' } as never];
  }, 'probe');
  writeFileSync(join(copy, PROBE), PROBE_SCRIPT);
  return copy;
}

const view = (page: TestPage): Promise<PageView> => page.evaluate(() => (window as unknown as { pageView(): PageView }).pageView());

interface Settings {
  discreetMode: boolean;
  [key: string]: unknown;
}

let server: FixtureServer;

beforeAll(async () => {
  server = await serveAttackPages();
});

afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('in %s: what a page learns (issue #17, attack 6)', (_name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    // The release content script, as shipped: no performance marks (and the probe beside it).
    ext = await launchExtension(kind, { dist: releaseWithProbe(kind === 'chromium' ? CHROME_DIST : FIREFOX_DIST) });
  });

  afterAll(async () => {
    await ext?.close();
  });

  async function setDiscreet(on: boolean): Promise<void> {
    const state = await ext.request<{ settings: { settings: Settings } }>({ type: 'get-admin-state' });
    const saved = await ext.request<{ settings: Settings }>({ type: 'save-settings', settings: { ...state.settings.settings, discreetMode: on } });
    expect(saved.settings.discreetMode).toBe(on);
  }

  /**
   * A sentinel for checks that nothing is shown: a second tab naming a listed company, scanned,
   * reported and painted. By then the first tab, loaded before it and given less to do, has been
   * scanned, reported and told its tab's count (which would have made the summary's element).
   */
  async function sentinel(discreet: boolean): Promise<void> {
    const control = await ext.newPage(`${server.url(PAGE)}?names=listed&control=1`);
    await ext.waitForReport(control, (r) => r.entries.length === 1);
    if (!discreet) await control.waitForPainted((t) => t.includes(LISTED));
    await control.close();
  }

  it('a page naming no listed company sees nothing: no highlight name, no mark, no element, no style', async () => {
    const page = await ext.newPage(`${server.url(PAGE)}?names=none`);
    const report = await ext.waitForReport(page);
    expect(report.entries).toEqual([]);
    await sentinel(false);
    expect(await view(page)).toEqual(NOTHING);
    await page.close();
  });

  it('a page naming one sees only what is painted: the one highlight name in use, its style, the badge; no marks', async () => {
    const page = await ext.newPage(`${server.url(PAGE)}?names=listed`);
    expect(await page.waitForPainted((t) => t.includes(LISTED))).toEqual([LISTED]);
    await ext.waitForReport(page, (r) => r.entries.length === 1);
    const seen = await view(page);
    // Hoshine is on the UFLPA Entity List, in force: one class painted, so one name registered, not four.
    expect(seen.highlights).toEqual(['wro-active']);
    expect(seen.marks).toEqual([]);
    expect(seen.measures).toEqual([]);
    // The highlight styles reach the document and the shadow root holding a painted name, for that class as for the others.
    expect(seen.styled).toEqual(expect.arrayContaining(['wro-active document', 'wro-active shadow root']));
    expect(seen.ui).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('with discreet mode on, a page naming a listed company sees nothing, and the toolbar badge counts it', async () => {
    await setDiscreet(true);
    try {
      const page = await ext.newPage(`${server.url(PAGE)}?names=listed`);
      const report = await ext.waitForReport(page, (r) => r.entries.length === 1);
      expect(report.entries[0]?.record.name).toMatch(/Hoshine/);
      const tabId = await ext.tabIdOf(page);
      expect(await waitFor(() => ext.badgeText(tabId), (b) => b === '1')).toBe('1');
      await sentinel(true);
      expect(await view(page)).toEqual(NOTHING);
      expect(await page.painted()).toEqual([]);

      // Switched off while the page is open: what discreet mode hid is painted.
      await setDiscreet(false);
      expect(await page.waitForPainted((t) => t.includes(LISTED))).toEqual([LISTED]);
      expect((await view(page)).highlights).toEqual(['wro-active']);
      // And on again: everything shown goes, the badge stays.
      await setDiscreet(true);
      const cleared = await waitFor(() => view(page), (v) => v.highlights.length === 0 && v.ui === 0);
      expect({ ...cleared, added: [], styled: [], sheets: NOTHING.sheets }).toEqual(NOTHING);
      expect(cleared.styled).toEqual([]);
      expect(await ext.badgeText(tabId)).toBe('1');
      await page.close();
    } finally {
      await setDiscreet(false);
    }
  });

  it('a content script cannot read the settings, the feed addresses or the site lists, nor storage.session', async () => {
    const secret = 'e2e-feed-token-7f3a9c';
    const offSite = 'https://switched-off.e2e-example.org';
    const state = await ext.request<{ settings: { settings: Settings & { sources: Array<Record<string, unknown>> } } }>({ type: 'get-admin-state' });
    const feed = { id: 'org-feed', kind: 'wro-json', url: `https://lists.e2e-example.org/wro.json?token=${secret}`, label: 'Our list', enabled: false };
    await ext.request({ type: 'save-settings', settings: { ...state.settings.settings, sources: [...state.settings.settings.sources, feed] } });
    await ext.request({ type: 'set-site-off', origin: offSite, off: true });
    try {
      const page = await ext.newPage(`${server.url(PAGE)}?names=listed`);
      await ext.waitForReport(page, (r) => r.entries.length === 1);
      const before = await probe(page);
      // Settings changed while the page is open: what the content script is told of.
      await ext.request({ type: 'save-settings', settings: { ...state.settings.settings, sources: [...state.settings.settings.sources, { ...feed, url: `${feed.url}-2` }], maxListAgeDays: 12 } });
      await ext.request({ type: 'set-site-off', origin: `${offSite}:8443`, off: true });
      const after = await probe(page);
      for (const read of [before, after]) {
        // Only what content scripts need: the compiled names and two signals to ask the background again.
        expect(read.local.error).toBeUndefined();
        expect(read.local.keys?.filter((k) => !['matcher', 'dismissalsChanged', 'pageModeChanged'].includes(k))).toEqual([]);
        expect(read.local.keys).toContain('matcher');
        expect(read.local.text).not.toContain(secret);
        expect(read.local.text).not.toContain('switched-off.e2e-example.org');
        expect(read.local.text).not.toContain('maxListAgeDays');
        // storage.session (per-tab findings, refresh progress) is the trusted contexts' alone.
        expect(read.session.keys ?? []).toEqual([]);
      }
      expect(after.changes.length).toBeGreaterThan(0);
      for (const change of after.changes) {
        expect(change.area).toBe('local');
        expect(change.keys.filter((k) => !['matcher', 'dismissalsChanged', 'pageModeChanged'].includes(k))).toEqual([]);
        expect(change.text).not.toContain(secret);
        expect(change.text).not.toContain('switched-off.e2e-example.org');
      }
      await page.close();
    } finally {
      await ext.request({ type: 'save-settings', settings: state.settings.settings });
      await ext.request({ type: 'set-site-off', origin: offSite, off: false });
      await ext.request({ type: 'set-site-off', origin: `${offSite}:8443`, off: false });
    }
  });

  it('the options page switches discreet mode on, and the popup says findings are shown there only', async () => {
    const options = await ext.openExtensionPage('options.html');
    const admin = headed('section', /^Refresh and sources$/);
    const discreet = labelled(/^Discreet mode/, admin);
    await options.click(discreet);
    await options.click(button('Save settings', admin));
    await options.waitForText({ css: '[role="status"]', hasText: 'Settings saved.', within: admin }, 'Settings saved.');
    try {
      const state = await ext.request<{ settings: { settings: Settings } }>({ type: 'get-admin-state' });
      expect(state.settings.settings.discreetMode).toBe(true);
      const page = await ext.newPage(`${server.url(PAGE)}?names=listed`);
      await ext.waitForReport(page, (r) => r.entries.length === 1);
      const popup = await ext.openPopupFor(page);
      expect(await popup.text('.discreet-note')).toMatch(/^Discreet mode is on/);
      expect(await popup.text('.findings')).toContain('Hoshine');
      expect(await view(page)).toEqual(NOTHING);
      await popup.close();
      await page.close();
    } finally {
      await setDiscreet(false);
      await options.close();
    }
  });
});
