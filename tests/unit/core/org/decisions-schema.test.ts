import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { decisionsToJson } from '../../../../src/core/decision-export';
import { decisionsJsonSchema, parseDecisionsDoc } from '../../../../src/core/org/decisions-doc';
import { decision } from '../../platform/decision-fixtures';

const read = (path: string): string => readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8');
const example = (): Record<string, unknown> & { decisions: Array<Record<string, unknown>> } => JSON.parse(read('docs/examples/org-decisions.json'));

describe('the decisions JSON Schema (schema/decisions.schema.json)', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(read('schema/decisions.schema.json')) as object);

  it('is the reader’s zod schema, so the two cannot drift', () => {
    expect(JSON.parse(read('schema/decisions.schema.json'))).toEqual(JSON.parse(JSON.stringify(decisionsJsonSchema())));
  });

  it('accepts the documented examples (docs/decisions-feed.md and its example file) and what the options page exports, as the reader does', () => {
    const exported = decisionsToJson([decision(), decision({ uid: '9d0e8c1a-7b2f-4e6d-8a5c-3b1f0e2d4c6a', owner: 'Priya', reviewDate: '2027-01-15' })], '2026-12-01T09:00:00.000Z');
    for (const text of [read('docs/examples/org-decisions.json'), exported]) {
      expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
      expect(parseDecisionsDoc(text).ok).toBe(true);
    }
    const docs = [...read('docs/decisions-feed.md').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(docs).toHaveLength(1);
    for (const text of docs) {
      expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
      expect(parseDecisionsDoc(text).ok).toBe(true);
    }
    const read1 = parseDecisionsDoc(read('docs/examples/org-decisions.json'));
    expect(read1.ok && read1.doc.decisions.map((d) => d.outcome)).toEqual(['supplier-confirmed-not-listed', 'escalated', 'not-this-company']);
  });

  it.each<[string, (doc: ReturnType<typeof example>) => void]>([
    ['an unknown outcome', (doc) => void (doc.decisions[0]!.outcome = 'cleared')],
    ['a decision without its record', (doc) => void delete doc.decisions[1]!.recordId],
    ['a review date that is not yyyy-mm-dd', (doc) => void (doc.decisions[0]!.reviewDate = '12/05/2027')],
    ['a status other than open or closed', (doc) => void (doc.decisions[0]!.status = 'done')],
    ['a version from the future', (doc) => void (doc.formatVersion = 3)],
    ['another format', (doc) => void (doc.format = 'wro-list')],
  ])('refuses %s, as the reader does', (_name, spoil) => {
    const doc = example();
    spoil(doc);
    expect(validate(doc)).toBe(false);
    expect(parseDecisionsDoc(JSON.stringify(doc)).ok).toBe(false);
  });
});
