/**
 * Evidence in IndexedDB (the `evidence` store): files attached to decisions and page captures.
 *
 * The options page and the popup call this directly rather than through the request contract: a
 * file is kept as the Blob the page read, and runtime messages are JSON in Chromium (a 20 MB file
 * would cross as 27 MB of base64, twice, and an audit pack of 100 MB could not cross at all). The
 * extension's pages share the background's origin, so they open the same database.
 *
 * Nothing is half-stored: a file is checked (kind, size, the profile's total, the browser's quota)
 * before its one write, and a write the browser refuses for lack of room is reported as such.
 */
import { checkEvidenceFile, type EvidenceItem, type EvidenceMeta, type EvidenceRefusal } from '../core/org/evidence';
import { openWroDb } from './db';

/** Why evidence was not stored: a refusal of core's, or no room left in the browser's storage. */
export type EvidenceProblem = EvidenceRefusal | { reason: 'quota'; name: string };

export class EvidenceRefused extends Error {
  constructor(readonly problem: EvidenceProblem) {
    super(`${problem.reason}: ${problem.name}`);
  }
}

/** The browser's answer when a write does not fit its quota (Chromium and Firefox name it so). */
export function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** Whether `bytes` more fit what the browser grants the extension, as far as its estimate tells. */
export async function fitsQuota(bytes: number): Promise<boolean> {
  const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
  return estimate?.quota === undefined || estimate.usage === undefined || estimate.usage + bytes <= estimate.quota;
}

/** Refuses `bytes` more when the browser says they would not fit. */
async function checkQuota(name: string, bytes: number): Promise<void> {
  if (!(await fitsQuota(bytes))) throw new EvidenceRefused({ reason: 'quota', name });
}

const withoutBlob = ({ blob: _blob, ...meta }: EvidenceItem): EvidenceMeta => meta;

/** Bytes of every evidence file kept in this profile. */
export async function evidenceTotal(): Promise<number> {
  let total = 0;
  let cursor = await (await openWroDb()).transaction('evidence').store.openCursor();
  while (cursor) {
    total += cursor.value.blob ? cursor.value.size : 0;
    cursor = await cursor.continue();
  }
  return total;
}

/** Stores `item` (checked first when it carries a file); throws `EvidenceRefused` with why when it cannot. */
export async function addEvidence(item: EvidenceItem): Promise<EvidenceMeta> {
  if (item.blob) {
    const checked = checkEvidenceFile({ name: item.name, size: item.blob.size }, await evidenceTotal());
    if (!checked.ok) throw new EvidenceRefused(checked.refusal);
    await checkQuota(item.name, item.blob.size);
  }
  const db = await openWroDb();
  try {
    await db.put('evidence', item);
  } catch (e) {
    if (isQuotaError(e)) throw new EvidenceRefused({ reason: 'quota', name: item.name });
    throw e;
  }
  return withoutBlob(item);
}

/** A file the buyer chose, attached to a decision under a new id; the type kept is the one its extension says. */
export async function attachFile(decisionUid: string, file: Blob & { name: string }, now: string): Promise<EvidenceMeta> {
  const checked = checkEvidenceFile({ name: file.name, size: file.size }, 0);
  if (!checked.ok) throw new EvidenceRefused(checked.refusal);
  return addEvidence({
    id: crypto.randomUUID(),
    decisionUid,
    kind: 'file',
    name: file.name,
    type: checked.type,
    size: file.size,
    addedAt: now,
    blob: file.slice(0, file.size, checked.type),
  });
}

/**
 * A decision's evidence, oldest first, without the bytes. The options page lists every decision's
 * at once: the asks made in one turn of the event loop are answered from one read of the store,
 * not one query each.
 */
export function listEvidence(decisionUid: string): Promise<EvidenceMeta[]> {
  return new Promise((resolve, reject) => {
    if (batch.size === 0) queueMicrotask(() => void answerBatch());
    batch.set(decisionUid, [...(batch.get(decisionUid) ?? []), { resolve, reject }]);
  });
}

const batch = new Map<string, Array<{ resolve(items: EvidenceMeta[]): void; reject(e: unknown): void }>>();

async function answerBatch(): Promise<void> {
  const asked = new Map(batch);
  batch.clear();
  try {
    const byDecision = new Map<string, EvidenceMeta[]>();
    for (const item of await (await openWroDb()).getAll('evidence')) {
      if (asked.has(item.decisionUid)) byDecision.set(item.decisionUid, [...(byDecision.get(item.decisionUid) ?? []), withoutBlob(item)]);
    }
    for (const [uid, waiting] of asked) {
      const items = (byDecision.get(uid) ?? []).sort((a, b) => a.addedAt.localeCompare(b.addedAt));
      for (const w of waiting) w.resolve(items);
    }
  } catch (e) {
    for (const w of [...asked.values()].flat()) w.reject(e);
  }
}

/** One item with its bytes. */
export async function getEvidence(id: string): Promise<EvidenceItem | undefined> {
  return (await openWroDb()).get('evidence', id);
}

export async function removeEvidence(id: string): Promise<void> {
  await (await openWroDb()).delete('evidence', id);
}
