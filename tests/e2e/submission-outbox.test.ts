/**
 * The optional submission endpoint, in Chromium and Firefox ESR (docs/submission.md). A local https
 * server records what is posted to it. A decision recorded while no address is set is never
 * queued or sent; once the options page saves the address, the next decision is posted at once,
 * refused the first time (503: the options page shows it waiting with the error), and delivered
 * by "Retry now": the same item, under the same idempotency key, with the documented payload
 * (checked against schema/submission.schema.json).
 *
 * Host access as in refresh-brand-feed.test.ts: a copy of the build whose manifest lists
 * https://127.0.0.1/*, and the committed test-only certificate.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision } from '../../src/core/decision';
import { BROWSERS, launchExtension, localHttps, type ExtensionBrowser, type TestPage } from './harness/extension';
import { button, headed, labelled, type Query } from './harness/find';
import { includesAll } from './harness/highlights';
import { httpsTestServer, listenLocal, serveFixtures, type FixtureServer } from './harness/server';

const SUPERMAX = 'cbp-wro-2021-10-21-supermax-corporation-bhd';
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(new URL('../../schema/submission.schema.json', import.meta.url), 'utf8')) as object);

interface Post {
  contentType: string | undefined;
  cookie: string | undefined;
  body: Record<string, unknown>;
  answered: number;
}

let posts: Post[] = [];
/** Answers each post with the next of these, then 200. */
let answers: number[] = [];
let endpoint: Server;
let endpointUrl: string;
let fixtures: FixtureServer;

beforeAll(async () => {
  endpoint = httpsTestServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/cases/wro') return void res.writeHead(404).end();
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      const answered = answers.shift() ?? 200;
      posts.push({ contentType: req.headers['content-type'], cookie: req.headers.cookie, body: JSON.parse(text) as Record<string, unknown>, answered });
      res.writeHead(answered).end();
    });
  });
  endpointUrl = `https://127.0.0.1:${await listenLocal(endpoint)}/cases/wro`;
  fixtures = await serveFixtures();
});

afterAll(async () => {
  await new Promise((done) => endpoint?.close(done));
  await fixtures?.close();
});

const organisation: Query = headed('section', /^Organisation$/);
const submission: Query = { css: 'form.submission-settings', within: organisation };
const queue: Query = { css: '.outbox-status [role="status"]', within: submission };

describe.each(BROWSERS)('in %s: sending decisions to the organisation’s endpoint', (_name, kind) => {
  let ext: ExtensionBrowser;
  let page: TestPage;
  let options: TestPage;
  let tabId: number;

  beforeAll(async () => {
    posts = [];
    answers = [];
    ext = await launchExtension(kind, localHttps());
    page = await ext.newPage(fixtures.url('demo.html'));
    await page.waitForPainted(includesAll(['Supermax Corporation Berhad']));
    await ext.waitForReport(page);
    tabId = await ext.tabIdOf(page);
    options = await ext.openExtensionPage('options.html');
    await options.locate(submission);
  });

  afterAll(async () => {
    await ext?.close();
  });

  /** What the popup sends when a buyer records a decision on the tab's Supermax finding. */
  const record = (note: string) =>
    ext.request<Decision>({ type: 'record-tab-decision', tabId, recordId: SUPERMAX, matchedText: 'Supermax Corporation Berhad', outcome: 'asked-for-evidence', note });

  it('queues and sends nothing while no address is configured', async () => {
    const unsent = await record('Recorded before any address was set.');
    expect(unsent.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(await options.text(queue)).toBe('No submission address: nothing is queued or sent.');
    expect(await ext.request<{ waiting: number; configured: boolean }>({ type: 'get-outbox-status' })).toMatchObject({ waiting: 0, configured: false });
  });

  it('posts the next decision at once, keeps it through a 503, and delivers it once on “Retry now”', async () => {
    await options.fill(labelled('Submission address (https)', submission), endpointUrl);
    await options.click(button('Save submission address', submission));
    await options.waitForText({ css: '[role="status"]', hasText: 'Settings saved.', within: submission }, 'Settings saved.');

    answers = [503];
    const sent = await record('Asked Northgate for the maker’s declaration.');
    // Tried at once and refused: it waits, and the open options page says why as it happens.
    await options.waitForText(queue, /^1 waiting, next try .*Last error: HTTP 503/);
    expect(posts).toHaveLength(1);

    await options.click(button('Retry now', submission));
    await options.waitForText(queue, 'Nothing waiting: everything queued was delivered.');

    // Two tries of the one decision (the earlier one never appears), the same key each time, accepted once.
    expect(posts.map((p) => p.answered)).toEqual([503, 200]);
    expect(new Set(posts.map((p) => p.body.idempotencyKey))).toEqual(new Set([`decision:${sent.uid}:${sent.time}`]));
    for (const post of posts) {
      expect(post.contentType).toBe('application/json');
      expect(post.cookie).toBeUndefined();
      expect(validate(post.body), JSON.stringify(validate.errors)).toBe(true);
    }
    const { id: _id, ...decision } = sent;
    expect(posts[1]?.body).toMatchObject({ format: 'wro-check-submission', formatVersion: 1, kind: 'decision', extension: { name: 'WRO Check' }, decision });
    expect(await options.axe()).toEqual([]);
  });
});
