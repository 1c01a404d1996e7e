import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/core/match/compile';
import { loadMatcher } from '../../../src/core/match/matcher';
import { bundledRecords } from '../../corpus/bundled-list';
import { loadCorpus } from '../../corpus/corpus';
import { evaluate } from '../../corpus/evaluate';

describe('labelled corpus', () => {
  const records = bundledRecords();
  const pages = loadCorpus(records);
  const matcher = loadMatcher(compileMatcher(records));
  const score = evaluate(pages, (text) => matcher.scan(text));

  it('has at least 200 labelled mentions and 80 decoys', () => {
    expect(score.mentions).toBeGreaterThanOrEqual(200);
    expect(score.decoys).toBeGreaterThanOrEqual(80);
  });

  it('finds listed names with precision and recall of at least 0.97', () => {
    console.log(
      `corpus: ${score.mentions} mentions, ${score.decoys} decoys, ${score.findings} findings; ` +
        `precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`,
    );
    for (const m of score.misses) console.log(`  missed ${m.file}: "${m.text}" (${m.label}) got: ${m.got || 'nothing'}`);
    for (const f of score.falseAlarms) console.log(`  false alarm ${f.file}: "${f.text}" → ${f.record}${f.decoy ? ' [decoy]' : ''}`);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
    expect(score.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('reports no decoy', () => {
    expect(score.falseAlarms.filter((f) => f.decoy)).toEqual([]);
  });
});
