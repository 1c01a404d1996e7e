/**
 * Brands, private labels and distributors an organisation's feed leads to a listed record
 * (`ListRecord.brandLinks`): their names are compiled as the record's names with the role `brand`,
 * and each carries the chain a finding on it is explained with ("private label of …, made by …").
 */
import type { BrandChain, ListRecord } from '../record';
import type { MatcherPayload } from './payload';
import type { Finding } from './types';

/** The chains of one record's brand names, as the payload keeps them: [record index, name index, chain]. */
export function brandChainsOf(record: ListRecord, ri: number, nameId: (text: string) => number): NonNullable<MatcherPayload['brands']> {
  return (record.brandLinks ?? []).flatMap((link) => {
    const chain: BrandChain = { steps: link.steps, feed: link.feed, asOf: link.asOf, sourceLabel: link.sourceLabel, sourceUrl: link.sourceUrl };
    return [link.name, ...link.aliases].map((name): [number, number, BrandChain] => [ri, nameId(name), chain]);
  });
}

/** Puts each brand finding's chain into its explanation: null when the payload has no brands. */
export function brandExplainer(payload: MatcherPayload): ((findings: Finding[]) => Finding[]) | null {
  if (!payload.brands?.length) return null;
  const chains = new Map<string, BrandChain>();
  for (const [ri, ni, chain] of payload.brands) {
    const key = `${payload.records[ri]![0]}\u0000${payload.names[ni]}`;
    if (!chains.has(key)) chains.set(key, chain);
  }
  return (findings) =>
    findings.map((f) => {
      if (f.explanation.role !== 'brand') return f;
      const chain = chains.get(`${f.recordId}\u0000${f.explanation.matchedName}`);
      return chain ? { ...f, explanation: { ...f.explanation, brand: chain } } : f;
    });
}
