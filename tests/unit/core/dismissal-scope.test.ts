import { describe, expect, it } from 'vitest';
import { hiddenOn, isHidden, pageKey } from '../../../src/core/dismissal-scope';
import { decision } from '../platform/decision-fixtures';

const SUPERMAX = 'cbp-wro-2021-10-21-supermax-corporation-bhd';
const SITE = 'https://www.find-tender.service.gov.uk';
const PAGE = `${SITE}/Notice/012345-2026`;
const dismissal = (over: Parameters<typeof decision>[0]) => decision({ outcome: 'not-this-company', ...over });

describe('what a "not this company" hides', () => {
  it('hides the one name on its site: the record\'s other names (a listed subsidiary) stay shown', () => {
    const hidden = hiddenOn([dismissal({ scope: 'site', dismissedName: 'Supermax Corporation Berhad' })], SITE, `${SITE}/other`);
    expect(isHidden(hidden, SUPERMAX, 'Supermax Corporation Berhad', 'SUPERMAX CORPORATION BERHAD')).toBe(true);
    expect(isHidden(hidden, SUPERMAX, 'Maxter Glove Manufacturing Sdn. Bhd.', 'Maxter Glove Manufacturing Sdn. Bhd.')).toBe(false);
    // Another site: nothing.
    expect(hiddenOn([dismissal({ scope: 'site', dismissedName: 'Supermax Corporation Berhad' })], 'https://shop.example', 'https://shop.example/')).toEqual({ records: [], names: [] });
  });

  it('matches the name as written differently (case, spacing, accents) and by the text the page wrote', () => {
    const hidden = hiddenOn([dismissal({ dismissedName: 'Supermax  Corporation BERHAD' })], SITE, PAGE);
    expect(isHidden(hidden, SUPERMAX, 'Supermax Corporation Bhd.', 'supermax corporation berhad')).toBe(true);
    expect(isHidden(hidden, 'other-record', 'Supermax Corporation Berhad', 'Supermax Corporation Berhad')).toBe(false);
  });

  it('reaches every site, or only its page (any fragment), as chosen', () => {
    const everywhere = dismissal({ scope: 'everywhere', dismissedName: 'Supermax Corporation Berhad' });
    expect(hiddenOn([everywhere], 'https://shop.example', 'https://shop.example/x').names).toHaveLength(1);
    const page = dismissal({ scope: 'page', pageUrl: `${PAGE}#bids`, dismissedName: 'Supermax Corporation Berhad' });
    expect(hiddenOn([page], SITE, `${PAGE}#top`).names).toHaveLength(1);
    expect(hiddenOn([page], SITE, `${SITE}/Notice/999`).names).toEqual([]);
    expect(pageKey(`${PAGE}#x`)).toBe(PAGE);
  });

  it('keeps dismissals recorded before scopes as they were: the whole record on the site; undone ones hide nothing', () => {
    expect(hiddenOn([dismissal({})], SITE, PAGE)).toEqual({ records: [SUPERMAX], names: [] });
    expect(hiddenOn([dismissal({ undoneAt: '2026-12-01T00:00:00.000Z' })], SITE, PAGE)).toEqual({ records: [], names: [] });
    expect(hiddenOn([dismissal({ outcome: 'escalated' })], SITE, PAGE)).toEqual({ records: [], names: [] });
    // A page without a site hides nothing but what reaches every site.
    expect(hiddenOn([dismissal({ site: '' })], '', 'file:///tmp/q.html')).toEqual({ records: [], names: [] });
  });
});
