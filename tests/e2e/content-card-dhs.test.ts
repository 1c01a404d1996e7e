/**
 * Regression: the in-page card worded a modified UFLPA listing as a lifted CBP order ("US
 * authorities lifted or narrowed the order"). It must say what DHS did, as the popup does. No
 * bundled record is a modified UFLPA listing, so the test imports a list with one. In Chromium and
 * Firefox ESR. The card also heads the entity's goods as what it is known for, not as the products
 * an order covers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listVersion } from '../../src/core/list/hash';
import type { ListRecord, WroList } from '../../src/core/record';
import { feedList, newRecord } from '../unit/background/feed-fixtures';
import { openCardByKeyboard } from './content-helpers';
import { servePage } from './harness/server';
import { BROWSERS, launchExtension, type ExtensionBrowser } from './harness/extension';

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

let served: Awaited<ReturnType<typeof servePage>> | undefined;
let pageUrl: string;

beforeAll(async () => {
  served = await servePage(PAGE, 'quote.html');
  pageUrl = served.url;
});

afterAll(async () => {
  await served?.close();
});

describe.each(BROWSERS)('in %s: in-page card for a modified UFLPA listing', (_name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension(kind);
    const base64 = Buffer.from(JSON.stringify(listWithModifiedUflpaEntity())).toString('base64');
    const run = await ext.request<{ outcome: string; message: string }>({ type: 'import-list', fileName: 'dhs-change.json', base64 });
    expect(run.outcome, run.message).toBe('applied');
  }, 120_000);

  afterAll(async () => {
    await ext?.close();
  });

  it('says DHS changed the listing, not that a CBP order was lifted', async () => {
    const page = await ext.newPage(pageUrl);
    expect(await page.waitForPainted((t) => t.includes(NAME))).toContain(NAME);
    const text = await openCardByKeyboard(page);
    expect(text).toContain('UFLPA Entity List');
    expect(text).toContain("DHS changed or removed this entity's listing");
    expect(text).not.toContain('US authorities lifted or narrowed the order');
    // An entity's goods are what it is known for, never read as the listing's limit.
    expect(text).toContain('Goods it is known for');
    expect(text).toContain('polysilicon');
    expect(text).toContain('The listing covers every good made wholly or in part by this entity, not only these.');
    expect(text).not.toContain('Products');
    await page.close();
  });
});
