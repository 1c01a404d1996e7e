/**
 * What a highlight's text decoration looks like on screen: the pixels that change in a painted
 * name's box when the decoration is taken away (the page overrides it), read from two screenshots.
 * Colour is left out on purpose: the shape alone must tell the finding styles apart.
 */
import type { Pixels } from './png';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface DecorationShape {
  /** Share of the name's width the decoration covers, seen from below (0 to 1). */
  covered: number;
  /** How many pixel rows it spans. */
  rows: number;
  /** Separate bands of rows (2 for a double line). */
  bands: number;
  /** Share of the width covered by its fullest single row. */
  fullestRow: number;
  /** Median length of its runs along the line, and of the gaps between them, in pixels. */
  run: number;
  gap: number;
  /** The shape in a word: solid, double, dashed, dotted, wavy, or none. */
  kind: string;
}

const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** The decoration's shape in `box` (CSS pixels; `scale` device pixels per CSS pixel), from screenshots with and without it. */
export function decorationShape(withIt: Pixels, without: Pixels, box: Box, scale: number): DecorationShape {
  const x0 = Math.round(box.left * scale);
  const x1 = Math.round((box.left + box.width) * scale);
  // The underline may sit a little below the line box.
  const y0 = Math.round((box.top + box.height * 0.5) * scale);
  const y1 = Math.min(withIt.height, Math.round((box.top + box.height + 8) * scale));
  const width = x1 - x0;
  const columns = new Array<boolean>(width).fill(false);
  const rowCounts: number[] = [];
  for (let y = y0; y < y1; y++) {
    let count = 0;
    for (let x = x0; x < x1; x++) {
      const i = (y * withIt.width + x) * 4;
      const d = Math.abs(withIt.data[i]! - without.data[i]!) + Math.abs(withIt.data[i + 1]! - without.data[i + 1]!) + Math.abs(withIt.data[i + 2]! - without.data[i + 2]!);
      if (d > 60) {
        count++;
        columns[x - x0] = true;
      }
    }
    rowCounts.push(count);
  }
  const rowsWith = rowCounts.map((c, i) => (c > 0 ? i : -1)).filter((i) => i >= 0);
  let bands = 0;
  for (let i = 0; i < rowsWith.length; i++) if (i === 0 || rowsWith[i]! > rowsWith[i - 1]! + 1) bands++;
  const runs: number[] = [];
  const gaps: number[] = [];
  let length = 0;
  let gap = 0;
  for (const on of columns) {
    if (on) {
      if (gap > 0 && length === 0 && runs.length > 0) gaps.push(gap);
      if (gap > 0) gap = 0;
      length++;
    } else {
      if (length > 0) runs.push(length);
      length = 0;
      gap++;
    }
  }
  if (length > 0) runs.push(length);
  const covered = columns.filter(Boolean).length / Math.max(1, width);
  const fullestRow = Math.max(0, ...rowCounts) / Math.max(1, width);
  const rows = rowsWith.length === 0 ? 0 : rowsWith.at(-1)! - rowsWith[0]! + 1;
  const shape = { covered, rows, bands, fullestRow, run: median(runs) / scale, gap: median(gaps) / scale };
  return { ...shape, kind: kindOf(shape) };
}

function kindOf(s: Omit<DecorationShape, 'kind'>): string {
  if (s.covered < 0.3) return 'none';
  if (s.bands >= 2) return 'double';
  // A wave climbs and falls over three rows or more, no row of it long; a straight line is one band of up to two.
  if (s.rows >= 3 && s.fullestRow < 0.75) return 'wavy';
  // Solid but for the gaps it leaves around descenders (skip-ink).
  if (s.fullestRow > 0.85) return 'solid';
  return s.run >= 4 ? 'dashed' : 'dotted';
}
