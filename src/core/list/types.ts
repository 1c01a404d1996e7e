import type { WroList } from '../record';
import type { ListFormat } from './formats';

/** Every list format WRO Check reads: the keys of `LIST_FORMATS`. */
export type { ListFormat };

export interface ParseOptions {
  /** Where the bytes came from: becomes every record's provenance URL. */
  sourceUrl?: string;
  /** When they were fetched (ISO timestamp). Defaults to now. */
  retrieved?: string;
}

export type ParseResult =
  | { ok: true; format: ListFormat; list: WroList; warnings: string[] }
  | { ok: false; format: ListFormat | null; error: string };
