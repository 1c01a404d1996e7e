import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import { bundledRecords } from '../../../corpus/bundled-list';
import { FOURTH_DIR, FRESH_DIR, OUTSIDE_DIR, THIRD_DIR, loadCorpus } from '../../../corpus/corpus';
import { evaluate, type CorpusScore } from '../../../corpus/evaluate';

function report(name: string, score: CorpusScore): void {
  console.log(
    `${name}: ${score.mentions} mentions, ${score.decoys} decoys, ${score.findings} findings; ` +
      `precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`,
  );
  for (const m of score.misses) console.log(`  missed ${m.file}: "${m.text}" (${m.label}) got: ${m.got || 'nothing'}`);
  for (const f of score.falseAlarms) console.log(`  false alarm ${f.file}: "${f.text}" → ${f.record}${f.decoy ? ' [decoy]' : ''}`);
}

describe('labelled corpus', () => {
  const records = bundledRecords();
  const matcher = loadMatcher(compileMatcher(records));
  const scan = (text: string) => matcher.scan(text);
  const ours = loadCorpus(records);
  const outside = loadCorpus(records, OUTSIDE_DIR);
  const whole = evaluate([...ours, ...outside], scan);
  const ourScore = evaluate(ours, scan);
  const outsideCompanies = evaluate(outside, scan, true);
  const fresh = loadCorpus(records, FRESH_DIR);
  const freshCompanies = evaluate(fresh, scan, true);
  const thirdCompanies = evaluate(loadCorpus(records, THIRD_DIR), scan, true);
  const fourthCompanies = evaluate(loadCorpus(records, FOURTH_DIR), scan, true);
  const outsideAll = evaluate(outside, scan);

  it('has at least 200 labelled mentions and 80 decoys of ours, and 150 and 80 written outside', () => {
    expect(ourScore.mentions).toBeGreaterThanOrEqual(200);
    expect(ourScore.decoys).toBeGreaterThanOrEqual(80);
    expect(outside.length).toBeGreaterThanOrEqual(12);
    expect(outsideCompanies.mentions).toBeGreaterThanOrEqual(150);
    expect(outsideCompanies.decoys).toBeGreaterThanOrEqual(80);
  });

  it('finds listed names with precision and recall of at least 0.97 over the whole corpus', () => {
    report('whole corpus', whole);
    expect(whole.precision).toBeGreaterThanOrEqual(0.97);
    expect(whole.recall).toBeGreaterThanOrEqual(0.97);
  });

  // Issue #14's aim, places of origin on the region pages of issue #19 included (see tests/corpus/outside/README.md).
  it('finds every labelled mention on pages written outside, places of origin included, with precision 0.98 and recall 0.95', () => {
    report('outside pages, all mentions', outsideAll);
    expect(outsideAll.precision).toBeGreaterThanOrEqual(0.98);
    expect(outsideAll.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds listed companies on pages written outside with precision 0.98 and recall 0.95', () => {
    report('outside pages, companies', outsideCompanies);
    expect(outsideCompanies.precision).toBeGreaterThanOrEqual(0.98);
    expect(outsideCompanies.recall).toBeGreaterThanOrEqual(0.95);
  });

  // First measured at 0.942 / 0.889 (tests/corpus/fresh/README.md), then tuned: no longer unseen text.
  it('finds listed companies on the second set of outside pages with precision 0.98 and recall 0.95', () => {
    report('fresh outside pages, companies', freshCompanies);
    expect(freshCompanies.mentions).toBeGreaterThanOrEqual(140);
    expect(freshCompanies.precision).toBeGreaterThanOrEqual(0.98);
    expect(freshCompanies.recall).toBeGreaterThanOrEqual(0.95);
  });

  // 0.957 / 0.973 at its first measurement, 0.973 / 0.973 after one fix (tests/corpus/third/README.md).
  // Issue #14's aim is 0.98 / 0.95; these floors stop it falling while it is below.
  it('finds listed companies on the third set of outside pages with precision 0.95 and recall 0.95', () => {
    report('third outside pages, companies', thirdCompanies);
    expect(thirdCompanies.mentions).toBeGreaterThanOrEqual(110);
    expect(thirdCompanies.precision).toBeGreaterThanOrEqual(0.95);
    expect(thirdCompanies.recall).toBeGreaterThanOrEqual(0.95);
  });

  // Not tuned for: 0.944 / 0.944 at its first measurement (tests/corpus/fourth/README.md), below
  // issue #14's 0.98 / 0.95; these floors stop it falling further.
  it('finds listed companies on the fourth set of outside pages, not tuned for, with precision 0.93 and recall 0.93', () => {
    report('fourth outside pages, companies', fourthCompanies);
    expect(fourthCompanies.mentions).toBeGreaterThanOrEqual(90);
    expect(fourthCompanies.precision).toBeGreaterThanOrEqual(0.93);
    expect(fourthCompanies.recall).toBeGreaterThanOrEqual(0.93);
  });

  it('reports no decoy on our own pages', () => {
    expect(ourScore.falseAlarms.filter((f) => f.decoy)).toEqual([]);
  });
});
