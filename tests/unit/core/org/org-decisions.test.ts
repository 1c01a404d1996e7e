import { describe, expect, it } from 'vitest';
import { english } from '../../../../src/cli/english';
import { MAX_NOTE, MAX_SHOWN, orgDecisionsFor } from '../../../../src/core/org/org-decisions';
import { decision } from '../../platform/decision-fixtures';

const RECORD = { id: 'cbp-wro-2021-10-21-supermax-corporation-bhd', status: 'modified' as const, statusDate: '2023-09-18' };
const VERSION = 'v1-1cc7f088b0686519';
const TENDER = 'https://www.find-tender.service.gov.uk';
const here = { site: TENDER, pageUrl: `${TENDER}/Notice/012345-2026` };

const taken = (overrides: Parameters<typeof decision>[0] = {}) =>
  decision({ id: undefined, time: '2026-11-12T10:00:00.000Z', outcome: 'supplier-confirmed-not-listed', by: 'Category team', note: 'Declaration on file', recordStatus: 'modified', ...overrides });

describe('the organisation’s decisions on a finding', () => {
  it('shows the decisions on the record not undone, newest first, with who, when, the note and the list version', () => {
    const older = taken({ uid: 'aaaaaaaa-1', time: '2026-10-01T09:00:00.000Z', outcome: 'asked-for-evidence' });
    const newer = taken({ uid: 'bbbbbbbb-2' });
    const undone = taken({ uid: 'cccccccc-3', time: '2026-11-20T09:00:00.000Z', undoneAt: '2026-11-21T09:00:00.000Z' });
    const other = taken({ uid: 'dddddddd-4', recordId: 'uflpa-hoshine-silicon' });
    const { shown, more } = orgDecisionsFor([older, undone, newer, other], RECORD, VERSION);
    expect(shown.map((d) => d.uid)).toEqual(['bbbbbbbb-2', 'aaaaaaaa-1']);
    expect(shown[0]).toEqual({ uid: 'bbbbbbbb-2', outcome: 'supplier-confirmed-not-listed', time: '2026-11-12T10:00:00.000Z', by: 'Category team', note: 'Declaration on file', listVersion: VERSION, needsReview: false, review: [] });
    expect(more).toBe(0);
  });

  it('shows at most a few, counting the rest, and shortens long notes', () => {
    const many = Array.from({ length: MAX_SHOWN + 2 }, (_, i) => taken({ uid: `uid-0000-${i}`, time: `2026-11-1${i}T10:00:00.000Z`, note: 'n'.repeat(MAX_NOTE + 50) }));
    const { shown, more } = orgDecisionsFor(many, RECORD, VERSION);
    expect(shown).toHaveLength(MAX_SHOWN);
    expect(more).toBe(2);
    expect(shown[0]!.note).toHaveLength(MAX_NOTE);
  });

  it('marks a decision taken under another list version for review, naming both versions', () => {
    const [d] = orgDecisionsFor([taken({ listVersion: 'v1-0ld0ld0ld0ld0ld' })], RECORD, VERSION).shown;
    expect(d!.needsReview).toBe(true);
    expect(d!.review.map(english)).toEqual([`taken under list version v1-0ld0ld0ld0ld0ld, now ${VERSION}`]);
  });

  it('marks a decision taken while the record had another status, naming both', () => {
    const [d] = orgDecisionsFor([taken({ recordStatus: 'active' })], RECORD, VERSION).shown;
    expect(d!.review.map(english)).toEqual(['taken before the record’s status changed (was Active, now Modified)']);
  });

  it('without the status at the time, marks a decision older than the record’s status date', () => {
    const before = taken({ recordStatus: undefined, time: '2023-01-05T10:00:00.000Z' });
    const after = taken({ recordStatus: undefined, uid: 'later-000-1' });
    const shown = orgDecisionsFor([before, after], RECORD, VERSION).shown;
    expect(shown.find((d) => d.uid === before.uid)!.review.map(english)).toEqual(['taken before the record’s status changed on 2023-09-18']);
    expect(shown.find((d) => d.uid === after.uid)!.needsReview).toBe(false);
  });

  it('gives both reasons when both apply', () => {
    const [d] = orgDecisionsFor([taken({ recordStatus: 'active', listVersion: 'v1-other' })], RECORD, VERSION).shown;
    expect(d!.review).toHaveLength(2);
  });

  it('on a page, leaves out a “not this company” taken for another site or page, and keeps one for every site', () => {
    const otherSite = taken({ uid: 'nsite-0001', outcome: 'not-this-company', site: 'https://www.contractsfinder.service.gov.uk', scope: 'site' });
    const thisSite = taken({ uid: 'nsite-0002', outcome: 'not-this-company', site: TENDER, scope: 'site' });
    const otherPage = taken({ uid: 'npage-0003', outcome: 'not-this-company', site: TENDER, scope: 'page', pageUrl: `${TENDER}/Notice/999` });
    const everywhere = taken({ uid: 'nevery-004', outcome: 'not-this-company', site: 'https://elsewhere.example', scope: 'everywhere' });
    const all = [otherSite, thisSite, otherPage, everywhere];
    expect(orgDecisionsFor(all, RECORD, VERSION, here).shown.map((d) => d.uid).sort()).toEqual(['nevery-004', 'nsite-0002']);
    // Screening has no page: every one is shown.
    expect(orgDecisionsFor(all, RECORD, VERSION).shown).toHaveLength(MAX_SHOWN);
  });
});
