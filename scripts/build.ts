/**
 * Builds both extensions from one source: `dist/chrome` (MV3 service worker) and `dist/firefox`
 * (MV3 background scripts, gecko settings). Extension pages are ES modules; the background and the
 * content script are classic IIFE scripts with nothing imported at run time.
 *
 * Both are release builds: the content script sets no performance marks, which any page could read
 * (issue #17, attack 6). A second content script with its marks (`wro-check:start`, `:painted`),
 * which tests and benchmarks wait on, goes to `dist/test/content.js`, outside both extensions: the
 * test copies of the build load it instead (tests/e2e/harness/local-test-copy.ts).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { stripUnsafeSinks } from './strip-unsafe-sinks';

const root = resolve(import.meta.dirname, '..');
// WRO_DIST lets several checkouts of work build side by side without overwriting each other.
const distDir = resolve(root, process.env.WRO_DIST ?? 'dist');
const chromeDir = resolve(distDir, 'chrome');
const firefoxDir = resolve(distDir, 'firefox');
const testDir = resolve(distDir, 'test');
const GECKO_ID = 'wro-check@wro-check.org';

const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

async function buildScript(entry: string, fileName: string, name: string, options: { outDir?: string; scanMarks?: boolean } = {}): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [stripUnsafeSinks()],
    // The content script's performance marks: only in the test build's copy (see the file comment).
    define: { 'process.env.NODE_ENV': '"production"', __WRO_SCAN_MARKS__: options.scanMarks ? 'true' : 'false' },
    build: {
      outDir: options.outDir ?? chromeDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: resolve(root, entry), formats: ['iife'], name, fileName: () => fileName },
    },
  });
}

function writeManifests(): void {
  const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.version = pkg.version;
  writeFileSync(resolve(chromeDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  rmSync(firefoxDir, { recursive: true, force: true });
  cpSync(chromeDir, firefoxDir, { recursive: true });
  const firefox = {
    ...manifest,
    // Firefox MV3 runs the background as an event page, not a service worker.
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140: the first ESR with the CSS Custom Highlight API.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
  writeFileSync(resolve(firefoxDir, 'manifest.json'), `${JSON.stringify(firefox, null, 2)}\n`);
}

mkdirSync(chromeDir, { recursive: true });
await build({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: chromeDir } });
// pdf.js's character maps (1.2 MB): the text of a PDF whose Chinese, Japanese or Korean font is not
// embedded is read through them. The screening worker reads them from the extension's own files,
// only when such a font is met; nothing is fetched from the network.
cpSync(resolve(root, 'node_modules/pdfjs-dist/cmaps'), resolve(chromeDir, 'pdfjs/cmaps'), { recursive: true });
await buildScript('src/background/index.ts', 'background.js', 'wroCheckBackground');
await buildScript('src/content/index.ts', 'content.js', 'wroCheckContent');
writeManifests();
rmSync(testDir, { recursive: true, force: true });
await buildScript('src/content/index.ts', 'content.js', 'wroCheckContent', { outDir: testDir, scanMarks: true });
console.log(`Built ${chromeDir} and ${firefoxDir} (release), and ${testDir}/content.js (with the scan marks, for tests)`);
