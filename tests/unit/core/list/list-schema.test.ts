import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson, listVersion } from '../../../../src/core/list/hash';
import { validateList } from '../../../../src/core/list/list-schema';
import type { WroList } from '../../../../src/core/record';

const seeds = JSON.parse(readFileSync(new URL('../../../../seeds/default-list.json', import.meta.url), 'utf8')) as WroList;
const small = (): WroList => structuredClone({ ...seeds, records: seeds.records.slice(0, 3) });

describe('validateList', () => {
  it('accepts the bundled list', () => {
    expect(validateList(seeds).ok).toBe(true);
  });

  it('explains what is not a list at all', () => {
    expect(validateList([1, 2])).toEqual({ ok: false, error: 'Not a WRO Check list: expected a JSON object with "schemaVersion" and "records".' });
    expect(validateList({ records: [] })).toEqual({ ok: false, error: 'Not a WRO Check list: "schemaVersion" is missing.' });
    expect(validateList({ ...small(), schemaVersion: 3 })).toEqual({ ok: false, error: 'Unsupported schemaVersion 3: this version of WRO Check reads schemaVersion 1 and 2.' });
  });

  it('names the record and field at fault', () => {
    const list = small();
    const id = list.records[1]!.id.slice(0, 80);
    (list.records[1] as unknown as Record<string, unknown>).status = 'banned';
    list.records[1]!.sources = [];
    const result = validateList(list);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(`records[1] (id "${id}").status: `);
    expect(result.error).toContain(`records[1] (id "${id}").sources: every record needs at least one source`);
  });

  it('refuses script URLs, bad dates, empty lists and duplicate ids', () => {
    const js = small();
    js.records[0]!.sources[0]!.url = 'javascript:alert(1)';
    expect(validateList(js)).toMatchObject({ ok: false, error: expect.stringContaining('.sources[0].url: expected an http(s) URL') as string });
    const date = small();
    date.records[0]!.issued = '21/06/2022';
    expect(validateList(date)).toMatchObject({ ok: false, error: expect.stringContaining('.issued: expected a date as YYYY-MM-DD') as string });
    expect(validateList({ ...small(), records: [] })).toEqual({ ok: false, error: 'The list has no records: refusing an empty list.' });
    const dup = small();
    dup.records[2] = { ...dup.records[0]! };
    expect(validateList(dup)).toEqual({ ok: false, error: `Duplicate record id "${dup.records[0]!.id}" at records[0] and records[2].` });
  });

  it('caps the number of problems reported', () => {
    const list = small();
    for (const r of list.records) Object.assign(r, { name: '', kind: 'x', status: 'y' });
    const result = validateList(list);
    expect(!result.ok && result.error).toMatch(/\(and 4 more problems\)\.$/);
  });
});

describe('listVersion', () => {
  it('depends on record content only, not order or key order', () => {
    const [a, b] = seeds.records;
    const reordered = JSON.parse(canonicalJson(b)) as typeof b;
    expect(listVersion([a!, b!])).toBe(listVersion([reordered!, a!]));
    expect(listVersion([a!, { ...b!, status: 'revoked' }])).not.toBe(listVersion([a!, b!]));
    expect(seeds.version).toBe(listVersion(seeds.records));
  });
});
