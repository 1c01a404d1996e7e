/**
 * The official sources out of the box: the first download of CBP's file and DHS's page is compared
 * with what the bundled list took from them, so an order or entity they no longer list is shown as
 * no longer listed, never as active; the list's age is that of its oldest official data.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { listAsOf, officialDataInUse } from '../../../src/background/official-data';
import { importListFile, runRefresh, type RefreshDeps } from '../../../src/background/refresh-run';
import { getLastRun, getSourceResults } from '../../../src/background/refresh-state';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { CBP_LANDING_URL } from '../../../src/core/list/cbp-csv';
import { openWroDb } from '../../../src/platform/db';
import { ensureSeeded, getCurrentList } from '../../../src/platform/list-store';
import { officialCopy } from '../../fixtures/feeds/official';
import { feedList, newRecord, seed } from './feed-fixtures';
import { english } from '../../../src/cli/english';
import { statusNoteOf } from '../../../src/core/list/withdrawal';

const CSV_URL = 'https://www.cbp.gov/sites/default/files/2026-12/withhold-release-orders-findings-2026-12-01.csv';
const DHS_URL = 'https://www.dhs.gov/uflpa-entity-list';
const csv = readFileSync(new URL('../../fixtures/feeds/cbp-2026-06-23.csv', import.meta.url), 'latin1');
const dhsPage = readFileSync(officialCopy('dhs-uflpa-entity-list-2026-07-09.html'), 'utf8');
const landing = `<!doctype html><html><body><main><h1>Withhold Release Orders and Findings Dataset</h1>
<p><a href="${CSV_URL}">Withhold Release Orders &amp; Findings Dataset</a></p></main></body></html>`;

/** CBP's file without the Hoshine order, DHS's page without Hetian Haolin: what the sources stop saying. */
const withoutHoshine = csv.split('\n').filter((line) => !line.includes('Hoshine Silicon Industry Co. Ltd.')).join('\n');
// The entity is in two sections of the page: both rows go.
const withoutHaolin = dhsPage.replace(/<tr><td>Hetian Haolin Hair Accessories[^<]*<\/td><td>[^<]*<\/td><\/tr>/g, '');

let served: { csv: string; dhs: string; down?: boolean };
const fetch = (async (input: RequestInfo | URL) => {
  const url = String(input);
  if (served.down) throw new TypeError('Failed to fetch');
  if (url === CBP_LANDING_URL) return new Response(landing, { headers: { 'content-type': 'text/html' } });
  if (url === CSV_URL) return new Response(Buffer.from(served.csv, 'latin1'), { headers: { 'content-type': 'text/csv' } });
  if (url === DHS_URL) return new Response(served.dhs, { headers: { 'content-type': 'text/html' } });
  throw new TypeError(`Failed to fetch ${url}`);
}) as typeof globalThis.fetch;

let day = '2026-12-01';
function deps(settings: Partial<Settings> = {}): RefreshDeps {
  return {
    settings: { ...DEFAULT_SETTINGS, ...settings },
    seed,
    fetch,
    hostGranted: async () => true,
    now: () => new Date(`${day}T06:00:00.000Z`),
  };
}
const record = async (id: string) => (await getCurrentList())!.records.find((r) => r.id === id)!;
const HOSHINE = 'cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd';
const HAOLIN = 'uflpa-hetian-haolin-hair-accessories-co-ltd';

beforeEach(async () => {
  const db = await openWroDb();
  await Promise.all([db.clear('lists'), db.clear('meta')]);
  await ensureSeeded(seed);
  day = '2026-12-01';
  served = { csv, dhs: dhsPage };
});

describe('official sources, out of the box', () => {
  it('are on by default', () => {
    expect(DEFAULT_SETTINGS.sources.filter((s) => s.enabled).map((s) => s.kind)).toEqual(['cbp', 'dhs-uflpa']);
  });

  it('on a first download, mark what the bundled list took from CBP and DHS and they no longer list as no longer listed; nothing else changes', async () => {
    served = { csv: withoutHoshine, dhs: withoutHaolin };
    const run = await runRefresh(deps(), 'install');
    expect(run.outcome).toBe('applied');
    const hoshine = await record(HOSHINE);
    expect([hoshine.status, hoshine.delistedSince]).toEqual(['delisted', '2026-12-01']);
    expect(english(statusNoteOf(hoshine))).toMatch(/^No longer on CBP's Withhold Release Orders and Findings list since 2026-12-01\. .*probably modified or revoked/);
    expect(hoshine.statusHistory[1]?.status).toBe('active');
    const haolin = await record(HAOLIN);
    expect([haolin.status, haolin.delistedSince]).toEqual(['delisted', '2026-12-01']);
    expect(english(statusNoteOf(haolin))).toContain('Removed from the UFLPA Entity List');
    expect(run.lines.map(english)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Hoshine Silicon Industry Co\.? Ltd\.: WRO no longer on CBP's list since 2026-12-01$/),
        expect.stringMatching(/^Hetian Haolin Hair Accessories Co\.? Ltd\.: UFLPA Entity List entry no longer on the UFLPA Entity List since 2026-12-01$/),
      ]),
    );
    const current = (await getCurrentList())!;
    const delisted = current.records.filter((r) => r.status === 'delisted').map((r) => r.id);
    expect(delisted.sort()).toEqual([HAOLIN, HOSHINE].sort());
    // Records only the letter or other sources assert are not CBP's to withdraw.
    expect(current.records).toHaveLength(seed.records.length);
  });

  it('a full download of both sources withdraws nothing', async () => {
    const run = await runRefresh(deps(), 'install');
    expect(['applied', 'unchanged']).toContain(run.outcome);
    expect((await getCurrentList())!.records.filter((r) => r.status === 'delisted')).toEqual([]);
  });

  it('keeps a withdrawn record withdrawn on the next refresh, and lists it again if the source does', async () => {
    served = { csv: withoutHoshine, dhs: dhsPage };
    await runRefresh(deps());
    day = '2026-12-02';
    await runRefresh(deps());
    expect((await record(HOSHINE)).delistedSince).toBe('2026-12-01');
    day = '2026-12-03';
    served = { csv, dhs: dhsPage };
    await runRefresh(deps());
    expect((await record(HOSHINE)).status).toBe('active');
  });

  it('a first download dropping most of what the bundled list took from CBP waits for the admin (the usual safety threshold)', async () => {
    served = { csv: csv.split('\n').slice(0, 11).join('\n'), dhs: dhsPage };
    const run = await runRefresh(deps());
    expect(run.outcome).toBe('held');
    expect(english(run.message)).toMatch(/CBP Withhold Release Orders and Findings: This update would remove \d+ of \d+ records/);
    expect((await getCurrentList())!.records.filter((r) => r.status === 'delisted')).toEqual([]);
  });

  it('no source switched on: says nothing was checked, never "up to date"', async () => {
    const run = await runRefresh(deps({ sources: [] }));
    expect(run.outcome).toBe('failed');
    expect(english(run.message)).toContain('No source is switched on');
    expect(english(run.message)).not.toMatch(/up to date/i);
    expect((await getLastRun())?.message).toEqual(run.message);
  });
});

describe('the age of the list', () => {
  it('is that of the bundled official data until a source is downloaded', async () => {
    const official = officialDataInUse(DEFAULT_SETTINGS, seed, await getSourceResults());
    expect(official).toEqual([
      { kind: 'cbp', asOf: '2026-06-23', downloaded: false },
      { kind: 'dhs-uflpa', asOf: '2026-07-09', downloaded: false },
    ]);
    expect(listAsOf(official, seed.generated)).toBe('2026-06-23');
  });

  it('counts from the oldest official data: one source downloaded leaves the other bundled', async () => {
    await runRefresh(deps({ sources: DEFAULT_SETTINGS.sources.map((s) => ({ ...s, enabled: s.kind === 'dhs-uflpa' })) }));
    const settings = { ...DEFAULT_SETTINGS, sources: DEFAULT_SETTINGS.sources.map((s) => ({ ...s, enabled: s.kind === 'dhs-uflpa' })) };
    const official = officialDataInUse(settings, seed, await getSourceResults());
    expect(official).toEqual([
      { kind: 'cbp', asOf: '2026-06-23', downloaded: false },
      { kind: 'dhs-uflpa', asOf: '2026-12-01', downloaded: true },
    ]);
    expect(listAsOf(official, seed.generated)).toBe('2026-06-23');
  });

  it('is not reset by importing a file or by a failed refresh; a later failure keeps the last good download date', async () => {
    await runRefresh(deps());
    day = '2026-12-20';
    await importListFile(deps(), new TextEncoder().encode(JSON.stringify(feedList(0, [newRecord()]))), 'one-line.json');
    served = { ...served, down: true };
    const run = await runRefresh(deps());
    expect(run.outcome).toBe('failed');
    const official = officialDataInUse(DEFAULT_SETTINGS, seed, await getSourceResults());
    expect(official.map((o) => [o.kind, o.asOf, o.downloaded])).toEqual([
      ['cbp', '2026-12-01', true],
      ['dhs-uflpa', '2026-12-01', true],
    ]);
  });

  it('with no official data in use (bundled list and official sources off), falls back to when the list was built', () => {
    const settings = { ...DEFAULT_SETTINGS, includeBundled: false, sources: [] };
    const official = officialDataInUse(settings, seed, {});
    expect(official).toEqual([]);
    expect(listAsOf(official, '2026-11-30T10:00:00.000Z')).toBe('2026-11-30');
  });
});
