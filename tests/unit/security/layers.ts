/**
 * The layer rules, on the TypeScript syntax tree (comments and strings cannot hide or fake an
 * import): every static import and re-export, `import()` call and `import('…')` type, `require()`
 * and `import x = require()`, and in core/ every use of the `browser` or `chrome` global.
 *
 * - core/ is pure: it imports only core/ (and packages other than the browser's), and never uses
 *   `browser.*` or `chrome.*`;
 * - platform/, the only browser layer, imports only core/ and platform/;
 * - pages (popup/, options/, screen/, and ui/ which they share) never import background/ or
 *   content/: they ask the background through the request contract;
 * - one page's folder never imports another's: what two pages share lives in ui/;
 * - content/ never imports pages: what the in-page UI shares with them lives in core/ or platform/;
 * - only platform/ imports `webextension-polyfill` or `idb`.
 */
import ts from 'typescript';
import { posix } from 'node:path';

export type LayerRule =
  | 'core-is-pure'
  | 'platform-below-entry-points'
  | 'pages-use-the-contract'
  | 'pages-apart'
  | 'content-without-pages'
  | 'browser-apis-in-platform';

export interface LayerViolation {
  file: string;
  line: number;
  rule: LayerRule;
  what: string;
}

const PAGES = new Set(['popup', 'options', 'screen', 'ui']);
/** The pages themselves, apart from ui/ which they share. */
const PAGE_ENTRIES = new Set(['popup', 'options', 'screen']);
const BROWSER_PACKAGES = /^(webextension-polyfill|idb)(\/|$)/;
const BROWSER_GLOBALS = new Set(['browser', 'chrome']);

/** Every module specifier the file imports, with its line. */
export function importsOf(file: string, source: string): Array<{ specifier: string; line: number }> {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Array<{ specifier: string; line: number }> = [];
  const add = (node: ts.Node, literal: ts.Node | undefined) => {
    if (literal && ts.isStringLiteralLike(literal)) found.push({ specifier: literal.text, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node, node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node, node.moduleReference.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal);
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      add(node, node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Uses of the `browser` and `chrome` globals: `browser.x`, `chrome.x`, `globalThis.chrome`, a `chrome.x.Y` type. */
export function browserGlobalsOf(file: string, source: string): Array<{ name: string; line: number }> {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Array<{ name: string; line: number }> = [];
  const line = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const target = node.expression;
      if (ts.isIdentifier(target) && BROWSER_GLOBALS.has(target.text)) found.push({ name: target.text, line: line(node) });
      if (ts.isPropertyAccessExpression(node) && /^(globalThis|self|window)$/.test(target.getText(sf)) && BROWSER_GLOBALS.has(node.name.text)) {
        found.push({ name: node.name.text, line: line(node) });
      }
    }
    if (ts.isQualifiedName(node) && ts.isIdentifier(node.left) && BROWSER_GLOBALS.has(node.left.text)) found.push({ name: node.left.text, line: line(node) });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The top folder of src/ a path (relative to src/) is in, or null when it is outside src/. */
function layerOf(path: string): string | null {
  const normal = posix.normalize(path);
  return normal.startsWith('../') ? null : (normal.split('/')[0] ?? null);
}

/** The violations in one file; `file` is its path relative to src/ (`popup/Popup.tsx`). */
export function checkLayers(file: string, source: string): LayerViolation[] {
  const from = layerOf(file);
  const violations: LayerViolation[] = [];
  for (const { specifier, line } of importsOf(file, source)) {
    const report = (rule: LayerRule) => violations.push({ file, line, rule, what: specifier });
    if (BROWSER_PACKAGES.test(specifier)) {
      if (from !== 'platform') report('browser-apis-in-platform');
      if (from === 'core') report('core-is-pure');
      continue;
    }
    if (!specifier.startsWith('.')) continue; // another package
    const to = layerOf(posix.join(posix.dirname(file), specifier));
    if (from === 'core' && to !== 'core') report('core-is-pure');
    if (from === 'platform' && to !== 'core' && to !== 'platform') report('platform-below-entry-points');
    if (from !== null && PAGES.has(from) && (to === 'background' || to === 'content')) report('pages-use-the-contract');
    if (from !== null && to !== null && from !== to && PAGE_ENTRIES.has(to) && PAGES.has(from)) report('pages-apart');
    if (from === 'content' && to !== null && PAGES.has(to)) report('content-without-pages');
  }
  if (from === 'core') {
    for (const { name, line } of browserGlobalsOf(file, source)) violations.push({ file, line, rule: 'core-is-pure', what: `${name} global` });
  }
  return violations;
}
