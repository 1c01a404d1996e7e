import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DECISION_STATUSES } from '../../../src/core/decision';
import { MERGE_FIELDS } from '../../../src/core/org/merge';
import { FIELD_KEYS, STATUS_KEYS } from '../../../src/ui/decision-labels';
import { EMPTY_FOLLOW_UP, followUpPayload } from '../../../src/ui/FollowUpFields';

// The form imports the i18n helpers, which import the WebExtension API: not needed here.
vi.mock('../../../src/platform/browser', () => ({ default: {} }));

const messages = JSON.parse(readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('followUpPayload', () => {
  it('sends the outcome’s first status until one is chosen, and leaves out what was left empty', () => {
    expect(followUpPayload(EMPTY_FOLLOW_UP, 'asked-for-evidence')).toEqual({ status: 'open' });
    expect(followUpPayload(EMPTY_FOLLOW_UP, 'supplier-confirmed-not-listed')).toEqual({ status: 'closed' });
    expect(followUpPayload({ owner: '  Category team ', status: 'closed', reviewDate: '2027-01-31', contractRef: ' ' }, 'escalated')).toEqual({
      status: 'closed',
      owner: 'Category team',
      reviewDate: '2027-01-31',
    });
  });
});

describe('decision labels', () => {
  it('names every status and every field a conflict shows with an English message', () => {
    for (const s of DECISION_STATUSES) expect(messages, s).toHaveProperty(STATUS_KEYS[s]);
    for (const f of MERGE_FIELDS) expect(messages, f).toHaveProperty(FIELD_KEYS[f]);
  });
});
