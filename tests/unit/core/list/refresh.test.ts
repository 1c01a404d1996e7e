import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listVersion } from '../../../../src/core/list/hash';
import { refreshOutcome, refreshSource, type ListSourceConfig, type RefreshOptions, type RefreshResult } from '../../../../src/core/list/refresh';
import type { WroList } from '../../../../src/core/record';
import { encodeWindows1252 } from '../../../fixtures/feeds/make-cbp-csv';
import { send, startFeedServer, type FeedServer } from './feed-server';
import { officialCopy } from '../../../fixtures/feeds/official';
import { english } from '../../../../src/cli/english';

const seedsText = readFileSync(new URL('../../../../seeds/default-list.json', import.meta.url), 'utf8');
const seeds = JSON.parse(seedsText) as WroList;
const cbpCsv = readFileSync(new URL('../../../fixtures/feeds/cbp-2026-06-23.csv', import.meta.url));
const landing = (name: string) => readFileSync(new URL(`../../../fixtures/cbp-landing/${name}`, import.meta.url));
const CURRENT_CSV = '/sites/default/files/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv';
const dhsHtml = readFileSync(officialCopy('dhs-uflpa-entity-list-2026-07-09.html'));

function list(records = seeds.records): WroList {
  return { ...seeds, records, version: listVersion(records) };
}
const small = list(seeds.records.slice(0, 20));

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({
    '/list.json': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"', 'last-modified': 'Sat, 28 Nov 2026 05:00:00 GMT' }).end(JSON.stringify(small));
    },
    '/truncated.json': send(JSON.stringify(small).slice(0, 3000)),
    '/wrong-shape.json': send(JSON.stringify({ schemaVersion: 1, version: 'x', generated: '2026-11-28T00:00:00Z', title: 't', sources: [], records: [{ id: 'a', name: 'A' }] })),
    '/html200.json': send('<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Back soon</body></html>', { 'content-type': 'text/html; charset=utf-8' }),
    '/html200-as-json.json': send('<html><body>Sign in</body></html>', { 'content-type': 'application/json' }),
    '/error500.json': send('oops', {}, 500),
    '/slow.json': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"schemaVersion":1,');
    },
    '/big.json': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 64 && res.write(chunk)) sent++;
        if (sent >= 64) res.end();
        else res.once('drain', pump);
      };
      pump();
    },
    '/big-declared.json': send(JSON.stringify(small), { 'content-length': String(50 * 1024 * 1024) }),
    '/empty-list.json': send(JSON.stringify(list([]))),
    '/empty-body.json': send(''),
    '/duplicates.json': send(JSON.stringify(list([seeds.records[0]!, seeds.records[0]!]))),
    '/markup.json': send(JSON.stringify(list([{ ...seeds.records[0]!, name: '<script>alert("x")</script> Gloves Sdn Bhd', aliases: ['<img src=x onerror=alert(1)>'] }]))),
    '/half.json': send(JSON.stringify(list(seeds.records.slice(0, 8)))),
    '/redirect-https.json': (_req, res, { port }) => void res.writeHead(302, { location: `http://127.0.0.1:${port}/list.json` }).end(),
    '/redirect-http.json': (_req, res, { port }) => void res.writeHead(301, { location: `http://localhost:${port}/list.json` }).end(),
    '/cbp-landing': send(
      '<html><body><table><tr><th><a href="/files/withhold-release-orders-findings-fy26-2026-06-23.csv">Withhold Release Orders &amp; Findings Dataset</a></th></tr></table></body></html>',
      { 'content-type': 'text/html' },
    ),
    '/cbp-landing-http': (_req, res, { port }) =>
      void res.writeHead(200, { 'content-type': 'text/html' }).end(`<a href="http://localhost:${port}/files/withhold-release-orders-findings-fy26-2026-06-23.csv">Withhold Release Orders &amp; Findings Dataset</a>`),
    '/cbp-landing-nolink': send('<html><body><p>Page moved</p></body></html>', { 'content-type': 'text/html' }),
    '/files/withhold-release-orders-findings-fy26-2026-06-23.csv': send(cbpCsv, { 'content-type': 'text/csv' }),
    '/cbp-renamed.csv': send(encodeWindows1252('Date,Order Type,State,Entity\r\n1/1/2020,WRO,Active,X\r\n'), { 'content-type': 'text/csv' }),
    '/cbp-bom.csv': send(new TextEncoder().encode('\ufeffEffective Date,WRO/Finding,Status,Entity,Merchandise\r\n1/29/2026,WRO,Active,Finca Monte Grande,Coffee\r\n'), { 'content-type': 'text/csv' }),
    '/uflpa': send(dhsHtml, { 'content-type': 'text/html' }),
    // Variants of CBP's landing page: relative links resolve to this server. Only the current CSV is served.
    ...Object.fromEntries(['current', 'archived-first', 'renamed-link-text', 'dates-in-labels', 'xlsx-beside-csv', 'xlsx-newer-than-csv', 'xlsx-only'].map((name) => [`/cbp/${name}`, send(landing(`${name}.html`), { 'content-type': 'text/html; charset=utf-8' })])),
    '/document/stats/relative-links': send(landing('relative-links.html'), { 'content-type': 'text/html; charset=utf-8' }),
    [CURRENT_CSV]: send(cbpCsv, { 'content-type': 'text/csv' }),
    '/sites/default/files/2026-06/withhold-release-orders-findings-dataset_0.csv': send(cbpCsv, { 'content-type': 'text/csv' }),
    '/sites/default/files/2026-09/withhold-release-orders-findings-fy26-2026-09-29.csv': send(cbpCsv, { 'content-type': 'text/csv' }),
    '/cbp-landing-redirecting-csv': send('<a href="/moved.csv">Withhold Release Orders &amp; Findings Dataset</a>', { 'content-type': 'text/html' }),
    '/moved.csv': (_req, res) => void res.writeHead(301, { location: CURRENT_CSV }).end(),
    '/redirect-hops.json': (_req, res) => void res.writeHead(307, { location: '/redirect-https.json' }).end(),
  });
});
afterAll(() => server.close());

function options(extra: Partial<RefreshOptions> = {}): RefreshOptions {
  return { fetch, insecureHostsForTests: ['127.0.0.1'], timeoutMs: 2000, now: () => new Date('2026-11-28T06:00:00Z'), ...extra };
}
const source = (path: string, kind: ListSourceConfig['kind'] = 'wro-json'): ListSourceConfig => ({ id: 'feed', kind, url: server.url(path) });
async function failure(path: string, kind: ListSourceConfig['kind'] = 'wro-json', extra: Partial<RefreshOptions> = {}) {
  const result = await refreshSource(source(path, kind), options(extra));
  expect(result.status).toBe('failed');
  // Every failure leaves the current list in place, with the reason.
  const outcome = refreshOutcome(seeds, result);
  expect(outcome).toMatchObject({ action: 'keep', list: seeds });
  const failed = result as Extract<RefreshResult, { status: 'failed' }>;
  // The message as the admin reads it in English.
  return { ...failed, message: english(failed.message) };
}

describe('refreshSource: good feeds', () => {
  it('downloads and validates a JSON feed, then answers a conditional request with "unchanged"', async () => {
    const first = await refreshSource(source('/list.json'), options());
    expect(first).toMatchObject({ status: 'updated', format: 'wro-json', validators: { etag: '"v1"', lastModified: 'Sat, 28 Nov 2026 05:00:00 GMT' } });
    if (first.status !== 'updated') return;
    expect(first.list.records).toHaveLength(20);
    const second = await refreshSource(source('/list.json'), options({ validators: first.validators }));
    expect(second.status).toBe('unchanged');
    expect(refreshOutcome(first.list, second)).toMatchObject({ action: 'keep', list: first.list });
  });

  it('finds the CSV on the CBP landing page and parses it (Windows-1252)', async () => {
    const result = await refreshSource(source('/cbp-landing', 'cbp'), options());
    expect(result).toMatchObject({ status: 'updated', format: 'cbp-csv', url: server.url('/files/withhold-release-orders-findings-fy26-2026-06-23.csv') });
    expect(result.status === 'updated' && result.list.records).toHaveLength(78);
  });

  it('reads a CSV with a UTF-8 BOM and the DHS page', async () => {
    for (const kind of ['cbp-csv', 'auto'] as const) {
      const csv = await refreshSource(source('/cbp-bom.csv', kind), options());
      expect(csv.status === 'updated' && [csv.format, csv.list.records[0]?.name]).toEqual(['cbp-csv', 'Finca Monte Grande']);
    }
    const dhs = await refreshSource(source('/uflpa', 'dhs-uflpa'), options());
    expect(dhs.status === 'updated' && dhs.list.records).toHaveLength(144);
  });

  it('keeps names with markup as inert text', async () => {
    const markup = await refreshSource(source('/markup.json'), options());
    expect(markup.status === 'updated' && markup.list.records[0]?.name).toBe('<script>alert("x")</script> Gloves Sdn Bhd');
  });
});

describe("refreshSource: CBP's landing page, as it may change", () => {
  const cbp = (path: string) => refreshSource({ id: 'cbp', kind: 'cbp', url: server.url(path) }, options());

  it('downloads the newest CSV: archived files linked first, link text renamed, dates only in the labels, relative links', async () => {
    for (const page of ['/cbp/current', '/cbp/archived-first', '/cbp/renamed-link-text', '/document/stats/relative-links']) {
      const result = await cbp(page);
      expect(result, page).toMatchObject({ status: 'updated', format: 'cbp-csv', url: server.url(CURRENT_CSV), warnings: [] });
      expect(result.status === 'updated' && result.list.records, page).toHaveLength(78);
    }
    expect(await cbp('/cbp/dates-in-labels')).toMatchObject({ status: 'updated', url: server.url('/sites/default/files/2026-06/withhold-release-orders-findings-dataset_0.csv') });
  });

  it('takes the CSV beside a spreadsheet, and says so when the spreadsheet is newer', async () => {
    expect(await cbp('/cbp/xlsx-beside-csv')).toMatchObject({ status: 'updated', url: server.url('/sites/default/files/2026-09/withhold-release-orders-findings-fy26-2026-09-29.csv'), warnings: [] });
    const newer = await cbp('/cbp/xlsx-newer-than-csv');
    expect(newer).toMatchObject({ status: 'updated', url: server.url(CURRENT_CSV) });
    expect(newer.status === 'updated' && english(newer.warnings[0]!)).toBe(
      "CBP's page also offers a newer spreadsheet (withhold-release-orders-findings-fy26-2026-09-29.xlsx, 2026-09-29) that the extension cannot read; the newest CSV (withhold-release-orders-findings-fy26-2026-06-23.csv, 2026-06-23) was used.",
    );
  });

  it('fails clearly, keeping the list, when CBP offers only a spreadsheet', async () => {
    const before = server.requests.length;
    const r = await failure('/cbp/xlsx-only', 'cbp');
    expect([r.error, r.message]).toEqual([
      'no-csv-link',
      `CBP's page (${server.url('/cbp/xlsx-only')}) now offers the Withhold Release Orders & Findings Dataset as a spreadsheet (withhold-release-orders-findings-fy26-2026-09-29.xlsx), not as a CSV file: the extension cannot read spreadsheets yet. The current list was kept.`,
    ]);
    // The spreadsheet was not downloaded.
    expect(server.requests.slice(before)).toEqual(['/cbp/xlsx-only']);
  });
});

describe('refreshSource: every bad input fails with a specific message and keeps the list', () => {
  it('truncated JSON', async () => {
    expect((await failure('/truncated.json')).message).toMatch(/Not valid JSON \(the file ends too early: truncated download\?\)/);
  });
  it('valid JSON of the wrong shape', async () => {
    expect((await failure('/wrong-shape.json')).message).toMatch(/records\[0\] \(id "a"\)\.kind: /);
  });
  it('an HTML error page served with 200', async () => {
    const a = await failure('/html200.json');
    expect([a.error, a.message]).toEqual(['html-error-page', expect.stringContaining('returned a web page instead of the list (HTTP 200, text/html)')]);
    expect((await failure('/html200-as-json.json')).error).toBe('html-error-page');
  });
  it('404 and 500', async () => {
    expect((await failure('/missing.json')).message).toBe(`The server answered 404 Not Found for ${server.url('/missing.json')}. The current list was kept.`);
    expect((await failure('/error500.json')).message).toContain('500 Internal Server Error');
  });
  it('a timeout', async () => {
    const r = await failure('/slow.json', 'wro-json', { timeoutMs: 300 });
    expect([r.error, r.message]).toEqual(['timeout', `${server.url('/slow.json')} did not answer within 300 ms. The current list was kept.`]);
  });
  it('a body over the size limit, declared or streamed', async () => {
    expect((await failure('/big.json', 'wro-json', { maxBytes: 1024 * 1024 })).message).toContain('larger than the 1024 KB limit');
    expect((await failure('/big-declared.json', 'wro-json', { maxBytes: 1024 * 1024 })).error).toBe('too-large');
  });
  it('an empty list, an empty body and duplicate ids', async () => {
    expect((await failure('/empty-list.json')).message).toContain('The list has no records');
    expect((await failure('/empty-body.json')).error).toBe('empty');
    expect((await failure('/duplicates.json')).message).toContain(`Duplicate record id "${seeds.records[0]!.id}" at records[0] and records[1]`);
  });
  it('a CSV with renamed columns, and a landing page without the CSV link', async () => {
    expect((await failure('/cbp-renamed.csv', 'cbp-csv')).message).toContain('missing the column "Status" (found "Date", "Order Type", "State", "Entity")');
    const r = await refreshSource({ id: 'cbp', kind: 'cbp', url: server.url('/cbp-landing-nolink') }, options());
    expect(r).toMatchObject({ status: 'failed', error: 'no-csv-link' });
  });
  it('a CSV link to plain http on the CBP page', async () => {
    const r = await failure('/cbp-landing-http', 'cbp');
    expect([r.error, r.message]).toEqual(['insecure-url', expect.stringContaining(`http://localhost:${server.port}/files/`)]);
  });
  it('http URLs and redirects to http are refused before anything is fetched there', async () => {
    const before = server.requests.length;
    const insecure = await failure('/list.json', 'wro-json', { insecureHostsForTests: [] });
    expect([insecure.error, insecure.message]).toEqual(['insecure-url', `Refused: ${server.url('/list.json')} is not an https address. Lists are only downloaded over https.`]);
    expect(server.requests.length).toBe(before);
    const redirect = await failure('/redirect-http.json');
    expect([redirect.error, redirect.message]).toEqual([
      'insecure-redirect',
      `Refused: the server redirected ${server.url('/redirect-http.json')} to an insecure address (http://localhost:${server.port}/list.json). Redirects are not followed, so that address was not contacted. Only https is allowed: enter the list's final https address as the source's address instead. The current list was kept.`,
    ]);
    expect(server.requests.slice(before)).toEqual(['/redirect-http.json']);
  });
  it('hosts the admin did not configure', async () => {
    expect((await failure('/list.json', 'wro-json', { allowedHosts: ['www.cbp.gov'] })).error).toBe('host-not-allowed');
  });
});

describe('refreshSource: redirects are refused, never followed', () => {
  it('where the fetch shows the address (Node): names it and asks for the final address; nothing is requested there', async () => {
    const before = server.requests.length;
    const r = await failure('/redirect-https.json');
    expect([r.error, r.message]).toEqual([
      'redirected',
      `Refused: the server redirected ${server.url('/redirect-https.json')} to ${server.url('/list.json')}. Redirects are not followed, so that address was not contacted. Enter the final address (${server.url('/list.json')}, unless it redirects again) as the source's address instead. The current list was kept.`,
    ]);
    const hops = await failure('/redirect-hops.json');
    expect(hops.message).toContain(`to ${server.url('/redirect-https.json')}.`);
    expect(server.requests.slice(before)).toEqual(['/redirect-https.json', '/redirect-hops.json']);
  });

  it("where the browser hides it (an opaque redirect): says the final address cannot be known here, and makes no second request", async () => {
    const calls: Array<{ url: string; redirect: RequestRedirect | undefined }> = [];
    // What Chromium and Firefox return for a `redirect: 'manual'` fetch that was answered with a 3xx.
    const browserFetch: typeof fetch = async (input, init) => {
      calls.push({ url: String(input), redirect: init?.redirect });
      const real = await fetch(input, init);
      if (real.status < 300 || real.status >= 400 || real.status === 304) return real;
      await real.body?.cancel();
      return { type: 'opaqueredirect', status: 0, ok: false, redirected: false, url: '', headers: new Headers(), body: null } as unknown as Response;
    };
    for (const path of ['/redirect-http.json', '/redirect-https.json']) {
      const r = await failure(path, 'wro-json', { fetch: browserFetch });
      expect([r.error, r.message]).toEqual([
        'redirected',
        `Refused: the server redirected ${server.url(path)} to another address, which the browser does not show to extensions. Redirects are not followed, so it was not contacted. Open ${server.url(path)} in a browser tab and enter the address it ends at as the source's address instead. The current list was kept.`,
      ]);
    }
    expect(calls).toEqual([
      { url: server.url('/redirect-http.json'), redirect: 'manual' },
      { url: server.url('/redirect-https.json'), redirect: 'manual' },
    ]);
  });

  it('a fetch that follows anyway (ignoring manual): what it landed on is not used', async () => {
    const following: typeof fetch = (input, init) => fetch(input, { ...init, redirect: 'follow' });
    const r = await failure('/redirect-https.json', 'wro-json', { fetch: following });
    expect([r.error, r.message]).toEqual([
      'redirected',
      `Refused: the server redirected ${server.url('/redirect-https.json')} to ${server.url('/list.json')}. Redirects are not allowed: what it sent was not used. Enter the final address (${server.url('/list.json')}, unless it redirects again) as the source's address instead. The current list was kept.`,
    ]);
  });

  it("a CSV link on CBP's page that redirects: refused, naming the link", async () => {
    const before = server.requests.length;
    const r = await failure('/cbp-landing-redirecting-csv', 'cbp');
    expect([r.error, r.message]).toEqual([
      'redirected',
      `Refused: the server redirected the CSV link on CBP's page (${server.url('/moved.csv')}) to ${server.url(CURRENT_CSV)}. Redirects are not followed, so that address was not contacted. The CSV is only downloaded from the address CBP's page links to. The current list was kept.`,
    ]);
    expect(server.requests.slice(before)).toEqual(['/cbp-landing-redirecting-csv', '/moved.csv']);
  });
});

describe('refreshOutcome', () => {
  it('holds a download that would remove more than half the records for confirmation', async () => {
    const result = await refreshSource(source('/half.json'), options());
    const outcome = refreshOutcome(small, result);
    expect(outcome).toMatchObject({ action: 'confirm', list: small });
    expect(outcome.action === 'confirm' && english(outcome.message)).toBe('This update would remove 12 of 20 records (60%). It was not applied: confirm it if the source really dropped them.');
    expect(outcome.action === 'confirm' && outcome.pending.records).toHaveLength(8);
  });

  it('replaces the list with a diff when the download is good', async () => {
    const result = await refreshSource(source('/list.json'), options());
    const outcome = refreshOutcome(list(seeds.records.slice(0, 15)), result);
    expect(outcome.action).toBe('replace');
    expect(outcome.action === 'replace' && outcome.diff.added).toHaveLength(5);
  });
});
