import type { WroList } from '../record';

/** Every list format WRO Check reads. */
export type ListFormat = 'wro-json' | 'cbp-csv' | 'dhs-uflpa-html' | 'admin-csv' | 'admin-json';

export interface ParseOptions {
  /** Where the bytes came from: becomes every record's provenance URL. */
  sourceUrl?: string;
  /** When they were fetched (ISO timestamp). Defaults to now. */
  retrieved?: string;
}

export type ParseResult =
  | { ok: true; format: ListFormat; list: WroList; warnings: string[] }
  | { ok: false; format: ListFormat | null; error: string };
