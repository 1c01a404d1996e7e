/**
 * The content script's cost on one block that names a listed company many times (a long report in
 * one paragraph): painting n mentions, and taking them away when the page empties the block, must
 * take time linear in n. Measured in the same run, in the
 * page, as an exponent over doublings of n (see tests/fuzz/growth.ts): linear work gives about 1,
 * quadratic about 2. In Chromium and Firefox ESR.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFigure } from '../fuzz/figures';
import { BROWSERS, launchExtension, type ExtensionBrowser, type TestPage } from './harness/extension';

const NAME = 'Hoshine Silicon Industry Co., Ltd.';
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((_, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title></head><body><main><h1>Annual report</h1><p>${NAME}</p><p id="block"></p></main></body></html>`));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/report.html`;
});

afterAll(async () => {
  await new Promise((done) => server?.close(done));
});

/**
 * Milliseconds from putting `n` mentions into one paragraph until all are painted, and from
 * emptying it until all are gone again.
 */
function paintAndClearTime(page: TestPage, n: number): Promise<{ paint: number; clear: number }> {
  return page.evaluate(
    async ({ n, name }) => {
      const count = () => {
        let c = 0;
        CSS.highlights.forEach((h, key) => {
          if (String(key).startsWith('wro-')) c += h.size;
        });
        return c;
      };
      const until = async (done: () => boolean, start: number) => {
        while (!done()) {
          if (performance.now() - start > 60_000) return Number.NaN;
          await new Promise((r) => setTimeout(r, 5));
        }
        return performance.now() - start;
      };
      const block = document.getElementById('block')!;
      const base = count();
      let start = performance.now();
      block.textContent = Array.from({ length: n }, (_, i) => `${name} shipped lot ${i}.`).join(' ');
      const paint = await until(() => count() >= base + n, start);
      start = performance.now();
      block.textContent = '';
      const clear = await until(() => count() <= base, start);
      return { paint, clear };
    },
    { n, name: NAME },
  );
}

/**
 * The median exponent over the doublings of `sizes` (1: linear, 2: quadratic). Times under 20 ms
 * count as 20 ms: a few milliseconds of jitter there is no growth (taking 16,000 mentions away
 * takes about 10 ms; the quadratic way took 16 s).
 */
function growth(times: number[]): number {
  const floored = times.map((t) => Math.max(t, 20));
  const steps = floored.slice(1).map((t, i) => Math.log2(t / floored[i]!)).sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)]!;
}

describe.each(BROWSERS)('in %s: content script, many mentions in one block', (name, kind) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension(kind);
  }, 120_000);

  afterAll(async () => {
    await ext?.close();
  });

  it('paints n mentions of a name in one paragraph, and takes them away, in time linear in n', async () => {
    const page = await ext.newPage(url);
    await page.waitForPainted((texts) => texts.length > 0);
    const sizes = [1000, 2000, 4000, 8000, 16000];
    await paintAndClearTime(page, sizes[0]!); // warm up
    const paint: number[] = [];
    const clear: number[] = [];
    for (const n of sizes) {
      const [a, b] = [await paintAndClearTime(page, n), await paintAndClearTime(page, n)];
      paint.push(Math.min(a.paint, b.paint));
      clear.push(Math.min(a.clear, b.clear));
    }
    const figures = (times: number[]) => sizes.map((n, i) => `${n}: ${times[i]!.toFixed(0)} ms`).join(', ');
    recordFigure('pages', `mentions painted in one block, growth exponent (${name})`, 1, `k=${growth(paint).toFixed(2)} (${figures(paint)})`);
    recordFigure('pages', `mentions taken away from one block, growth exponent (${name})`, 1, `k=${growth(clear).toFixed(2)} (${figures(clear)})`);
    expect([...paint, ...clear].every(Number.isFinite), `${figures(paint)}; ${figures(clear)}`).toBe(true);
    expect(growth(paint), figures(paint)).toBeLessThan(1.5);
    // Firefox deleted highlight ranges one by one in time proportional to the highlight: 16 s for 16,000.
    expect(growth(clear), figures(clear)).toBeLessThan(1.5);
    await page.close();
  }, 300_000);
});
