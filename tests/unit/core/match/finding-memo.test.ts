/**
 * The matcher remembers per-finding work (explanations, related records, a name's products) so that
 * texts repeating their names are not slow (tests/bench/nearmiss.bench.ts). What it remembers must
 * never change a result: a matcher that has scanned a lot gives the same findings as a fresh one,
 * and every finding's objects are its own.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { nearMissText } from '../../../bench/nearmiss.bench';
import { bundledRecords } from '../../../corpus/bundled-list';
import { loadCorpus } from '../../../corpus/corpus';

// Each test scans texts of tens of thousands of mentions: seconds on a busy two-core machine.
describe('per-finding memo', { timeout: 60_000 }, () => {
  const records = bundledRecords();
  const payload = compileMatcher(records);
  const texts = [
    nearMissText(3000, 'wrong'),
    nearMissText(3000, 'right'),
    ...loadCorpus(records).map((p) => p.text),
  ];

  it('gives a warm matcher the same findings as a fresh one, in prose and as name fields', () => {
    const warm = loadMatcher(payload);
    for (const t of texts) warm.scan(t);
    for (const t of texts) {
      expect(warm.scan(t)).toEqual(loadMatcher(payload).scan(t));
      const cells = t.split('\n').slice(0, 300);
      const fresh = loadMatcher(payload);
      expect(cells.map((c) => warm.scan(c, { nameField: true }))).toEqual(cells.map((c) => fresh.scan(c, { nameField: true })));
    }
    // Two fresh matchers per corpus page: about 2 s on an idle machine, over vitest's 5 s under load.
  }, 30_000);

  it('finds every near miss of the sample, with explanations that differ where the text does', () => {
    const m = loadMatcher(payload);
    const findings = m.scan(texts[0]!);
    expect(findings.length).toBeGreaterThan(2000);
    const possible = findings.filter((f) => f.confidence === 'possible');
    expect(possible.length).toBeGreaterThan(1500);
    for (const f of possible) expect(f.explanation.normalisations.some((n) => n.startsWith('spelling'))).toBe(true);
    // The same misspelling twice: equal explanations, but not the same objects.
    const same = (f: (typeof possible)[number]) => `${f.matchedText} ${JSON.stringify(f.explanation)}`;
    const [x, y] = possible.filter((f) => same(f) === same(possible[0]!));
    expect(y).toBeDefined();
    expect(x!.explanation).toEqual(y!.explanation);
    expect(x!.explanation).not.toBe(y!.explanation);
    x!.explanation.context.push({ kind: 'field' });
    x!.explanation.normalisations.length = 0;
    if (x!.relatedRecordIds) x!.relatedRecordIds.push('changed');
    // A caller changing its findings changes nothing the matcher remembers.
    const z = m.scan(texts[0]!).find((f) => f.start === x!.start)!;
    expect(z.explanation).toEqual(y!.explanation);
    expect(z.relatedRecordIds).toEqual(y!.relatedRecordIds);
  });

  it('stays right after more distinct mentions than it remembers', () => {
    const many = nearMissText(30_000, 'wrong');
    const m = loadMatcher(payload);
    const first = m.scan(many);
    expect(m.scan(many)).toEqual(first);
  });
});
