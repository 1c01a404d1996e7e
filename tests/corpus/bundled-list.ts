/** The bundled default list, as tests and benchmarks use it. */
import { readFileSync } from 'node:fs';
import type { ListRecord, WroList } from '../../src/core/record';

export function bundledRecords(): ListRecord[] {
  const list = JSON.parse(readFileSync(new URL('../../seeds/default-list.json', import.meta.url), 'utf8')) as WroList;
  return list.records;
}
