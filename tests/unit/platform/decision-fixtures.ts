import type { Decision } from '../../../src/core/decision';
import type { NewDecision } from '../../../src/platform/decision-store';

export function newDecision(overrides: Partial<NewDecision> = {}): NewDecision {
  return {
    time: '2026-11-28T09:15:00.000Z',
    outcome: 'asked-for-evidence',
    note: '',
    pageUrl: 'https://www.find-tender.service.gov.uk/Notice/012345-2026',
    pageTitle: 'Nitrile gloves framework',
    site: 'https://www.find-tender.service.gov.uk',
    matchedText: 'Supermax Corporation Berhad',
    recordId: 'cbp-wro-2021-10-21-supermax-corporation-bhd',
    recordName: 'Supermax Corporation Bhd.',
    listVersion: 'v1-1cc7f088b0686519',
    ...overrides,
  };
}

export function decision(overrides: Partial<Decision> = {}): Decision {
  return { uid: '3f2c8a1e-0b6d-4c1e-9a57-5d0c2b7e4f10', by: '', owner: '', status: 'open', reviewDate: null, ...newDecision(), id: 1, undoneAt: null, ...overrides };
}
