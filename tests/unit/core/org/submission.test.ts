import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { alertSubmission, decisionSubmission, stamped, submissionJsonSchema, submissionSchema } from '../../../../src/core/org/submission';
import type { WatchAlert } from '../../../../src/core/org/watch';
import { decision } from '../../platform/decision-fixtures';

const read = (path: string): string => readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8');
const extension = { name: 'WRO Check', version: '0.1.0' };
const alert: WatchAlert = {
  id: '3f1c9a52-8e47-4b0c-9d1e-6a2b7c8d9e0f',
  time: '2026-12-06T10:00:00.000Z',
  watchId: 'c0a8b3d4-1e2f-4a5b-8c9d-0e1f2a3b4c5d',
  name: 'Example Gloves',
  recordId: 'cbp-wro-2026-01',
  recordName: 'Example Gloves Sdn. Bhd.',
  kind: 'listed',
  from: null,
  to: 'active',
  listVersion: '2026-12-06T09:59:00.000Z',
  acknowledgedAt: null,
};

describe('the submission payload', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(read('schema/submission.schema.json')) as object);

  it('is described by schema/submission.schema.json, generated from its zod schema', () => {
    expect(JSON.parse(read('schema/submission.schema.json'))).toEqual(JSON.parse(JSON.stringify(submissionJsonSchema())));
  });

  it('for a decision: the whole decision without the profile’s id, keyed by its uid and version', () => {
    const d = decision({ id: 12, owner: 'Priya', contractRef: 'CF-2026-0141' });
    const body = JSON.parse(stamped(decisionSubmission(d, '2026-12-06T10:00:00.000Z', extension), '2026-12-06T10:01:00.000Z')) as Record<string, unknown>;
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(submissionSchema.safeParse(body).success).toBe(true);
    const { id: _id, ...sent } = d;
    expect(body).toEqual({
      format: 'wro-check-submission',
      formatVersion: 1,
      kind: 'decision',
      idempotencyKey: `decision:${d.uid}:${d.time}`,
      queuedAt: '2026-12-06T10:00:00.000Z',
      sentAt: '2026-12-06T10:01:00.000Z',
      extension,
      decision: sent,
    });
  });

  it('gives an edited or undone decision a key of its own, so a receiver keeps the change', () => {
    const d = decision();
    const first = decisionSubmission(d, d.time, extension).idempotencyKey;
    const edited = decisionSubmission({ ...d, updatedAt: '2026-12-07T08:00:00.000Z' }, d.time, extension).idempotencyKey;
    const undone = decisionSubmission({ ...d, updatedAt: '2026-12-07T08:00:00.000Z', undoneAt: '2026-12-08T08:00:00.000Z' }, d.time, extension).idempotencyKey;
    expect(new Set([first, edited, undone]).size).toBe(3);
    expect(undone).toBe(`decision:${d.uid}:2026-12-08T08:00:00.000Z`);
  });

  it('for an alert: the alert without whether it was seen, keyed by its id', () => {
    const body = JSON.parse(stamped(alertSubmission(alert, alert.time, extension), alert.time)) as Record<string, unknown>;
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(body).toMatchObject({ kind: 'alert', idempotencyKey: `alert:${alert.id}`, alert: { name: 'Example Gloves', kind: 'listed', from: null, to: 'active' } });
    expect(body.alert).not.toHaveProperty('acknowledgedAt');
  });

  it('is what docs/submission.md shows', () => {
    const blocks = [...read('docs/submission.md').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as unknown);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const json of blocks) expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is refused by the schema without its key or with an unknown kind', () => {
    const body = JSON.parse(stamped(alertSubmission(alert, alert.time, extension), alert.time)) as Record<string, unknown>;
    const { idempotencyKey: _k, ...keyless } = body;
    expect(validate(keyless)).toBe(false);
    expect(validate({ ...body, kind: 'note' })).toBe(false);
  });
});
