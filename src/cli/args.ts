/** Command-line options of `wro-screen`. */

export interface CliOptions {
  json: boolean;
  csv: boolean;
  failOnMatch: boolean;
  help: boolean;
  /** CSV columns to screen (by header name); all columns when empty. */
  columns: string[];
  lists: string[];
  /** Inputs as given; `-` is stdin. Empty means stdin. */
  inputs: string[];
}

export const USAGE = `Usage: wro-screen [--json | --csv] [--column NAME]... [--list FILE]... [--fail-on-match] [FILE|-]...

Screens text, HTML and CSV files (or standard input) for suppliers named on US forced-labour import
restrictions (CBP Withhold Release Orders and Findings, DHS UFLPA Entity List).

  --json            print one JSON array of findings
  --csv             print findings as CSV (one row per finding)
  --column NAME     screen only this CSV column (repeatable); each cell is read as a supplier name
  --list FILE       screen against this list instead of the bundled one (repeatable; WRO Check JSON,
                    CBP CSV, the DHS UFLPA Entity List page, or an admin CSV/JSON with a "name" column)
  --fail-on-match   exit with status 1 when anything matched
  -h, --help        show this help

Exit status: 0 screened (whether or not anything matched), 1 matched with --fail-on-match,
2 bad usage or unreadable input.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = { json: false, csv: false, failOnMatch: false, help: false, columns: [], lists: [], inputs: [] };
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
  return o;
}
