/**
 * A page capture's screenshot, end to end in Chromium and Firefox ESR: taken from the visible tab,
 * kept with the decision as a PNG and carried into the audit pack.
 *
 * Both browsers let an extension capture the visible tab with either `activeTab` (granted when the
 * buyer opens the popup from the toolbar button) or `<all_urls>` (Chromium's tabs.json, MDN's
 * tabs.captureVisibleTab). A test cannot click the toolbar button, so this copy of the extension is
 * given `<all_urls>` instead, standing in for that grant; the shipped manifest never asks for it
 * (`audit-pack.test.ts` checks that without either the screenshot is refused and the capture kept).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPack } from '../../src/core/org/audit-pack';
import type { Decision } from '../../src/core/decision';
import { button } from './harness/find';
import { servePage } from './harness/server';
import { BROWSERS, launchExtension, type ExtensionBrowser } from './harness/extension';

const NAME = 'Hoshine Silicon Industry Co., Ltd.';
const RECORD = 'cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quote Q-12</title></head>
<body><main><h1>Quote Q-12</h1><p>Manufacturer: ${NAME}</p></main></body></html>`;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let served: Awaited<ReturnType<typeof servePage>> | undefined;
let pageUrl: string;

beforeAll(async () => {
  served = await servePage(PAGE, 'quote.html');
  pageUrl = served.url;
});

afterAll(async () => {
  await served?.close();
});

describe.each(BROWSERS)('in %s: a page capture with a screenshot', (_name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension(kind, {
      manifest: (m) => {
        m.host_permissions = [...(m.host_permissions ?? []), '<all_urls>'];
      },
    });
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('keeps the visible tab as a PNG with the decision, listed in the options page and carried into the audit pack', async () => {
    const page = await ext.newPage(pageUrl);
    await ext.waitForReport(page, (r) => r.entries.some((e) => e.record.id === RECORD));
    const tabId = await ext.tabIdOf(page);
    const decided = await ext.request<Decision>({ type: 'record-tab-decision', tabId, recordId: RECORD, matchedText: NAME, outcome: 'asked-for-evidence', note: '' });

    await page.toFront();
    const captured = await ext.request<{ screenshotError: string | null; item: { kind: string; type: string; size: number } }>({
      type: 'capture-page', tabId, decisionId: decided.id, screenshot: true,
    });
    expect(captured.screenshotError).toBeNull();
    expect(captured.item).toMatchObject({ kind: 'screenshot', type: 'image/png' });
    expect(captured.item.size).toBeGreaterThan(1000);

    const options = await ext.openExtensionPage('options.html');
    expect(await options.waitForText({ css: '.evidence-list' }, /Screenshot of the page/)).toContain(`Captured ${pageUrl}`);
    // The pack the options page offers, read from its object URL instead of saved.
    await options.evaluate(() => {
      const click = HTMLAnchorElement.prototype.click;
      (window as unknown as { __pack: Promise<number[]> }).__pack = new Promise<number[]>((resolve) => {
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          if (!this.download.endsWith('.zip')) return click.call(this);
          void fetch(this.href).then(async (r) => resolve([...new Uint8Array(await r.arrayBuffer())]));
        };
      });
    });
    await options.click(button('Export audit pack'));
    const zip = await options.evaluate(() => (window as unknown as { __pack: Promise<number[]> }).__pack);
    const read = await readPack(new Uint8Array(zip));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const shot = read.pack.evidence.find((e) => e.meta.kind === 'screenshot');
    expect(shot?.meta.type).toBe('image/png');
    expect([...(shot?.bytes ?? new Uint8Array()).slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(shot?.bytes?.length).toBe(captured.item.size);
  });
});
