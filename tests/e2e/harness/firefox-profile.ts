/**
 * A Firefox profile that has started once, copied for each launch. A new profile spends about five
 * seconds of CPU on its first start (databases, caches, certificates); a copy of one that has
 * started spends about two. With some forty launches per `npm test` on two cores, that is about a
 * minute. The template keeps none of a launch's preferences (the harness sets them per launch) and
 * no session, so each copy starts as a fresh profile would, only warm.
 */
import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { FIREFOX_PATH } from './browsers';

/** What a started profile keeps that would carry one launch's state into the next. */
const LAUNCH_STATE = ['prefs.js', 'user.js', 'lock', '.parentlock', 'sessionstore.jsonlz4', 'sessionstore-backups', 'sessionCheckpoints.json'];
const READY = 'wro-template-ready';

let pending: Promise<string> | undefined;
/** This test process's copies, each with when its browser's process has ended (`removeProfileCopies`). */
const made: Array<{ dir: string; ended: Promise<void> }> = [];

/** The template for this Firefox binary: made once, by whichever test process first needs it. */
function template(): Promise<string> {
  const binary = statSync(FIREFOX_PATH);
  const path = join(tmpdir(), `wro-firefox-template-${binary.size}-${Math.round(binary.mtimeMs)}`);
  if (existsSync(join(path, READY))) return Promise.resolve(path);
  return (pending ??= (async () => {
    const making = mkdtempSync(join(tmpdir(), 'wro-firefox-template-making-'));
    try {
      const browser = await puppeteer.launch({ browser: 'firefox', headless: true, executablePath: FIREFOX_PATH, userDataDir: making });
      await browser.close();
      for (const name of LAUNCH_STATE) rmSync(join(making, name), { recursive: true, force: true });
      writeFileSync(join(making, READY), '');
      // Another test process may have made it meanwhile: theirs is as good.
      if (!existsSync(path)) renameSync(making, path);
    } catch {
      // A template is an optimisation: without one, each launch makes a fresh profile.
    } finally {
      rmSync(making, { recursive: true, force: true });
    }
    return path;
  })());
}

/**
 * A fresh copy of the warmed profile for one launch, and `using` to tell it the browser's process
 * (removed once that process has ended); undefined if no template could be made (the launch then
 * uses a new profile of its own).
 */
export async function profileCopy(): Promise<{ dir: string; using(process: ChildProcess | null): void; remove(): void } | undefined> {
  const from = await template();
  if (!existsSync(join(from, READY))) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'wro-firefox-profile-'));
  cpSync(from, dir, { recursive: true });
  const remove = () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  return {
    dir,
    remove,
    using(process) {
      // Firefox writes to its profile until its process ends, after the driver has disconnected.
      const ended = !process || process.exitCode !== null ? Promise.resolve() : new Promise<void>((done) => process.once('exit', () => done()));
      made.push({ dir, ended });
      void ended.then(remove, remove);
    },
  };
}

/** Removes this process's profile copies once their browsers have ended (at most ten seconds' wait). */
export async function removeProfileCopies(): Promise<void> {
  for (const { dir, ended } of made.splice(0)) {
    await Promise.race([ended, new Promise((done) => setTimeout(done, 10_000).unref())]);
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}
