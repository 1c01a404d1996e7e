/**
 * Issue #17, attack 4: a page flooding the extension's session storage. What a frame and a tab may
 * keep is counted and capped (core/finding-caps.ts), each frame's findings are an entry of their
 * own, and a tab at its cap leaves room for every other tab. storage.session is faked with the
 * browsers' quota (10 MB, two bytes per character of JSON) and counts what each write touches.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { english } from '../../../src/cli/english';
import { capExplanation, capFrameFindings, countMentions, FINDING_CAPS, storedSize, type Mention } from '../../../src/core/finding-caps';
import { explanationMessage } from '../../../src/core/match/explain';
import type { MatchExplanation } from '../../../src/core/match/types';

const QUOTA_BYTES = 10 * 1024 * 1024;
const session = new Map<string, unknown>();
/** Each key's size as storage counts it. */
const sizes = new Map<string, number>();
const writes: string[][] = [];
const used = (): number => [...sizes.values()].reduce((sum, n) => sum + n, 0);
vi.mock('../../../src/platform/browser', () => ({
  default: {
    storage: {
      session: {
        get: async (keys: string | string[]) => Object.fromEntries([keys].flat().filter((k) => session.has(k)).map((k) => [k, structuredClone(session.get(k))])),
        set: async (items: Record<string, unknown>) => {
          const next = Object.entries(items).map(([k, v]) => [k, 2 * k.length + storedSize(v)] as const);
          const after = used() + next.reduce((sum, [k, n]) => sum + n - (sizes.get(k) ?? 0), 0);
          if (after > QUOTA_BYTES) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
          for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
          for (const [k, n] of next) sizes.set(k, n);
          writes.push(Object.keys(items));
        },
        remove: async (keys: string | string[]) => {
          for (const k of [keys].flat()) {
            session.delete(k);
            sizes.delete(k);
          }
        },
      },
    },
  },
}));

const tabFindings = await import('../../../src/background/tab-findings');

const PAGE = { url: 'https://market.example.com/gloves', title: 'Sponsored gloves', frameUrl: 'https://market.example.com/gloves', listVersion: 'v1' };
const SOFT_HYPHEN = '\u00ad';
const RECORDS = ['supermax', 'top-glove', 'hoshine'];

/**
 * `n` mentions of listed names, each padded differently (as the attack page writes them), each in
 * a row of its own with a context as long as a report may send: about 1.5 KB each.
 */
function padded(n: number, frame = 0): Mention[] {
  return Array.from({ length: n }, (_, i) => {
    const pad = SOFT_HYPHEN.repeat(300 + ((i * 7 + frame * 13) % 100));
    return {
      recordId: RECORDS[i % 3] as string,
      matchedText: `Supermax${pad} Corporation Berhad`.slice(0, 500),
      confidence: 'match',
      score: 1,
      why: `Match: legal form "Corporation${pad} Berhad"`.slice(0, 500),
      context: `Bidder ${i}: ${'Northgate Medical Supplies Ltd '.repeat(20)}`.slice(0, 500),
    };
  });
}

const tabBytes = (tabId: number): number =>
  [...session].filter(([k]) => k === `tab-${tabId}` || k.startsWith(`frame-${tabId}-`)).reduce((sum, [k, v]) => sum + 2 * k.length + storedSize(v), 0);

beforeEach(() => {
  session.clear();
  sizes.clear();
  writes.length = 0;
});

describe('counting and capping one frame (pure)', () => {
  it('counts repeated mentions: 2,000 padded mentions of three companies keep at most three texts each, every mention counted', () => {
    const counted = countMentions(padded(2000));
    expect(counted.length).toBeLessThanOrEqual(3 * FINDING_CAPS.textsPerRecord);
    expect(counted.reduce((sum, f) => sum + f.count, 0)).toBe(2000);
    for (const f of counted) {
      expect(f.matchedText.length).toBeLessThanOrEqual(FINDING_CAPS.matchedTextChars);
      expect(f.why.length).toBeLessThanOrEqual(FINDING_CAPS.whyChars);
      expect(f.context?.length).toBeLessThanOrEqual(FINDING_CAPS.contextChars);
    }
    // Identical mentions are one finding; a report already counted adds its counts.
    expect(countMentions([{ recordId: 'a', matchedText: 'A', confidence: 'match', score: 1, why: 'w' }, { recordId: 'a', matchedText: 'A', confidence: 'match', score: 1, why: 'w', count: 4 }]))
      .toEqual([{ recordId: 'a', matchedText: 'A', confidence: 'match', score: 1, why: 'w', count: 5 }]);
    // The same name in another row is kept with that row's context, up to the record's cap.
    const rows = countMentions(['Bidder: Northgate', 'Bidder: Clearwater', 'Bidder: Northgate'].map((context) => ({ recordId: 'a', matchedText: 'A', confidence: 'match' as const, score: 1, why: 'w', context })));
    expect(rows.map((f) => [f.context, f.count])).toEqual([['Bidder: Northgate', 2], ['Bidder: Clearwater', 1]]);
    // A possible match is not folded into a firm one, nor the other way.
    expect(countMentions([{ recordId: 'a', matchedText: 'A', confidence: 'match', score: 1, why: 'w' }, { recordId: 'a', matchedText: 'A', confidence: 'possible', score: 0.6, why: 'w' }])).toHaveLength(2);
  });

  it('keeps the most severe within the frame\'s size, drops records not on the list, and counts what it left out', () => {
    const mentions: Mention[] = Array.from({ length: 600 }, (_, i) => ({
      recordId: `record-${i}`, matchedText: `Company number ${i} Limited`, confidence: 'match', score: 1, why: 'x'.repeat(280),
    }));
    mentions.push({ recordId: 'not-listed', matchedText: 'Nobody', confidence: 'match', score: 1, why: 'w' });
    const rank = (f: { recordId: string }) => (f.recordId === 'not-listed' ? undefined : f.recordId === 'record-599' ? 10 : 1);
    const { findings, omitted } = capFrameFindings(mentions, rank);
    expect(storedSize(findings)).toBeLessThanOrEqual(FINDING_CAPS.frameBytes);
    expect(findings[0]?.recordId).toBe('record-599');
    expect(findings.some((f) => f.recordId === 'not-listed')).toBe(false);
    expect(findings.length + omitted).toBe(600);
    expect(omitted).toBeGreaterThan(0);
  });
});

describe('storing a tab\'s frames', () => {
  it('keeps each frame in an entry of its own: a frame\'s report writes that entry and the tab\'s small one only', async () => {
    await tabFindings.setFrameFindings(1, 0, { ...PAGE, findings: padded(10) });
    await tabFindings.setFrameFindings(1, 4, { ...PAGE, frameUrl: 'https://ads.example.net/slot', findings: padded(10, 4) });
    writes.length = 0;
    await tabFindings.setFrameFindings(1, 4, { ...PAGE, frameUrl: 'https://ads.example.net/slot', findings: padded(20, 4) });
    expect(writes).toEqual([['tab-1', 'frame-1-4']]);
    expect(storedSize(session.get('tab-1'))).toBeLessThan(1000);
    const tab = await tabFindings.getTabFindings(1);
    expect(Object.keys(tab?.frames ?? {}).sort()).toEqual(['0', '4']);
    expect(tab?.entries['4']?.url).toBe('https://ads.example.net/slot');
    expect(tab?.frames['4']?.reduce((sum, f) => sum + f.count, 0)).toBe(20);
    // A frame reporting nothing any more leaves no entry behind.
    await tabFindings.setFrameFindings(1, 4, { ...PAGE, findings: [] });
    expect(session.has('frame-1-4')).toBe(false);
    expect(Object.keys((await tabFindings.getTabFindings(1))?.frames ?? {})).toEqual(['0']);
  });

  it('caps a tab: 200 frames of 2,000 padded findings keep at most 64 frames and 320 KB, and the top frame always', { timeout: 30_000 }, async () => {
    const started = performance.now();
    for (let frame = 1; frame <= 200; frame++) await tabFindings.setFrameFindings(2, frame, { ...PAGE, findings: padded(2000, frame) });
    await tabFindings.setFrameFindings(2, 0, { ...PAGE, findings: padded(2000) });
    const took = performance.now() - started;
    const tab = await tabFindings.getTabFindings(2);
    expect(tab?.frames['0']?.length).toBeGreaterThan(0);
    expect(Object.keys(tab?.frames ?? {}).length - 1).toBeLessThanOrEqual(FINDING_CAPS.framesPerTab);
    expect(tabBytes(2)).toBeLessThanOrEqual(FINDING_CAPS.tabBytes + FINDING_CAPS.frameBytes + 4096);
    // What the tab kept, and what it could not.
    expect((tab?.framesNotKept.length ?? 0) + Object.keys(tab?.frames ?? {}).length).toBe(201);
    console.info(`200 frames of 2,000 padded findings stored in ${Math.round(took)} ms; the tab holds ${Math.round(tabBytes(2) / 1024)} KB`);
  });

  it('leaves room for other tabs: 30 tabs flooded to their cap, and a tab opened after them still has its findings stored', { timeout: 30_000 }, async () => {
    // Frames naming 250 different listed companies each (about 64 KB kept), eight a tab.
    const wide = (frame: number): Mention[] => Array.from({ length: 250 }, (_, i) => ({
      recordId: `record-${frame}-${i}`, matchedText: `Company ${i} of frame ${frame}${SOFT_HYPHEN.repeat(60)}`, confidence: 'match', score: 1, why: 'w'.repeat(200),
    }));
    for (let tabId = 100; tabId < 130; tabId++) {
      for (let frame = 0; frame < 8; frame++) await tabFindings.setFrameFindings(tabId, frame, { ...PAGE, findings: wide(frame) });
      expect(tabBytes(tabId)).toBeGreaterThan(FINDING_CAPS.tabBytes);
      expect(tabBytes(tabId)).toBeLessThanOrEqual(FINDING_CAPS.tabBytes + FINDING_CAPS.frameBytes + 4096);
    }
    console.info(`30 tabs at their cap use ${(used() / 2 ** 20).toFixed(1)} MB of storage.session's 10 MB`);
    expect(used()).toBeLessThan(QUOTA_BYTES);
    const ordinary = [{ recordId: 'supermax', matchedText: 'Supermax Corporation Berhad', confidence: 'match' as const, score: 1, why: 'name' }];
    await tabFindings.setFrameFindings(7, 0, { ...PAGE, findings: ordinary });
    expect((await tabFindings.getTabFindings(7))?.frames['0']).toMatchObject(ordinary);
  });

  it('reads a tab back from storage after the worker restarted, and forgets it all when the tab goes', async () => {
    await tabFindings.setFrameFindings(3, 0, { ...PAGE, findings: padded(5) });
    await tabFindings.setFrameFindings(3, 2, { ...PAGE, frameUrl: 'https://ads.example.net/x', findings: padded(5, 2) });
    vi.resetModules();
    const restarted = await import('../../../src/background/tab-findings');
    const tab = await restarted.getTabFindings(3);
    expect(Object.keys(tab?.frames ?? {}).sort()).toEqual(['0', '2']);
    expect((await restarted.getFrameFindings(3, 2))?.url).toBe('https://ads.example.net/x');
    await restarted.clearTabFindings(3);
    expect([...session.keys()].filter((k) => k.includes('-3'))).toEqual([]);
    expect(await restarted.getTabFindings(3)).toBeUndefined();
  });
});

describe('an explanation cut to its cap', () => {
  const SOURCE = 'https://intranet.example.org/suppliers/register/2026-12-02/medi-guard-nitrile-gloves';
  /** A brand's explanation as the content script words it, its chain `steps` distributors long, then a support clause. */
  function brandWhy(steps: number, supportText = 'Nitrile examination gloves'): string {
    const explanation: MatchExplanation = {
      matchedName: 'MediGuard',
      recordName: 'Supermax Corporation Bhd.',
      role: 'brand',
      possible: false,
      normalisations: ['case'],
      typo: 0,
      context: [{ kind: 'product', text: supportText }] as MatchExplanation['context'],
      brand: {
        steps: [
          ...Array.from({ length: steps }, (_, i) => ({ type: 'distributor-for' as const, name: `Regional Medical Distribution Partner Number ${i + 1} Limited` })),
          { type: 'made-by' as const, name: 'Supermax Corporation Bhd.' },
        ],
        feed: 'Northgate NHS Trust supplier register',
        asOf: '2026-12-02',
        sourceLabel: 'Supplier register',
        sourceUrl: SOURCE,
      },
    };
    return english(explanationMessage(explanation));
  }

  it('keeps a short explanation as it is: a brand\'s one step with its source and address', () => {
    const why = brandWhy(0);
    expect(why).toContain(SOURCE);
    expect(capExplanation(why, FINDING_CAPS.whyChars)).toBe(why);
  });

  it('cuts a long brand chain in its middle: what matched, who says so and the source\'s address stay', () => {
    const why = brandWhy(12);
    expect(why.length).toBeGreaterThan(FINDING_CAPS.whyChars);
    const cut = capExplanation(why, FINDING_CAPS.whyChars);
    expect(cut.length).toBeLessThanOrEqual(FINDING_CAPS.whyChars);
    expect(cut.startsWith(why.slice(0, 60))).toBe(true);
    expect(cut).toContain(SOURCE);
    expect(cut).toContain('source: Supplier register, ');
    expect(cut).toContain('…');
    expect(cut).not.toContain('Partner Number 6 ');
    // countMentions keeps it so, in the content script and again in the background.
    const [kept] = countMentions([{ recordId: 'a', matchedText: 'MediGuard', confidence: 'match', score: 0.9, why }]);
    expect(kept?.why).toBe(cut);
  });

  it('keeps an address longer than the cap whole, the room growing to fit it', () => {
    const long = `https://intranet.example.org/${'register/'.repeat(70)}medi-guard`;
    const why = `Match: “MediGuard”, ${'a distributor of a distributor, '.repeat(30)}as the feed says (source: Register, ${long}); after normalising case.`;
    const cut = capExplanation(why, FINDING_CAPS.whyChars);
    expect(cut).toContain(long);
    expect(cut.length).toBeLessThanOrEqual(long.length + 40);
    expect(cut.startsWith('Match: “Medi')).toBe(true);
  });

  it('keeps the source\'s address, not one a page\'s words put in a later clause', () => {
    const why = brandWhy(12, 'gloves, see https://attacker.example/' + 'x'.repeat(120));
    const cut = capExplanation(why, FINDING_CAPS.whyChars);
    expect(cut).toContain(SOURCE);
    expect(cut.length).toBeLessThanOrEqual(FINDING_CAPS.whyChars);
  });

  it('cuts an explanation naming no address in its middle, keeping its start and its end', () => {
    const why = `Match: “Supermax”, ${'w'.repeat(400)}; supported by legal form “Bhd.”.`;
    const cut = capExplanation(why, 100);
    expect(cut).toHaveLength(100);
    expect(cut.startsWith('Match: “Supermax”')).toBe(true);
    expect(cut.endsWith('legal form “Bhd.”.')).toBe(true);
  });
});
