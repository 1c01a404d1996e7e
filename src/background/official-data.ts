/**
 * The official data in the list: what the bundled list took from CBP's file and DHS's page, and how
 * old the official data in use is. The list's age is the date of its oldest official data (the
 * bundled snapshot, or the last download that delivered or confirmed a source), not the time of the
 * last merge: importing a one-line file or an organisation's feed makes nothing official newer.
 */
import type { WroList } from '../core/record';
import type { OfficialDate, SourceResult } from '../platform/request-types';
import type { Settings, SourceSetting } from '../core/settings';

type OfficialKind = OfficialDate['kind'];
const OFFICIAL_KINDS: readonly OfficialKind[] = ['cbp', 'dhs-uflpa'];

/** How the bundled list cites each official source's data set. */
const DATASETS: Record<OfficialKind, RegExp> = {
  cbp: /^https:\/\/www\.cbp\.gov\/sites\/default\/files\/.*withhold-release-orders.*\.csv$/i,
  'dhs-uflpa': /^https:\/\/www\.dhs\.gov\/uflpa-entity-list$/i,
};

const isOfficial = (kind: SourceSetting['kind']): kind is OfficialKind => (OFFICIAL_KINDS as readonly string[]).includes(kind);

/**
 * What an official source said before its first download: the bundled records whose status it
 * stated (a claim citing its data set; a record merely citing the file, such as an order CBP
 * already dropped from it, is not one). Only these can its download withdraw.
 */
export function bundledFrom(kind: SourceSetting['kind'], seed: WroList): WroList | null {
  if (!isOfficial(kind)) return null;
  const records = seed.records.filter((r) => r.statusHistory.some((c) => DATASETS[kind].test(c.sourceUrl)));
  return records.length > 0 ? { ...seed, records } : null;
}

/** Per official source whose data is in the list: the date of that data. */
export function officialDataInUse(settings: Settings, seed: WroList, results: Record<string, SourceResult>): OfficialDate[] {
  const out: OfficialDate[] = [];
  for (const kind of OFFICIAL_KINDS) {
    const downloads = settings.sources
      .filter((s) => s.enabled && s.kind === kind)
      .map((s) => results[s.id]?.lastSuccess)
      .filter((d): d is string => Boolean(d))
      .sort();
    const latest = downloads.at(-1);
    if (latest) {
      out.push({ kind, asOf: latest.slice(0, 10), downloaded: true });
      continue;
    }
    if (!settings.includeBundled) continue;
    const bundled = seed.sources
      .filter((s) => DATASETS[kind].test(s.url) && s.retrieved)
      .map((s) => s.retrieved!)
      .sort()
      .at(-1);
    if (bundled) out.push({ kind, asOf: bundled.slice(0, 10), downloaded: false });
  }
  return out;
}

/** The date the list's age counts from: its oldest official data, else (no official data at all) when it was built. */
export function listAsOf(official: readonly OfficialDate[], generated: string): string {
  return official.map((o) => o.asOf).sort()[0] ?? generated.slice(0, 10);
}
