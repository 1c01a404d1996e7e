/**
 * What an audit pack is made from and what importing one stores (the pack itself is
 * core/org/audit-pack.ts). Called by the options page directly, as the evidence store is, because
 * a pack with its files (up to hundreds of megabytes) cannot cross a runtime message; the
 * decisions a pack brings are merged through the `import-decisions` request like any colleague's
 * export, so conflicts and dismissals are handled in one place.
 */
import { selectForPack, type PackContents, type PackEvidence, type PackFilter } from '../core/org/audit-pack';
import { MAX_EVIDENCE_TOTAL_BYTES } from '../core/org/evidence';
import { listsForVersions } from '../core/org/list-history';
import { openWroDb, readMeta } from './db';
import { EvidenceRefused, evidenceTotal, fitsQuota, isQuotaError } from './evidence-store';

/** The decisions `filter` selects, their evidence with its bytes, and the lists in force at them. */
export async function collectPack(filter: PackFilter, exportedAt: string): Promise<PackContents> {
  const db = await openWroDb();
  const decisions = selectForPack(await db.getAll('decisions'), filter);
  const uids = new Set(decisions.map((d) => d.uid));
  // One pass over the store rather than a query per decision (10,000 of them in a large pack).
  const evidence: PackEvidence[] = [];
  for (const { blob, ...meta } of await db.getAll('evidence')) {
    if (!uids.has(meta.decisionUid)) continue;
    evidence.push(blob ? { meta, bytes: new Uint8Array(await blob.arrayBuffer()) } : { meta });
  }
  evidence.sort((a, b) => a.meta.addedAt.localeCompare(b.meta.addedAt));
  const lists = listsForVersions((await readMeta('list:history')) ?? [], decisions.map((d) => d.listVersion));
  return { exportedAt, filter, decisions, evidence, lists };
}

/** The pack's evidence this profile does not hold yet (by id), and their bytes. */
export async function newEvidence(items: readonly PackEvidence[]): Promise<{ items: PackEvidence[]; bytes: number }> {
  const db = await openWroDb();
  const held = new Set(await db.getAllKeys('evidence'));
  const fresh = items.filter((item) => !held.has(item.meta.id));
  return { items: fresh, bytes: fresh.reduce((sum, item) => sum + (item.bytes?.length ?? 0), 0) };
}

/** Whether `bytes` more evidence fit the profile's limit (else the bytes used) and the browser's quota. */
export async function evidenceRoomFor(bytes: number): Promise<{ ok: true } | { ok: false; used: number } | { ok: false; quota: true }> {
  const used = await evidenceTotal();
  if (used + bytes > MAX_EVIDENCE_TOTAL_BYTES) return { ok: false, used };
  return (await fitsQuota(bytes)) ? { ok: true } : { ok: false, quota: true };
}

/** Stores evidence items in one transaction (all or none); one the profile already holds is left as it is. */
export async function importEvidence(items: readonly PackEvidence[]): Promise<number> {
  const db = await openWroDb();
  const tx = db.transaction('evidence', 'readwrite');
  tx.done.catch(() => undefined);
  let added = 0;
  try {
    for (const { meta, bytes } of items) {
      if (await tx.store.getKey(meta.id)) continue;
      await tx.store.put(bytes ? { ...meta, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: meta.type }) } : meta);
      added += 1;
    }
    await tx.done;
  } catch (e) {
    if (isQuotaError(e)) throw new EvidenceRefused({ reason: 'quota', name: items[0]?.meta.name ?? '' });
    throw e;
  }
  return added;
}
