/**
 * What the organisation's submission endpoint receives (docs/submission.md): one JSON object per
 * decision or alert, POSTed as it is recorded or raised. The zod schema below is the payload's
 * definition; `schema/submission.schema.json` is generated from it and a test keeps the two equal.
 */
import { z } from 'zod';
import type { Decision } from '../decision';
import { decisionSchema } from './decisions-doc';
import type { WatchAlert } from './watch';

export const SUBMISSION_FORMAT = 'wro-check-submission';
export const SUBMISSION_FORMAT_VERSION = 1;

const isoTime = z.string().max(40).refine((t) => !Number.isNaN(Date.parse(t)), 'not a date and time');

/**
 * Every decision sent carries the fields a version 2 export has; no profile-local `id`. Objects are
 * not closed: a later version may add fields, which a receiver should ignore.
 */
const sentDecision = decisionSchema.required({ uid: true, by: true, owner: true, status: true, reviewDate: true });

const sentAlert = z
  .object({
    id: z.string().min(8).max(100),
    time: isoTime,
    watchId: z.string().max(100),
    name: z.string().max(300).describe('The watched name as the organisation wrote it.'),
    recordId: z.string().min(1).max(200),
    recordName: z.string().max(500),
    kind: z.enum(['listed', 'status-changed']),
    from: z.string().max(40).nullable(),
    to: z.string().max(40),
    listVersion: z.string().max(200),
  });

const envelope = {
  format: z.literal(SUBMISSION_FORMAT),
  formatVersion: z.literal(SUBMISSION_FORMAT_VERSION),
  /**
   * The same for every try of one item, different for each item: a receiver that has seen it has
   * the item already (a retry after a lost answer). A decision edited or undone later is a new item with the same `decision.uid`.
   */
  idempotencyKey: z.string().min(1).max(200),
  queuedAt: isoTime,
  sentAt: isoTime,
  extension: z.object({ name: z.string().max(100), version: z.string().max(40) }),
};

export const submissionSchema = z.discriminatedUnion('kind', [
  z.object({ ...envelope, kind: z.literal('decision'), decision: sentDecision }),
  z.object({ ...envelope, kind: z.literal('alert'), alert: sentAlert }),
]);
export type Submission = z.infer<typeof submissionSchema>;
/** What is queued: everything but the time it is sent, stamped at each try. */
export type QueuedSubmission = Submission extends infer S ? (S extends Submission ? Omit<S, 'sentAt'> : never) : never;

export interface Sender {
  name: string;
  version: string;
}

/** When this version of a decision was made: recorded, last edited or undone, whichever is latest. */
export function decisionVersion(decision: Pick<Decision, 'time' | 'updatedAt' | 'undoneAt'>): string {
  return [decision.time, decision.updatedAt ?? '', decision.undoneAt ?? ''].sort().at(-1)!;
}

/** A decision as queued: every version of it (recorded, edited, undone) is an item of its own. */
export function decisionSubmission(decision: Decision, queuedAt: string, extension: Sender): QueuedSubmission {
  const { id: _localId, ...sent } = decision;
  return {
    format: SUBMISSION_FORMAT,
    formatVersion: SUBMISSION_FORMAT_VERSION,
    kind: 'decision',
    idempotencyKey: `decision:${decision.uid}:${decisionVersion(decision)}`,
    queuedAt,
    extension,
    decision: sent,
  };
}

export function alertSubmission(alert: WatchAlert, queuedAt: string, extension: Sender): QueuedSubmission {
  const { acknowledgedAt: _seen, ...sent } = alert;
  return { format: SUBMISSION_FORMAT, formatVersion: SUBMISSION_FORMAT_VERSION, kind: 'alert', idempotencyKey: `alert:${alert.id}`, queuedAt, extension, alert: sent };
}

/** The body of one try. */
export function stamped(queued: unknown, sentAt: string): string {
  return JSON.stringify({ ...(queued as object), sentAt });
}

export function submissionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(submissionSchema, { target: 'draft-2020-12', io: 'output' }),
    $id: 'https://github.com/wro-check/wro-check/schema/submission.schema.json',
    title: 'WRO Check submission',
    description:
      'One decision or watch-list alert, POSTed by WRO Check to the submission endpoint an organisation configured (docs/submission.md). idempotencyKey is the same on every retry of one item: a receiver that has it already should answer 2xx and keep one copy.',
  };
}
