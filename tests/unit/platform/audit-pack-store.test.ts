import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPack, readPack } from '../../../src/core/org/audit-pack';
import type { ReportWords } from '../../../src/core/org/audit-pack-report';
import { MAX_EVIDENCE_TOTAL_BYTES } from '../../../src/core/org/evidence';
import type { WroList } from '../../../src/core/record';
import { collectPack, evidenceRoomFor, importEvidence, newEvidence } from '../../../src/platform/audit-pack-store';
import { openWroDb } from '../../../src/platform/db';
import { addDecision, importDecisions, listDecisions } from '../../../src/platform/decision-store';
import { attachFile, getEvidence, listEvidence } from '../../../src/platform/evidence-store';
import { importListHistory, noteListInForce } from '../../../src/platform/list-history-store';
import { newDecision } from './decision-fixtures';

const words: ReportWords = { t: (k) => k, outcome: (o) => o, dateTime: (d) => d, size: (n) => String(n), lang: 'en' };
const list = (version: string): WroList => ({ schemaVersion: 1, version, generated: '2026-11-01T00:00:00Z', title: 'List', sources: [{ label: 'CBP', url: 'https://www.cbp.gov/a.csv', retrieved: '2026-11-02' }], records: [] });

async function clear(): Promise<void> {
  const db = await openWroDb();
  await Promise.all([db.clear('decisions'), db.clear('evidence'), db.delete('meta', 'list:history'), db.delete('meta', 'decisions:conflicts')]);
}

beforeEach(clear);

describe('audit pack store', () => {
  it('records each list put in force once, with its sources', async () => {
    await noteListInForce(list('a'), 't1');
    await noteListInForce(list('a'), 't2');
    await noteListInForce(list('b'), 't3');
    const history = await (await openWroDb()).get('meta', 'list:history');
    expect((history as Array<{ version: string; since: string }>).map((h) => [h.version, h.since])).toEqual([['a', 't1'], ['b', 't3']]);
  });

  it('collects the selected decisions with their evidence and lists, and a fresh profile imports them intact', async () => {
    await noteListInForce(list('v-in-force'), '2026-11-02T00:00:00Z');
    const kept = await addDecision(newDecision({ listVersion: 'v-in-force', note: 'Asked for the certificate; received 3 Dec' }));
    const other = await addDecision(newDecision({ time: '2026-12-04T10:00:00.000Z', listVersion: 'v-gone', recordId: 'uflpa-x', recordName: 'Xinjiang Example Co.', matchedText: 'Xinjiang Example' }));
    const bytes = new Uint8Array(5000).map((_, i) => i % 251);
    const file = await attachFile(kept.uid, new File([bytes], 'certificate.pdf'), '2026-11-29T00:00:00.000Z');
    await attachFile(other.uid, new File([new Uint8Array(3)], 'other.png'), '2026-12-04T11:00:00.000Z');

    const pack = await collectPack({ to: '2026-11-30' }, '2026-12-06T10:00:00.000Z');
    expect(pack.decisions.map((d) => d.uid)).toEqual([kept.uid]);
    expect(pack.evidence.map((e) => e.meta.id)).toEqual([file.id]);
    expect(pack.lists.known.map((l) => l.version)).toEqual(['v-in-force']);
    expect((await collectPack({}, 'now')).lists.unknown).toEqual(['v-gone']);

    const read = await readPack(await buildPack(pack, words));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    await clear();
    expect(await newEvidence(read.pack.evidence)).toEqual({ items: read.pack.evidence, bytes: 5000 });
    await importDecisions(read.pack.decisions);
    expect(await importEvidence(read.pack.evidence)).toBe(1);
    const [imported] = await listDecisions();
    const { id: _a, ...expected } = kept;
    const { id: _b, ...actual } = imported!;
    expect(actual).toEqual(expected);
    expect(await listEvidence(kept.uid)).toEqual([file]);
    expect(new Uint8Array(await (await getEvidence(file.id))!.blob!.arrayBuffer())).toEqual(bytes);
    // The lists in force come along: a pack made again here names them too.
    await importListHistory(read.pack.lists.known);
    expect((await collectPack({}, 'now')).lists).toEqual(read.pack.lists);
    // Importing the same pack again adds nothing.
    expect((await newEvidence(read.pack.evidence)).items).toEqual([]);
    expect(await importEvidence(read.pack.evidence)).toBe(0);
  });

  it('says when a pack’s evidence would not fit the profile’s limit or the browser’s quota', async () => {
    expect(await evidenceRoomFor(MAX_EVIDENCE_TOTAL_BYTES)).toEqual({ ok: true });
    await attachFile('3f2c8a1e-0b6d-4c1e-9a57-5d0c2b7e4f10', new File([new Uint8Array(10)], 'a.pdf'), 't');
    expect(await evidenceRoomFor(MAX_EVIDENCE_TOTAL_BYTES)).toEqual({ ok: false, used: 10 });
    // Within the profile's limit, but more than the browser says it has room for.
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 900, quota: 1_000 }) } });
    expect(await evidenceRoomFor(200)).toEqual({ ok: false, quota: true });
    expect(await evidenceRoomFor(100)).toEqual({ ok: true });
    vi.unstubAllGlobals();
  });
});
