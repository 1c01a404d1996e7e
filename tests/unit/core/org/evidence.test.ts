import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_TOTAL_BYTES } from '../../../../src/core/org/evidence';

describe('what may be attached as evidence', () => {
  it('takes documents and images by extension, with the type kept from the table', () => {
    expect(checkEvidenceFile({ name: 'Certificate.PDF', size: 10 }, 0)).toEqual({ ok: true, type: 'application/pdf' });
    expect(checkEvidenceFile({ name: 'mail.eml', size: 10 }, 0)).toEqual({ ok: true, type: 'message/rfc822' });
    expect(checkEvidenceFile({ name: 'photo.jpeg', size: 10 }, 0)).toEqual({ ok: true, type: 'image/jpeg' });
  });

  it('refuses other kinds, empty files, a file over 20 MB and a total over 200 MB', () => {
    expect(checkEvidenceFile({ name: 'setup.exe', size: 10 }, 0)).toEqual({ ok: false, refusal: { reason: 'type', name: 'setup.exe' } });
    expect(checkEvidenceFile({ name: 'page.html', size: 10 }, 0)).toMatchObject({ ok: false, refusal: { reason: 'type' } });
    expect(checkEvidenceFile({ name: 'noextension', size: 10 }, 0)).toMatchObject({ ok: false, refusal: { reason: 'type' } });
    expect(checkEvidenceFile({ name: 'a.pdf', size: 0 }, 0)).toMatchObject({ ok: false, refusal: { reason: 'empty' } });
    expect(checkEvidenceFile({ name: 'a.pdf', size: MAX_EVIDENCE_FILE_BYTES }, 0).ok).toBe(true);
    expect(checkEvidenceFile({ name: 'a.pdf', size: MAX_EVIDENCE_FILE_BYTES + 1 }, 0)).toMatchObject({ ok: false, refusal: { reason: 'too-large' } });
    expect(checkEvidenceFile({ name: 'a.pdf', size: 2 }, MAX_EVIDENCE_TOTAL_BYTES - 1)).toMatchObject({ ok: false, refusal: { reason: 'total' } });
  });
});
