/**
 * The organisation's decisions feed: read with every list refresh from the address an admin
 * configured (setting or policy), with a source's rules (https, a granted host, redirects refused,
 * size limit, conditional request), checked by `parseDecisionsDoc`, and kept in the `meta` store.
 * A bad read keeps the last good decisions and says why; an emptied or changed address drops them.
 * No browser API here (the caller passes `fetch` and the permission check), so it runs under test.
 */
import { decodeBytes } from '../core/list/decode';
import { downloadDocument } from '../core/list/refresh';
import { msg } from '../core/message';
import { parseDecisionsDoc } from '../core/org/decisions-doc';
import { feedInForce, nextOrgFeed, type OrgFeed, type OrgFeedRead } from '../core/org/org-feed';
import { openWroDb, readMeta, writeMeta } from '../platform/db';

const KEY = 'org:decisions';

export interface OrgFeedDeps {
  /** The configured address ('' for none). */
  url: string;
  fetch: typeof fetch;
  hostGranted(url: string): Promise<boolean>;
  now?: () => Date;
  timeoutMs?: number;
}

/** One read of the feed at `url`, conditional on what was kept for it. Never throws. */
async function readFeed(url: string, kept: OrgFeed | null, deps: OrgFeedDeps): Promise<OrgFeedRead> {
  const host = new URL(url).hostname;
  if (!(await deps.hostGranted(url))) return { status: 'failed', error: msg('orgFeedNotGranted', host) };
  const got = await downloadDocument(url, { fetch: deps.fetch, allowedHosts: [host], validators: kept?.validators ?? null, now: deps.now, timeoutMs: deps.timeoutMs });
  if (got.status === 'failed') return { status: 'failed', error: got.message };
  if (got.status === 'unchanged') return kept?.fetchedAt ? { status: 'unchanged' } : { status: 'failed', error: msg('refreshNotModifiedPlain', url) };
  const parsed = parseDecisionsDoc(decodeBytes(got.bytes).text);
  if (!parsed.ok) return { status: 'failed', error: msg('orgFeedRefused', url, parsed.error) };
  return { status: 'read', exportedAt: parsed.doc.exportedAt, decisions: parsed.doc.decisions, validators: got.validators };
}

/** Reads the configured feed and keeps the result; with no address, drops what was kept. */
export async function refreshOrgFeed(deps: OrgFeedDeps): Promise<OrgFeed | null> {
  if (deps.url === '') {
    await dropOrgFeed();
    return null;
  }
  const kept = feedInForce(await readMeta(KEY), deps.url);
  const read = await readFeed(deps.url, kept, deps);
  const next = nextOrgFeed(kept, deps.url, read, (deps.now?.() ?? new Date()).toISOString());
  await writeMeta(KEY, next);
  return next;
}

/** The kept feed when it is of the address configured now, else null. */
export async function orgFeedFor(url: string): Promise<OrgFeed | null> {
  return feedInForce(await readMeta(KEY), url);
}

/** After the settings changed: a feed of an address no longer configured is dropped. */
export async function orgFeedSettingsChanged(url: string): Promise<void> {
  const kept = await readMeta(KEY);
  if (kept && kept.url !== url) await dropOrgFeed();
}

async function dropOrgFeed(): Promise<void> {
  await (await openWroDb()).delete('meta', KEY);
}
