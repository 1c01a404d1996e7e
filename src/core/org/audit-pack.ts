/**
 * The audit pack: one zip an auditor can open and another profile can import, for a date range, a
 * supplier or a contract reference. It holds the decisions (JSON in the export's format, and CSV),
 * every evidence file under `evidence/<decision uid>/`, what is known of each evidence item
 * (`evidence.json`), the lists in force at the decisions (`lists.json`), a printable report
 * (`report.html`) and `manifest.json`, which names every other file with its size and SHA-256.
 *
 * Reading a pack is reading an untrusted file: the zip's own directory is checked before anything
 * is unpacked (file count, declared sizes, names that could climb out of a folder), then every file
 * against the manifest (none missing, none extra, each hash), then each document field by field.
 * A pack with one fault is refused whole, with what is wrong, so nothing half-read is imported.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import type { Decision } from '../decision';
import { decisionsToCsv, decisionsToJson, type ExportOptions } from '../decision-export';
import { matchesFilter } from '../decision-filter';
import { msg, type Message } from '../message';
import { packReportHtml, type ReportWords } from './audit-pack-report';
import { parseDecisionsDoc } from './decisions-doc';
import { checkEvidenceFile, MAX_EVIDENCE_FILE_BYTES, type EvidenceMeta } from './evidence';
import { evidencePath } from './pack-paths';
import type { ListInForce } from './list-history';

export const PACK_FORMAT = 'wro-check-audit-pack';
export const PACK_VERSION = 1;

/** What a pack holds: decisions taken in a date range (inclusive yyyy-mm-dd), about a supplier, under a contract reference. */
export interface PackFilter {
  from?: string;
  to?: string;
  /** Text in the listed company's name or id, or in the name the page used. */
  supplier?: string;
  contractRef?: string;
}

/** An evidence item and its bytes (none for a capture without a screenshot). */
export interface PackEvidence {
  meta: EvidenceMeta;
  bytes?: Uint8Array;
}

export interface PackLists {
  /** The lists in force at the pack's decisions, as this profile recorded them. */
  known: ListInForce[];
  /** List versions decisions name that this profile has no record of. */
  unknown: string[];
}

export interface PackContents {
  exportedAt: string;
  filter: PackFilter;
  decisions: Decision[];
  evidence: PackEvidence[];
  lists: PackLists;
}

/** What a pack may unpack to: generous for 10,000 decisions and the evidence a profile may hold. */
export const PACK_LIMITS = {
  maxFiles: 25_000,
  maxTotalBytes: 512 * 1024 * 1024,
  /** A document (decisions, evidence list, report). */
  maxDocumentBytes: 64 * 1024 * 1024,
  maxEvidenceBytes: MAX_EVIDENCE_FILE_BYTES,
};

const lower = (text: string | undefined) => text?.trim().toLocaleLowerCase() ?? '';

/** The decisions a pack with `filter` holds, oldest first. */
export function selectForPack(decisions: readonly Decision[], filter: PackFilter): Decision[] {
  const supplier = lower(filter.supplier);
  return decisions
    .filter((d) => matchesFilter(d, { from: filter.from, to: filter.to, contractRef: filter.contractRef }))
    .filter((d) => !supplier || [d.recordName, d.recordId, d.matchedText].some((v) => v.toLocaleLowerCase().includes(supplier)))
    .sort((a, b) => a.time.localeCompare(b.time));
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);

/** The zip's bytes. Evidence files are stored as they are (mostly compressed already); documents deflated. */
export async function buildPack(contents: PackContents, words: ReportWords, csv: ExportOptions = {}): Promise<Uint8Array> {
  const documents: Record<string, Uint8Array> = {
    'decisions.json': strToU8(decisionsToJson(contents.decisions.map(({ id: _id, ...d }) => d), contents.exportedAt)),
    // A byte-order mark makes Excel read UTF-8 as UTF-8.
    'decisions.csv': strToU8(`\uFEFF${decisionsToCsv(contents.decisions, csv)}`),
    'evidence.json': json({
      items: contents.evidence.map(({ meta, bytes }) => ({ ...meta, ...(bytes ? { path: evidencePath(meta) } : {}) })),
    }),
    'lists.json': json(contents.lists),
    'report.html': strToU8(packReportHtml(contents, words)),
  };
  const files: Record<string, { size: number; sha256: string }> = {};
  const zippable: Zippable = {};
  const mtime = new Date(contents.exportedAt);
  for (const [path, bytes] of Object.entries(documents)) zippable[path] = [bytes, { level: 6, mtime }];
  for (const { meta, bytes } of contents.evidence) if (bytes) zippable[evidencePath(meta)] = [bytes, { level: 0, mtime }];
  for (const [path, entry] of Object.entries(zippable)) {
    const bytes = (entry as [Uint8Array, unknown])[0];
    files[path] = { size: bytes.length, sha256: await sha256(bytes) };
  }
  const manifest = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    exportedAt: contents.exportedAt,
    filter: contents.filter,
    counts: { decisions: contents.decisions.length, evidence: contents.evidence.length, lists: contents.lists.known.length },
    files,
  };
  return zipSync({ 'manifest.json': [json(manifest), { level: 6, mtime }], ...zippable });
}

/** `pack-export-2026-12-06.zip` */
export function packFileName(exportedAt: string): string {
  return `wro-check-audit-pack-${exportedAt.slice(0, 10)}.zip`;
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoTime = z.string().max(40).refine((t) => !Number.isNaN(Date.parse(t)), 'not a date and time');
const sha = z.string().regex(/^[0-9a-f]{64}$/);

const manifestSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  exportedAt: isoTime,
  filter: z.object({ from: isoDay.optional(), to: isoDay.optional(), supplier: z.string().max(200).optional(), contractRef: z.string().max(200).optional() }),
  counts: z.object({ decisions: z.number().int().nonnegative(), evidence: z.number().int().nonnegative(), lists: z.number().int().nonnegative() }),
  files: z.record(z.string(), z.object({ size: z.number().int().nonnegative(), sha256: sha })),
});

const captureSchema = z.object({
  url: z.string().max(4000),
  title: z.string().max(1000),
  time: isoTime,
  matchedText: z.string().max(1000),
  context: z.string().max(1000),
});

const evidenceSchema = z.object({
  items: z.array(
    z.object({
      id: z.string().min(8).max(100).regex(/^[A-Za-z0-9-]+$/),
      decisionUid: z.string().min(8).max(100).regex(/^[A-Za-z0-9-]+$/),
      kind: z.enum(['file', 'capture', 'screenshot']),
      name: z.string().min(1).max(300),
      type: z.string().max(200),
      size: z.number().int().nonnegative().max(MAX_EVIDENCE_FILE_BYTES),
      addedAt: isoTime,
      capture: captureSchema.optional(),
      path: z.string().max(400).optional(),
    }),
  ),
});

const listSchema = z.object({
  version: z.string().max(200),
  generated: z.string().max(40),
  title: z.string().max(500),
  since: z.string().max(40),
  sources: z.array(z.object({ label: z.string().max(500), url: z.string().max(4000), retrieved: z.string().max(40).nullable() })).max(100),
});
const listsSchema = z.object({ known: z.array(listSchema).max(10_000), unknown: z.array(z.string().max(200)).max(10_000) });

const DOCUMENTS = ['decisions.json', 'decisions.csv', 'evidence.json', 'lists.json', 'report.html'] as const;

/** A path that stays inside the folder it is unpacked to, on any system. */
const SAFE_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

export type PackReadResult = { ok: true; pack: PackContents } | { ok: false; error: Message };

function issue(error: z.ZodError): string {
  const first = error.issues[0];
  return `${first?.message ?? 'invalid'}${first?.path.length ? ` (${first.path.map(String).join('.')})` : ''}`;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    return undefined;
  }
}

/** Reads and checks a pack (see the file comment); `limits` for tests. */
export async function readPack(zip: Uint8Array, limits = PACK_LIMITS): Promise<PackReadResult> {
  const fail = (key: string, ...params: Array<string | number>): PackReadResult => ({ ok: false, error: msg(key, ...params) });
  // First the zip's directory only: nothing is inflated before every entry is known to be reasonable.
  const entries: Array<{ name: string; originalSize: number }> = [];
  try {
    unzipSync(zip, { filter: (file) => (entries.push({ name: file.name, originalSize: file.originalSize }), false) });
  } catch {
    return fail('packErrNotZip');
  }
  if (entries.length > limits.maxFiles) return fail('packErrTooManyFiles', entries.length, limits.maxFiles);
  const seen = new Set<string>();
  let total = 0;
  for (const { name, originalSize } of entries) {
    if (!SAFE_PATH.test(name) || name.length > 400) return fail('packErrUnsafeName', name.slice(0, 200));
    if (seen.has(name)) return fail('packErrDuplicate', name);
    seen.add(name);
    const cap = name.startsWith('evidence/') ? limits.maxEvidenceBytes : limits.maxDocumentBytes;
    if (originalSize > cap) return fail('packErrFileTooLarge', name, Math.ceil(cap / 1024 / 1024));
    total += originalSize;
  }
  if (total > limits.maxTotalBytes) return fail('packErrTooLarge', Math.ceil(limits.maxTotalBytes / 1024 / 1024));
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    return fail('packErrNotZip');
  }

  if (!files['manifest.json']) return fail('packErrMissing', 'manifest.json');
  const manifest = manifestSchema.safeParse(parseJson(files['manifest.json']));
  if (!manifest.success) return fail('packErrManifest', issue(manifest.error));
  const listed = manifest.data.files;
  for (const name of Object.keys(files)) if (name !== 'manifest.json' && !Object.hasOwn(listed, name)) return fail('packErrExtra', name);
  for (const name of [...DOCUMENTS, ...Object.keys(listed)]) if (!files[name]) return fail('packErrMissing', name);
  for (const [name, { size, sha256: expected }] of Object.entries(listed)) {
    // A zip entry whose declared size lied was cut to that size when inflated: its hash cannot match.
    const bytes = files[name]!;
    if (bytes.length !== size || (await sha256(bytes)) !== expected) return fail('packErrHash', name);
  }

  const doc = parseDecisionsDoc(strFromU8(files['decisions.json']!));
  if (!doc.ok) return fail('packErrDecisions', doc.error);
  const decisions = doc.doc.decisions;
  const uids = new Set(decisions.map((d) => d.uid));

  const evidenceDoc = evidenceSchema.safeParse(parseJson(files['evidence.json']!));
  if (!evidenceDoc.success) return fail('packErrEvidence', issue(evidenceDoc.error));
  const evidence: PackEvidence[] = [];
  const ids = new Set<string>();
  for (const { path, ...meta } of evidenceDoc.data.items) {
    if (ids.has(meta.id)) return fail('packErrEvidence', `${meta.id} twice`);
    ids.add(meta.id);
    if (!uids.has(meta.decisionUid)) return fail('packErrEvidence', `${meta.name}: no decision ${meta.decisionUid}`);
    if (path === undefined) {
      evidence.push({ meta });
      continue;
    }
    // A pack's files face the same rules as files attached here: an .html or .svg is not let in as evidence.
    const kind = checkEvidenceFile({ name: meta.name, size: meta.size }, 0);
    if (!kind.ok || kind.type !== meta.type) return fail('packErrEvidence', `${meta.name}: not a kind of file kept as evidence`);
    const bytes = path === evidencePath(meta) ? files[path] : undefined;
    if (!bytes) return fail('packErrMissing', path);
    if (bytes.length !== meta.size) return fail('packErrEvidence', `${meta.name}: size`);
    evidence.push({ meta, bytes });
  }
  const evidencePaths = new Set(evidence.flatMap(({ meta, bytes }) => (bytes ? [evidencePath(meta)] : [])));
  for (const name of Object.keys(listed)) if (name.startsWith('evidence/') && !evidencePaths.has(name)) return fail('packErrExtra', name);

  const lists = listsSchema.safeParse(parseJson(files['lists.json']!));
  if (!lists.success) return fail('packErrLists', issue(lists.error));
  return { ok: true, pack: { exportedAt: manifest.data.exportedAt, filter: manifest.data.filter, decisions, evidence, lists: lists.data } };
}
