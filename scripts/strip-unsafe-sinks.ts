/**
 * A build plugin that removes capabilities our code never uses from the libraries we ship, so the
 * extension contains no HTML-from-string, eval or load-code-by-URL sink at all (Mozilla's linter
 * checks for them):
 * - Preact's `dangerouslySetInnerHTML` branch (the only `innerHTML` assignment in Preact);
 * - zod's `new Function` probe for its JIT (MV3's CSP forbids eval anyway; zod falls back to
 *   its interpreter, which is what runs in the extension either way);
 * - pdf.js (the screening worker's PDF reader): its eval probe and its compiler of PostScript
 *   functions to JavaScript (the interpreter it falls back to stays; `isEvalSupported: false` chose
 *   it already), its import of a worker script by URL (the worker's message handler is bundled and
 *   handed over, see src/screen/pdf-open.ts) and of a JPEG 2000 decoder by URL (images are never
 *   decoded: only the text layer is read); and its worker module's start-up, which would serve
 *   the screening worker's own message channel.
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
  ...['pdf', 'pdf.worker'].map((name) => ({
    file: new RegExp(`[\\\\/]pdfjs-dist[\\\\/]build[\\\\/]${name.replace('.', '\\.')}\\.mjs$`),
    find: /try \{\s*new Function\(""\);\s*return true;\s*\} catch \{\s*return false;\s*\}/,
    replace: 'return false;',
  })),
  {
    file: /[\\/]pdfjs-dist[\\/]build[\\/]pdf\.mjs$/,
    find: /const worker = await import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*this\.workerSrc\);\s*return worker\.WorkerMessageHandler;/,
    replace: 'throw new Error("pdf.js runs here only with its bundled worker handler");',
  },
  {
    file: /[\\/]pdfjs-dist[\\/]build[\\/]pdf\.worker\.mjs$/,
    find: /const mod = await import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*path\);\s*instance = mod\.default\(\);/,
    replace: 'throw new Error("no JPEG 2000 decoder is bundled");',
  },
  {
    file: /[\\/]pdfjs-dist[\\/]build[\\/]pdf\.worker\.mjs$/,
    find: /const compiled = new PostScriptCompiler\(\)\.compile\(code, domain, range\);\s*if \(compiled\) \{\s*return new Function\("src", "srcOffset", "dest", "destOffset", compiled\);\s*\}/,
    replace: '',
  },
  {
    // pdf.js's worker module starts serving the worker it is loaded in; here it is loaded into the
    // screening worker only for its handler, and must not answer (or post to) the page's channel.
    file: /[\\/]pdfjs-dist[\\/]build[\\/]pdf\.worker\.mjs$/,
    find: /if \(typeof window === "undefined" && !isNodeJS && typeof self !== "undefined" && typeof self\.postMessage === "function" && "onmessage" in self\) \{\s*this\.initializeFromPort\(self\);\s*\}/,
    replace: '',
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
      const rewrites = REWRITES.filter((r) => r.file.test(id));
      if (rewrites.length === 0) return null;
      let out = code;
      for (const rewrite of rewrites) {
        const matches = out.match(new RegExp(rewrite.find.source, 'g'));
        if (matches?.length !== 1) {
          this.error(`strip-unsafe-sinks: expected one match of ${rewrite.find} in ${id}, found ${matches?.length ?? 0}`);
        }
        out = out.replace(rewrite.find, rewrite.replace);
      }
      return { code: out, map: null };
    },
  };
}
