/**
 * Feed and import fuzz: seeded mutations of valid files in every format. Each either imports as a
 * valid list or is rejected with a message; on rejection the stored list, the previous list and
 * the decisions are exactly what they were, through the parser, the import path and a refresh.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { importListFile, runRefresh, type RefreshDeps } from '../../src/background/refresh-run';
import { DEFAULT_SETTINGS, type SettingsSourceKind } from '../../src/core/settings';
import { parseAnyList } from '../../src/core/list/detect';
import { listVersion } from '../../src/core/list/hash';
import { validateList } from '../../src/core/list/list-schema';
import { compileMatcher } from '../../src/core/match/compile';
import type { WroList } from '../../src/core/record';
import { openWroDb } from '../../src/platform/db';
import { addDecision, listDecisions } from '../../src/platform/decision-store';
import { ensureSeeded, getCurrentList, getPreviousList } from '../../src/platform/list-store';
import seedJson from '../../seeds/default-list.json';
import { baseFeeds, mutate, type FeedFile } from './feed-gen';
import { recordFigure } from './figures';
import { FUZZ_SEED, Rng, caseLabel, fuzzCount } from './prng';
import { english } from '../../src/cli/english';
import type { Text } from '../../src/core/message';

// The store cases merge over a slice of the bundled list: the same code paths, a tenth of the copying.
const fullSeed = seedJson as WroList;
const seedRecords = fullSeed.records.slice(0, 60);
// Versioned as the merge names it, so a failed refresh finds nothing to re-merge and keeps the list.
const seed: WroList = { ...fullSeed, version: listVersion(seedRecords), records: seedRecords };
const NOW = new Date('2026-11-28T06:00:00.000Z');
const FEED_URL = 'https://feed.example/list';
let feeds: FeedFile[];

beforeAll(() => {
  feeds = baseFeeds();
});

/** A rejection must say why, briefly: the message is shown to an admin, not a dump of the file. */
function checkRejection(error: Text, label: string): void {
  if (typeof error !== 'string') error = english(error);
  expect(typeof error, label).toBe('string');
  expect((error as string).trim().length, label).toBeGreaterThan(0);
  expect((error as string).length, label).toBeLessThanOrEqual(2000);
}

/** Everything a failed import or refresh must leave alone. */
async function snapshot(): Promise<string> {
  const db = await openWroDb();
  const [current, previous, decisions, sourceLists] = await Promise.all([
    getCurrentList(),
    getPreviousList(),
    listDecisions(),
    db.get('meta', 'refresh:source-lists'),
  ]);
  // No source lists stored and an empty record of them are the same state.
  return JSON.stringify({ current, previous, decisions, sourceLists: sourceLists ?? {} });
}

async function resetStore(): Promise<void> {
  const db = await openWroDb();
  await Promise.all([db.clear('lists'), db.clear('meta'), db.clear('decisions')]);
  await ensureSeeded(seed);
  await addDecision({
    time: '2026-11-27T09:15:00.000Z', outcome: 'asked-for-evidence', note: 'Certificates requested', pageUrl: 'https://www.find-tender.service.gov.uk/Notice/1',
    pageTitle: 'Gloves', site: 'https://www.find-tender.service.gov.uk', matchedText: 'Supermax', recordId: seed.records[0]!.id, recordName: seed.records[0]!.name, listVersion: seed.version,
  });
  await addDecision({
    time: '2026-11-27T10:00:00.000Z', outcome: 'not-this-company', note: '', pageUrl: 'https://business.amazon.co.uk/dp/2',
    pageTitle: 'Camel', site: 'https://business.amazon.co.uk', matchedText: 'Camel', recordId: seed.records[1]!.id, recordName: seed.records[1]!.name, listVersion: seed.version,
  });
}

function deps(fetch: typeof globalThis.fetch, kind: SettingsSourceKind = 'wro-json'): RefreshDeps {
  return {
    settings: { ...DEFAULT_SETTINGS, sources: [{ id: 'org', kind, url: FEED_URL, label: 'Organisation feed', enabled: true }] },
    seed,
    fetch,
    hostGranted: async () => true,
    now: () => NOW,
    timeoutMs: 5_000,
  };
}

const KIND_OF: Record<FeedFile['format'], SettingsSourceKind> = {
  'wro-json': 'wro-json',
  'cbp-csv': 'admin-csv', // the CBP kind starts from CBP's landing page; its CSV is also read by detection
  'dhs-uflpa-html': 'dhs-uflpa',
  'admin-csv': 'admin-csv',
  'admin-json': 'admin-json',
};

describe(`feed and import fuzz (FUZZ_SEED=${FUZZ_SEED})`, () => {
  it('reads every unmutated base file (the mutations start from valid input)', () => {
    for (const f of feeds) {
      const parsed = parseAnyList(f.bytes, f.fileName, { retrieved: NOW.toISOString() });
      expect(parsed.ok ? parsed.format : parsed.error, f.fileName).toBe(f.format);
    }
  });

  it('parses each mutated file into a valid, compilable list or rejects it with a message', () => {
    const cases = fuzzCount(80, 1500);
    const root = new Rng(FUZZ_SEED ^ 0xfeed);
    let accepted = 0;
    for (let i = 0; i < cases; i++) {
      const rng = root.fork(i);
      const file = rng.pick(feeds);
      const { bytes, ops } = mutate(rng, file);
      const label = `${caseLabel('parse', i)} ${file.fileName} ops ${ops.join(',')}`;
      let parsed: ReturnType<typeof parseAnyList> | undefined;
      try {
        parsed = parseAnyList(bytes, file.fileName, { retrieved: NOW.toISOString() });
      } catch (e) {
        expect.fail(`${label}: parser threw ${e instanceof Error ? e.stack : String(e)}`);
      }
      if (!parsed.ok) {
        checkRejection(parsed.error, label);
        continue;
      }
      accepted++;
      // What a parser accepts passes the one gate every stored list passes, and compiles.
      const gate = validateList(JSON.parse(JSON.stringify(parsed.list)));
      expect(gate.ok ? 'valid' : gate.error, label).toBe('valid');
      expect(() => compileMatcher(parsed.list.records), label).not.toThrow();
    }
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(cases);
    recordFigure('feeds', 'mutated files parsed', cases, `${accepted} accepted as valid lists, ${cases - accepted} rejected with a message`);
  }, 600_000);

  it('imports each mutated file or rejects it leaving the lists and decisions untouched', async () => {
    const cases = fuzzCount(15, 600);
    const root = new Rng(FUZZ_SEED ^ 0x1a9);
    let rejected = 0;
    for (let i = 0; i < cases; i++) {
      const rng = root.fork(i);
      const file = rng.pick(feeds);
      const { bytes, ops } = mutate(rng, file);
      const label = `${caseLabel('import', i)} ${file.fileName} ops ${ops.join(',')}`;
      await resetStore();
      const before = await snapshot();
      const decisionsBefore = JSON.stringify(await listDecisions());
      const run = await importListFile(deps(fetch), bytes, file.fileName);
      expect(JSON.stringify(await listDecisions()), label).toBe(decisionsBefore);
      const current = await getCurrentList();
      expect(current && validateList(current).ok, label).toBe(true);
      if (!parseAnyList(bytes, file.fileName).ok) {
        rejected++;
        expect(run.outcome, label).toBe('failed');
        checkRejection(run.message, label);
        expect(await snapshot(), label).toBe(before);
      } else {
        expect(['applied', 'held', 'unchanged'], label).toContain(run.outcome);
      }
    }
    // Both outcomes must have been exercised, or the run proved nothing about rejection.
    expect(rejected).toBeGreaterThan(0);
    expect(rejected).toBeLessThan(cases);
    recordFigure('feeds', 'mutated files imported through the options-page path', cases, `${rejected} rejected with lists and decisions unchanged`);
  }, 600_000);

  it('refreshes from a feed serving each mutated file and keeps everything on failure', async () => {
    const cases = fuzzCount(10, 400);
    const root = new Rng(FUZZ_SEED ^ 0x2b8);
    let failed = 0;
    for (let i = 0; i < cases; i++) {
      const rng = root.fork(i);
      const file = rng.pick(feeds);
      const { bytes, ops } = mutate(rng, file);
      const label = `${caseLabel('refresh', i)} ${file.fileName} ops ${ops.join(',')}`;
      const status = rng.chance(0.85) ? 200 : rng.pick([204, 404, 500, 503]);
      const contentType = rng.pick(['application/json', 'text/csv', 'text/html; charset=utf-8', 'application/octet-stream', '']);
      const fakeFetch = (async () => new Response(status === 204 ? null : new Blob([bytes as Uint8Array<ArrayBuffer>]), { status, headers: contentType ? { 'content-type': contentType } : {} })) as typeof fetch;
      await resetStore();
      const before = await snapshot();
      const decisionsBefore = JSON.stringify(await listDecisions());
      const run = await runRefresh(deps(fakeFetch, KIND_OF[file.format]));
      expect(JSON.stringify(await listDecisions()), label).toBe(decisionsBefore);
      const current = await getCurrentList();
      expect(current && validateList(current).ok, label).toBe(true);
      if (run.outcome === 'failed') {
        failed++;
        checkRejection(run.message, label);
        expect(await snapshot(), label).toBe(before);
      } else {
        expect(['applied', 'held', 'unchanged'], label).toContain(run.outcome);
      }
    }
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(cases);
    recordFigure('feeds', 'mutated files served to a refresh', cases, `${failed} failed with lists and decisions unchanged`);
  }, 600_000);
});
