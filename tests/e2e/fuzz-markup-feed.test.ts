/**
 * A list whose names, aliases, products, notes and source labels carry markup and script is
 * imported through the options page; a page names one of its companies. The popup must show every
 * one of those strings as literal text: no element, attribute or script from the feed may exist,
 * nothing may run, in the popup or in the page. In Chromium and Firefox ESR.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listVersion } from '../../src/core/list/hash';
import type { WroList } from '../../src/core/record';
import { feedList, newRecord } from '../unit/background/feed-fixtures';
import { servePage } from './harness/server';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';

const CLEAN = 'Quillmarsh Rubber Sdn Bhd';
const NAME = `<img src=x onerror="window.__pwned=1;document.title='pwned'">${CLEAN}<script>window.__pwned=2</script>`;
const MARKUP = {
  alias: '<svg onload="window.__pwned=3"></svg>Quillmarsh',
  product: '<iframe src="javascript:window.__pwned=4"></iframe>nitrile gloves',
  scope: '<a href="javascript:window.__pwned=5">click here</a> rubber gloves',
  note: '<b onmouseover="window.__pwned=6">Order active</b>',
  label: '<img src=x onerror="window.__pwned=7">CBP notice',
};

function hostileList(): WroList {
  const base = newRecord(NAME, 'org-quillmarsh-rubber');
  const record = {
    ...base,
    aliases: [CLEAN, MARKUP.alias],
    products: [MARKUP.product],
    scope: MARKUP.scope,
    statusNote: MARKUP.note,
    sources: [{ ...base.sources[0]!, label: MARKUP.label }],
  };
  const list = feedList(3, [record]);
  return { ...list, version: listVersion(list.records) };
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quotes</title></head>
<body><main><h1>Quotes</h1><p>Order 40,000 boxes of nitrile gloves from ${CLEAN}.</p></main></body></html>`;

let served: Awaited<ReturnType<typeof servePage>> | undefined;
let pageUrl: string;

beforeAll(async () => {
  served = await servePage(PAGE, 'quotes.html');
  pageUrl = served.url;
});

afterAll(async () => {
  await served?.close();
});

/** Everything in a document that could have come from feed markup, or shows something ran. */
async function injected(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) {
          if (/^on/i.test(a.name)) found.push(`${el.localName}[${a.name}]`);
          if (/^\s*javascript:/i.test(a.value)) found.push(`${el.localName}[${a.name}=javascript:]`);
        }
        if (el.localName === 'img' && el.getAttribute('src') === 'x') found.push('img from the feed');
        if (el.localName === 'script' && !(el as HTMLScriptElement).src) found.push('inline script');
        if (el.localName === 'iframe') found.push('iframe');
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const w = window as unknown as { __pwned?: unknown };
    if (w.__pwned !== undefined) found.push(`script ran: __pwned=${String(w.__pwned)}`);
    if (document.title === 'pwned') found.push('title changed by a script');
    return found;
  });
}

describe.each(BROWSERS)('in %s: a feed with markup and script in its names', (_name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension(kind);
  }, 120_000);

  afterAll(async () => {
    await ext?.close();
  });

  it('is imported as a list (markup is text, not a reason to refuse it)', async () => {
    const options = await ext.openExtensionPage('options.html');
    const base64 = Buffer.from(JSON.stringify(hostileList())).toString('base64');
    const run = await options.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'import-list', fileName: 'hostile.json', base64 }) as { outcome: string; message: string };
    expect(run.outcome, run.message).toBe('applied');
    expect(await injected(options)).toEqual([]);
    // The detector's own check: markup parsed into the page is found (the CSP keeps its handler from running).
    await options.evaluate(() => void document.body.append(Object.assign(document.createElement('img'), { src: 'x' })));
    expect(await injected(options)).toEqual(['img from the feed']);
    await options.close();
  });

  it('shows every markup string as literal text in the popup, with nothing injected and nothing run', async () => {
    const page = await ext.newPage(pageUrl);
    const texts = await page.waitForPainted((t) => t.some((x) => x.includes('Quillmarsh')));
    expect(texts.some((x) => x.includes('Quillmarsh'))).toBe(true);
    const popup = await ext.openPopupFor(page);
    await popup.locate('article');
    // Open every disclosure, so details (aliases, products, sources) are rendered too: a real click on each.
    const disclosures = await popup.evaluate(() => {
      const all = [...document.querySelectorAll('summary, button[aria-expanded="false"]')];
      all.forEach((el, i) => el.setAttribute('data-e2e-open', String(i)));
      return all.length;
    });
    for (let i = 0; i < disclosures; i++) await popup.click(`[data-e2e-open="${i}"]`).catch(() => undefined);
    const text = await popup.text('body');
    expect(text).toContain('<img src=x onerror=');
    expect(text).toContain('<script>window.__pwned=2</script>');
    expect(await injected(popup)).toEqual([]);
    expect(await injected(page)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
