/**
 * The checks `npm run package` makes before it writes a store archive, as pure functions (the
 * package test calls them too): which version ships, that the release manifest asks for no local
 * host, that every file a manifest names is in the archive, and that nothing else (source maps,
 * TypeScript, tests, dotfiles) is.
 */

/** A release stops with this message, and no stack trace. */
export class ReleaseError extends Error {}

/**
 * A version both stores accept: one to four dot-separated integers of 0–65535 without leading
 * zeros (Chrome refuses "1.0.0-beta"; Firefox would take it, so both are held to Chrome's rule).
 */
const STORE_VERSION = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/;

/**
 * The release's version: package.json's. manifest.json must say the same: the build writes
 * package.json's version into both built manifests, so a source manifest that disagrees would
 * show the AMO reviewers (who read the sources) another version than the one in the store.
 */
export function releaseVersion(packageVersion: unknown, manifestVersion: unknown): string {
  if (typeof packageVersion !== 'string' || packageVersion === '') throw new ReleaseError('package.json has no "version".');
  if (packageVersion !== manifestVersion) {
    throw new ReleaseError(
      `manifest.json says version ${JSON.stringify(manifestVersion)} but package.json says "${packageVersion}": set both to the release's version.`,
    );
  }
  const tooBig = packageVersion.split('.').some((part) => Number(part) > 65535);
  if (!STORE_VERSION.test(packageVersion) || tooBig) {
    throw new ReleaseError(
      `Version "${packageVersion}" is not one the stores accept: one to four dot-separated numbers (0–65535, no leading zeros), such as 1.2.0.`,
    );
  }
  return packageVersion;
}

/** Hosts a release must never ask for: this machine, by name or address, and local files. */
function isLocalHost(host: string): boolean {
  const name = host.toLowerCase().replace(/:\d+$|:\*$/, '').replace(/^\[(.*)\]$/, '$1');
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(name) ||
    name === '0.0.0.0' ||
    name === '::1' ||
    name === '::'
  );
}

/**
 * Every URL or match pattern anywhere in the manifest (permissions, content script matches,
 * web-accessible resources, externally_connectable, the CSP) that names a local host or file://.
 */
export function localHostsIn(manifest: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const match of value.matchAll(/(?<![a-z0-9+.*-])([a-z*][a-z0-9+.*-]*):\/\/(\[[^\]]*\][^/\s'";]*|[^/\s'";]*)/gi)) {
        const [url, scheme = '', host = ''] = match;
        if (scheme.toLowerCase() === 'file' || isLocalHost(host)) found.push(url);
      }
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  visit(manifest);
  return found;
}

interface ManifestFiles {
  default_locale?: string;
  icons?: Record<string, string>;
  action?: { default_popup?: string; default_icon?: string | Record<string, string> };
  options_ui?: { page?: string };
  options_page?: string;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  storage?: { managed_schema?: string };
}

/** The files a manifest names that `files` (an archive's entries) does not hold. */
export function missingFiles(manifest: ManifestFiles, files: Iterable<string>): string[] {
  const have = new Set(files);
  const icon = (value: string | Record<string, string> | undefined) =>
    typeof value === 'string' ? [value] : Object.values(value ?? {});
  const named = [
    ...(manifest.default_locale ? [`_locales/${manifest.default_locale}/messages.json`] : []),
    ...icon(manifest.icons),
    ...icon(manifest.action?.default_icon),
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    manifest.options_page,
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    manifest.background?.page,
    ...(manifest.content_scripts ?? []).flatMap((s) => [...(s.js ?? []), ...(s.css ?? [])]),
    manifest.storage?.managed_schema,
  ].filter((f): f is string => typeof f === 'string');
  return [...new Set(named.map((f) => f.replace(/^\.?\//, '')))].filter((f) => !have.has(f)).sort();
}

/** Entries a store archive must not hold: source maps, TypeScript, tests, dotfiles, dependencies. */
export function unwantedFiles(files: Iterable<string>): string[] {
  return [...files]
    .filter(
      (f) =>
        /\.map$/i.test(f) ||
        /\.(ts|tsx|mts|cts)$/i.test(f) ||
        /(^|\/)(tests?|__tests__|fixtures)\//i.test(f) ||
        /\.(test|spec)\.[cm]?[jt]sx?$/i.test(f) ||
        /(^|\/)\./.test(f) ||
        /(^|\/)node_modules\//.test(f),
    )
    .sort();
}

export interface SourcesNote {
  version: string;
  commit: string;
  dirty: boolean;
  node: string;
  npm?: string;
  engines?: string;
}

/** The README at the top of the sources archive, for addons.mozilla.org's reviewers. */
export function sourcesReadme(note: SourcesNote): string {
  const built = `${note.commit}${note.dirty ? ', with uncommitted changes' : ''}`;
  return `# WRO Check ${note.version}: sources for review

These are the sources of \`wro-check-firefox-${note.version}.zip\` (commit ${built}): the
project's repository as \`git ls-files\` lists it, plus this file. The add-on's scripts are bundled
and minified by Vite; the release archives were built from exactly these files, with the commands below.

## Build

Requirements: Node.js ${note.engines ?? '20'} (package.json's \`engines\`) with npm; the release was
built with Node.js ${note.node}${note.npm ? ` and npm ${note.npm}` : ''} on Linux. Nothing else is downloaded: no browser, no data.

\`\`\`sh
npm ci
npm run build
\`\`\`

\`npm ci\` installs the exact versions in \`package-lock.json\` from the npm registry. Run both in a
shell where \`NODE_ENV\` is unset or \`production\` (\`NODE_ENV=test\` gives a development build).
\`npm run build\` (\`scripts/build.ts\`) writes \`dist/firefox/\`, whose files are those of
\`wro-check-firefox-${note.version}.zip\`, byte for byte, and \`dist/chrome/\` (the Chrome Web Store
build, which differs only in \`manifest.json\`).

## What is where

- \`manifest.json\`: the source manifest; \`scripts/build.ts\` writes package.json's version into the
  built copies and gives Firefox's copy its background scripts and \`browser_specific_settings\`.
- \`src/\`: the extension's TypeScript and Preact sources: \`background/\` becomes \`background.js\`,
  \`content/\` becomes \`content.js\`, \`pages/\` with \`popup/\`, \`options/\`, \`screen/\` and \`ui/\` become
  the HTML pages and \`assets/\`; \`core/\` and \`platform/\` are shared by all of them (\`cli/\` is a
  command-line tool, not part of the extension).
- \`public/\`: icons, \`_locales/\` and \`managed-schema.json\`, copied as they are.
- \`scripts/strip-unsafe-sinks.ts\`: a build plugin that removes Preact's \`dangerouslySetInnerHTML\`
  branch and zod's \`eval\` probe from the bundles.
- \`seeds/default-list.json\`: the bundled list of restricted companies, data the background
  imports (\`npm run seeds\` regenerates it from \`seeds/sources/\`; the build does not run it).
- \`tests/\`, \`docs/\`: tests and documentation, not part of the build.
`;
}
