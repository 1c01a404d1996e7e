import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAdminCsv, parseAdminJson } from '../../../../src/core/list/admin';
import { parseAnyList } from '../../../../src/core/list/detect';
import { encodeWindows1252 } from '../../../fixtures/feeds/make-cbp-csv';
import { officialCopy } from '../../../fixtures/feeds/official';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/feeds/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const options = { retrieved: '2026-11-28T06:00:00.000Z' };

describe('parseAdminCsv', () => {
  it('reads the documented columns, lists split on ";"', () => {
    const csv = 'name,aliases,country,products,status,source_url,issued\r\n"Acme Gloves Sdn Bhd","Acme; Acme Glove Group",Malaysia,"gloves; masks",active,https://intranet.example.org/risk/42,3/1/2025\r\n';
    const result = parseAdminCsv(csv, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [r] = result.list.records;
    expect(r).toMatchObject({ id: 'org-acme-gloves-sdn-bhd', kind: 'watchlist', name: 'Acme Gloves Sdn Bhd', aliases: ['Acme', 'Acme Glove Group'], products: ['gloves', 'masks'], status: 'active', issued: '2025-03-01', country: 'Malaysia' });
    expect(r?.sources).toEqual([{ label: 'Organisation watch list', url: 'https://intranet.example.org/risk/42', retrieved: '2026-11-28' }]);
  });

  it('names the missing or renamed column and each bad row', () => {
    expect(parseAdminCsv('company_name,url\nX,https://a.example\n', options)).toMatchObject({ ok: false, error: expect.stringContaining('no "name" column (found "company_name", "url")') as string });
    const bad = parseAdminCsv('name,status,source_url\nA,banned,https://a.example\n,active,https://a.example\nC,active,ftp://x\n', options);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error).toContain('3 invalid rows');
    expect(bad.error).toContain('line 2: status "banned"');
    expect(bad.error).toContain('line 3: "name" is empty');
    expect(bad.error).toContain('line 4: needs a source_url');
  });

  it('gives repeated names distinct ids and refuses duplicate explicit ids', () => {
    const ok = parseAdminCsv('name,source_url\nAcme,https://a.example\nAcme,https://b.example\n', options);
    expect(ok.ok && ok.list.records.map((r) => r.id)).toEqual(['org-acme', 'org-acme-2']);
    const dup = parseAdminCsv('id,name,source_url\nx1,A,https://a.example\nx1,B,https://a.example\n', options);
    expect(dup).toMatchObject({ ok: false, error: expect.stringContaining('Duplicate record id "x1"') as string });
  });
});

describe('parseAdminJson', () => {
  it('reads an array of entries with camelCase or CSV names', () => {
    const result = parseAdminJson(JSON.stringify([{ name: 'Beta Ltd', aliases: ['Beta'], sourceUrl: 'https://a.example', kind: 'wro' }, { name: 'Gamma', source_url: 'https://b.example' }]), options);
    expect(result.ok && result.list.records.map((r) => [r.name, r.kind])).toEqual([['Beta Ltd', 'wro'], ['Gamma', 'watchlist']]);
  });

  it('refuses other shapes', () => {
    expect(parseAdminJson('{"hello": 1}', options)).toMatchObject({ ok: false, error: expect.stringContaining('Expected a JSON array') as string });
    expect(parseAdminJson('[1]', options)).toMatchObject({ ok: false, error: 'Entry 1 is not an object.' });
  });
});

describe('parseAnyList detects the format from content', () => {
  it('reads the bundled JSON list, the CBP CSV, the DHS page and an admin CSV', () => {
    const seeds = parseAnyList(new Uint8Array(readFileSync(new URL('../../../../seeds/default-list.json', import.meta.url))), 'list.txt');
    expect(seeds.ok && [seeds.format, seeds.list.records.length > 200]).toEqual(['wro-json', true]);
    const cbp = parseAnyList(fixture('cbp-2026-06-23.csv'), 'download', options);
    expect(cbp.ok && [cbp.format, cbp.list.records.length]).toEqual(['cbp-csv', 78]);
    const dhs = parseAnyList(new Uint8Array(readFileSync(officialCopy('dhs-uflpa-entity-list-2026-07-09.html'))), 'page', options);
    expect(dhs.ok && [dhs.format, dhs.list.records.length]).toEqual(['dhs-uflpa-html', 144]);
    const admin = parseAnyList(utf8('name,source_url\nAcme,https://a.example\n'), 'mine.csv', options);
    expect(admin.ok && admin.format).toBe('admin-csv');
  });

  it('reads Windows-1252, UTF-8 with a BOM and UTF-16 admin files alike', () => {
    const csv = 'name,source_url\nCafé Société S.A.,https://a.example\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...csv].map((c) => c.charCodeAt(0))).buffer)]);
    for (const bytes of [encodeWindows1252(csv), utf8(`\ufeff${csv}`), utf16]) {
      const result = parseAnyList(bytes, 'x.csv', options);
      expect(result.ok && result.list.records[0]?.name).toBe('Café Société S.A.');
    }
  });

  it('explains truncated JSON, wrong shapes, HTML error pages and empty files', () => {
    const text = readFileSync(new URL('../../../../seeds/default-list.json', import.meta.url), 'utf8');
    expect(parseAnyList(utf8(text.slice(0, 5000)), 'feed.json')).toMatchObject({ ok: false, format: 'wro-json', error: expect.stringContaining('truncated') as string });
    expect(parseAnyList(utf8('{"schemaVersion":1,"records":"none"}'), 'feed.json')).toMatchObject({ ok: false, error: expect.stringContaining('The list is not valid:') as string });
    expect(parseAnyList(utf8('<!DOCTYPE html><html><body><h1>503 Service Unavailable</h1></body></html>'), 'feed.json')).toMatchObject({ ok: false, format: null, error: expect.stringContaining('web page, not a list') as string });
    expect(parseAnyList(new Uint8Array(), 'feed.json')).toMatchObject({ ok: false, error: 'feed.json is empty.' });
  });
});
