/**
 * Generates the benchmark's supplier directory: a portal-shaped page with 20,000 table rows
 * (about 2 MB of text), one row in a hundred naming a company on the bundled list, and
 * `window.appendRows(n)` to add rows as an infinite-scroll portal does. Deterministic.
 */
import type { WroList } from '../../src/core/record';

const FIRST = ['Northgate', 'Clearwater', 'Brightside', 'Solent', 'Pennine', 'Harbour', 'Meridian', 'Oakridge', 'Riverside', 'Summit', 'Westfield', 'Kestrel', 'Lakeland', 'Granite', 'Beacon', 'Thornbury'];
const SECOND = ['Medical', 'Hygiene', 'Facilities', 'Office', 'Catering', 'Safety', 'Logistics', 'Print', 'Cleaning', 'Engineering', 'Textiles', 'Laboratory', 'Furniture', 'Energy'];
const FORMS = ['Ltd', 'Limited', 'LLP', 'plc', 'Group', 'Services Ltd', 'Supplies Ltd', 'UK Ltd'];
const STREETS = ['High Street', 'Station Road', 'Mill Lane', 'Church Road', 'Park Avenue', 'Victoria Road', 'Queens Way', 'Bridge Street'];
const TOWNS = ['Leeds', 'Bristol', 'Norwich', 'Derby', 'Exeter', 'Carlisle', 'Swansea', 'Dundee', 'Bangor', 'Truro'];
const CATEGORIES = ['Medical consumables', 'Cleaning products', 'Office supplies', 'Catering', 'Workwear', 'IT hardware', 'Furniture', 'Laboratory'];

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Directory {
  html: string;
  rows: number;
  listedRows: number;
  textBytes: number;
}

/** Company names from the bundled list that name a company (not a region, vessel or prison). */
export function listedCompanyNames(list: WroList): string[] {
  return list.records
    .filter((r) => (r.kind === 'wro' || r.kind === 'finding' || r.kind === 'uflpa') && /\b(Ltd|Co\.|Bhd|Berhad|Inc|Corporation|Company|Group)\b/.test(r.name))
    .map((r) => r.name);
}

export function makeDirectory(list: WroList, rows = 20_000, seed = 5): Directory {
  const listed = listedCompanyNames(list);
  const rnd = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const rowCells = (i: number): string[] => [
    i % 100 === 50 ? (listed[(i / 100) % listed.length | 0] as string) : `${pick(FIRST)} ${pick(SECOND)} ${pick(FORMS)}`,
    `${1 + Math.floor(rnd() * 200)} ${pick(STREETS)}, ${pick(TOWNS)}`,
    pick(CATEGORIES),
    `01${Math.floor(rnd() * 1e9).toString().padStart(9, '0')}`,
    `SUP-${(100000 + i).toString()}`,
  ];
  const body: string[] = [];
  let textBytes = 0;
  for (let i = 0; i < rows; i++) {
    const cells = rowCells(i);
    textBytes += cells.join('').length;
    body.push(`<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
  }
  // Appended rows come from the same generator, continuing the numbering, one in five listed.
  const more = JSON.stringify(Array.from({ length: 1000 }, (_, k) => {
    const cells = rowCells(rows + k);
    if (k % 5 === 0) cells[0] = listed[k % listed.length] as string;
    return cells;
  }));
  const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Supplier directory (benchmark)</title><link rel="stylesheet" href="portal.css"></head>
<body><header class="portal">Supplier directory (benchmark fixture)</header><main><h1>Registered suppliers</h1>
<table id="directory"><thead><tr><th>Supplier</th><th>Address</th><th>Category</th><th>Phone</th><th>Ref</th></tr></thead>
<tbody>${body.join('\n')}</tbody></table></main>
<script>
const more = ${more.replace(/</g, '\\u003c')};
let next = 0;
window.appendRows = (n) => {
  const tbody = document.querySelector('#directory tbody');
  for (let i = 0; i < n; i++) {
    const tr = document.createElement('tr');
    for (const text of more[next++ % more.length]) { const td = document.createElement('td'); td.textContent = text; tr.append(td); }
    tbody.append(tr);
  }
};
</script></body></html>`;
  return { html, rows, listedRows: Math.floor(rows / 100), textBytes };
}
