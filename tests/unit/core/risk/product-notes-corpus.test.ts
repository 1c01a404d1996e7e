/**
 * The product risk corpus (tests/corpus/products/): product listings, tender lots and catalogues
 * with decoys. Fails below the floors; tests/corpus/products/README.md has the figures.
 */
import { describe, expect, it } from 'vitest';
import type { HighRiskGoods } from '../../../../src/core/list/high-risk-goods';
import { compileProductMatcher } from '../../../../src/core/risk/product-notes';
import data from '../../../../seeds/high-risk-goods.json';
import { loadProductCorpus, scoreProductPage } from '../../../corpus/product-corpus';

const matcher = compileProductMatcher(data as HighRiskGoods);
const PRECISION_FLOOR = 0.95;
const RECALL_FLOOR = 0.95;

describe('product risk corpus', () => {
  const scores = loadProductCorpus().map((page) => scoreProductPage(page, matcher));

  it('has pages, labelled goods and decoys', () => {
    expect(scores.length).toBeGreaterThanOrEqual(5);
    expect(scores.reduce((n, s) => n + s.labelled, 0)).toBeGreaterThanOrEqual(25);
  });

  it(`notes goods with precision ≥ ${PRECISION_FLOOR} and recall ≥ ${RECALL_FLOOR}, and no decoy`, () => {
    const noted = scores.reduce((n, s) => n + s.noted, 0);
    const truePositives = scores.reduce((n, s) => n + s.truePositives, 0);
    const labelled = scores.reduce((n, s) => n + s.labelled, 0);
    const found = labelled - scores.reduce((n, s) => n + s.missed.length, 0);
    expect(truePositives / noted, JSON.stringify(scores.map((s) => [s.file, s.falseAlarms]))).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(found / labelled, JSON.stringify(scores.map((s) => [s.file, s.missed]))).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(scores.flatMap((s) => s.decoysNoted.map((d) => `${s.file}: ${d}`))).toEqual([]);
  });
});
