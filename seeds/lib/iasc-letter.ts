/**
 * Maps each row of the IASC letter's table (22 Nov 2021) onto the CBP records it names: the
 * letter becomes a source, its status a dated claim, and the subsidiaries it names subsidiaries.
 */
import type { ListRecord, Status, StatusClaim } from '../../src/core/record';
import { withClaims } from '../../src/core/list/status';
import type { SourceInfo } from './reference-data';
import { reachesDownstream } from '../../src/core/list/products';
import { addNames } from '../../src/core/list/text';

export interface LetterRow {
  block: string;
  datePrinted: string;
  date: string;
  companyArea: string;
  products: string;
  application: string;
  status: 'Active' | 'Inactive';
  statusEffective?: string;
  cbpRecordIds: string[];
  subsidiaries: string[];
}

export interface Letter {
  letterDate: string;
  url: string;
  rows: LetterRow[];
}

const LETTER_STATUS: Record<LetterRow['status'], Status> = { Active: 'active', Inactive: 'inactive' };

export function applyLetter(records: Map<string, ListRecord>, letter: Letter, source: SourceInfo): void {
  for (const row of letter.rows) {
    if (row.cbpRecordIds.length === 0) throw new Error(`Letter row "${row.companyArea}" maps to no record`);
    for (const id of row.cbpRecordIds) {
      const record = records.get(id);
      if (!record) throw new Error(`Letter row "${row.companyArea}" maps to unknown record ${id}`);
      const status = LETTER_STATUS[row.status];
      const claim: StatusClaim = {
        status,
        effective: row.statusEffective ?? (status === 'active' ? row.date : null),
        asOf: letter.letterDate,
        note: `IASC letter of ${letter.letterDate} listed "${row.companyArea}" (${row.products}, order dated ${row.datePrinted}) as ${row.status}: ${row.application}`,
        sourceUrl: letter.url,
      };
      const updated: ListRecord = {
        ...record,
        downstream: record.downstream || reachesDownstream(row.application),
        // looseKey (addNames' default): our transcription of a UK letter's summary; a subsidiary CBP
        // already names with other punctuation or spacing is not a new name.
        subsidiaries: addNames(record.subsidiaries, row.subsidiaries, [record.name, ...record.aliases]),
        sources: record.sources.some((p) => p.url === letter.url && p.label === source.label)
          ? record.sources
          : [...record.sources, { label: source.label, url: letter.url, retrieved: letter.letterDate }],
      };
      records.set(id, withClaims(updated, [...record.statusHistory, claim]));
    }
  }
}
