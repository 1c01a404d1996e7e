/**
 * `wro-screen`: the same matching core as the extension, over files or standard input.
 * Exit status 0 when screened, 1 when something at or above --min-confidence matched and
 * --fail-on-match was given, 2 with a one-line message for bad usage or unreadable input, or with
 * --fail-on-match for an input that had nothing to screen.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { parseAnyList } from '../core/list/detect';
import { linkBrands, unknownTargets, unknownTargetsError } from '../core/list/brands';
import { mergeLists } from '../core/list/merge';
import { validateList } from '../core/list/list-schema';
import { compileMatcher } from '../core/match/compile';
import { explanationMessage } from '../core/match/explain';
import { loadMatcher } from '../core/match/matcher';
import type { Finding } from '../core/match/types';
import type { WroList } from '../core/record';
import { USAGE, UsageError, parseArgs, type CliOptions } from './args';
import { english } from './english';
import { documentSegments, placeFields } from './documents';
import { InputError, textSegments } from './inputs';
import { noteJson, noteText, segmentNotes, type CliProductNote } from './product-notes';

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  out(text: string): void;
  err(text: string): void;
}

/** One finding as the CLI reports it. */
export interface ScreenFinding extends Finding {
  source: string;
  /** Text and HTML: 1-based line of the match in the (extracted) text; PDF: its line on its page. */
  line?: number;
  /** PDF: the page. */
  page?: number;
  /** Workbook: the sheet and the cell ("D14"); `row` is then the sheet's row. */
  sheet?: string;
  cell?: string;
  row?: number;
  column?: string;
}

const BUNDLED_LIST = new URL('../../seeds/default-list.json', import.meta.url);

async function loadLists(paths: readonly string[], io: CliIo): Promise<WroList> {
  if (paths.length === 0) {
    const result = validateList(JSON.parse(new TextDecoder().decode(await readFile(BUNDLED_LIST))));
    if (!result.ok) throw new InputError(`the bundled list is invalid: ${result.error}`);
    return result.list;
  }
  const lists: WroList[] = [];
  for (const path of paths) {
    const bytes = await readInput(path, io, 'list');
    const parsed = parseAnyList(bytes, path);
    if (!parsed.ok) throw new InputError(`list ${path}: ${parsed.error}`);
    lists.push(parsed.list);
  }
  // A feed's brands lead to records of the lists given with it (the bundled list is one file too).
  const known = new Set(lists.flatMap((l) => l.records.map((r) => r.id)));
  for (const [i, list] of lists.entries()) {
    const unknown = unknownTargets(list, known);
    if (unknown.length > 0) throw new InputError(`list ${paths[i]}: ${unknownTargetsError(unknown)}`);
  }
  if (lists.length > 1) return mergeLists(lists);
  const only = lists[0]!;
  return only.brands ? { ...only, records: linkBrands(only.records, [only]) } : only;
}

async function readInput(path: string, io: CliIo, what: string): Promise<Uint8Array> {
  try {
    return path === '-' ? await io.readStdin() : await io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'unreadable';
    throw new InputError(`cannot read ${what} ${path}: ${reason}`);
  }
}

const CONFIDENCE_RANK: Record<Finding['confidence'], number> = { possible: 0, match: 1 };

/** 1-based line numbers of findings in text order, counting each newline once (not once per finding). */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (let i = text.indexOf('\n', at); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    at = offset;
    return line;
  };
}

interface Screened {
  findings: ScreenFinding[];
  list: WroList;
  inputs: number;
  /** Inputs that had nothing to screen, each with why ("suppliers.csv has a header but no rows"). */
  empty: string[];
  /** High-risk goods named in the inputs: prompts to ask for origin, not findings. */
  notes: CliProductNote[];
}

async function screen(options: CliOptions, io: CliIo): Promise<Screened> {
  const list = await loadLists(options.lists, io);
  const matcher = loadMatcher(compileMatcher(list.records));
  const findings: ScreenFinding[] = [];
  const empty: string[] = [];
  const notes: CliProductNote[] = [];
  const least = CONFIDENCE_RANK[options.minConfidence];
  const inputs = options.inputs.length > 0 ? options.inputs : ['-'];
  for (const source of inputs) {
    const bytes = await readInput(source, io, 'input');
    const { segments, empty: why, warnings } = (await documentSegments(bytes, source, options.columns)) ?? textSegments(bytes, source, options.columns);
    for (const warning of warnings ?? []) io.err(`wro-screen: warning: ${source === '-' ? 'standard input' : source}: ${warning}\n`);
    // One page per input: a company named in full in one cell or line makes the short name or
    // acronym it gave ("Hoshine Silicon Industry Co., Ltd. (HSI)") count in later cells of the file.
    const page = matcher.newPage();
    // Supplier files repeat names (a distributor on a thousand rows): each distinct cell is scanned
    // once for each state of the file's page memory.
    const scanned = new Map<string, Finding[]>();
    notes.push(...segmentNotes(source, segments));
    if (why !== undefined) empty.push(`${source === '-' ? 'standard input' : source} ${why}`);
    for (const segment of segments) {
      let found: Finding[];
      if (segment.row !== undefined) {
        // The page memory only grows, so its sizes name its state; a cell scanned again adds nothing to it.
        const key = `${segment.nameField}\u0000${page.named.size}\u0000${page.definedCount}\u0000${page.ordersNamed}\u0000${segment.text}`;
        found = scanned.get(key) ?? matcher.scan(segment.text, { nameField: segment.nameField, page });
        scanned.set(key, found);
      } else {
        found = matcher.scan(segment.text, { nameField: segment.nameField, page });
      }
      const lineOf = segment.row === undefined && segment.place === undefined ? lineCounter(segment.text) : undefined;
      for (const f of found) {
        if (CONFIDENCE_RANK[f.confidence] < least) continue;
        const where = segment.place
          ? { ...placeFields(segment.place), ...(segment.column !== undefined ? { column: segment.column } : {}) }
          : lineOf === undefined
            ? { row: segment.row!, column: segment.column! }
            : { line: lineOf(f.start) };
        findings.push({ source, ...where, ...f });
      }
    }
  }
  return { findings, list, inputs: inputs.length, empty, notes };
}

const CSV_FIELDS = ['source', 'sheet', 'cell', 'row', 'column', 'page', 'line', 'start', 'end', 'matchedText', 'recordId', 'recordName', 'kind', 'status', 'confidence', 'score', 'explanation'];

/**
 * One line per finding; with `notes` (--notes) a first column says what a line is, and each product
 * note follows the findings, its question in `explanation` and the good and its source at the end.
 */
function toCsv(findings: ScreenFinding[], notes: CliProductNote[] | null): string {
  const findingCells = (f: ScreenFinding) => [
    f.source, f.sheet ?? '', f.cell ?? '', f.row ?? '', f.column ?? '', f.page ?? '', f.line ?? '', f.start, f.end, f.matchedText, f.recordId, f.recordName, f.kind,
    f.status, f.confidence, f.score, why(f),
  ];
  if (!notes) return Papa.unparse({ fields: CSV_FIELDS, data: findings.map(findingCells) }) + '\n';
  const noteCells = (n: CliProductNote) => {
    const j = noteJson(n);
    return ['product-note', j.source, j.sheet ?? '', '', j.row ?? '', '', j.page ?? '', j.line ?? '', '', '', j.matchedText, '', '', '', '', '', '', j.ask, j.good, j.sourceLabel, j.sourceUrl];
  };
  return (
    Papa.unparse({
      fields: ['entry', ...CSV_FIELDS, 'good', 'goodSource', 'goodSourceUrl'],
      data: [...findings.map((f) => ['listed-company', ...findingCells(f), '', '', '']), ...notes.map(noteCells)],
    }) + '\n'
  );
}

/** Sentences already written, by explanation: an export's findings repeat a few explanations thousands of times. */
const sentences = new Map<string, string>();

/** Why a finding matched, in English (from the extension's English messages). */
function why(f: Finding): string {
  const key = JSON.stringify(f.explanation);
  let sentence = sentences.get(key);
  if (sentence === undefined) {
    sentence = english(explanationMessage(f.explanation));
    if (sentences.size >= 10_000) sentences.clear();
    sentences.set(key, sentence);
  }
  return sentence;
}

/** A finding for `--json`: its explanation as codes and the page's words, and as the sentence. */
const withSummary = (f: ScreenFinding) => ({ ...f, explanation: { ...f.explanation, summary: why(f) } });

function toText(f: ScreenFinding): string {
  const where =
    f.sheet !== undefined ? `${f.sheet}!${f.cell} [${f.column}]` : f.page !== undefined ? `page ${f.page}, line ${f.line}` : f.row !== undefined ? `row ${f.row} [${f.column}]` : `line ${f.line}`;
  return `${f.source}: ${where}: ${f.confidence === 'match' ? 'MATCH' : 'possible'} ${f.recordName} (${f.kind}, ${f.status}, score ${f.score}) "${f.matchedText}": ${why(f)}`;
}

/** Runs the screener; returns the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const { findings, list, inputs, empty, notes } = await screen(options, io);
    for (const why of empty) io.err(`wro-screen: warning: ${why}: nothing to screen\n`);
    if (options.json) {
      const out = options.notes ? { findings: findings.map(withSummary), productNotes: notes.map(noteJson) } : findings.map(withSummary);
      io.out(`${JSON.stringify(out, null, 2)}\n`);
    } else if (options.csv) io.out(toCsv(findings, options.notes ? notes : null));
    else {
      for (const f of findings) io.out(`${toText(f)}\n`);
      if (notes.length > 0) io.out(`\nProducts to ask about (high-risk goods, not findings about a company):\n${notes.map((n) => `${noteText(n)}\n`).join('')}`);
      io.err(`Screened ${inputs} input(s) against "${list.title}" (${list.version}, ${list.records.length} records): ${findings.length} finding(s), ${notes.length} product note(s).\n`);
    }
    // JSON and CSV keep their shape for scripts unless --notes: standard error says how many notes there are.
    if ((options.json || options.csv) && !options.notes && notes.length > 0) {
      io.err(`wro-screen: ${notes.length} product note(s) (high-risk goods to ask about): listed in the text output, or with --notes\n`);
    }
    if (!options.failOnMatch) return 0;
    // An empty export must not pass a script's check as "nothing found".
    if (empty.length > 0) return 2;
    return findings.length > 0 ? 1 : 0;
  } catch (e) {
    const message = e instanceof UsageError || e instanceof InputError ? e.message : `unexpected error: ${(e as Error).message ?? e}`;
    io.err(`wro-screen: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

/** The process's own I/O, for `bin/wro-screen.js`. */
export const processIo: CliIo = {
  readFile: (path) => readFile(path),
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};
