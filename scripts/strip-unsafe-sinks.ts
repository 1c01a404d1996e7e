/**
 * A build plugin that removes two capabilities our code never uses from the libraries we ship, so
 * the extension contains no HTML-from-string or eval sink at all (Mozilla's linter checks for them):
 * - Preact's `dangerouslySetInnerHTML` branch (the only `innerHTML` assignment in Preact);
 * - zod's `new Function` probe for its JIT (MV3's CSP forbids eval anyway; zod falls back to
 *   its interpreter, which is what runs in the extension either way).
 * Each rewrite must match exactly once: if a library update changes the code, the build fails
 * here rather than shipping the sink silently.
 */
import type { Plugin } from 'vite';

interface Rewrite {
  file: RegExp;
  find: RegExp;
  replace: string;
}

const REWRITES: Rewrite[] = [
  {
    file: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/,
    // h?(l||y&&(h.__html==y.__html||h.__html==t.innerHTML)||(t.innerHTML=h.__html),r.__k=[]):(...)
    find: /(\w)\?\(\w\|\|\w&&\(\1\.__html==\w\.__html\|\|\1\.__html==\w\.innerHTML\)\|\|\(\w\.innerHTML=\1\.__html\),(\w)\.__k=\[\]\):/,
    replace: '$1?($2.__k=[]):',
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    find: /const F = Function;\s*new F\(""\);\s*return true;/,
    replace: 'return false;',
  },
];

export function stripUnsafeSinks(): Plugin {
  return {
    name: 'wro-strip-unsafe-sinks',
    enforce: 'pre',
    transform(code, id) {
      const rewrite = REWRITES.find((r) => r.file.test(id));
      if (!rewrite) return null;
      const matches = code.match(new RegExp(rewrite.find.source, 'g'));
      if (matches?.length !== 1) {
        this.error(`strip-unsafe-sinks: expected one match of ${rewrite.find} in ${id}, found ${matches?.length ?? 0}`);
      }
      return { code: code.replace(rewrite.find, rewrite.replace), map: null };
    },
  };
}
