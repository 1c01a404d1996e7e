/**
 * The content script's cost on one block that names a listed company many times (a long report in
 * one paragraph): painting n mentions must take time linear in n. Measured in the same run, in the
 * page, as an exponent over doublings of n (see tests/fuzz/growth.ts): linear work gives about 1,
 * quadratic about 2.
 */
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFigure } from '../fuzz/figures';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium';

const NAME = 'Hoshine Silicon Industry Co., Ltd.';
let server: Server;
let url: string;
let ext: ChromiumWithExtension;

beforeAll(async () => {
  server = createServer((_, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title></head><body><main><h1>Annual report</h1><p>${NAME}</p><p id="block"></p></main></body></html>`));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/report.html`;
  ext = await launchChromium();
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await new Promise((done) => server?.close(done));
});

/** Milliseconds from putting `n` mentions into one paragraph until all are painted. */
function paintTime(page: Page, n: number): Promise<number> {
  return page.evaluate(
    async ({ n, name }) => {
      const count = () => {
        let c = 0;
        CSS.highlights.forEach((h, key) => {
          if (String(key).startsWith('wro-')) c += h.size;
        });
        return c;
      };
      const block = document.getElementById('block')!;
      const base = count();
      const start = performance.now();
      block.textContent = Array.from({ length: n }, (_, i) => `${name} shipped lot ${i}.`).join(' ');
      while (count() < base + n) {
        if (performance.now() - start > 60_000) return Number.NaN;
        await new Promise((r) => setTimeout(r, 5));
      }
      const took = performance.now() - start;
      block.textContent = '';
      while (count() > base) await new Promise((r) => setTimeout(r, 5));
      return took;
    },
    { n, name: NAME },
  );
}

describe('content script: many mentions in one block', () => {
  it('paints n mentions of a name in one paragraph in time linear in n', async () => {
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => String(k).startsWith('wro-')));
    const sizes = [1000, 2000, 4000, 8000, 16000];
    await paintTime(page, sizes[0]!); // warm up
    const times: number[] = [];
    for (const n of sizes) times.push(Math.min(await paintTime(page, n), await paintTime(page, n)));
    const steps = times.slice(1).map((t, i) => Math.log2(t / times[i]!)).sort((a, b) => a - b);
    const exponent = steps[Math.floor(steps.length / 2)]!;
    const figures = sizes.map((n, i) => `${n}: ${times[i]!.toFixed(0)} ms`).join(', ');
    recordFigure('pages', 'mentions painted in one block, growth exponent', 1, `k=${exponent.toFixed(2)} (${figures})`);
    expect(times.every(Number.isFinite), figures).toBe(true);
    expect(exponent, figures).toBeLessThan(1.5);
    await page.close();
  }, 300_000);
});
