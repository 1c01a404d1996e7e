/**
 * `npm run package [-- --out DIR] [-- --allow-dirty]`: the files a store or an admin installs,
 * from one build, in `release/` (or DIR):
 *
 *   wro-check-chrome-<version>.zip    Chrome Web Store upload (the build's chrome/ folder)
 *   wro-check-firefox-<version>.zip   addons.mozilla.org upload (firefox/), passed by Mozilla's linter
 *   wro-check-sources-<version>.zip   what AMO's reviewers rebuild the Firefox archive from
 *   SHA256SUMS
 *
 * The version is package.json's, and manifest.json must say the same (see releaseVersion). The
 * files `git ls-files` lists (with --allow-dirty, those git has not seen yet too) are copied to a
 * temporary folder, and everything is made from that copy: the build (scripts/build.ts, with this
 * checkout's node_modules) and the sources archive. So the store archives are built from exactly
 * the sources a reviewer gets, even while the working tree changes, and `dist/` is left as it was.
 * Both store archives are made by Mozilla's `web-ext build` (it zips any extension folder, Chrome's
 * too). A working tree with changes git has not committed is refused (the sources would not be a
 * commit) unless --allow-dirty.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { localHostsIn, missingFiles, ReleaseError, releaseVersion, sourcesReadme, unwantedFiles } from './package-checks';

const root = resolve(import.meta.dirname, '..');
const WEB_EXT = join(root, 'node_modules/web-ext/bin/web-ext.js');

interface Options {
  out: string;
  allowDirty: boolean;
}

function parseArgs(args: string[]): Options {
  const options: Options = { out: resolve(root, 'release'), allowDirty: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--allow-dirty') options.allowDirty = true;
    else if (arg === '--out' && args[i + 1]) options.out = resolve(process.cwd(), args[++i]!);
    else if (arg?.startsWith('--out=')) options.out = resolve(process.cwd(), arg.slice('--out='.length));
    else throw new ReleaseError(`Unknown argument ${JSON.stringify(arg)}. Usage: npm run package [-- --out DIR] [-- --allow-dirty]`);
  }
  return options;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new ReleaseError(`git ${args[0]} failed: the sources archive is made from a git checkout (${(error as Error).message.split('\n')[0]}).`);
  }
}

/** Files git would commit or has not seen (ignored files, like dist/ and release/, do not count). */
function uncommittedChanges(): string[] {
  return git(['status', '--porcelain=v1', '-z', '--untracked-files=all']).split('\0').filter(Boolean);
}

/** Entry names of a zip file (folders left out), read without inflating anything. */
function zipEntries(path: string): string[] {
  const names: string[] = [];
  unzipSync(readFileSync(path), {
    filter: (file) => {
      if (!file.name.endsWith('/')) names.push(file.name);
      return false;
    },
  });
  return names.sort();
}

/** Builds the copy in `project` into its own dist/, as `npm run build` would there. */
function build(project: string): void {
  // NODE_ENV as `npm run build` has it in a shell: a build run with NODE_ENV=test (as under vitest)
  // gets Preact's development JSX, with the build folder's absolute paths in it.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.WRO_DIST;
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(project, 'scripts/build.ts')], {
    cwd: project,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new ReleaseError(`The build failed (exit ${result.status ?? result.signal}); nothing was packaged (a file it needs that git does not track?).`);
}

/** Checks one built folder as it will ship: package.json's version, and no local host in its manifest. */
function checkBuild(dir: string, browser: string, version: string): void {
  const manifest = readJson(join(dir, 'manifest.json'));
  if (manifest.version !== version) throw new ReleaseError(`The ${browser} build says version ${String(manifest.version)}, not ${version}.`);
  const local = localHostsIn(manifest);
  if (local.length) throw new ReleaseError(`The ${browser} release manifest names local hosts: ${local.join(', ')}. Tests add those to a copy; the build must not.`);
}

function webExtBuild(sourceDir: string, outDir: string, filename: string): string {
  execFileSync(process.execPath, [WEB_EXT, 'build', '--source-dir', sourceDir, '--artifacts-dir', outDir, '--filename', filename, '--overwrite-dest', '--no-config-discovery'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return join(outDir, filename);
}

/** The entries of a store archive: every file its manifest names, and nothing unwanted. */
function checkArchive(path: string, manifest: Record<string, unknown>): string[] {
  const entries = zipEntries(path);
  const missing = missingFiles(manifest, entries);
  if (missing.length) throw new ReleaseError(`${path} lacks files its manifest names: ${missing.join(', ')}.`);
  const unwanted = unwantedFiles(entries);
  if (unwanted.length) throw new ReleaseError(`${path} holds files a store archive must not: ${unwanted.join(', ')}.`);
  return entries;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: Array<{ code: string; message: string; file?: string }>;
  warnings: Array<{ code: string; message: string; file?: string }>;
}

/** Mozilla's add-on linter (web-ext lint) on the archive itself, as AMO will run it. */
async function lintFirefoxArchive(path: string): Promise<LintReport> {
  const stdout = await promisify(execFile)(process.execPath, [WEB_EXT, 'lint', '--source-dir', path, '--output', 'json', '--no-config-discovery'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    (r) => r.stdout,
    // web-ext exits non-zero when the linter reports errors; its report is still on stdout.
    (error: { stdout?: string }) => String(error.stdout ?? ''),
  );
  const start = stdout.indexOf('{');
  if (start < 0) throw new ReleaseError(`web-ext lint printed no report for ${path}.`);
  return JSON.parse(stdout.slice(start)) as LintReport;
}

interface Snapshot {
  /** The copy's folder, named wro-check-<version>, as the sources archive's top folder. */
  project: string;
  /** Paths inside it, the reviewers' README included. */
  files: string[];
}

/**
 * Copies the files git tracks, as they are in the working tree, and writes the reviewers' README
 * beside them. A clean tree has no others; with --allow-dirty the files git has not seen yet (but
 * does not ignore) come too, so the copy is the working tree as it is.
 */
function snapshot(work: string, version: string, dirty: boolean): Snapshot {
  const project = join(work, `wro-check-${version}`);
  const files: string[] = [];
  for (const file of git(['ls-files', '-z', '--cached', '--others', '--exclude-standard']).split('\0').filter(Boolean)) {
    const from = join(root, file);
    if (!existsSync(from)) continue; // deleted in the working tree (only with --allow-dirty)
    const to = join(project, file);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, readFileSync(from));
    chmodSync(to, statSync(from).mode & 0o111 ? 0o755 : 0o644);
    files.push(file);
  }
  const pkg = readJson(join(project, 'package.json'));
  const npm = /\bnpm\/(\S+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];
  const commit = git(['rev-parse', 'HEAD']).trim();
  const engines = (pkg.engines as { node?: string } | undefined)?.node;
  writeFileSync(join(project, 'SOURCES-README.md'), sourcesReadme({ version, commit, dirty, node: process.version, npm, engines }));
  files.push('SOURCES-README.md');
  // The build's dependencies: this checkout's, as `npm ci` installed them from package-lock.json.
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  return { project, files: files.sort() };
}

/** The sources archive: the snapshot's files under its top folder, dated by the commit. */
function writeSources(path: string, { project, files }: Snapshot): void {
  const mtime = new Date(Number(git(['log', '-1', '--format=%ct']).trim()) * 1000);
  const top = relative(dirname(project), project);
  const zippable: Zippable = {};
  for (const file of files) {
    const full = join(project, file);
    const attrs = (statSync(full).mode & 0o111 ? 0o100755 : 0o100644) << 16;
    zippable[`${top}/${file}`] = [readFileSync(full), { mtime, os: 3, attrs }];
  }
  writeFileSync(path, zipSync(zippable, { level: 9 }));
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const version = releaseVersion(readJson(join(root, 'package.json')).version, readJson(join(root, 'manifest.json')).version);

  if (!existsSync(join(root, 'node_modules/.bin/tsx')) || !existsSync(WEB_EXT)) {
    throw new ReleaseError('The dependencies are not installed: run npm ci first.');
  }
  const changes = uncommittedChanges();
  if (changes.length && !options.allowDirty) {
    const shown = changes.slice(0, 10).map((c) => `  ${c}`).join('\n');
    throw new ReleaseError(
      `The working tree has changes git has not committed, so the sources archive would not match a commit:\n${shown}${changes.length > 10 ? `\n  … and ${changes.length - 10} more` : ''}\nCommit or stash them, or pass --allow-dirty.`,
    );
  }

  const work = mkdtempSync(join(tmpdir(), 'wro-package-'));
  try {
    const sources = snapshot(work, version, changes.length > 0);
    build(sources.project);
    const chromeDir = join(sources.project, 'dist/chrome');
    const firefoxDir = join(sources.project, 'dist/firefox');
    checkBuild(chromeDir, 'Chrome', version);
    checkBuild(firefoxDir, 'Firefox', version);

    // Written beside the copy first, and to the output folder only once every check has passed.
    const staging = join(work, 'release');
    const chromeZip = webExtBuild(chromeDir, staging, `wro-check-chrome-${version}.zip`);
    const firefoxZip = webExtBuild(firefoxDir, staging, `wro-check-firefox-${version}.zip`);
    const counts = new Map<string, number>([
      [chromeZip, checkArchive(chromeZip, readJson(join(chromeDir, 'manifest.json'))).length],
      [firefoxZip, checkArchive(firefoxZip, readJson(join(firefoxDir, 'manifest.json'))).length],
    ]);

    // The linter runs while the sources archive is written.
    const linting = lintFirefoxArchive(firefoxZip);
    linting.catch(() => undefined); // awaited below; a failure before then must not go unhandled
    const sourcesZip = join(staging, `wro-check-sources-${version}.zip`);
    writeSources(sourcesZip, sources);
    counts.set(sourcesZip, sources.files.length);
    const lint = await linting;
    const problems = [...lint.errors, ...lint.warnings].map((i) => `  ${i.code}: ${i.message} ${i.file ?? ''}`);
    if (problems.length) {
      throw new ReleaseError(`Mozilla's linter found ${lint.summary.errors} errors and ${lint.summary.warnings} warnings in ${firefoxZip}:\n${problems.join('\n')}`);
    }

    const archives = [chromeZip, firefoxZip, sourcesZip];
    writeFileSync(join(staging, 'SHA256SUMS'), archives.map((a) => `${sha256(a)}  ${relative(staging, a)}\n`).join(''));
    mkdirSync(options.out, { recursive: true });
    for (const file of [...archives, join(staging, 'SHA256SUMS')]) copyFileSync(file, join(options.out, relative(staging, file)));
    console.log(`WRO Check ${version}${changes.length ? ' (from a working tree with uncommitted changes)' : ''}:`);
    for (const archive of archives) {
      const written = join(options.out, relative(staging, archive));
      console.log(`  ${relative(process.cwd(), written)}  ${(statSync(written).size / 1024).toFixed(0)} KiB, ${counts.get(archive)} files`);
    }
    console.log(`  Mozilla's linter on the Firefox archive: 0 errors, 0 warnings, ${lint.summary.notices} notices`);
  } finally {
    // The link to node_modules goes first, so nothing could ever reach through it.
    const link = join(work, `wro-check-${version}`, 'node_modules');
    if (existsSync(link)) unlinkSync(link);
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof ReleaseError)) throw error;
  console.error(`npm run package: ${error.message}`);
  process.exitCode = 1;
}
