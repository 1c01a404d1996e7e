import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_EVIDENCE_TOTAL_BYTES } from '../../../src/core/org/evidence';
import { openWroDb } from '../../../src/platform/db';
import { addEvidence, attachFile, EvidenceRefused, evidenceTotal, getEvidence, listEvidence, removeEvidence } from '../../../src/platform/evidence-store';

const UID = '3f2c8a1e-0b6d-4c1e-9a57-5d0c2b7e4f10';
const file = (name: string, bytes: number | Uint8Array) => new File([typeof bytes === "number" ? new Uint8Array(bytes) : (bytes as Uint8Array<ArrayBuffer>)], name, { type: 'application/octet-stream' });

const refusal = async (attempt: Promise<unknown>) => {
  const e = await attempt.then(() => undefined, (error: unknown) => error);
  if (!(e instanceof EvidenceRefused)) throw new Error(`not refused: ${String(e)}`);
  return e.problem;
};

beforeEach(async () => {
  await (await openWroDb()).clear('evidence');
});
afterEach(() => vi.unstubAllGlobals());

describe('evidence store', () => {
  it('keeps an attached file with the type its extension says, lists it without its bytes, gives it back and removes it', async () => {
    const meta = await attachFile(UID, file('Mill certificate.pdf', new Uint8Array([37, 80, 68, 70])), '2026-12-06T10:00:00.000Z');
    expect(meta).toEqual({ id: expect.any(String), decisionUid: UID, kind: 'file', name: 'Mill certificate.pdf', type: 'application/pdf', size: 4, addedAt: '2026-12-06T10:00:00.000Z' });
    expect(await listEvidence(UID)).toEqual([meta]);
    const kept = await getEvidence(meta.id);
    expect(new Uint8Array(await kept!.blob!.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(kept!.blob!.type).toBe('application/pdf');
    expect(await evidenceTotal()).toBe(4);
    await removeEvidence(meta.id);
    expect(await listEvidence(UID)).toEqual([]);
  });

  it('refuses a kind it does not take, and the profile’s total past 200 MB, storing nothing', async () => {
    expect(await refusal(attachFile(UID, file('run.exe', 10), 't'))).toEqual({ reason: 'type', name: 'run.exe' });
    // A stored item whose size says the profile is nearly full (no need for the bytes themselves).
    await (await openWroDb()).put('evidence', { id: 'big', decisionUid: UID, kind: 'file', name: 'a.pdf', type: 'application/pdf', size: MAX_EVIDENCE_TOTAL_BYTES - 2, addedAt: 't', blob: new Blob([new Uint8Array(1)]) });
    expect(await refusal(attachFile(UID, file('b.pdf', 3), 't'))).toMatchObject({ reason: 'total', name: 'b.pdf' });
    expect((await listEvidence(UID)).map((m) => m.id)).toEqual(['big']);
  });

  it('says the browser has no room when its estimate says so, or when the write fails for quota, storing nothing', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 1_000, quota: 1_002 }) } });
    expect(await refusal(attachFile(UID, file('c.pdf', 3), 't'))).toEqual({ reason: 'quota', name: 'c.pdf' });
    vi.unstubAllGlobals();
    // The browser refuses the write itself (its estimate said there was room).
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await refusal(addEvidence({ id: 'q', decisionUid: UID, kind: 'file', name: 'd.pdf', type: 'application/pdf', size: 3, addedAt: 't', blob: new Blob([new Uint8Array(3)]) }))).toEqual({ reason: 'quota', name: 'd.pdf' });
    put.mockRestore();
    expect(await listEvidence(UID)).toEqual([]);
  });
});

describe('listing many decisions’ evidence at once', () => {
  it('answers the asks of one turn from one read, each with its own items in order', async () => {
    const other = '9a9a9a9a-0b6d-4c1e-9a57-5d0c2b7e4f10';
    const b = await attachFile(UID, file('b.pdf', 1), '2026-12-02T00:00:00.000Z');
    const a = await attachFile(UID, file('a.pdf', 1), '2026-12-01T00:00:00.000Z');
    const c = await attachFile(other, file('c.png', 1), '2026-12-03T00:00:00.000Z');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const [mine, theirs, none] = await Promise.all([listEvidence(UID), listEvidence(other), listEvidence('nobody-0000')]);
    expect(getAll).toHaveBeenCalledTimes(1);
    getAll.mockRestore();
    expect(mine).toEqual([a, b]);
    expect(theirs).toEqual([c]);
    expect(none).toEqual([]);
  });
});
