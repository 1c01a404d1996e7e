/**
 * Refreshes one configured source, purely: `fetch` is injected, nothing is stored, nothing
 * throws. https only, redirects refused (never followed), conditional requests (ETag /
 * Last-Modified), a timeout over the whole download, a size limit enforced while the body
 * streams in, HTML error pages served with 200 detected, then parse + validate. The caller stores the result (one
 * IndexedDB transaction) only when `refreshOutcome` says so.
 */
import { msg, type Message, type Text } from '../message';
import type { WroList } from '../record';
import { findCbpLinks } from './cbp-link';
import { decodeBytes } from './decode';
import { looksLikeHtml, parseAnyList } from './detect';
import { carryOver } from './merge';
import { diffLists, planReplacement, type ListDiff } from './diff';
import { FEED_KINDS, LIST_FORMATS, type SourceKind } from './formats';
import type { ListFormat, ParseOptions, ParseResult } from './types';

export interface ListSourceConfig {
  id: string;
  kind: SourceKind;
  url: string;
  label?: string;
}

/** HTTP validators from the last successful download, for a conditional request. */
export interface Validators {
  url: string;
  etag: string | null;
  lastModified: string | null;
}

export interface RefreshOptions {
  fetch: typeof fetch;
  validators?: Validators | null;
  /** Whole-download timeout. Default 30 s. */
  timeoutMs?: number;
  /** Largest body accepted. Default 20 MB (CBP's CSV is ~20 KB, the DHS page ~130 KB). */
  maxBytes?: number;
  /** When set, only these hosts are contacted (the hosts the admin granted permission for). */
  allowedHosts?: string[];
  /** Tests only: hosts on which plain http counts as secure (a local test server). */
  insecureHostsForTests?: string[];
  now?: () => Date;
}

export type RefreshErrorCode =
  | 'invalid-url'
  | 'insecure-url'
  | 'insecure-redirect'
  | 'redirected'
  | 'host-not-allowed'
  | 'http-error'
  | 'timeout'
  | 'network'
  | 'too-large'
  | 'empty'
  | 'html-error-page'
  | 'no-csv-link'
  | 'parse-error';

export type RefreshResult =
  | { status: 'updated'; sourceId: string; list: WroList; format: ListFormat; warnings: Text[]; validators: Validators; url: string; fetchedAt: string }
  | { status: 'unchanged'; sourceId: string; validators: Validators; fetchedAt: string }
  | { status: 'failed'; sourceId: string; error: RefreshErrorCode; message: Message; fetchedAt: string };

/** Why a download failed: its code, and the message the options page words for the admin. */
type Failure = { error: RefreshErrorCode; message: Message };
type Download = { bytes: Uint8Array; url: string; contentType: string; validators: Validators } | { notModified: true; url: string } | Failure;

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const isFailure = (x: object): x is Failure => 'error' in x;

function checkUrl(raw: string, options: RefreshOptions): URL | Failure {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { error: 'invalid-url', message: msg('refreshInvalidUrl', raw.slice(0, 200)) };
  }
  if (url.protocol !== 'https:' && !isTestHost(url, options)) {
    return { error: 'insecure-url', message: msg('refreshInsecureUrl', url.href.slice(0, 200)) };
  }
  if (options.allowedHosts && !options.allowedHosts.includes(url.hostname)) {
    return { error: 'host-not-allowed', message: msg('refreshHostNotAllowed', url.hostname, options.allowedHosts.join(', ')) };
  }
  return url;
}

const isTestHost = (url: URL, options: RefreshOptions) => url.protocol === 'http:' && (options.insecureHostsForTests ?? []).includes(url.hostname);

/** What was being downloaded, for the admin: the configured address, or the CSV link on CBP's page. */
type Role = 'source' | 'cbp-csv-link';

/**
 * A redirect, refused. `target` is where it pointed, when the fetch implementation shows it
 * (Node does; browsers hide it behind an opaque response), or null. `followed`: the fetch
 * followed it despite `redirect: 'manual'`, so the target was contacted (and is not used).
 */
function redirectRefused(from: URL, target: string | null, role: Role, options: RefreshOptions, followed = false): Failure {
  const at = from.href.slice(0, 200);
  let to: URL | null = null;
  try {
    to = target ? new URL(target, from) : null;
  } catch {
    to = null;
  }
  const where = to ? to.href.slice(0, 200) : null;
  const insecure = to !== null && to.protocol !== 'https:' && !isTestHost(to, options);
  const what = role === 'cbp-csv-link' ? msg('refreshRedirectCbpLink', at) : at;
  const whereTo = !where ? msg('refreshRedirectHidden') : insecure ? msg('refreshRedirectInsecure', where) : msg('refreshRedirectTo', where);
  const notFollowed = followed ? msg('refreshRedirectNotUsed') : msg(where ? 'refreshRedirectNotContacted' : 'refreshRedirectHiddenNotContacted');
  const fix =
    role === 'cbp-csv-link'
      ? msg('refreshRedirectFixCbp')
      : !where
        ? msg('refreshRedirectFixHidden', at)
        : insecure
          ? msg('refreshRedirectFixInsecure')
          : msg('refreshRedirectFix', where);
  return { error: insecure ? 'insecure-redirect' : 'redirected', message: msg('refreshRedirected', what, whereTo, notFollowed, fix) };
}

function httpReason(status: number): string {
  const reasons: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 410: 'Gone', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };
  return reasons[status] ?? '';
}

async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array | Failure> {
  const tooLarge = (): Failure => ({ error: 'too-large', message: msg('refreshTooLarge', url, Math.round(maxBytes / 1024)) });
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooLarge();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * One GET. Redirects are refused, never followed: the request uses `redirect: 'manual'`, which
 * stops at the first 3xx answer without contacting where it points. Browsers then return an
 * opaque redirect that hides the address (an https feed redirecting through a plain-http host
 * must not be contacted to find out where it lands); Node shows it, and the message names it.
 */
async function download(start: string, options: RefreshOptions, signal: AbortSignal, conditional: boolean, role: Role): Promise<Download> {
  const url = checkUrl(start, options);
  if (isFailure(url)) return url;
  const headers: Record<string, string> = {};
  const v = options.validators;
  if (conditional && v && v.url === url.href) {
    if (v.etag) headers['If-None-Match'] = v.etag;
    if (v.lastModified) headers['If-Modified-Since'] = v.lastModified;
  }
  const response = await options.fetch(url.href, { headers, redirect: 'manual', signal, credentials: 'omit', cache: 'no-store' });
  if (response.type === 'opaqueredirect') return redirectRefused(url, null, role, options);
  if (response.status >= 300 && response.status < 400 && response.status !== 304) {
    await response.body?.cancel().catch(() => undefined);
    return redirectRefused(url, response.headers.get('location'), role, options);
  }
  // A fetch that followed a redirect anyway (one that ignores `redirect: 'manual'`): not used.
  if (response.redirected) {
    await response.body?.cancel().catch(() => undefined);
    return redirectRefused(url, response.url || null, role, options, true);
  }
  if (response.status === 304) return { notModified: true, url: url.href };
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const status = `${response.status}${httpReason(response.status) ? ` ${httpReason(response.status)}` : ''}`;
    return { error: 'http-error', message: msg('refreshHttpError', status, url.href) };
  }
  const bytes = await readLimited(response, options.maxBytes ?? DEFAULT_MAX_BYTES, url.href);
  if (isFailure(bytes)) return bytes;
  return {
    bytes,
    url: url.href,
    contentType: response.headers.get('content-type') ?? '',
    validators: { url: url.href, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
  };
}

/** The last part of a URL's path, for messages. */
function fileOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}

/** A download read as its kind's format (`FEED_KINDS`), or recognised from its content (`auto`). */
function parse(kind: SourceKind, bytes: Uint8Array, options: ParseOptions): ParseResult {
  const format = FEED_KINDS[kind].format;
  return format ? LIST_FORMATS[format].parse(decodeBytes(bytes).text, options) : parseAnyList(bytes, options.sourceUrl ?? '', options);
}

async function run(source: ListSourceConfig, options: RefreshOptions, signal: AbortSignal, fetchedAt: string): Promise<RefreshResult> {
  const fail = (f: Failure): RefreshResult => ({ status: 'failed', sourceId: source.id, error: f.error, message: f.message, fetchedAt });
  let listUrl = source.url;
  const notes: Message[] = [];
  if (source.kind === 'cbp') {
    const landing = await download(source.url, options, signal, false, 'source');
    if (isFailure(landing)) return fail(landing);
    if ('notModified' in landing) return fail({ error: 'http-error', message: msg('refreshNotModifiedUnconditional', source.url) });
    const { csv, spreadsheet } = findCbpLinks(decodeBytes(landing.bytes).text, landing.url);
    if (!csv && spreadsheet) {
      return fail({ error: 'no-csv-link', message: msg('refreshCbpSpreadsheetOnly', source.url, fileOf(spreadsheet.url)) });
    }
    if (!csv) return fail({ error: 'no-csv-link', message: msg('refreshNoCsvLink', source.url) });
    if (spreadsheet?.date && (!csv.date || spreadsheet.date > csv.date)) {
      const used = csv.date ? msg('refreshCbpCsvDated', fileOf(csv.url), csv.date) : fileOf(csv.url);
      notes.push(msg('refreshCbpNewerSpreadsheet', fileOf(spreadsheet.url), spreadsheet.date, used));
    }
    listUrl = csv.url;
  }
  const got = await download(listUrl, options, signal, true, source.kind === 'cbp' ? 'cbp-csv-link' : 'source');
  if (isFailure(got)) return fail(got);
  if ('notModified' in got) {
    return { status: 'unchanged', sourceId: source.id, validators: options.validators ?? { url: got.url, etag: null, lastModified: null }, fetchedAt };
  }
  if (got.bytes.length === 0) return fail({ error: 'empty', message: msg('refreshEmpty', got.url) });
  const format = FEED_KINDS[source.kind].format;
  const expectsHtml = format === null || LIST_FORMATS[format].shape === 'html';
  if (!expectsHtml && (/text\/html|application\/xhtml/i.test(got.contentType) || looksLikeHtml(decodeBytes(got.bytes.subarray(0, 4096)).text))) {
    const type = got.contentType ? got.contentType.split(';')[0]! : '';
    return fail({ error: 'html-error-page', message: type ? msg('refreshHtmlPageTyped', got.url, type) : msg('refreshHtmlPage', got.url) });
  }
  const parsed = parse(source.kind, got.bytes, { sourceUrl: got.url, retrieved: fetchedAt });
  if (!parsed.ok) return fail({ error: 'parse-error', message: msg('refreshSourceSays', source.label ?? got.url, parsed.error) });
  return { status: 'updated', sourceId: source.id, list: parsed.list, format: parsed.format, warnings: [...notes, ...parsed.warnings], validators: got.validators, url: got.url, fetchedAt };
}

/** Runs `task` with the whole-download timeout; a throw becomes a timeout or network failure for `url`. */
async function withDeadline<T>(url: string, options: RefreshOptions, task: (signal: AbortSignal) => Promise<T>, failed: (f: Failure) => T): Promise<T> {
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    return await task(controller.signal);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const within = timeoutMs >= 1000 ? msg('refreshSeconds', Math.round(timeoutMs / 1000)) : msg('refreshMilliseconds', timeoutMs);
    return timedOut
      ? failed({ error: 'timeout', message: msg('refreshTimeout', url, within) })
      : failed({ error: 'network', message: msg('refreshNetwork', url, detail.slice(0, 200)) });
  } finally {
    clearTimeout(timer);
  }
}

export async function refreshSource(source: ListSourceConfig, options: RefreshOptions): Promise<RefreshResult> {
  const fetchedAt = (options.now?.() ?? new Date()).toISOString();
  return withDeadline(source.url, options, (signal) => run(source, options, signal, fetchedAt), (f) => ({ status: 'failed', sourceId: source.id, ...f, fetchedAt }));
}

/** A document that is not a list (the organisation's decisions feed), downloaded as a source is. */
export type DocumentDownload =
  | { status: 'read'; bytes: Uint8Array; contentType: string; validators: Validators }
  | { status: 'unchanged' }
  | { status: 'failed'; error: RefreshErrorCode; message: Message };

/**
 * One download with a source's rules: https, allowed hosts only, redirects refused, conditional
 * on `options.validators`, size limit and timeout. Never throws.
 */
export async function downloadDocument(url: string, options: RefreshOptions): Promise<DocumentDownload> {
  return withDeadline(url, options, async (signal): Promise<DocumentDownload> => {
    const got = await download(url, options, signal, true, 'source');
    if (isFailure(got)) return { status: 'failed', ...got };
    if ('notModified' in got) return { status: 'unchanged' };
    if (got.bytes.length === 0) return { status: 'failed', error: 'empty', message: msg('refreshEmpty', got.url) };
    return { status: 'read', bytes: got.bytes, contentType: got.contentType, validators: got.validators };
  }, (f) => ({ status: 'failed', ...f }));
}

export type RefreshOutcome =
  | { action: 'replace'; list: WroList; diff: ListDiff }
  | { action: 'confirm'; list: WroList; pending: WroList; diff: ListDiff; message: Message }
  | { action: 'keep'; list: WroList | null; message: Message };

/**
 * What to store after a refresh of one source: the new list (for official sources reconciled
 * with the previous one, delisted records carried over), the same list held for confirmation
 * when the download drops more than half the listed records, or the current list untouched
 * with the reason.
 */
export function refreshOutcome(current: WroList | null, result: RefreshResult): RefreshOutcome {
  if (result.status === 'failed') return { action: 'keep', list: current, message: result.message };
  if (result.status === 'unchanged') return { action: 'keep', list: current, message: msg('refreshSourceUnchanged') };
  // Official lists drop lifted orders from their files: those are kept, marked delisted.
  const next = LIST_FORMATS[result.format].carriesOver ? carryOver(current, result.list, result.fetchedAt, { format: result.format, label: result.sourceId, ownPrevious: true }).list : result.list;
  const listed = current ? { ...current, records: current.records.filter((r) => !r.delistedSince) } : null;
  const plan = planReplacement(listed, result.list);
  const diff = diffLists(current, next);
  if (plan.action === 'confirm' && current) return { action: 'confirm', list: current, pending: next, diff, message: plan.reason };
  return { action: 'replace', list: next, diff };
}
