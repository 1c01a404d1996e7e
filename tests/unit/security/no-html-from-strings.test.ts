/**
 * The lint rule: no source file turns a string into HTML or code. Page text and feed data reach
 * every UI as text (Preact children, textContent) and nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHtmlSinks } from './html-sinks';

const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|jsx)$/.test(e.name) ? [path] : [];
  });
}

describe('no HTML or code built from strings in src/', () => {
  // Parsing every file of src/ with the TypeScript compiler is seconds of CPU: more than vitest's default 5 s on a loaded machine.
  it('finds no innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, document.write, eval, new Function or string timers', { timeout: 60_000 }, () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const uses = files.flatMap((f) => findHtmlSinks(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(uses.map((u) => `${u.file}:${u.line} ${u.what}`)).toEqual([]);
  });

  it('has extension pages without inline scripts or inline event handlers', () => {
    const pages = readdirSync(join(SRC, 'pages')).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = readFileSync(join(SRC, 'pages', page), 'utf8');
      // Every <script> loads a file; no attribute is an event handler or a javascript: URL.
      for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        expect(attrs, page).toMatch(/\bsrc=/);
        expect(body!.trim(), page).toBe('');
      }
      expect(html, page).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, page).not.toMatch(/javascript:/i);
    }
  });

  // The rule itself: each forbidden form is caught, and harmless look-alikes are not.
  const forbidden: Array<[string, string]> = [
    ['el.innerHTML = name;', 'innerHTML'],
    ["el['outerHTML'] = name;", 'outerHTML'],
    ["el.insertAdjacentHTML('beforeend', name);", 'insertAdjacentHTML'],
    ['const x = <div dangerouslySetInnerHTML={{ __html: name }} />;', 'dangerouslySetInnerHTML'],
    ['h("div", { dangerouslySetInnerHTML: { __html: name } });', 'dangerouslySetInnerHTML'],
    ['document.write(name);', 'document.write'],
    ['window.document.writeln(name);', 'document.writeln'],
    ['eval(code);', 'eval'],
    ['globalThis.eval(code);', 'eval'],
    ['const f = new Function("a", body);', 'new Function'],
    ['setTimeout("run()", 10);', 'setTimeout with a string'],
    ['setInterval(`tick(${n})`, 10);', 'setInterval with a string'],
    ['range.createContextualFragment(html);', 'createContextualFragment'],
    ['new DOMParser().parseFromString(html, "text/html");', 'parseFromString'],
    ["frame.srcdoc = html;", 'srcdoc'],
    ["el.setAttribute('onclick', code);", "setAttribute('onclick')"],
    ["a.href = 'javascript:void(0)';", 'javascript: URL'],
  ];
  it.each(forbidden)('catches %s', (code, what) => {
    expect(findHtmlSinks('sample.tsx', code).map((u) => u.what)).toEqual([what]);
  });

  it('ignores comments, strings that only mention the APIs, and safe text APIs', () => {
    const code = [
      '// never use innerHTML here; eval(x) is banned',
      '/* document.write(name) */',
      "const note = 'innerHTML and new Function are banned';",
      'el.textContent = name;',
      'setTimeout(() => run(), 10);',
      "el.setAttribute('aria-label', name);",
      'const x = <p title={name}>{name}</p>;',
      'evaluate(x); myEval(y); fn.write(z);',
    ].join('\n');
    expect(findHtmlSinks('sample.tsx', code)).toEqual([]);
  });
});
