/**
 * Reading a decisions document: the options page's JSON export, a colleague's export to merge, or
 * the organisation's decisions feed. Untrusted: every field is checked, and a document with one bad
 * decision is refused whole with where and why, so nothing half-read is kept. Version 1 exports
 * (before decisions had uids) are read too: each of their decisions gets a uid derived from its
 * content, so reading the same file twice yields the same uids and an import never duplicates it.
 */
import { z } from 'zod';
import { DECISION_STATUSES, DISMISSAL_REASONS, DISMISSAL_SCOPES, initialStatus, OUTCOMES, type Decision } from '../decision';
import { JSON_EXPORT_FORMAT } from '../decision-export';

/** Largest document read: about 10,000 decisions with long notes. */
export const MAX_DECISIONS_DOC_BYTES = 50 * 1024 * 1024;
export const MAX_DECISIONS = 100_000;

const text = (max: number) => z.string().max(max);
const isoTime = z.string().max(40).refine((t) => !Number.isNaN(Date.parse(t)), 'not a date and time');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a yyyy-mm-dd date');

export const decisionSchema = z.object({
  uid: z.string().min(8).max(100).regex(/^[A-Za-z0-9-]+$/, 'not a uid').optional(),
  time: isoTime,
  outcome: z.enum(OUTCOMES),
  note: text(5000),
  pageUrl: text(4000),
  pageTitle: text(1000),
  site: text(500),
  matchedText: text(1000),
  context: text(1000).optional(),
  recordId: z.string().min(1).max(200),
  recordName: text(500),
  listVersion: text(200),
  undoneAt: isoTime.nullable(),
  scope: z.enum(DISMISSAL_SCOPES).optional(),
  dismissedName: text(1000).optional(),
  reason: z.enum(DISMISSAL_REASONS).optional(),
  by: text(120).optional(),
  owner: text(120).optional(),
  status: z.enum(DECISION_STATUSES).optional(),
  reviewDate: isoDay.nullable().optional(),
  contractRef: text(200).optional(),
  updatedAt: isoTime.optional(),
  recordStatus: text(40).optional(),
});

const docSchema = z.object({
  format: z.literal(JSON_EXPORT_FORMAT),
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  exportedAt: isoTime,
  decisions: z.array(z.unknown()).max(MAX_DECISIONS),
});

export interface DecisionsDoc {
  exportedAt: string;
  formatVersion: 1 | 2;
  /** Every decision with the fields of version 2; no `id` (that belongs to the profile that stores it). */
  decisions: Decision[];
}

export type DecisionsDocResult = { ok: true; doc: DecisionsDoc } | { ok: false; error: string };

/** A stable uid for a decision exported before uids: the same content always gives the same uid. */
export function contentUid(d: { time: string; recordId: string; outcome: string; matchedText: string; pageUrl: string }): string {
  const key = [d.time, d.recordId, d.outcome, d.matchedText, d.pageUrl].join('\u0000');
  // Two FNV-1a passes with different seeds: 64 bits, plenty for one organisation's decisions.
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return `v1-${hash(2166136261)}${hash(0x9747b28c)}`;
}

function where(path: readonly PropertyKey[]): string {
  return path.length ? ` (${path.map(String).join('.')})` : '';
}

/** Parses and checks a decisions document; the error names the decision and field at fault. */
export function parseDecisionsDoc(textIn: string): DecisionsDocResult {
  if (textIn.length > MAX_DECISIONS_DOC_BYTES) return { ok: false, error: `The file is larger than ${MAX_DECISIONS_DOC_BYTES / 1024 / 1024} MB.` };
  let raw: unknown;
  try {
    raw = JSON.parse(textIn);
  } catch {
    return { ok: false, error: 'The file is not JSON.' };
  }
  const doc = docSchema.safeParse(raw);
  if (!doc.success) {
    const issue = doc.error.issues[0];
    return { ok: false, error: `Not a WRO Check decisions file: ${issue?.message ?? 'invalid'}${where(issue?.path ?? [])}.` };
  }
  const decisions: Decision[] = [];
  const uids = new Set<string>();
  for (const [index, item] of doc.data.decisions.entries()) {
    const parsed = decisionSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: `Decision ${index + 1}: ${issue?.message ?? 'invalid'}${where(issue?.path ?? [])}.` };
    }
    const d = parsed.data;
    const uid = d.uid ?? contentUid(d);
    if (uids.has(uid)) return { ok: false, error: `Decision ${index + 1}: uid ${uid} appears twice.` };
    uids.add(uid);
    decisions.push({
      ...d,
      uid,
      by: d.by ?? '',
      owner: d.owner ?? '',
      status: d.status ?? initialStatus(d.outcome),
      reviewDate: d.reviewDate ?? null,
    });
  }
  return { ok: true, doc: { exportedAt: doc.data.exportedAt, formatVersion: doc.data.formatVersion, decisions } };
}

/**
 * The JSON Schema of a decisions document (`schema/decisions.schema.json`, for whoever produces an
 * organisation's decisions feed), made from the schemas above so the two cannot drift. What it
 * cannot say: a uid appears once, and dates must be real dates.
 */
export function decisionsJsonSchema(): Record<string, unknown> {
  const whole = docSchema.extend({ decisions: z.array(decisionSchema).max(MAX_DECISIONS) });
  return {
    ...z.toJSONSchema(whole, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://github.com/wro-check/wro-check/schema/decisions.schema.json',
    title: 'WRO Check decisions',
    description:
      'Decisions recorded in WRO Check: the options page\'s JSON export, a colleague\'s file to import, or an organisation\'s decisions feed (docs/decisions-feed.md). Each decision\'s uid must appear once in a document; formatVersion 1 documents (before uids, owners and statuses) are read too, each decision given a uid from its content.',
  };
}
