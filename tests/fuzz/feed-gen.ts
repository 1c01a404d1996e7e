/**
 * Valid list files in every format WRO Check reads, and seeded mutations of them: truncation, byte
 * flips, inserted and deleted ranges, other encodings, duplicated rows and ids, wrong types, huge
 * fields, markup and script in names, formula injection, broken quoting, deep nesting.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listVersion } from '../../src/core/list/hash';
import type { ListRecord, WroList } from '../../src/core/record';
import type { Rng } from './prng';
import { hostileText } from './text-gen';
import { officialCopy } from '../fixtures/feeds/official';

const FEEDS = resolve(import.meta.dirname, '../fixtures/feeds');
const seed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../seeds/default-list.json'), 'utf8')) as WroList;

export interface FeedFile {
  format: 'wro-json' | 'cbp-csv' | 'dhs-uflpa-html' | 'admin-csv' | 'admin-json';
  fileName: string;
  bytes: Uint8Array;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const SOURCE = 'https://feed.example/list.json';

/** A project-JSON feed: the first `n` seed records under one organisation source. */
export function wroJsonList(n = 25): WroList {
  const records = seed.records.slice(0, n);
  return { schemaVersion: 1, version: listVersion(records), generated: '2026-11-20T06:00:00.000Z', title: 'Organisation feed', sources: [{ label: 'Organisation feed', url: SOURCE, retrieved: '2026-11-20' }], records };
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function adminRows(records: ListRecord[]) {
  return records.map((r) => ({
    name: r.name,
    aliases: r.aliases.join('; '),
    country: r.country ?? '',
    products: r.products.join('; '),
    kind: r.kind,
    status: r.status,
    issued: r.issued ?? '',
    source_url: r.sources[0]!.url,
  }));
}

export function baseFeeds(): FeedFile[] {
  const admin = adminRows(seed.records.slice(30, 60));
  const header = Object.keys(admin[0]!);
  const csv = [header.join(','), ...admin.map((row) => header.map((h) => csvCell(String(row[h as keyof typeof row]))).join(','))].join('\r\n');
  return [
    { format: 'wro-json', fileName: 'list.json', bytes: utf8(JSON.stringify(wroJsonList())) },
    { format: 'cbp-csv', fileName: 'cbp.csv', bytes: new Uint8Array(readFileSync(resolve(FEEDS, 'cbp-2026-06-23.csv'))) },
    { format: 'dhs-uflpa-html', fileName: 'uflpa.html', bytes: new Uint8Array(readFileSync(officialCopy('dhs-uflpa-entity-list-2026-07-09.html'))) },
    { format: 'admin-csv', fileName: 'watch-list.csv', bytes: utf8(`${csv}\r\n`) },
    { format: 'admin-json', fileName: 'watch-list.json', bytes: utf8(JSON.stringify(admin, null, 1)) },
  ];
}

/** Names that must stay inert text wherever they are shown. */
export const MARKUP_NAMES = [
  '<img src=x onerror="document.title=\'pwned\'">Acme Gloves Sdn Bhd',
  '<script>window.__pwned=1</script>Quillmarsh Rubber',
  '"><svg/onload=alert(1)>',
  '=HYPERLINK("https://evil.example","click")',
  '+cmd|" /C calc"!A0',
  '@SUM(1+1)*cmd|" /C calc"!A0',
  '-2+3+cmd|" /C calc"!A0',
  '</textarea><iframe src=javascript:alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '\u202eexe.sgnol\u202c Gloves',
  'javascript:alert(1)',
  '__proto__',
];

type Mutation = (rng: Rng, bytes: Uint8Array, file: FeedFile) => Uint8Array;

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

/** Latin-1 bytes for the text (characters above 0xff become '?'): a spreadsheet's "ANSI" save. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x3f));
}

/** One line of a CSV file (or a range of another file), for structural edits. */
function lines(bytes: Uint8Array): string[] {
  return decode(bytes).split(/\r?\n/);
}

function jsonEdit(rng: Rng, file: FeedFile, edit: (value: unknown) => unknown): Uint8Array {
  if (!file.format.endsWith('json')) return byteMutations[rng.int(byteMutations.length)]!(rng, file.bytes, file);
  return utf8(JSON.stringify(edit(JSON.parse(decode(file.bytes)))));
}

/** A random node of a JSON value and a way to replace it. */
function randomSlot(rng: Rng, root: unknown): { get(): unknown; set(v: unknown): void } | null {
  let holder: Record<string, unknown> | unknown[] | null = null;
  let key: string | number = '';
  let node = root;
  for (let depth = 0; depth < 8; depth++) {
    if (!node || typeof node !== 'object') break;
    const keys: Array<string | number> = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0 || (depth > 0 && rng.chance(0.25))) break;
    holder = node as Record<string, unknown>;
    key = rng.pick(keys);
    node = (holder as Record<string | number, unknown>)[key];
  }
  if (!holder) return null;
  const h = holder as Record<string | number, unknown>;
  const k = key;
  return { get: () => h[k], set: (v) => void (h[k] = v) };
}

const WRONG_VALUES: Array<(rng: Rng) => unknown> = [
  () => null,
  () => 42,
  () => -0,
  () => 1e308,
  () => true,
  () => '',
  () => [],
  () => ({}),
  () => [[[[[[[[[[[]]]]]]]]]]],
  (rng) => rng.pick(MARKUP_NAMES),
  (rng) => hostileText(rng, rng.range(1, 200)),
  (rng) => 'x'.repeat(rng.range(300, 300_000)),
  () => 'not-a-date',
  () => '2026-13-45',
  () => 'javascript:alert(1)',
  () => ({ __proto__: { polluted: true } }),
];

const byteMutations: Mutation[] = [
  // Truncated download.
  (rng, b) => b.subarray(0, rng.int(b.length)),
  // Flipped bytes.
  (rng, b) => {
    const out = b.slice();
    for (let k = rng.range(1, 12); k > 0 && out.length > 0; k--) {
      const at = rng.int(out.length);
      out[at] = out[at]! ^ (1 << rng.int(8));
    }
    return out;
  },
  // Random bytes inserted.
  (rng, b) => {
    const at = rng.int(b.length);
    return concat(b.subarray(0, at), Uint8Array.from({ length: rng.range(1, 64) }, () => rng.int(256)), b.subarray(at));
  },
  // Hostile text inserted.
  (rng, b) => {
    const at = rng.int(b.length);
    return concat(b.subarray(0, at), utf8(hostileText(rng, rng.range(1, 200))), b.subarray(at));
  },
  // A range deleted.
  (rng, b) => {
    const at = rng.int(b.length);
    return concat(b.subarray(0, at), b.subarray(Math.min(b.length, at + rng.range(1, 400))));
  },
  // A range duplicated.
  (rng, b) => {
    const at = rng.int(b.length);
    const piece = b.subarray(at, Math.min(b.length, at + rng.range(1, 2000)));
    return concat(b.subarray(0, at), piece, piece, b.subarray(at + piece.length));
  },
  // Other encodings of the same text.
  (rng, b) => utf16(decode(b), rng.chance(0.5)),
  (_rng, b) => latin1(decode(b)),
  (_rng, b) => concat(Uint8Array.of(0xef, 0xbb, 0xbf), b),
  // Invalid UTF-8 sequences and NUL bytes.
  (rng, b) => {
    const at = rng.int(b.length);
    return concat(b.subarray(0, at), rng.pick([Uint8Array.of(0xc3), Uint8Array.of(0xed, 0xa0, 0x80), Uint8Array.of(0xff, 0xfe, 0), Uint8Array.of(0)]), b.subarray(at));
  },
  // Line endings changed.
  (rng, b) => utf8(decode(b).replace(/\r?\n/g, rng.pick(['\r', '\n', '\r\n', '\u2028']))),
  // Empty or whitespace.
  (rng) => utf8(rng.pick(['', ' ', '\n\n', '\ufeff', '{}', '[]', 'null', '""'])),
];

const structural: Mutation[] = [
  // A line (CSV row, JSON line, HTML line) duplicated: duplicate entries and ids.
  (rng, b) => {
    const ls = lines(b);
    const i = rng.int(ls.length);
    ls.splice(i, 0, ls[i]!);
    return utf8(ls.join('\n'));
  },
  // A line dropped (the header, sometimes).
  (rng, b) => {
    const ls = lines(b);
    ls.splice(rng.chance(0.3) ? 0 : rng.int(ls.length), 1);
    return utf8(ls.join('\n'));
  },
  // Markup, script or formula put where a name is.
  (rng, b, file) => {
    const markup = rng.pick(MARKUP_NAMES);
    if (file.format.endsWith('json')) {
      return jsonEdit(rng, file, (v) => {
        const items = (Array.isArray(v) ? v : (v as { records: Array<Record<string, unknown>> }).records) as Array<Record<string, unknown>>;
        const item = rng.pick(items);
        item.name = markup;
        if (Array.isArray(item.aliases)) item.aliases = [markup];
        return v;
      });
    }
    const text = decode(b);
    const quoted = file.format === 'dhs-uflpa-html' ? markup.replace(/</g, '&lt;') : csvCell(markup);
    // Replace the first cell of a random data row.
    const ls = text.split('\n');
    const i = rng.range(1, Math.max(1, ls.length - 1));
    ls[i] = file.format === 'dhs-uflpa-html' ? `${ls[i]}${quoted}` : `${quoted},${ls[i]}`;
    return utf8(ls.join('\n'));
  },
  // A huge field.
  (rng, b, file) => {
    const huge = 'A'.repeat(rng.range(10_000, 1_500_000));
    if (file.format.endsWith('json')) {
      return jsonEdit(rng, file, (v) => {
        const slot = randomSlot(rng, v);
        slot?.set(huge);
        return v;
      });
    }
    const at = rng.int(b.length);
    return concat(b.subarray(0, at), utf8(huge), b.subarray(at));
  },
  // Unbalanced quote.
  (rng, b) => {
    const at = rng.int(b.length);
    return concat(b.subarray(0, at), utf8('"'), b.subarray(at));
  },
  // Delimiter changed.
  (rng, b) => utf8(decode(b).replace(/,/g, rng.pick([';', '\t', '|', ', ']))),
  // A JSON value of the wrong type anywhere.
  (rng, _b, file) =>
    jsonEdit(rng, file, (v) => {
      for (let k = rng.range(1, 3); k > 0; k--) randomSlot(rng, v)?.set(rng.pick(WRONG_VALUES)(rng));
      return v;
    }),
  // A JSON key removed anywhere.
  (rng, _b, file) =>
    jsonEdit(rng, file, (v) => {
      const items = Array.isArray(v) ? v : (v as { records: unknown[] }).records;
      const item = rng.pick(items) as Record<string, unknown>;
      delete item[rng.pick(Object.keys(item))];
      return v;
    }),
  // Duplicated records (same id twice in a project feed).
  (rng, _b, file) =>
    jsonEdit(rng, file, (v) => {
      const items = Array.isArray(v) ? v : (v as { records: unknown[] }).records;
      items.push(structuredClone(rng.pick(items)));
      return v;
    }),
  // schemaVersion and the other top-level fields changed.
  (rng, _b, file) =>
    jsonEdit(rng, file, (v) => {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const o = v as Record<string, unknown>;
        o[rng.pick(['schemaVersion', 'version', 'generated', 'records', 'sources', 'title'])] = rng.pick(WRONG_VALUES)(rng);
      }
      return v;
    }),
  // Very deep nesting (a parser-stack attack).
  (rng) => utf8(`${'['.repeat(rng.range(1000, 200_000))}${rng.chance(0.5) ? ']'.repeat(10) : ''}`),
];

export const MUTATION_COUNT = byteMutations.length + structural.length;

/** Applies 1–3 random mutations to a copy of `file`. */
export function mutate(rng: Rng, file: FeedFile): { bytes: Uint8Array; ops: number[] } {
  let bytes = file.bytes;
  const ops: number[] = [];
  for (let k = rng.chance(0.7) ? 1 : rng.range(2, 3); k > 0; k--) {
    const op = rng.int(MUTATION_COUNT);
    ops.push(op);
    const current = { ...file, bytes };
    try {
      bytes = op < byteMutations.length ? byteMutations[op]!(rng, bytes, current) : structural[op - byteMutations.length]!(rng, bytes, current);
    } catch {
      // A structural edit of an already-broken file (JSON no longer parses): mutate bytes instead.
      bytes = byteMutations[rng.int(byteMutations.length)]!(rng, bytes, current);
    }
  }
  return { bytes, ops };
}
