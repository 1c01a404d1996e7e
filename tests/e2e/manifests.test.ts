import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../..', process.env.WRO_DIST ?? 'dist');
const manifest = (browser: string) => JSON.parse(readFileSync(resolve(dist, browser, 'manifest.json'), 'utf8'));

// Mozilla's linter runs once, on the Firefox archive as shipped (package.test.ts): linting the
// build directory too cost the suite most of a minute for the same files.
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
    // An import statement or call ("import{a}from", "import x from", "import(", 'import"./x"'), not
    // a word that begins with it in the matcher's lists ("importer").
    expect(content).not.toMatch(/(^|[;\s])import\s*(?:[({*"'`]|[\w$]+\s*(?:,|from\b))/);
    expect(content).not.toMatch(/\bexport\s*[{*]/);
  });
});
