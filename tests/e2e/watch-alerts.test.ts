/**
 * The watch list, in Chromium and Firefox ESR: the names of a kept screening are watched, each
 * with the record it matches now and no alert; a contracted supplier the list does not hold is
 * watched; the organisation's feed, served over https from a local server, lists it; after
 * "Refresh now" the alert shows on the options page and on the toolbar button (the default badge:
 * no popup is opened and no page names the supplier), and it is posted to the organisation's
 * submission endpoint. A later feed modifying the order raises a status change; both are in the
 * downloaded change report, and marking them as seen clears the badge. With the `notifications`
 * permission (granted in the test copy's manifest), the alert is also a system notification.
 *
 * Host access as in refresh-brand-feed.test.ts: a copy of the build whose manifest lists
 * https://127.0.0.1/*, and the committed test-only certificate.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WATCHED_ID, WATCHED_MAKER, watchFeed } from '../fixtures/feeds/watch-feed';
import { addJsonSource } from './harness/options-sources';
import { BROWSERS, launchExtension, localHttps, type ExtensionBrowser, type TestPage } from './harness/extension';
import { button, headed, labelled, type Query } from './harness/find';
import { httpsTestServer, listenLocal } from './harness/server';
import { waitFor } from './harness/wait';

const WATCHED = 'Quillmarsh Latex Gloves';

let feedStatus: 'active' | 'modified' = 'active';
let posts: Array<Record<string, unknown>> = [];
let server: Server;
let origin: string;

beforeAll(async () => {
  server = httpsTestServer((req, res) => {
    if (req.method === 'GET' && req.url === '/list.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(watchFeed(feedStatus)));
    if (req.method === 'POST' && req.url === '/cases') {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (text += chunk));
      req.on('end', () => {
        posts.push(JSON.parse(text) as Record<string, unknown>);
        res.writeHead(204).end();
      });
      return;
    }
    res.writeHead(404).end();
  });
  origin = `https://127.0.0.1:${await listenLocal(server)}`;
});

afterAll(async () => {
  await new Promise((done) => server?.close(done));
});

const admin: Query = headed('section', /^Refresh and sources$/);
const organisation: Query = headed('section', /^Organisation$/);
const watch: Query = headed('section', /^Watch list$/);
const alerts: Query = { css: 'ul.watch-alerts', within: watch };

describe.each(BROWSERS)('in %s: the watch list', (_name, kind) => {
  let ext: ExtensionBrowser;
  let options: TestPage;

  beforeAll(async () => {
    feedStatus = 'active';
    posts = [];
    ext = await launchExtension(kind, localHttps({
      // Granted up front, as a buyer grants it from the options page (a test cannot answer the prompt).
      manifest: (manifest) => void (manifest.permissions = [...((manifest.permissions as string[] | undefined) ?? []), 'notifications']),
    }));
    options = await ext.openExtensionPage('options.html');
    await options.locate(watch);
  });

  afterAll(async () => {
    await ext?.close();
  });

  const refreshNow = async (results: RegExp) => {
    await options.click(button('Refresh now', admin));
    await options.waitForText({ css: '.source-results', within: admin }, results);
  };

  it('watches the names of a kept screening, each shown with the record it matches now', async () => {
    const screen = await ext.openExtensionPage('screen.html');
    const file = { name: 'contracted.csv', mimeType: 'text/csv', buffer: Buffer.from('Supplier,Manufacturer\r\nHarbour Clinical Supplies Ltd,Supermax Corporation Berhad\r\n') };
    await screen.upload('#csv-file', file);
    await screen.waitForText('#columns-heading', file.name);
    await screen.click('.columns button.primary');
    await screen.locate({ css: 'main[data-state="done"] #summary-heading', hasText: file.name });
    await screen.click({ css: '.actions-bar button', hasText: 'Keep' });
    await screen.waitForCount('.saved-list li', 1);
    await screen.close();

    await options.reload();
    await options.select('#watch-screening', { label: file.name });
    await options.click(button('Add its names', watch));
    await options.waitForText({ css: '[role="status"]', hasText: 'Names added', within: watch }, 'Names added to the watch list: 2.');
    expect(await options.texts('#watch ul.watch-names li .watch-name')).toEqual(['Harbour Clinical Supplies Ltd', 'Supermax Corporation Berhad']);
    expect(await options.texts('#watch ul.watch-names li .hint')).toEqual(['not listed', 'listed: Supermax Corporation Bhd. (Modified)']);
    // Watched as they are now: nothing already listed is an alert.
    expect(await options.text(watch)).toContain('No alerts.');
    for (const name of ['Harbour Clinical Supplies Ltd', 'Supermax Corporation Berhad']) {
      await options.click(button(`Remove ${name} from the watch list`, watch));
      await options.waitUntil(async () => !(await options.texts('#watch ul.watch-names li .watch-name')).includes(name), `${name} removed`);
    }
    // A fresh page for the next test: its "Names added" status must be its own.
    await options.reload();
    await options.locate(watch);
  });

  it('watches a typed name that is not listed, and raises nothing for it', async () => {
    await options.fill(labelled('Names to watch (one per line)', watch), `${WATCHED}\n\n${WATCHED.toLowerCase()}\nNorthgate Medical Supplies Ltd`);
    await options.click(button('Add to the watch list', watch));
    await options.waitForText({ css: '[role="status"]', hasText: 'Names added', within: watch }, 'Names added to the watch list: 2.');
    expect(await options.texts('#watch ul.watch-names li .watch-name')).toEqual(['Northgate Medical Supplies Ltd', WATCHED]);
    expect(await options.texts('#watch ul.watch-names li .hint')).toEqual(['not listed', 'not listed']);
    expect(await options.text(watch)).toContain('No alerts.');
  });

  it('raises an alert when a refresh lists it: on the options page, on the toolbar button and at the endpoint, with no popup opened', async () => {
    await options.fill(labelled('Submission address (https)', organisation), `${origin}/cases`);
    await options.click(button('Save submission address', organisation));
    await options.waitForText({ css: '[role="status"]', hasText: 'Settings saved.', within: organisation }, 'Settings saved.');

    await addJsonSource(options, admin, `${origin}/list.json`, 'Council feed');
    await options.click(button('Save settings', admin));
    await options.waitForText({ css: '[role="status"]', hasText: 'Settings saved.', within: admin }, 'Settings saved.');
    // Every notification the extension shows, noted as it is shown or closed: headless Firefox has
    // no notification centre and closes one within seconds, so a later look could miss it.
    await ext.inExtension(() => {
      const seen = new Set<string>();
      (window as unknown as { __notified: Set<string> }).__notified = seen;
      chrome.notifications.onClosed.addListener((id) => void seen.add(id));
      const look = async () => {
        for (const id of Object.keys(await chrome.notifications.getAll())) seen.add(id);
        setTimeout(() => void look(), 50);
      };
      void look();
    });
    await refreshNow(/Council feed: updated/);

    // The open options page shows the alert as it is raised.
    await options.waitForText(alerts, new RegExp(`^New: ${WATCHED} is now listed: ${WATCHED_MAKER} \\(Active\\)\\.`));
    expect(await options.texts('#watch ul.watch-names li .hint')).toEqual(['not listed', `listed: ${WATCHED_MAKER} (Active)`]);
    expect(await ext.badgeText()).toBe('!');
    // A system notification, named for the alert.
    const shown = await waitFor(() => ext.inExtension(() => [...(window as unknown as { __notified: Set<string> }).__notified]), (ids) => ids.length > 0);
    expect(shown).toEqual([expect.stringMatching(/^wro-watch-/)]);

    const posted = await waitFor(async () => posts.filter((p) => p.kind === 'alert'), (p) => p.length === 1);
    expect(posted[0]).toMatchObject({ format: 'wro-check-submission', kind: 'alert', alert: { name: WATCHED, recordId: WATCHED_ID, recordName: WATCHED_MAKER, kind: 'listed', from: null, to: 'active' } });
    expect(await options.axe()).toEqual([]);
  });

  it('raises a status change when a later refresh modifies the order; the change report has both; seen, the badge clears', async () => {
    feedStatus = 'modified';
    await refreshNow(/Council feed: updated.*1 status changed|Council feed: updated/);
    await options.waitForText(alerts, new RegExp(`^New: ${WATCHED}: the status of ${WATCHED_MAKER} changed from Active to Modified\\.`));
    expect(await options.count('ul.watch-alerts li.alert-new')).toBe(2);

    const report = await options.offeredFile(() => options.click(button('Download the change report (CSV)', watch)));
    const rows = report.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('time,watchedName,change,recordId,recordName,statusBefore,statusNow,listVersion,seenAt');
    expect(rows.slice(1).map((r) => r.split(',').slice(1, 7).join(','))).toEqual([
      `${WATCHED},Status changed,${WATCHED_ID},${WATCHED_MAKER},Active,Modified`,
      `${WATCHED},Now listed,${WATCHED_ID},${WATCHED_MAKER},,Active`,
    ]);

    await options.click(button('Mark all as seen', watch));
    await options.waitForCount('ul.watch-alerts li.alert-seen', 2);
    await waitFor(() => ext.badgeText(), (text) => text === '');
    expect(await ext.badgeText()).toBe('');
  });
});
