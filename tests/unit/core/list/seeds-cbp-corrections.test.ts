/**
 * The CBP-side corrections of issue #15 (`seeds/sources/corrections-cbp.json`), each checked on
 * the committed default list: every test here fails if its correction is taken out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_PATH } from '../../../../scripts/build-seeds';
import { isOfficialSource } from '../../../../seeds/lib/corrections';
import { validateList } from '../../../../src/core/list/list-schema';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/matcher';
import type { ListRecord } from '../../../../src/core/record';

const list = (() => {
  const checked = validateList(JSON.parse(readFileSync(DEFAULT_LIST_PATH, 'utf8')));
  if (!checked.ok) throw new Error(checked.error);
  return checked.list;
})();
const byId = new Map(list.records.map((r) => [r.id, r]));
function record(id: string): ListRecord {
  const found = byId.get(id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
}
const CSV = 'https://www.cbp.gov/sites/default/files/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv';
const LETTER = 'https://www.antislaverycommissioner.co.uk/resources/';
const fr = (date: string, doc: string) => `https://www.govinfo.gov/content/pkg/FR-${date}/html/${doc}.htm`;
const cbpRecords = list.records.filter((r) => r.kind !== 'uflpa');

describe('CBP-side corrections (issue #15)', () => {
  it('Tangshan Sanyou: viscose/rayon fiber, removed from the order on 2016-10-12, is no longer a product or in scope', () => {
    const r = record('cbp-wro-2016-03-29-tangshan-sanyou-group');
    expect(r.products).toEqual(['soda ash', 'calcium chloride', 'caustic soda']);
    expect(r.scope).toMatch(/^Soda ash, calcium chloride and caustic soda manufactured/);
    expect(r.scope).toMatch(/Viscose\/rayon fiber.*was removed from it by Commissioner Memorandum of 12 Oct 2016/);
    expect([r.status, r.modified]).toEqual(['active', '2016-10-12']);
    expect(r.statusNote).toContain('Partially Modified');
    expect(r.sources.some((s) => s.url.startsWith('http:'))).toBe(false);
  });

  it("Kingtom: CBP's \"Inactive-Pending Litigation\" is shown as inactive in CBP's words, no revocation overrides it, and the Finding's notice is cited", () => {
    const r = record('cbp-finding-2024-12-04-kingtom-aluminio-s-r-l');
    expect(r.status).toBe('inactive');
    expect(r.statusNote).toContain('Inactive-Pending Litigation');
    expect(r.statusHistory[0]!.sourceUrl).toBe(CSV);
    expect(r.statusHistory.filter((c) => c.status !== 'inactive')).toEqual([]);
    const notice = r.sources.find((s) => s.url === fr('2024-12-04', '2024-27686'));
    expect(notice?.label).toContain('89 FR 96265');
    expect(notice?.secondary).toBeUndefined();
  });

  it('Central Romana: modified from 2025-03-17 as CBP said, with its website\'s "inactive" quoted, on a source marked secondary', () => {
    const r = record('cbp-wro-2022-11-23-central-romana-corporation-limited');
    expect([r.status, r.statusDate, r.modified]).toEqual(['modified', '2025-03-17', '2025-03-17']);
    expect(r.statusNote).toMatch(/confirmed that CBP modified the order/);
    expect(r.statusNote).toContain('"inactive"');
    expect(r.statusHistory.map((c) => c.status)).toEqual(['modified']);
    const cited = r.sources.find((s) => s.url === r.statusHistory[0]!.sourceUrl);
    expect(cited?.secondary).toBe(true);
  });

  it("Top Glove: the letter's \"WRO modified\" is a modification, and the Finding's modification cites CBP Dec. 21-13", () => {
    const wro = record('cbp-wro-2020-07-15-top-glove-sdn-bhd');
    const letter = wro.statusHistory.find((c) => c.sourceUrl === LETTER);
    expect([letter?.status, letter?.effective]).toEqual(['modified', '2021-09-09']);
    expect(wro.statusHistory.every((c) => c.status === 'modified')).toBe(true);
    expect(wro.modified).toBe('2021-09-10');
    const finding = record('cbp-finding-2021-03-29-top-glove-corporation-bhd');
    expect([finding.status, finding.statusDate]).toEqual(['modified', '2021-09-10']);
    expect(finding.statusHistory.map((c) => c.sourceUrl)).toEqual([fr('2021-09-10', '2021-19535')]);
    expect(finding.sources.map((s) => s.url)).toContain(fr('2021-03-29', '2021-06393'));
    expect(finding.sources.some((s) => s.url.startsWith('http:'))).toBe(false);
  });

  it('Sime Darby Plantation: the Finding was modified from 2023-02-03 (88 FR 7451), and both orders say the firm is now SD Guthrie Berhad', () => {
    const finding = record('cbp-finding-2022-01-28-sime-darby-plantation-berhad');
    expect([finding.status, finding.statusDate, finding.modified]).toEqual(['modified', '2023-02-03', '2023-02-03']);
    expect(finding.statusHistory[0]!.sourceUrl).toBe(fr('2023-02-03', '2023-02286'));
    expect(finding.statusHistory.some((c) => c.effective === '2023-01-31')).toBe(false);
    const wro = record('cbp-wro-2020-12-30-sime-darby-plantation-berhad');
    for (const r of [finding, wro]) {
      expect(r.name).toBe('Sime Darby Plantation Berhad');
      expect(r.scope).toContain('has traded as SD Guthrie Berhad since 28 May 2024');
      expect(r.sources.some((s) => s.url.startsWith('https://www.sdguthrie.com/') && s.secondary)).toBe(true);
      expect(r.aliases).toContain('SD Guthrie Berhad');
    }
    // The new name is found as the order's company.
    const matcher = loadMatcher(compileMatcher(list.records));
    const found = matcher.scan('Crude palm oil from SD Guthrie Berhad, Malaysia.').map((f) => [f.recordName, f.confidence]);
    expect(found).toContainEqual(['Sime Darby Plantation Berhad', 'match']);
  });

  it("Da Wang: the 2022 Finding stays a vessel record (matched in vessel context) and says it is a Finding, citing CBP's notice", () => {
    const r = record('cbp-finding-2022-01-28-da-wang');
    expect(r.kind).toBe('vessel');
    expect(r.scope).toMatch(/^CBP Finding, not only a Withhold Release Order: .* may be seized/);
    expect(r.sources.map((s) => s.url)).toContain(fr('2022-01-28', '2022-01778'));
    expect(r.sources.some((s) => s.url.startsWith('http:'))).toBe(false);
    expect(r.statusHistory.some((c) => c.sourceUrl === fr('2022-01-28', '2022-01778'))).toBe(true);
  });

  it("ids and dates: only three CBP ids carry a date other than the record's, each CBP's announcement date, with the record on CBP's effective date", () => {
    const rows = (JSON.parse(readFileSync(new URL('../../../../seeds/sources/cbp_csv_rows_2026-06-23.json', import.meta.url), 'utf8')) as {
      rows: Array<{ effective_date: string; entity_parsed_name: string }>;
    }).rows;
    const mismatched = cbpRecords
      .map((r) => ({ r, date: /^cbp-[a-z]+-(\d{4}-\d{2}-\d{2})-/.exec(r.id)?.[1] }))
      .filter(({ r, date }) => date && date !== r.issued)
      .map(({ r }) => [r.id, r.issued]);
    expect(mismatched).toEqual([
      ['cbp-wro-2020-12-02-xinjiang-production-and-construction-corporation-xpcc', '2020-11-30'],
      ['cbp-wro-2021-05-28-dalian-ocean-fishing-co-ltd', '2021-05-26'],
      ['cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd', '2021-06-23'],
    ]);
    for (const [, issued] of mismatched) expect(rows.some((row) => row.effective_date === issued)).toBe(true);
  });

  it('Kwong Ngai Industrial Company is one record, no longer also an alias of the Guangzhou camp', () => {
    const camp = record('cbp-unknown-nodate-guangzhou-no-1-reeducation-through-labor-camp');
    expect(camp.aliases).toEqual(['Guangdong Province No. 1 Reeducation-Through-Labor Camp']);
    expect(camp.removedAliases).toEqual([]);
    const holders = list.records.filter((r) => [r.name, ...r.aliases, ...r.subsidiaries].includes('Kwong Ngai Industrial Company'));
    expect(holders.map((r) => r.id)).toEqual(['cbp-wro-1994-12-21-kwong-ngai-industrial-company']);
    const matcher = loadMatcher(JSON.parse(JSON.stringify(compileMatcher(list.records))));
    const found = matcher.scan('Kwong Ngai Industrial Company, artificial flowers');
    expect(found.map((f) => f.recordName)).toEqual(['Kwong Ngai Industrial Company']);
  });

  it("Hoshine: the parent's own Chinese name is a reported name variant, with its source", () => {
    const r = record('cbp-wro-2021-06-24-hoshine-silicon-industry-co-ltd');
    const variant = r.nameVariants.find((v) => v.name === '合盛硅业股份有限公司');
    expect(variant).toBeDefined();
    expect(r.sources.find((s) => s.url === variant!.sourceUrl)?.secondary).toBe(true);
  });

  it('provenance: no CBP-side record cites a plain-http copy of a Federal Register notice, and official sources are not marked secondary', () => {
    const elaws = cbpRecords.filter((r) => r.sources.some((s) => s.url.includes('federal.elaws.us')));
    expect(elaws).toEqual([]);
    expect(record('cbp-finding-1996-04-23-tianjin-malleable-iron-factory').sources.map((s) => s.url)).toContain(fr('1996-04-23', '96-9875'));
    const stevia = record('cbp-finding-2020-10-20-inner-mongolia-hengzheng-group-baoanzhao-agriculture-industr');
    expect(stevia.sources.map((s) => s.url)).toContain(fr('2020-10-20', '2020-23123'));
    expect(stevia.sources.some((s) => s.url.startsWith('http:'))).toBe(false);
    for (const r of cbpRecords) {
      for (const s of r.sources) expect(Boolean(s.secondary), `${r.id} ${s.url}`).toBe(!isOfficialSource(s.url));
    }
  });
});
