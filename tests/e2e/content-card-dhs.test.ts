/**
 * Regression: the in-page card worded a modified UFLPA listing as a lifted CBP order ("US
 * authorities lifted or narrowed the order"). It must say what DHS did, as the popup does. No
 * bundled record is a modified UFLPA listing, so the test imports a list with one.
 */
import { createServer, type Server } from 'node:http';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listVersion } from '../../src/core/list/hash';
import type { ListRecord, WroList } from '../../src/core/record';
import { feedList, newRecord } from '../unit/refresh/feed-fixtures';
import { activeElementName, closedRoots, inClosedRoot, tabTo } from './content-helpers';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';
import { paintedTexts } from './harness/highlights';
import { waitFor } from './harness/wait';

const NAME = 'Quillmarsh Silicon Materials Co., Ltd.';

function listWithModifiedUflpaEntity(): WroList {
  const claim = { status: 'modified' as const, effective: '2026-10-01', asOf: '2026-11-20', note: 'Listing changed by DHS (test).', sourceUrl: 'https://feed.example/list.json' };
  const record: ListRecord = {
    ...newRecord(NAME, 'uflpa-quillmarsh-silicon'),
    kind: 'uflpa',
    products: ['polysilicon'],
    status: 'modified',
    statusDate: '2026-10-01',
    statusNote: claim.note,
    statusHistory: [claim],
    listSections: ['(i)'],
  };
  const list = feedList(3, [record]);
  return { ...list, version: listVersion(list.records) };
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quote</title></head>
<body><main><h1>Quote Q-7</h1><p>Wafers made from polysilicon supplied by ${NAME}.</p></main></body></html>`;

let server: Server;
let ext: ChromiumWithExtension;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  server = createServer((_, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  ext = await launchChromium();
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const base64 = Buffer.from(JSON.stringify(listWithModifiedUflpaEntity())).toString('base64');
  const run = (await options.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'import-list', fileName: 'dhs-change.json', base64 })) as { outcome: string; message: string };
  expect(run.outcome, run.message).toBe('applied');
  await options.close();
  page = await ext.context.newPage();
  await page.goto(`http://127.0.0.1:${port}/quote.html`);
  cdp = await page.context().newCDPSession(page);
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await new Promise((done) => server?.close(done));
});

describe('in-page card for a modified UFLPA listing', () => {
  it('says DHS changed the listing, not that a CBP order was lifted', async () => {
    expect(await waitFor(() => paintedTexts(page), (t) => t.includes(NAME))).toContain(NAME);
    const activeTag = () => page.evaluate(activeElementName);
    expect(await tabTo((k) => page.keyboard.press(k), activeTag, 'wro-check-badge')).toBe(true);
    await page.keyboard.press('Enter');
    await waitFor(activeTag, (tag) => tag === 'wro-check-card');
    const [card] = (await closedRoots(cdp)).filter((r) => r.host === 'WRO-CHECK-CARD');
    const text = await inClosedRoot<string>(cdp, card!, 'function () { return this.textContent; }');
    expect(text).toContain('UFLPA Entity List');
    expect(text).toContain("DHS changed or removed this entity's listing");
    expect(text).not.toContain('US authorities lifted or narrowed the order');
  });
});
