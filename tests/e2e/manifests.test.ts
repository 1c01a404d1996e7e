import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../..', process.env.WRO_DIST ?? 'dist');
const manifest = (browser: string) => JSON.parse(readFileSync(resolve(dist, browser, 'manifest.json'), 'utf8'));

describe('built manifests', () => {
  it('gives Chrome a service worker and Firefox background scripts with gecko settings', () => {
    const chrome = manifest('chrome');
    const firefox = manifest('firefox');
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    const gecko = firefox.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('ships the content script as one classic script with nothing imported at run time', () => {
    const content = readFileSync(resolve(dist, 'chrome/content.js'), 'utf8');
    expect(content).not.toMatch(/(^|[;\s])import\s*[({*"'\w]/);
    expect(content).not.toMatch(/\bexport\s*[{*]/);
  });

  it('passes Mozilla’s add-on linter with no errors or warnings', async () => {
    const bin = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');
    const { stdout } = await promisify(execFile)(
      bin,
      ['lint', '--source-dir', resolve(dist, 'firefox'), '--output', 'json', '--no-config-discovery'],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    const describe = (items: Array<{ code: string; message: string; file?: string }>) =>
      items.map((i) => `${i.code}: ${i.message} ${i.file ?? ''}`);
    expect(describe(report.errors)).toEqual([]);
    expect(describe(report.warnings)).toEqual([]);
  });
});
