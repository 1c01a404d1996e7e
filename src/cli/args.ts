/** Command-line options of `wro-screen`. */
import type { Confidence } from '../core/match/types';

export interface CliOptions {
  json: boolean;
  csv: boolean;
  failOnMatch: boolean;
  /** JSON and CSV: the products to ask about too (their shape changes, so only when asked). */
  notes: boolean;
  /** Findings below this confidence are neither printed nor counted by --fail-on-match. */
  minConfidence: Confidence;
  help: boolean;
  /** CSV columns to screen (by header name); all columns when empty. */
  columns: string[];
  lists: string[];
  /** Inputs as given; `-` is stdin. Empty means stdin. */
  inputs: string[];
}

export const USAGE = `Usage: wro-screen [--json | --csv [--notes]] [--column NAME]... [--list FILE]... [--min-confidence match|possible]
                  [--fail-on-match] [FILE|-]...

Screens text, HTML, CSV, PDF (text layer) and Excel .xlsx files (or standard input) for suppliers
named on US forced-labour import restrictions (CBP Withhold Release Orders and Findings, DHS UFLPA
Entity List). PDF findings give the page and line, workbook findings the sheet and cell.

  --json            print one JSON array of findings
  --csv             print findings as CSV (one row per finding)
  --notes           with --json or --csv, add the products to ask about (high-risk goods named,
                    not findings about a company): JSON becomes {"findings": [...],
                    "productNotes": [...]}, and CSV gets a first column "entry" (listed-company or
                    product-note) and a line for each note; the text output always lists them
  --column NAME     screen only this CSV or workbook column (repeatable; in every sheet that has
                    it); each cell is read as a supplier name
  --list FILE       screen against this list instead of the bundled one (repeatable; WRO Check JSON,
                    CBP CSV, the DHS UFLPA Entity List page, or an admin CSV/JSON with a "name" column)
  --min-confidence match|possible
                    print only findings at or above this confidence (default possible: every
                    finding; match leaves out possible matches such as misspelt names)
  --fail-on-match   exit with status 1 when anything at or above --min-confidence was found, and 2
                    when an input is empty (an empty file or standard input, a CSV with no rows)
  -h, --help        show this help

Each finding has a confidence (MATCH or possible) and a score from 0 to 1: how sure the screener is
that the text names that listed company, on one scale whether the text is a CSV cell read with
--column or running prose. About 0.99: a listed name or official alias as listed, with its legal
form. About 0.9-0.97: a full name without its legal form, or a reported variant. About 0.8-0.86: a
one-word brand, acronym or vessel name, believed from what is around it (the whole cell, the full
name nearby, a product); never above a full name. 0.75: a region-wide order named with its product.
About 0.4-0.65: a possible match (a misspelt name). A finding is a prompt for due diligence, never
proof that a supplier is or is not the listed company.

An input with nothing to screen (empty, whitespace only, or a CSV header without rows) is named in
a warning on standard error.

Exit status: 0 screened (whether or not anything matched), 1 matched with --fail-on-match,
2 bad usage, unreadable input, or an empty input with --fail-on-match.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = { json: false, csv: false, failOnMatch: false, notes: false, minConfidence: 'possible', help: false, columns: [], lists: [], inputs: [] };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      o.inputs.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = (): string => (inline !== undefined ? inline : value(i++, flag));
    switch (flag) {
      case '--':
        onlyFiles = true;
        break;
      case '--json':
        o.json = true;
        break;
      case '--csv':
        o.csv = true;
        break;
      case '--fail-on-match':
        o.failOnMatch = true;
        break;
      case '--notes':
        o.notes = true;
        break;
      case '--min-confidence': {
        const level = take();
        if (level !== 'match' && level !== 'possible') throw new UsageError(`--min-confidence must be match or possible, not "${level}"`);
        o.minConfidence = level;
        break;
      }
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '--column':
        o.columns.push(take());
        break;
      case '--list':
        o.lists.push(take());
        break;
      default:
        throw new UsageError(`unknown option ${flag} (see --help)`);
    }
  }
  if (o.json && o.csv) throw new UsageError('choose one of --json and --csv');
  if (o.notes && !o.json && !o.csv) throw new UsageError('--notes goes with --json or --csv (the text output always lists the notes)');
  return o;
}
