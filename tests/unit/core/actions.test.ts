import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDANCE_URLS, OFFICIAL_LIST_URLS, officialListUrl, recommendedActions } from '../../../src/core/actions';
import type { ListRecord, RecordKind, Status } from '../../../src/core/record';
import { blankRecord } from '../../../src/core/list/make-list';

const messages = JSON.parse(
  readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, { message: string }>;

function record(kind: RecordKind, status: Status, downstream = false): ListRecord {
  return {
    ...blankRecord(`${kind}-${status}`, kind, 'Example Gloves Sdn Bhd'),
    country: 'Malaysia',
    products: ['disposable gloves'],
    downstream,
    issued: '2021-10-21',
    status,
  };
}

const keys = (r: ListRecord): string[] => recommendedActions(r).map((a) => a.key);
const KINDS: RecordKind[] = ['wro', 'finding', 'uflpa', 'region', 'vessel', 'watchlist'];
const STATUSES: Status[] = ['active', 'modified', 'inactive', 'revoked', 'delisted', 'unknown'];

describe('recommended actions', () => {
  it('for an active company order: verify the manufacturer, ask for a map, existing contracts, enhanced due diligence, escalate, contract terms, record', () => {
    expect(keys(record('wro', 'active'))).toEqual([
      'actionVerifyManufacturer',
      'actionAskSupplyChainMap',
      'actionExistingContracts',
      'actionEnhancedDueDiligence',
      'actionEscalate',
      'actionContractTerms',
      'actionRecordDecision',
    ]);
    expect(keys(record('uflpa', 'active'))).toEqual(keys(record('wro', 'active')));
  });

  it('for a region or product order: traceability of the named inputs rather than the supplier name', () => {
    const regionKeys = keys(record('region', 'active', true));
    expect(regionKeys[0]).toBe('actionRegionTraceability');
    expect(regionKeys).toContain('actionDownstream');
    expect(regionKeys).not.toContain('actionVerifyManufacturer');
  });

  it('for a vessel order: catch documentation', () => {
    expect(keys(record('vessel', 'active'))[0]).toBe('actionVesselCatch');
  });

  it('explains downstream scope only where the order reaches goods made from the products', () => {
    expect(keys(record('wro', 'active', true))).toContain('actionDownstream');
    expect(keys(record('wro', 'active', false))).not.toContain('actionDownstream');
  });

  it('for a lifted order: confirm on the official list first, and no escalation or award block', () => {
    for (const status of ['modified', 'inactive', 'revoked', 'delisted'] as const) {
      const k = keys(record('finding', status));
      expect(k[0]).toBe('actionLiftedConfirm');
      expect(k).not.toContain('actionEnhancedDueDiligence');
      expect(k).not.toContain('actionEscalate');
      expect(k.at(-1)).toBe('actionRecordDecision');
    }
  });

  it('for an unknown status: say so first and treat it as possibly in force', () => {
    const k = keys(record('wro', 'unknown'));
    expect(k[0]).toBe('actionStatusUnknown');
    expect(k).toContain('actionEnhancedDueDiligence');
    expect(recommendedActions(record('wro', 'unknown'))[0]?.source).toBe('officialList');
  });

  it('cites a source for every action, with wording in the English messages, for every kind and status', () => {
    for (const kind of KINDS) {
      for (const status of STATUSES) {
        for (const downstream of [false, true]) {
          const actions = recommendedActions(record(kind, status, downstream));
          expect(actions.length).toBeGreaterThan(1);
          expect(new Set(actions.map((a) => a.key)).size).toBe(actions.length);
          for (const action of actions) {
            expect(messages[action.key]?.message, action.key).toBeTruthy();
            expect(messages[`guidance_${action.source}`]?.message, action.source).toBeTruthy();
            if (action.source !== 'officialList') expect(GUIDANCE_URLS[action.source]).toMatch(/^https:\/\//);
          }
        }
      }
    }
  });

  it('links UFLPA entities to the DHS list and CBP orders to the CBP list', () => {
    expect(officialListUrl(record('uflpa', 'active'))).toBe(OFFICIAL_LIST_URLS.dhs);
    expect(officialListUrl(record('wro', 'active'))).toBe(OFFICIAL_LIST_URLS.cbp);
    expect(officialListUrl(record('region', 'active'))).toBe(OFFICIAL_LIST_URLS.cbp);
  });
});
