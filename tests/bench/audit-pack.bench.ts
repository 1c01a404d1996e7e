/**
 * The audit pack at the scale: 10,000 decisions, 1,000 of them with an evidence file,
 * 100 MB of files in all, exported (read from IndexedDB, hashed, zipped) and imported into an empty
 * profile (checked, decisions merged as the background does it, files stored), in Node with
 * fake-indexeddb (a real IndexedDB implementation, not a browser's storage engine: read the store's
 * share as relative). The pack's code is the extension's own (core/org/audit-pack.ts and
 * platform/audit-pack-store.ts); only the page around it is missing. Memory: the process's peak
 * resident size (`maxRSS`) after each step, over what it was before the data was made, so run it
 * alone (`npm run bench -- audit-pack`). Same-run baselines: fflate zipping and unzipping the same
 * files with nothing else, and SHA-256 over the 100 MB.
 */
import 'fake-indexeddb/auto';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { decisionsToJson } from '../../src/core/decision-export';
import { buildPack, readPack } from '../../src/core/org/audit-pack';
import type { ReportWords } from '../../src/core/org/audit-pack-report';
import { parseDecisionsDoc } from '../../src/core/org/decisions-doc';
import { collectPack, importEvidence, newEvidence } from '../../src/platform/audit-pack-store';
import { openWroDb } from '../../src/platform/db';
import { importDecisions } from '../../src/platform/decision-store';
import type { Decision } from '../../src/core/decision';
import type { BenchRow } from './types';

const DECISIONS = 10_000;
const FILES = 1_000;
const TOTAL_BYTES = 100 * 1024 * 1024;
const FILE_BYTES = Math.floor(TOTAL_BYTES / FILES);

const words: ReportWords = { t: (k, ...s) => [k, ...s].join(' '), outcome: (o) => o, dateTime: (d) => d, size: (n) => `${n} B`, lang: 'en' };

const peakMb = () => process.resourceUsage().maxRSS / 1024;
const mb = (bytes: number) => bytes / 1024 / 1024;

function decision(i: number): Decision {
  const hex = i.toString(16).padStart(12, '0');
  return {
    uid: `00000000-0000-4000-8000-${hex}`,
    by: 'Category team',
    owner: i % 3 === 0 ? 'Ana Ortiz' : '',
    status: i % 2 === 0 ? 'open' : 'closed',
    reviewDate: i % 5 === 0 ? '2027-03-01' : null,
    contractRef: `CT-2026-${i % 40}`,
    time: new Date(Date.UTC(2026, 0, 1) + i * 45 * 60_000).toISOString(),
    outcome: i % 2 === 0 ? 'asked-for-evidence' : 'supplier-confirmed-not-listed',
    note: `Asked supplier ${i} for the mill certificate and the bill of lading; answer received and filed with the evidence.`,
    pageUrl: `https://www.find-tender.service.gov.uk/Notice/${i}-2026`,
    pageTitle: `Framework lot ${i % 12}`,
    site: 'https://www.find-tender.service.gov.uk',
    matchedText: `Benchmark Textiles ${i % 500} Co., Ltd.`,
    context: `Bidder: Northgate Supplies ${i % 70} Ltd · Product: cotton gowns`,
    recordId: `bench-${i % 500}`,
    recordName: `Benchmark Textiles ${i % 500} Co., Ltd.`,
    listVersion: `v1-bench${i % 4}`,
    undoneAt: null,
  };
}

/** A file's bytes: varied, so that nothing compresses them away (as PDFs and images do not compress). */
function fileBytes(i: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(FILE_BYTES);
  let x = (i + 1) * 2654435761;
  for (let k = 0; k < bytes.length; k += 1) {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    bytes[k] = x & 0xff;
  }
  return bytes;
}

async function clear(): Promise<void> {
  const db = await openWroDb();
  await Promise.all([db.clear('decisions'), db.clear('evidence'), db.delete('meta', 'decisions:conflicts')]);
}

/** The result, the wall-clock time and the process's CPU time (user and system, ms): on a shared machine the CPU time moves less. */
async function time<T>(run: () => Promise<T>): Promise<[T, number, number]> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return [result, performance.now() - start, (used.user + used.system) / 1000];
}

export default async function bench(): Promise<BenchRow[]> {
  await clear();
  const base = peakMb();
  const decisions = Array.from({ length: DECISIONS }, (_, i) => decision(i));
  const bytes = Array.from({ length: FILES }, (_, i) => fileBytes(i));
  await importDecisions(decisions);
  await importEvidence(
    bytes.map((b, i) => ({
      meta: { id: `e0000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`, decisionUid: decisions[i * (DECISIONS / FILES)]!.uid, kind: 'file' as const, name: `evidence-${i}.pdf`, type: 'application/pdf', size: b.length, addedAt: '2026-12-01T00:00:00.000Z' },
      bytes: b,
    })),
  );
  const afterSetup = peakMb();

  // Export: what the options page's Export does, less the download.
  const [zip, exportMs, exportCpu] = await time(async () => buildPack(await collectPack({}, '2026-12-06T10:00:00.000Z'), words));
  const afterExport = peakMb();

  // Import into an empty profile: what the options page's Import does, the decisions as the background merges them.
  await clear();
  const [counts, importMs, importCpu] = await time(async () => {
    const read = await readPack(zip);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const doc = parseDecisionsDoc(decisionsToJson(read.pack.decisions, read.pack.exportedAt));
    if (!doc.ok) throw new Error(doc.error);
    const merged = await importDecisions(doc.doc.decisions);
    const files = await importEvidence((await newEvidence(read.pack.evidence)).items);
    return { decisions: merged.added, files };
  });
  const afterImport = peakMb();
  if (counts.decisions !== DECISIONS || counts.files !== FILES) throw new Error(`imported ${JSON.stringify(counts)}`);

  // Baselines: fflate alone on the same files, and hashing alone.
  const files: Zippable = {};
  bytes.forEach((b, i) => (files[`evidence/${i}.pdf`] = [b, { level: 0 }]));
  const [bare, zipMs, zipCpu] = await time(async () => zipSync(files));
  const [, unzipMs, unzipCpu] = await time(async () => unzipSync(bare));
  const [, hashMs, hashCpu] = await time(async () => {
    for (const b of bytes) await crypto.subtle.digest('SHA-256', b);
  });
  await clear();

  const note = `${DECISIONS.toLocaleString('en-GB')} decisions, ${FILES.toLocaleString('en-GB')} files, ${mb(FILES * FILE_BYTES).toFixed(0)} MB; fake-indexeddb`;
  return [
    { name: 'export (read store, hash, zip)', value: exportMs / 1000, unit: 's', note },
    { name: 'export, CPU time', value: exportCpu / 1000, unit: 's' },
    { name: 'import (check, merge decisions, store files)', value: importMs / 1000, unit: 's', note },
    { name: 'import, CPU time', value: importCpu / 1000, unit: 's' },
    { name: 'pack size', value: mb(zip.length), unit: 'MB' },
    { name: 'peak RSS over start, data made and stored', value: afterSetup - base, unit: 'MB' },
    { name: 'peak RSS over start, after export', value: afterExport - base, unit: 'MB' },
    { name: 'peak RSS over start, after import', value: afterImport - base, unit: 'MB' },
    { name: 'baseline: fflate zip of the files alone', value: zipMs / 1000, unit: 's', note: `CPU ${(zipCpu / 1000).toFixed(2)} s` },
    { name: 'baseline: fflate unzip of the files alone', value: unzipMs / 1000, unit: 's', note: `CPU ${(unzipCpu / 1000).toFixed(2)} s` },
    { name: 'baseline: SHA-256 of the files alone', value: hashMs / 1000, unit: 's', note: `CPU ${(hashCpu / 1000).toFixed(2)} s` },
  ];
}
