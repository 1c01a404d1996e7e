/** Project-JSON feeds built from the bundled list, for refresh tests (unit and e2e). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listVersion } from '../../../src/core/list/hash';
import type { ListRecord, WroList } from '../../../src/core/record';

export const seed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../seeds/default-list.json'), 'utf8')) as WroList;

const byName = (name: string): ListRecord => {
  const r = seed.records.find((x) => x.name === name);
  if (!r) throw new Error(`No seed record ${name}`);
  return r;
};

/** A company no real list names: matched only if a feed adds it. */
export const NEW_COMPANY = 'Quillmarsh Latex Gloves Sdn Bhd';

export function newRecord(name = NEW_COMPANY, id = 'org-quillmarsh-latex-gloves'): ListRecord {
  return {
    ...byName('FGV Holdings Berhad'),
    id,
    name,
    aliases: [],
    subsidiaries: [],
    formerNames: [],
    nameVariants: [],
    products: ['rubber gloves'],
    scope: 'Rubber gloves (test record).',
    issued: '2026-11-02',
    modified: null,
    status: 'active',
    statusDate: '2026-11-02',
    statusNote: 'Test order.',
    statusHistory: [{ status: 'active', effective: '2026-11-02', asOf: '2026-11-20', note: 'Test order.', sourceUrl: 'https://feed.example/list.json' }],
    sources: [{ label: 'Organisation feed', url: 'https://feed.example/list.json', retrieved: '2026-11-20' }],
  };
}

/** Top Glove's order revoked on a date later than any seed claim: a status change. */
export function revokedTopGlove(): ListRecord {
  const r = byName('Top Glove Corporation Bhd');
  const claim = { status: 'revoked' as const, effective: '2026-11-10', asOf: '2026-11-20', note: 'Revoked (test).', sourceUrl: 'https://feed.example/list.json' };
  return { ...r, status: 'revoked', statusDate: '2026-11-10', statusNote: claim.note, statusHistory: [claim, ...r.statusHistory] };
}

/** The first `n` seed records (an organisation re-publishing part of the list), with `extra` added or replacing. */
export function feedList(n: number, extra: ListRecord[] = [], generated = '2026-11-20T06:00:00.000Z'): WroList {
  const replaced = new Set(extra.map((r) => r.id));
  const records = [...seed.records.slice(0, n).filter((r) => !replaced.has(r.id)), ...extra];
  return { schemaVersion: 1, version: listVersion(records), generated, title: 'Organisation feed', sources: [{ label: 'Organisation feed', url: 'https://feed.example/list.json', retrieved: generated.slice(0, 10) }], records };
}
