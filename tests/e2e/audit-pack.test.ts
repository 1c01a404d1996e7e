/**
 * Evidence and the audit pack, end to end in Chromium and Firefox ESR: a buyer decides a finding,
 * saves a page capture from the popup, attaches a file in the options page, exports an audit
 * pack (a screenshot asked for without the toolbar's activeTab grant is refused by both browsers,
 * and the capture kept without it); a second browser with a fresh profile imports it and shows the same decision and files,
 * byte for byte. Deleting a decision asks about its evidence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { buildPack, readPack } from '../../src/core/org/audit-pack';
import type { Decision } from '../../src/core/decision';
import { button } from './harness/find';
import { servePage } from './harness/server';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';

const NAME = 'Hoshine Silicon Industry Co., Ltd.';
const RECORD = 'cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quote Q-9</title></head>
<body><main><h1>Quote Q-9</h1><table><tr><th>Bidder</th><th>Manufacturer</th></tr>
<tr><td>Solent Facilities Group</td><td>${NAME}</td></tr></table></main></body></html>`;
// A small PDF's bytes with every byte value in it, so any re-encoding on the way shows.
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.from('\n%%EOF\n')]);

let served: Awaited<ReturnType<typeof servePage>> | undefined;
let pageUrl: string;

beforeAll(async () => {
  served = await servePage(PAGE, 'quote.html');
  pageUrl = served.url;
});

afterAll(async () => {
  await served?.close();
});

/** From now on, keeps the bytes of each file the page offers for download (base64), instead of saving it. */
async function keepFileBytes(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __e2eBytes?: Array<Promise<{ name: string; base64: string }>> };
    if (w.__e2eBytes) return;
    const files: Array<Promise<{ name: string; base64: string }>> = [];
    w.__e2eBytes = files;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download || !this.href.startsWith('blob:')) return click.call(this);
      const name = this.download;
      const read = fetch(this.href).then(async (r) => {
        const bytes = new Uint8Array(await r.arrayBuffer());
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return { name, base64: btoa(binary) };
      });
      files.push(read);
    };
  });
}

/** Runs `action` and returns the name and bytes of the file the page offered because of it. */
async function offeredBytes(page: TestPage, action: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  await keepFileBytes(page);
  const count = () => page.evaluate(() => (window as unknown as { __e2eBytes: unknown[] }).__e2eBytes.length);
  const before = await count();
  await action();
  await page.waitUntil(async () => (await count()) > before, 'a file offered for download');
  const file = await page.evaluate((i) => (window as unknown as { __e2eBytes: Array<Promise<{ name: string; base64: string }>> }).__e2eBytes[i]!, before);
  return { name: file.name, bytes: Buffer.from(file.base64, 'base64') };
}

const withoutId = ({ id: _id, ...rest }: Decision) => rest;

describe.each(BROWSERS)('in %s: evidence and the audit pack', (_name, kind) => {
  let ext: ExtensionBrowser;
  let fresh: ExtensionBrowser | undefined;

  beforeAll(async () => {
    ext = await launchExtension(kind);
  });

  afterAll(async () => {
    await ext?.close();
    await fresh?.close();
  });

  it('a decision with a page capture and an attached file, exported as a pack, is imported intact into a fresh profile', async () => {
    const page = await ext.newPage(pageUrl);
    await ext.waitForReport(page, (r) => r.entries.some((e) => e.record.id === RECORD));
    const tabId = await ext.tabIdOf(page);
    const decided = await ext.request<Decision>({ type: 'record-tab-decision', tabId, recordId: RECORD, matchedText: NAME, outcome: 'asked-for-evidence', note: 'Asked Solent for the mill’s certificate of origin' });

    // The popup's page capture: from what the tab reported (the popup here is a tab of its own, so
    // the page is not the visible tab and no screenshot is asked for).
    const popup = await ext.openPopupFor(page);
    await popup.click(button('Save a page capture'));
    expect(await popup.waitForText({ css: '.page-capture [role="status"]' }, /saved/)).toBe('Page capture saved with the decision.');
    expect(await popup.axe()).toEqual([]);

    // With the page in front, a screenshot asked for without the toolbar's activeTab grant is
    // refused by the browser: the capture is kept without it, with the browser's reason.
    await page.toFront();
    const refused = await ext.request<{ screenshotError: string | null; item: { kind: string } }>({ type: 'capture-page', tabId, decisionId: decided.id, screenshot: true });
    expect(refused.item.kind).toBe('capture');
    expect(refused.screenshotError).toMatch(/activeTab/);

    const options = await ext.openExtensionPage('options.html');
    const input = `#evidence-input-${decided.id}`;
    await options.upload(input, { name: 'mill-certificate.pdf', mimeType: 'application/pdf', buffer: PDF });
    await options.waitForText({ css: '.decision-evidence [role="status"]' }, 'Attached: mill-certificate.pdf.');
    // A kind that is not taken is refused, saying so.
    await options.upload(input, { name: 'invoice.exe', buffer: Buffer.from('MZ') });
    await options.waitForText({ css: '.decision-evidence [role="status"]' }, /“invoice\.exe” was not attached: only PDF/);
    const listed = await options.text({ css: '.evidence-list' });
    expect(listed).toContain('mill-certificate.pdf');
    expect(listed).toContain(`Captured ${pageUrl}`);
    expect(await options.axe()).toEqual([]);

    const pack = await offeredBytes(options, () => options.click(button('Export audit pack')));
    expect(pack.name).toMatch(/^wro-check-audit-pack-\d{4}-\d{2}-\d{2}\.zip$/);
    await options.waitForText('#pack-message', 'Audit pack exported. Decisions: 1; evidence items: 3.');
    const read = await readPack(new Uint8Array(pack.bytes));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.pack.decisions.map((d) => d.uid)).toEqual([decided.uid]);
    expect(read.pack.evidence.map((e) => e.meta.kind).sort()).toEqual(['capture', 'capture', 'file']);
    expect(read.pack.lists.known.map((l) => l.version)).toEqual([decided.listVersion]);
    const files = unzipSync(new Uint8Array(pack.bytes));
    const report = strFromU8(files['report.html']!);
    expect(report).toContain('Asked Solent for the mill’s certificate of origin');
    expect(report).toMatch(/<a href="evidence\/[^"]+-mill-certificate\.pdf">mill-certificate\.pdf<\/a>/);
    expect(strFromU8(files['decisions.csv']!)).toContain('Asked Solent for the mill’s certificate of origin');

    // A pack in which a colleague changed the note: imported here, the decision is a conflict,
    // shown beside this profile's where a colleague's file's conflicts are.
    const changed = { ...read.pack, decisions: read.pack.decisions.map((d) => ({ ...d, note: 'Certificate received and checked' })) };
    const conflicting = Buffer.from(await buildPack(changed, { t: (key) => key, outcome: (o) => o, dateTime: (d) => d, size: String, lang: 'en' }));
    await options.upload('#pack-import', { name: 'colleague.zip', mimeType: 'application/zip', buffer: conflicting });
    await options.waitForText(
      '#pack-message',
      'Audit pack imported. Decisions added: 0; already here: 1; evidence items added: 0. Decisions in the pack that differ from the ones here with the same id: 1. Each is shown beside this browser’s under “Import colleagues’ decisions”, to choose which to keep.',
    );
    expect(await options.waitForText({ css: '.decision-conflicts' }, /Certificate received and checked/)).toContain('Asked Solent for the mill’s certificate of origin');

    // A second browser, a new profile: the pack imported shows the same decision and files.
    fresh = await launchExtension(kind);
    const other = await fresh.openExtensionPage('options.html');
    expect(await other.text({ css: '#decisions' })).not.toContain(NAME);
    // A pack whose file was changed after export is refused whole, saying which, and nothing is stored.
    const pdfPath = Object.keys(files).find((f) => f.endsWith('-mill-certificate.pdf'))!;
    const tampered = Buffer.from(zipSync({ ...files, [pdfPath]: new Uint8Array([...PDF.subarray(0, -2), 0x41, 0x0a]) }));
    await other.upload('#pack-import', { name: 'tampered.zip', mimeType: 'application/zip', buffer: tampered });
    await other.waitForText('#pack-message', `The audit pack was not imported, nothing was changed: “${pdfPath}” has changed since the pack was made (its SHA-256 differs from the manifest’s).`);
    expect(await fresh.request<Decision[]>({ type: 'list-decisions', filter: {} })).toEqual([]);

    await other.upload('#pack-import', { name: pack.name, mimeType: 'application/zip', buffer: pack.bytes });
    await other.waitForText('#pack-message', 'Audit pack imported. Decisions added: 1; already here: 0; evidence items added: 3.');
    const imported = await fresh.request<Decision[]>({ type: 'list-decisions', filter: {} });
    expect(imported.map(withoutId)).toEqual([withoutId(decided)]);
    await other.waitForText({ css: '.evidence-list' }, /mill-certificate\.pdf/);
    expect(await other.text({ css: '.evidence-list' })).toContain(`Captured ${pageUrl}`);
    const opened = await offeredBytes(other, () => other.click(button('Open mill-certificate.pdf')));
    expect(opened.name).toBe('mill-certificate.pdf');
    expect(opened.bytes.equals(PDF)).toBe(true);

    // Importing it again adds nothing.
    await other.upload('#pack-import', { name: pack.name, mimeType: 'application/zip', buffer: pack.bytes });
    await other.waitForText('#pack-message', 'Audit pack imported. Decisions added: 0; already here: 1; evidence items added: 0.');

    // Deleting the decision asks about its three evidence items.
    const deleteButton = button(`Delete the decision on ${decided.recordName}`);
    const focused = () => other.evaluate(() => document.activeElement?.textContent ?? '');
    await other.click(deleteButton);
    expect(await other.text({ css: '.delete-ask p' })).toMatch(/Also delete its 3 evidence files\?$/);
    // Focus goes into the question; Esc keeps the decision and puts focus back on Delete.
    expect(await other.waitUntil(async () => (await focused()) === 'Delete it and its files', 'focus in the question')).toBe(true);
    expect(await other.axe()).toEqual([]);
    await other.press('Escape');
    expect(await other.waitUntil(async () => (await focused()) === 'Delete', 'focus back on Delete')).toBe(true);
    await other.click(deleteButton);
    await other.click(button('Delete it and its files'));
    await other.waitForText({ css: '#decisions [role="status"].decision-message' }, `Decision on ${decided.recordName} deleted.`);
    expect(await fresh.request<Decision[]>({ type: 'list-decisions', filter: {} })).toEqual([]);
  });
});
