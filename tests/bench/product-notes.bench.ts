/**
 * Product risk notes benchmark, in Node as the screening workers and the popup's request run them:
 * 50,000 rows × 5 columns, every column of each row read (the screening page's worker code), and a
 * page's text of the same rows (the popup's request). Same-run baseline: the listed-company screen
 * of the same rows' supplier column. Run alone: `npm run bench -- product-notes`.
 */
import type { HighRiskGoods } from '../../src/core/list/high-risk-goods';
import { compileMatcher } from '../../src/core/match/compile';
import { loadMatcher } from '../../src/core/match/matcher';
import type { WroList } from '../../src/core/record';
import { compileProductMatcher, productNotes } from '../../src/core/risk/product-notes';
import { tableProductNotes } from '../../src/core/risk/row-notes';
import { screenTable } from '../../src/core/screening/screen';
import type { ScreeningTable } from '../../src/core/screening/table';
import goods from '../../seeds/high-risk-goods.json';
import seed from '../../seeds/default-list.json';
import type { BenchRow } from './types';

const ROWS = 50_000;
const RUNS = 3;
const PRODUCTS = ['Nitrile examination gloves', 'Office chairs', 'Steel shelving 5 tier', 'A4 copier paper 80gsm', 'Cotton tote bags', 'LED panel 600x600', 'Polysilicon wafers', 'Hand sanitiser 500ml'];

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

function timed(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

export default async function bench(): Promise<BenchRow[]> {
  const rows = Array.from({ length: ROWS }, (_, i) => [`S-${i}`, `Supplier ${i} Ltd`, PRODUCTS[i % PRODUCTS.length]!, i % 3 ? 'China' : 'Malaysia', String(1000 + i)]);
  const table: ScreeningTable = { headers: ['ID', 'Supplier', 'Product', 'Country', 'Spend'], rows, firstRowNumber: 2, delimiter: ',', encoding: 'utf-8', nameFields: true, warnings: [] };
  const matcher = compileProductMatcher(goods as HighRiskGoods);
  const names = loadMatcher(compileMatcher((seed as WroList).records));
  const text = rows.map((r) => r.join('\t')).join('\n');
  return [
    { name: `notes, ${ROWS.toLocaleString('en-GB')} rows × 5 columns (median of ${RUNS})`, value: timed(() => tableProductNotes(matcher, table, 0, ROWS)), unit: 'ms' },
    { name: `notes, the same rows as a page's text, ${(text.length / 1e6).toFixed(1)} MB (median of ${RUNS})`, value: timed(() => productNotes(text, matcher)), unit: 'ms' },
    { name: 'baseline: listed companies in the Supplier column, same rows', value: timed(() => screenTable(names, table, ['Supplier'])), unit: 'ms' },
  ];
}
